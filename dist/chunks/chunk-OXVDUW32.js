import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_SARIF_RESULTS
} from "./chunk-VZNYH5DF.js";
import {
  sarifText,
  sarifUri
} from "./chunk-MDAZFAAI.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-RQ4SWRSA.js";

// lazy-fs-promises-for-sarif-builder:lazy-fs-promises-for-sarif-builder
var lazy_fs_promises_for_sarif_builder_exports = {};
__export(lazy_fs_promises_for_sarif_builder_exports, {
  writeFile: () => writeFile
});
function writeFile(...args) {
  return process.getBuiltinModule("node:fs/promises").writeFile(...args);
}
var init_lazy_fs_promises_for_sarif_builder = __esm({
  "lazy-fs-promises-for-sarif-builder:lazy-fs-promises-for-sarif-builder"() {
  }
});

// node_modules/node-sarif-builder/dist/lib/languages.js
var require_languages = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/languages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EXTENSIONS_LANGUAGES = void 0;
    exports.EXTENSIONS_LANGUAGES = {
      1: "Groff",
      2: "Groff",
      3: "Groff",
      4: "Groff",
      5: "Groff",
      6: "Groff",
      7: "Groff",
      8: "Groff",
      9: "Groff",
      abap: "ABAP",
      asc: "Public Key",
      ash: "AGS Script",
      ampl: "AMPL",
      mod: "XML",
      g4: "ANTLR",
      apib: "API Blueprint",
      apl: "APL",
      dyalog: "APL",
      asp: "ASP",
      asax: "ASP",
      ascx: "ASP",
      ashx: "ASP",
      asmx: "ASP",
      aspx: "ASP",
      axd: "ASP",
      dats: "ATS",
      hats: "ATS",
      sats: "ATS",
      as: "ActionScript",
      adb: "Ada",
      ada: "Ada",
      ads: "Ada",
      agda: "Agda",
      als: "Alloy",
      apacheconf: "ApacheConf",
      vhost: "Nginx",
      cls: "Visual Basic",
      applescript: "AppleScript",
      scpt: "AppleScript",
      arc: "Arc",
      ino: "Arduino",
      asciidoc: "AsciiDoc",
      adoc: "AsciiDoc",
      aj: "AspectJ",
      asm: "Assembly",
      a51: "Assembly",
      inc: "SourcePawn",
      nasm: "Assembly",
      aug: "Augeas",
      ahk: "AutoHotkey",
      ahkl: "AutoHotkey",
      au3: "AutoIt",
      awk: "Awk",
      auk: "Awk",
      gawk: "Awk",
      mawk: "Awk",
      nawk: "Awk",
      bat: "Batchfile",
      cmd: "Batchfile",
      befunge: "Befunge",
      bison: "Bison",
      bb: "BlitzBasic",
      decls: "BlitzBasic",
      bmx: "BlitzMax",
      bsv: "Bluespec",
      boo: "Boo",
      b: "Limbo",
      bf: "HyPhy",
      brs: "Brightscript",
      bro: "Bro",
      c: "C",
      cats: "C",
      h: "Objective-C",
      idc: "C",
      w: "C",
      cs: "Smalltalk",
      cake: "CoffeeScript",
      cshtml: "C#",
      csx: "C#",
      cpp: "C++",
      "c++": "C++",
      cc: "C++",
      cp: "Component Pascal",
      cxx: "C++",
      "h++": "C++",
      hh: "Hack",
      hpp: "C++",
      hxx: "C++",
      inl: "C++",
      ipp: "C++",
      tcc: "C++",
      tpp: "C++",
      "c-objdump": "C-ObjDump",
      chs: "C2hs Haskell",
      clp: "CLIPS",
      cmake: "CMake",
      "cmake.in": "CMake",
      cob: "COBOL",
      cbl: "COBOL",
      ccp: "COBOL",
      cobol: "COBOL",
      cpy: "COBOL",
      css: "CSS",
      csv: "CSV",
      capnp: "Cap'n Proto",
      mss: "CartoCSS",
      ceylon: "Ceylon",
      chpl: "Chapel",
      ch: "xBase",
      ck: "ChucK",
      cirru: "Cirru",
      clw: "Clarion",
      icl: "Clean",
      dcl: "Clean",
      click: "Click",
      clj: "Clojure",
      boot: "Clojure",
      cl2: "Clojure",
      cljc: "Clojure",
      cljs: "Clojure",
      "cljs.hl": "Clojure",
      cljscm: "Clojure",
      cljx: "Clojure",
      hic: "Clojure",
      coffee: "CoffeeScript",
      _coffee: "CoffeeScript",
      cjsx: "CoffeeScript",
      cson: "CoffeeScript",
      iced: "CoffeeScript",
      cfm: "ColdFusion",
      cfml: "ColdFusion",
      cfc: "ColdFusion CFC",
      lisp: "NewLisp",
      asd: "Common Lisp",
      cl: "OpenCL",
      l: "PicoLisp",
      lsp: "NewLisp",
      ny: "Common Lisp",
      podsl: "Common Lisp",
      sexp: "Common Lisp",
      cps: "Component Pascal",
      coq: "Coq",
      v: "Verilog",
      cppobjdump: "Cpp-ObjDump",
      "c++-objdump": "Cpp-ObjDump",
      "c++objdump": "Cpp-ObjDump",
      "cpp-objdump": "Cpp-ObjDump",
      "cxx-objdump": "Cpp-ObjDump",
      creole: "Creole",
      cr: "Crystal",
      feature: "Cucumber",
      cu: "Cuda",
      cuh: "Cuda",
      cy: "Cycript",
      pyx: "Cython",
      pxd: "Cython",
      pxi: "Cython",
      d: "Makefile",
      di: "D",
      "d-objdump": "D-ObjDump",
      com: "DIGITAL Command Language",
      dm: "DM",
      zone: "DNS Zone",
      arpa: "DNS Zone",
      darcspatch: "Darcs Patch",
      dpatch: "Darcs Patch",
      dart: "Dart",
      diff: "Diff",
      patch: "Diff",
      dockerfile: "Dockerfile",
      djs: "Dogescript",
      dylan: "Dylan",
      dyl: "Dylan",
      intr: "Dylan",
      lid: "Dylan",
      E: "E",
      ecl: "ECLiPSe",
      eclxml: "ECL",
      sch: "KiCad",
      brd: "KiCad",
      epj: "Ecere Projects",
      e: "Eiffel",
      ex: "Elixir",
      exs: "Elixir",
      elm: "Elm",
      el: "Emacs Lisp",
      emacs: "Emacs Lisp",
      "emacs.desktop": "Emacs Lisp",
      em: "EmberScript",
      emberscript: "EmberScript",
      erl: "Erlang",
      es: "JavaScript",
      escript: "Erlang",
      hrl: "Erlang",
      xrl: "Erlang",
      yrl: "Erlang",
      fs: "GLSL",
      fsi: "F#",
      fsx: "F#",
      fx: "HLSL",
      flux: "FLUX",
      f90: "FORTRAN",
      f: "Forth",
      f03: "FORTRAN",
      f08: "FORTRAN",
      f77: "FORTRAN",
      f95: "FORTRAN",
      for: "Forth",
      fpp: "FORTRAN",
      factor: "Factor",
      fy: "Fancy",
      fancypack: "Fancy",
      fan: "Fantom",
      "eam.fs": "Formatted",
      fth: "Forth",
      "4th": "Forth",
      forth: "Forth",
      fr: "Text",
      frt: "Forth",
      ftl: "FreeMarker",
      g: "GAP",
      gco: "G-code",
      gcode: "G-code",
      gms: "GAMS",
      gap: "GAP",
      gd: "GDScript",
      gi: "GAP",
      tst: "Scilab",
      s: "GAS",
      ms: "MAXScript",
      glsl: "GLSL",
      fp: "GLSL",
      frag: "JavaScript",
      frg: "GLSL",
      fsh: "GLSL",
      fshader: "GLSL",
      geo: "GLSL",
      geom: "GLSL",
      glslv: "GLSL",
      gshader: "GLSL",
      shader: "GLSL",
      vert: "GLSL",
      vrx: "GLSL",
      vsh: "GLSL",
      vshader: "GLSL",
      gml: "XML",
      kid: "Genshi",
      ebuild: "Gentoo Ebuild",
      eclass: "Gentoo Eclass",
      po: "Gettext Catalog",
      pot: "Gettext Catalog",
      glf: "Glyph",
      gp: "Gnuplot",
      gnu: "Gnuplot",
      gnuplot: "Gnuplot",
      plot: "Gnuplot",
      plt: "Gnuplot",
      go: "Go",
      golo: "Golo",
      gs: "JavaScript",
      gst: "Gosu",
      gsx: "Gosu",
      vark: "Gosu",
      grace: "Grace",
      gradle: "Gradle",
      gf: "Grammatical Framework",
      graphql: "GraphQL",
      dot: "Graphviz (DOT)",
      gv: "Graphviz (DOT)",
      man: "Groff",
      "1in": "Groff",
      "1m": "Groff",
      "1x": "Groff",
      "3in": "Groff",
      "3m": "Groff",
      "3qt": "Groff",
      "3x": "Groff",
      me: "Groff",
      n: "Nemerle",
      rno: "Groff",
      roff: "Groff",
      groovy: "Groovy",
      grt: "Groovy",
      gtpl: "Groovy",
      gvy: "Groovy",
      gsp: "Groovy Server Pages",
      hcl: "HCL",
      tf: "HCL",
      hlsl: "HLSL",
      fxh: "HLSL",
      hlsli: "HLSL",
      html: "HTML",
      htm: "HTML",
      "html.hl": "HTML",
      st: "Smalltalk",
      xht: "HTML",
      xhtml: "HTML",
      mustache: "HTML+Django",
      jinja: "HTML+Django",
      eex: "HTML+EEX",
      erb: "HTML+ERB",
      "erb.deface": "HTML+ERB",
      phtml: "HTML+PHP",
      http: "HTTP",
      php: "PHP",
      haml: "Haml",
      "haml.deface": "Haml",
      handlebars: "Handlebars",
      hbs: "Handlebars",
      hb: "Harbour",
      hs: "Haskell",
      hsc: "Haskell",
      hx: "Haxe",
      hxsl: "Haxe",
      hy: "Hy",
      pro: "QMake",
      dlm: "IDL",
      ipf: "IGOR Pro",
      ini: "INI",
      cfg: "INI",
      prefs: "INI",
      properties: "INI",
      irclog: "IRC log",
      weechatlog: "IRC log",
      idr: "Idris",
      lidr: "Idris",
      ni: "Inform 7",
      i7x: "Inform 7",
      iss: "Inno Setup",
      io: "Io",
      ik: "Ioke",
      thy: "Isabelle",
      ijs: "J",
      flex: "JFlex",
      jflex: "JFlex",
      json: "JSON",
      geojson: "JSON",
      lock: "JSON",
      topojson: "JSON",
      json5: "JSON5",
      jsonld: "JSONLD",
      jq: "JSONiq",
      jsx: "JSX",
      jade: "Jade",
      j: "Objective-J",
      java: "Java",
      jsp: "Java Server Pages",
      js: "JavaScript",
      _js: "JavaScript",
      bones: "JavaScript",
      es6: "JavaScript",
      jake: "JavaScript",
      jsb: "JavaScript",
      jscad: "JavaScript",
      jsfl: "JavaScript",
      jsm: "JavaScript",
      jss: "JavaScript",
      njs: "JavaScript",
      pac: "JavaScript",
      sjs: "JavaScript",
      ssjs: "JavaScript",
      "sublime-build": "JavaScript",
      "sublime-commands": "JavaScript",
      "sublime-completions": "JavaScript",
      "sublime-keymap": "JavaScript",
      "sublime-macro": "JavaScript",
      "sublime-menu": "JavaScript",
      "sublime-mousemap": "JavaScript",
      "sublime-project": "JavaScript",
      "sublime-settings": "JavaScript",
      "sublime-theme": "JavaScript",
      "sublime-workspace": "JavaScript",
      sublime_metrics: "JavaScript",
      sublime_session: "JavaScript",
      xsjs: "JavaScript",
      xsjslib: "JavaScript",
      jl: "Julia",
      ipynb: "Jupyter Notebook",
      krl: "KRL",
      kicad_pcb: "KiCad",
      kit: "Kit",
      kt: "Kotlin",
      ktm: "Kotlin",
      kts: "Kotlin",
      lfe: "LFE",
      ll: "LLVM",
      lol: "LOLCODE",
      lsl: "LSL",
      lslp: "LSL",
      lvproj: "LabVIEW",
      lasso: "Lasso",
      las: "Lasso",
      lasso8: "Lasso",
      lasso9: "Lasso",
      ldml: "Lasso",
      latte: "Latte",
      lean: "Lean",
      hlean: "Lean",
      less: "Less",
      lex: "Lex",
      ly: "LilyPond",
      ily: "LilyPond",
      m: "Objective-C",
      ld: "Linker Script",
      lds: "Linker Script",
      liquid: "Liquid",
      lagda: "Literate Agda",
      litcoffee: "Literate CoffeeScript",
      lhs: "Literate Haskell",
      ls: "LoomScript",
      _ls: "LiveScript",
      xm: "Logos",
      x: "Logos",
      xi: "Logos",
      lgt: "Logtalk",
      logtalk: "Logtalk",
      lookml: "LookML",
      lua: "Lua",
      fcgi: "Shell",
      nse: "Lua",
      pd_lua: "Lua",
      rbxs: "Lua",
      wlua: "Lua",
      mumps: "M",
      m4: "M4Sugar",
      mcr: "MAXScript",
      mtml: "MTML",
      muf: "MUF",
      mak: "Makefile",
      mk: "Makefile",
      mkfile: "Makefile",
      mako: "Mako",
      mao: "Mako",
      md: "Markdown",
      markdown: "Markdown",
      mkd: "Markdown",
      mkdn: "Markdown",
      mkdown: "Markdown",
      ron: "Markdown",
      mask: "Mask",
      mathematica: "Mathematica",
      cdf: "Mathematica",
      ma: "Mathematica",
      mt: "Mathematica",
      nb: "Text",
      nbp: "Mathematica",
      wl: "Mathematica",
      wlt: "Mathematica",
      matlab: "Matlab",
      maxpat: "Max",
      maxhelp: "Max",
      maxproj: "Max",
      mxt: "Max",
      pat: "Max",
      mediawiki: "MediaWiki",
      wiki: "MediaWiki",
      moo: "Moocode",
      metal: "Metal",
      minid: "MiniD",
      druby: "Mirah",
      duby: "Mirah",
      mir: "Mirah",
      mirah: "Mirah",
      mo: "Modelica",
      mms: "Module Management System",
      mmk: "Module Management System",
      monkey: "Monkey",
      moon: "MoonScript",
      myt: "Myghty",
      ncl: "Text",
      nl: "NewLisp",
      nsi: "NSIS",
      nsh: "NSIS",
      axs: "NetLinx",
      axi: "NetLinx",
      "axs.erb": "NetLinx+ERB",
      "axi.erb": "NetLinx+ERB",
      nlogo: "NetLogo",
      nginxconf: "Nginx",
      nim: "Nimrod",
      nimrod: "Nimrod",
      ninja: "Ninja",
      nit: "Nit",
      nix: "Nix",
      nu: "Nu",
      numpy: "NumPy",
      numpyw: "NumPy",
      numsc: "NumPy",
      ml: "OCaml",
      eliom: "OCaml",
      eliomi: "OCaml",
      ml4: "OCaml",
      mli: "OCaml",
      mll: "OCaml",
      mly: "OCaml",
      objdump: "ObjDump",
      mm: "XML",
      sj: "Objective-J",
      omgrofl: "Omgrofl",
      opa: "Opa",
      opal: "Opal",
      opencl: "OpenCL",
      p: "OpenEdge ABL",
      scad: "OpenSCAD",
      org: "Org",
      ox: "Ox",
      oxh: "Ox",
      oxo: "Ox",
      oxygene: "Oxygene",
      oz: "Oz",
      pwn: "PAWN",
      aw: "PHP",
      ctp: "PHP",
      php3: "PHP",
      php4: "PHP",
      php5: "PHP",
      phps: "PHP",
      phpt: "PHP",
      pls: "PLSQL",
      pck: "PLSQL",
      pkb: "PLSQL",
      pks: "PLSQL",
      plb: "PLSQL",
      plsql: "PLSQL",
      sql: "SQLPL",
      pov: "POV-Ray SDL",
      pan: "Pan",
      psc: "Papyrus",
      parrot: "Parrot",
      pasm: "Parrot Assembly",
      pir: "Parrot Internal Representation",
      pas: "Pascal",
      dfm: "Pascal",
      dpr: "Pascal",
      lpr: "Pascal",
      pp: "Puppet",
      pl: "Prolog",
      al: "Perl",
      cgi: "Shell",
      perl: "Perl",
      ph: "Perl",
      plx: "Perl",
      pm: "Perl6",
      pod: "Pod",
      psgi: "Perl",
      t: "Turing",
      "6pl": "Perl6",
      "6pm": "Perl6",
      nqp: "Perl6",
      p6: "Perl6",
      p6l: "Perl6",
      p6m: "Perl6",
      pl6: "Perl6",
      pm6: "Perl6",
      pkl: "Pickle",
      pig: "PigLatin",
      pike: "Pike",
      pmod: "Pike",
      pogo: "PogoScript",
      pony: "Pony",
      ps: "PostScript",
      eps: "PostScript",
      ps1: "PowerShell",
      psd1: "PowerShell",
      psm1: "PowerShell",
      pde: "Processing",
      prolog: "Prolog",
      yap: "Prolog",
      spin: "Propeller Spin",
      proto: "Protocol Buffer",
      pub: "Public Key",
      pd: "Pure Data",
      pb: "PureBasic",
      pbi: "PureBasic",
      purs: "PureScript",
      py: "Python",
      bzl: "Python",
      gyp: "Python",
      lmi: "Python",
      pyde: "Python",
      pyp: "Python",
      pyt: "Python",
      pyw: "Python",
      rpy: "Ren'Py",
      tac: "Python",
      wsgi: "Python",
      xpy: "Python",
      pytb: "Python traceback",
      qml: "QML",
      qbs: "QML",
      pri: "QMake",
      r: "Rebol",
      rd: "R",
      rsx: "R",
      raml: "RAML",
      rdoc: "RDoc",
      rbbas: "REALbasic",
      rbfrm: "REALbasic",
      rbmnu: "REALbasic",
      rbres: "REALbasic",
      rbtbar: "REALbasic",
      rbuistate: "REALbasic",
      rhtml: "RHTML",
      rmd: "RMarkdown",
      rkt: "Racket",
      rktd: "Racket",
      rktl: "Racket",
      scrbl: "Racket",
      rl: "Ragel in Ruby Host",
      raw: "Raw token data",
      reb: "Rebol",
      r2: "Rebol",
      r3: "Rebol",
      rebol: "Rebol",
      red: "Red",
      reds: "Red",
      cw: "Redcode",
      rs: "Rust",
      rsh: "RenderScript",
      robot: "RobotFramework",
      rg: "Rouge",
      rb: "Ruby",
      builder: "Ruby",
      gemspec: "Ruby",
      god: "Ruby",
      irbrc: "Ruby",
      jbuilder: "Ruby",
      mspec: "Ruby",
      pluginspec: "XML",
      podspec: "Ruby",
      rabl: "Ruby",
      rake: "Ruby",
      rbuild: "Ruby",
      rbw: "Ruby",
      rbx: "Ruby",
      ru: "Ruby",
      ruby: "Ruby",
      thor: "Ruby",
      watchr: "Ruby",
      "rs.in": "Rust",
      sas: "SAS",
      scss: "SCSS",
      smt2: "SMT",
      smt: "SMT",
      sparql: "SPARQL",
      rq: "SPARQL",
      sqf: "SQF",
      hqf: "SQF",
      cql: "SQL",
      ddl: "SQL",
      prc: "SQL",
      tab: "SQL",
      udf: "SQL",
      viw: "SQL",
      db2: "SQLPL",
      ston: "STON",
      svg: "SVG",
      sage: "Sage",
      sagews: "Sage",
      sls: "Scheme",
      sass: "Sass",
      scala: "Scala",
      sbt: "Scala",
      sc: "SuperCollider",
      scaml: "Scaml",
      scm: "Scheme",
      sld: "Scheme",
      sps: "Scheme",
      ss: "Scheme",
      sci: "Scilab",
      sce: "Scilab",
      self: "Self",
      sh: "Shell",
      bash: "Shell",
      bats: "Shell",
      command: "Shell",
      ksh: "Shell",
      "sh.in": "Shell",
      tmux: "Shell",
      tool: "Shell",
      zsh: "Shell",
      "sh-session": "ShellSession",
      shen: "Shen",
      sl: "Slash",
      slim: "Slim",
      smali: "Smali",
      tpl: "Smarty",
      sp: "SourcePawn",
      sma: "SourcePawn",
      nut: "Squirrel",
      stan: "Stan",
      ML: "Standard ML",
      fun: "Standard ML",
      sig: "Standard ML",
      sml: "Standard ML",
      do: "Stata",
      ado: "Stata",
      doh: "Stata",
      ihlp: "Stata",
      mata: "Stata",
      matah: "Stata",
      sthlp: "Stata",
      styl: "Stylus",
      scd: "SuperCollider",
      swift: "Swift",
      sv: "SystemVerilog",
      svh: "SystemVerilog",
      vh: "SystemVerilog",
      toml: "TOML",
      txl: "TXL",
      tcl: "Tcl",
      adp: "Tcl",
      tm: "Tcl",
      tcsh: "Tcsh",
      csh: "Tcsh",
      tex: "TeX",
      aux: "TeX",
      bbx: "TeX",
      bib: "TeX",
      cbx: "TeX",
      dtx: "TeX",
      ins: "TeX",
      lbx: "TeX",
      ltx: "TeX",
      mkii: "TeX",
      mkiv: "TeX",
      mkvi: "TeX",
      sty: "TeX",
      toc: "TeX",
      tea: "Tea",
      txt: "Text",
      no: "Text",
      textile: "Textile",
      thrift: "Thrift",
      tu: "Turing",
      ttl: "Turtle",
      twig: "Twig",
      ts: "TypeScript",
      tsx: "TypeScript",
      // tsx: JSX variant of TypeScript
      upc: "Unified Parallel C",
      anim: "Unity3D Asset",
      asset: "Unity3D Asset",
      mat: "Unity3D Asset",
      meta: "Unity3D Asset",
      prefab: "Unity3D Asset",
      unity: "Unity3D Asset",
      uno: "Uno",
      uc: "UnrealScript",
      ur: "UrWeb",
      urs: "UrWeb",
      vcl: "VCL",
      vhdl: "VHDL",
      vhd: "VHDL",
      vhf: "VHDL",
      vhi: "VHDL",
      vho: "VHDL",
      vhs: "VHDL",
      vht: "VHDL",
      vhw: "VHDL",
      vala: "Vala",
      vapi: "Vala",
      veo: "Verilog",
      vim: "VimL",
      vb: "Visual Basic",
      bas: "Visual Basic",
      frm: "Visual Basic",
      frx: "Visual Basic",
      vba: "Visual Basic",
      vbhtml: "Visual Basic",
      vbs: "Visual Basic",
      volt: "Volt",
      vue: "Vue",
      owl: "Web Ontology Language",
      webidl: "WebIDL",
      x10: "X10",
      xc: "XC",
      xml: "XML",
      ant: "XML",
      axml: "XML",
      ccxml: "XML",
      clixml: "XML",
      cproject: "XML",
      csl: "XML",
      csproj: "XML",
      ct: "XML",
      dita: "XML",
      ditamap: "XML",
      ditaval: "XML",
      "dll.config": "XML",
      dotsettings: "XML",
      filters: "XML",
      fsproj: "XML",
      fxml: "XML",
      glade: "XML",
      grxml: "XML",
      iml: "XML",
      ivy: "XML",
      jelly: "XML",
      jsproj: "XML",
      kml: "XML",
      launch: "XML",
      mdpolicy: "XML",
      mxml: "XML",
      nproj: "XML",
      nuspec: "XML",
      odd: "XML",
      osm: "XML",
      plist: "XML",
      props: "XML",
      ps1xml: "XML",
      psc1: "XML",
      pt: "XML",
      rdf: "XML",
      rss: "XML",
      scxml: "XML",
      srdf: "XML",
      storyboard: "XML",
      stTheme: "XML",
      "sublime-snippet": "XML",
      targets: "XML",
      tmCommand: "XML",
      tml: "XML",
      tmLanguage: "XML",
      tmPreferences: "XML",
      tmSnippet: "XML",
      tmTheme: "XML",
      ui: "XML",
      urdf: "XML",
      ux: "XML",
      vbproj: "XML",
      vcxproj: "XML",
      vssettings: "XML",
      vxml: "XML",
      wsdl: "XML",
      wsf: "XML",
      wxi: "XML",
      wxl: "XML",
      wxs: "XML",
      x3d: "XML",
      xacro: "XML",
      xaml: "XML",
      xib: "XML",
      xlf: "XML",
      xliff: "XML",
      xmi: "XML",
      "xml.dist": "XML",
      xproj: "XML",
      xsd: "XML",
      xul: "XML",
      zcml: "XML",
      "xsp-config": "XPages",
      "xsp.metadata": "XPages",
      xpl: "XProc",
      xproc: "XProc",
      xquery: "XQuery",
      xq: "XQuery",
      xql: "XQuery",
      xqm: "XQuery",
      xqy: "XQuery",
      xs: "XS",
      xslt: "XSLT",
      xsl: "XSLT",
      xojo_code: "Xojo",
      xojo_menu: "Xojo",
      xojo_report: "Xojo",
      xojo_script: "Xojo",
      xojo_toolbar: "Xojo",
      xojo_window: "Xojo",
      xtend: "Xtend",
      yml: "YAML",
      reek: "YAML",
      rviz: "YAML",
      "sublime-syntax": "YAML",
      syntax: "YAML",
      yaml: "YAML",
      "yaml-tmlanguage": "YAML",
      yang: "YANG",
      y: "Yacc",
      yacc: "Yacc",
      yy: "Yacc",
      zep: "Zephir",
      zimpl: "Zimpl",
      zmpl: "Zimpl",
      zpl: "Zimpl",
      desktop: "desktop",
      "desktop.in": "desktop",
      ec: "eC",
      eh: "eC",
      edn: "edn",
      fish: "fish",
      mu: "mupad",
      nc: "nesC",
      ooc: "ooc",
      rst: "reStructuredText",
      rest: "reStructuredText",
      "rest.txt": "reStructuredText",
      "rst.txt": "reStructuredText",
      wisp: "wisp",
      prg: "xBase",
      prw: "xBase"
    };
  }
});

// node_modules/node-sarif-builder/dist/lib/utils.js
var require_utils = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.setOptionValues = setOptionValues;
    function setOptionValues(options, object) {
      for (const key of Object.keys(options)) {
        if (options[key] !== void 0) {
          object[key] = options[key];
        }
      }
      return object;
    }
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-builder.js
var require_sarif_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifBuilder = void 0;
    var fs_1 = __require("fs");
    var promises_1 = (init_lazy_fs_promises_for_sarif_builder(), __toCommonJS(lazy_fs_promises_for_sarif_builder_exports));
    var languages_1 = require_languages();
    var utils_1 = require_utils();
    var SarifBuilder2 = class {
      // Initialize SARIF Log builder
      constructor(options = {}) {
        this.log = {
          $schema: "http://json.schemastore.org/sarif-2.1.0.json",
          version: "2.1.0",
          runs: []
        };
        (0, utils_1.setOptionValues)(options, this.log);
      }
      addRun(sarifRunBuilder) {
        this.log.runs.push(sarifRunBuilder.run);
      }
      generateSarifFileSync(file) {
        const sarifJsonString = this.buildSarifJsonString();
        (0, fs_1.writeFileSync)(file, sarifJsonString, "utf8");
      }
      async generateSarifFile(file) {
        const sarifJsonString = this.buildSarifJsonString();
        await (0, promises_1.writeFile)(file, sarifJsonString, "utf8");
      }
      buildSarifOutput() {
        this.log.runs = this.log.runs.map((run) => this.completeRunFields(run));
        return this.log;
      }
      // Build final sarif json, complete when possible
      buildSarifJsonString(options = { indent: false }) {
        this.buildSarifOutput();
        const sarifJson = options.indent ? JSON.stringify(this.log, null, 2) : JSON.stringify(this.log);
        if (sarifJson.includes("SARIF_BUILDER_INVALID")) {
          throw new Error("Your SARIF log is invalid, please solve SARIF_BUILDER_INVALID messages");
        }
        return sarifJson;
      }
      completeRunFields(run) {
        var _a, _b, _c, _d, _e, _f;
        run.artifacts = run.artifacts || [];
        const existingArtifactUris = new Set(run.artifacts.map((a) => {
          var _a2;
          return (_a2 = a === null || a === void 0 ? void 0 : a.location) === null || _a2 === void 0 ? void 0 : _a2.uri;
        }).filter(Boolean));
        for (const result of run.results || []) {
          for (const location of result.locations || []) {
            const uri = (_b = (_a = location === null || location === void 0 ? void 0 : location.physicalLocation) === null || _a === void 0 ? void 0 : _a.artifactLocation) === null || _b === void 0 ? void 0 : _b.uri;
            if (uri && !existingArtifactUris.has(uri)) {
              const lastDot = uri.lastIndexOf(".");
              const ext = lastDot !== -1 ? uri.slice(lastDot + 1) : "";
              const language = languages_1.EXTENSIONS_LANGUAGES[ext] || "unknown";
              run.artifacts.push({
                sourceLanguage: language,
                location: { uri }
              });
              existingArtifactUris.add(uri);
            }
          }
        }
        const artifactIndexMap = /* @__PURE__ */ new Map();
        run.artifacts.forEach((artifact, index) => {
          var _a2;
          const uri = (_a2 = artifact === null || artifact === void 0 ? void 0 : artifact.location) === null || _a2 === void 0 ? void 0 : _a2.uri;
          if (uri) {
            artifactIndexMap.set(uri, index);
          }
        });
        const rulesIndexMap = /* @__PURE__ */ new Map();
        (((_d = (_c = run === null || run === void 0 ? void 0 : run.tool) === null || _c === void 0 ? void 0 : _c.driver) === null || _d === void 0 ? void 0 : _d.rules) || []).forEach((rule, index) => {
          rulesIndexMap.set(rule.id, index);
        });
        for (const result of run.results || []) {
          if (result.ruleId) {
            const ruleIndex = rulesIndexMap.get(result.ruleId);
            if (ruleIndex !== void 0) {
              result.ruleIndex = ruleIndex;
            }
          }
          if (result.locations) {
            for (const location of result.locations) {
              const uri = (_f = (_e = location === null || location === void 0 ? void 0 : location.physicalLocation) === null || _e === void 0 ? void 0 : _e.artifactLocation) === null || _f === void 0 ? void 0 : _f.uri;
              if (uri) {
                const artIndex = artifactIndexMap.get(uri);
                if (artIndex !== void 0) {
                  location.physicalLocation.artifactLocation.index = artIndex;
                }
              }
            }
          }
        }
        return run;
      }
    };
    exports.SarifBuilder = SarifBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-result-builder.js
var require_sarif_result_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-result-builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifResultBuilder = void 0;
    var utils_1 = require_utils();
    var SarifResultBuilder2 = class {
      // Initialize SARIF Result builder
      constructor(options = {}) {
        this.result = {
          level: "error",
          message: {},
          ruleId: "SARIF_BUILDER_INVALID: Please send the rule Id ruleId property, or call setRuleId(ruleId)"
        };
        (0, utils_1.setOptionValues)(options, this.result);
      }
      initSimple(options) {
        this.setLevel(options.level);
        this.setMessageText(options.messageText);
        this.setRuleId(options.ruleId);
        if (options.fileUri) {
          this.setLocationArtifactUri({ uri: options.fileUri });
        }
        if (options.startLine !== null && options.startLine !== void 0) {
          const region = {
            startLine: options.startLine,
            startColumn: options.startColumn || 1,
            endLine: options.endLine || options.startLine,
            endColumn: options.endColumn || 1
          };
          if (options.startLine === 0 || options.startColumn === 0 || options.endLine === 0 || options.endColumn === 0) {
            throw new Error("Region limit can not be 0 (minimum line 1 or column 1) in " + JSON.stringify(options));
          }
          this.setLocationRegion(region);
        }
        return this;
      }
      setLevel(level) {
        this.result.level = level;
      }
      setMessageText(message) {
        this.result.message.text = message;
      }
      setRuleId(ruleId) {
        this.result.ruleId = ruleId;
      }
      setLocationRegion(region) {
        this.manageInitPhysicalLocation();
        this.result.locations[0].physicalLocation.region = region;
      }
      setLocationArtifactUri(artifactLocation) {
        this.manageInitPhysicalLocation();
        this.result.locations[0].physicalLocation.artifactLocation = artifactLocation;
      }
      manageInitLocation() {
        var _a, _b;
        if ((_b = (_a = this.result) === null || _a === void 0 ? void 0 : _a.locations) === null || _b === void 0 ? void 0 : _b.length) {
          return;
        }
        this.result.locations = [{}];
      }
      manageInitPhysicalLocation() {
        this.manageInitLocation();
        if (this.result.locations[0].physicalLocation) {
          return;
        }
        this.result.locations[0].physicalLocation = {};
      }
    };
    exports.SarifResultBuilder = SarifResultBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-rule-builder.js
var require_sarif_rule_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-rule-builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifRuleBuilder = void 0;
    var utils_1 = require_utils();
    var SarifRuleBuilder2 = class {
      // Initialize SARIF Run builder
      constructor(options = {}) {
        this.rule = {
          id: "SARIF_BUILDER_INVALID: Please send the rule identifier in id property, or call setRuleId(ruleId)",
          shortDescription: {
            text: "SARIF_BUILDER_INVALID: Please send the rule text in shortDescription.text property, or call setShortDescriptionText(text)"
          }
        };
        (0, utils_1.setOptionValues)(options, this.rule);
      }
      initSimple(options) {
        this.setRuleId(options.ruleId);
        if (options.shortDescriptionText) {
          this.setShortDescriptionText(options.shortDescriptionText);
        }
        if (options.fullDescriptionText) {
          this.setFullDescriptionText(options.fullDescriptionText);
        }
        if (options.helpUri) {
          this.setHelpUri(options.helpUri);
        }
        return this;
      }
      setRuleId(ruleId) {
        this.rule.id = ruleId;
      }
      setShortDescriptionText(shortDescriptionText) {
        this.rule.shortDescription.text = shortDescriptionText;
      }
      setFullDescriptionText(fullDescriptionText) {
        this.rule.fullDescription = this.rule.fullDescription || { text: "" };
        this.rule.fullDescription.text = fullDescriptionText;
      }
      setHelpUri(url) {
        this.rule.helpUri = url;
      }
    };
    exports.SarifRuleBuilder = SarifRuleBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/lib/sarif-run-builder.js
var require_sarif_run_builder = __commonJS({
  "node_modules/node-sarif-builder/dist/lib/sarif-run-builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifRunBuilder = void 0;
    var utils_1 = require_utils();
    var SarifRunBuilder2 = class {
      // Initialize SARIF Run builder
      constructor(options = {}) {
        this.run = {
          tool: {
            driver: {
              name: process.env.npm_package_name || "SARIF_BUILDER_INVALID: Please send the tool name in tool.driver.name property, or call setToolName(name)",
              rules: []
            }
          },
          results: []
        };
        (0, utils_1.setOptionValues)(options, this.run);
      }
      initSimple(options) {
        this.setToolDriverName(options.toolDriverName);
        this.setToolDriverVersion(options.toolDriverVersion);
        if (options.url) {
          this.setToolDriverUri(options.url);
        }
        return this;
      }
      addRule(sarifRuleBuilder) {
        this.run.tool.driver.rules.push(sarifRuleBuilder.rule);
      }
      addResult(sarifResultBuilder) {
        this.run.results.push(sarifResultBuilder.result);
      }
      setToolDriverName(name) {
        this.run.tool.driver.name = name;
      }
      setToolDriverVersion(version) {
        this.run.tool.driver.version = version;
      }
      setToolDriverUri(url) {
        this.run.tool.driver.informationUri = url;
      }
    };
    exports.SarifRunBuilder = SarifRunBuilder2;
  }
});

// node_modules/node-sarif-builder/dist/index.js
var require_dist = __commonJS({
  "node_modules/node-sarif-builder/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SarifResultBuilder = exports.SarifRuleBuilder = exports.SarifRunBuilder = exports.SarifBuilder = void 0;
    var sarif_builder_1 = require_sarif_builder();
    Object.defineProperty(exports, "SarifBuilder", { enumerable: true, get: function() {
      return sarif_builder_1.SarifBuilder;
    } });
    var sarif_result_builder_1 = require_sarif_result_builder();
    Object.defineProperty(exports, "SarifResultBuilder", { enumerable: true, get: function() {
      return sarif_result_builder_1.SarifResultBuilder;
    } });
    var sarif_rule_builder_1 = require_sarif_rule_builder();
    Object.defineProperty(exports, "SarifRuleBuilder", { enumerable: true, get: function() {
      return sarif_rule_builder_1.SarifRuleBuilder;
    } });
    var sarif_run_builder_1 = require_sarif_run_builder();
    Object.defineProperty(exports, "SarifRunBuilder", { enumerable: true, get: function() {
      return sarif_run_builder_1.SarifRunBuilder;
    } });
  }
});

// src/report/sarif.ts
var import_node_sarif_builder = __toESM(require_dist(), 1);

// src/report/links.ts
var PROJECT_URL = "https://github.com/chaingate/chaingate";
function ruleDocsUrl(meta) {
  if (!meta) return `${PROJECT_URL}/blob/main/docs/rules.md`;
  return `${PROJECT_URL}/blob/main/src/rules/${meta.area}/${meta.id}.md`;
}

// src/report/sarif.ts
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "0.0" };
var RANK = { high: 90, medium: 60, low: 30 };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
function toSarif(report, rules, options = {}) {
  const anchorPath = options.anchorPath ?? (report.policy.source.includes("/") ? report.policy.source : ".github/chaingate.yml");
  const sarif = new import_node_sarif_builder.SarifBuilder();
  const run = new import_node_sarif_builder.SarifRunBuilder().initSimple({ toolDriverName: report.tool.name, toolDriverVersion: report.tool.version, url: ruleDocsUrl() });
  const reported = report.findings.filter((finding) => finding.status === "fail" || finding.status === "waived").slice(0, MAX_SARIF_RESULTS);
  const usedRuleIds = new Set(reported.map((finding) => finding.rule));
  for (const rule of rules) {
    if (!usedRuleIds.has(rule.meta.id)) continue;
    run.addRule(ruleDescriptor(rule));
  }
  const occurrences = /* @__PURE__ */ new Map();
  for (const finding of reported) {
    const result = new import_node_sarif_builder.SarifResultBuilder().initSimple({
      ruleId: finding.rule,
      level: LEVEL[finding.severity],
      messageText: sarifMessage(finding),
      fileUri: sarifUri(finding.location?.path ?? anchorPath),
      startLine: finding.location?.startLine ?? 1,
      startColumn: finding.location?.startColumn ?? 1,
      endLine: finding.location?.endLine ?? 1,
      endColumn: (finding.location?.endColumn ?? 1) + (finding.location ? 1 : 0)
    }).result;
    const base = fingerprintBase(finding, options.textOf);
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    result.partialFingerprints = { "chaingateFindingHash/v2": fnv1a64(`${base}\0${seen}`) };
    if (finding.relatedLocations?.length)
      result.relatedLocations = finding.relatedLocations.map((related, index) => ({
        id: index + 1,
        ...physical(related.location),
        message: { text: sarifText(related.message) }
      }));
    if (finding.confidence) result.rank = RANK[finding.confidence];
    result.properties = {
      severity: finding.severity,
      area: finding.area,
      ...finding.confidence ? { confidence: finding.confidence } : {},
      ...finding.purl ? { purl: finding.purl } : {},
      ...finding.advisories ? { advisories: finding.advisories } : {},
      ...finding.covers ? { covers: finding.covers } : {},
      ...finding.fixedVersions ? { fixedVersions: finding.fixedVersions } : {},
      ...finding.details ? { details: finding.details } : {},
      ...finding.waiver?.vex ? { vex: finding.waiver.vex } : {}
    };
    if (finding.status === "waived" && finding.waiver) {
      result.suppressions = [{ kind: finding.waiver.source === "inline" ? "inSource" : "external", status: "accepted", justification: finding.waiver.reason }];
    }
    run.addResult(new import_node_sarif_builder.SarifResultBuilder({ ...result }));
  }
  sarif.addRun(run);
  const log = sarif.buildSarifOutput();
  log.$schema = "https://json.schemastore.org/sarif-2.1.0.json";
  const sarifRun = log.runs[0];
  delete sarifRun.originalUriBaseIds;
  for (const result of sarifRun.results ?? []) {
    const artifact = result.locations?.[0]?.physicalLocation?.artifactLocation;
    if (artifact) delete artifact.index;
  }
  delete sarifRun.artifacts;
  return log;
}
function sarifMessage(finding) {
  const text = sarifText(finding.fix ? `${finding.message}. Fix: ${finding.fix}` : finding.message);
  if (!finding.relatedLocations?.length) return text;
  const links = finding.relatedLocations.map((related, index) => `[${sarifText(related.message)}](${index + 1}) (line ${related.location.startLine})`);
  return `${text}. Related: ${links.join("; ")}`;
}
function physical(location) {
  return {
    physicalLocation: {
      artifactLocation: { uri: sarifUri(location.path) },
      region: { startLine: location.startLine, startColumn: location.startColumn, endLine: location.endLine, endColumn: location.endColumn + 1 }
    }
  };
}
function ruleDescriptor(rule) {
  const builder = new import_node_sarif_builder.SarifRuleBuilder().initSimple({
    ruleId: rule.meta.id,
    shortDescriptionText: rule.meta.title,
    fullDescriptionText: rule.meta.rationale,
    helpUri: ruleDocsUrl(rule.meta)
  });
  const descriptor = builder.rule;
  descriptor.name = rule.meta.id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
  descriptor.help = {
    text: `${rule.meta.rationale}

Remediation: ${rule.meta.remediation}`,
    markdown: `${rule.meta.rationale}

**Remediation:** ${rule.meta.remediation}

References: ${rule.meta.references.join(", ")}`
  };
  descriptor.defaultConfiguration = { level: LEVEL[rule.meta.severity] };
  descriptor.properties = {
    tags: ["security", "supply-chain", rule.meta.area],
    precision: "high",
    "problem.severity": LEVEL[rule.meta.severity] === "note" ? "recommendation" : LEVEL[rule.meta.severity],
    "security-severity": SECURITY_SEVERITY[rule.meta.severity]
  };
  return builder;
}
function fnv1a64(text) {
  let hi = 3421674724;
  let lo = 2216829733;
  for (const byte of new TextEncoder().encode(text)) {
    lo ^= byte;
    const low = (lo >>> 0) * 435;
    hi = Math.imul(hi, 435) + Math.floor(low / 4294967296) + (lo << 8) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}
function fingerprintBase(finding, textOf) {
  if (!finding.location) return `${finding.rule}\0${finding.message}`;
  const text = textOf?.(finding.location.path);
  const line = text?.split("\n")[finding.location.startLine - 1]?.trim() ?? String(finding.location.startLine);
  return `${finding.rule}\0${finding.location.path}\0${line}`;
}

export {
  toSarif,
  fnv1a64
};
