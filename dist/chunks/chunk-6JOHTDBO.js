import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  normalizeLicense,
  require_deprecated,
  require_spdx_exceptions,
  require_spdx_expression_parse,
  require_spdx_license_ids
} from "./chunk-U5FF4OCZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RQ4SWRSA.js";

// node_modules/array-find-index/index.js
var require_array_find_index = __commonJS({
  "node_modules/array-find-index/index.js"(exports, module) {
    "use strict";
    module.exports = function(arr, predicate, ctx) {
      if (typeof Array.prototype.findIndex === "function") {
        return arr.findIndex(predicate, ctx);
      }
      if (typeof predicate !== "function") {
        throw new TypeError("predicate must be a function");
      }
      var list = Object(arr);
      var len = list.length;
      if (len === 0) {
        return -1;
      }
      for (var i = 0; i < len; i++) {
        if (predicate.call(ctx, list[i], i, list)) {
          return i;
        }
      }
      return -1;
    };
  }
});

// node_modules/spdx-compare/node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-compare/node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-compare/node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-compare/node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-compare/node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse2 = __commonJS({
  "node_modules/spdx-compare/node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    module.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// node_modules/spdx-ranges/index.json
var require_spdx_ranges = __commonJS({
  "node_modules/spdx-ranges/index.json"(exports, module) {
    module.exports = [
      [
        "AFL-1.1",
        "AFL-1.2",
        "AFL-2.0",
        "AFL-2.1",
        "AFL-3.0"
      ],
      [
        "AGPL-1.0",
        [
          "AGPL-3.0",
          "AGPL-3.0-only"
        ]
      ],
      [
        "Apache-1.0",
        "Apache-1.1",
        "Apache-2.0"
      ],
      [
        "APSL-1.0",
        "APSL-1.1",
        "APSL-1.2",
        "APSL-2.0"
      ],
      [
        "Artistic-1.0",
        "Artistic-2.0"
      ],
      [
        "BitTorrent-1.0",
        "BitTorrent-1.1"
      ],
      [
        "CC-BY-1.0",
        "CC-BY-2.0",
        "CC-BY-2.5",
        "CC-BY-3.0",
        "CC-BY-4.0"
      ],
      [
        "CC-BY-NC-1.0",
        "CC-BY-NC-2.0",
        "CC-BY-NC-2.5",
        "CC-BY-NC-3.0",
        "CC-BY-NC-4.0"
      ],
      [
        "CC-BY-NC-ND-1.0",
        "CC-BY-NC-ND-2.0",
        "CC-BY-NC-ND-2.5",
        "CC-BY-NC-ND-3.0",
        "CC-BY-NC-ND-4.0"
      ],
      [
        "CC-BY-NC-SA-1.0",
        "CC-BY-NC-SA-2.0",
        "CC-BY-NC-SA-2.5",
        "CC-BY-NC-SA-3.0",
        "CC-BY-NC-SA-4.0"
      ],
      [
        "CC-BY-ND-1.0",
        "CC-BY-ND-2.0",
        "CC-BY-ND-2.5",
        "CC-BY-ND-3.0",
        "CC-BY-ND-4.0"
      ],
      [
        "CC-BY-SA-1.0",
        "CC-BY-SA-2.0",
        "CC-BY-SA-2.5",
        "CC-BY-SA-3.0",
        "CC-BY-SA-4.0"
      ],
      [
        "CDDL-1.0",
        "CDDL-1.1"
      ],
      [
        "CECILL-1.0",
        "CECILL-1.1",
        "CECILL-2.0"
      ],
      [
        "ECL-1.0",
        "ECL-2.0"
      ],
      [
        "EFL-1.0",
        "EFL-2.0"
      ],
      [
        "EPL-1.0",
        "EPL-2.0"
      ],
      [
        "EUPL-1.0",
        "EUPL-1.1"
      ],
      [
        [
          "GFDL-1.1",
          "GFDL-1.1-only"
        ],
        [
          "GFDL-1.2",
          "GFDL-1.2-only"
        ],
        [
          "GFDL-1.1-or-later",
          "GFDL-1.2-or-later",
          "GFDL-1.3",
          "GFDL-1.3-only",
          "GFDL-1.3-or-later"
        ]
      ],
      [
        [
          "GPL-1.0",
          "GPL-1.0-only"
        ],
        [
          "GPL-2.0",
          "GPL-2.0-only"
        ],
        [
          "GPL-1.0-or-later",
          "GPL-2.0-or-later",
          "GPL-3.0",
          "GPL-3.0-only",
          "GPL-3.0-or-later"
        ]
      ],
      [
        [
          "LGPL-2.0",
          "LGPL-2.0-only"
        ],
        [
          "LGPL-2.1",
          "LGPL-2.1-only"
        ],
        [
          "LGPL-2.0-or-later",
          "LGPL-2.1-or-later",
          "LGPL-3.0",
          "LGPL-3.0-only",
          "LGPL-3.0-or-later"
        ]
      ],
      [
        "LPL-1.0",
        "LPL-1.02"
      ],
      [
        "LPPL-1.0",
        "LPPL-1.1",
        "LPPL-1.2",
        "LPPL-1.3a",
        "LPPL-1.3c"
      ],
      [
        "MPL-1.0",
        "MPL-1.1",
        "MPL-2.0"
      ],
      [
        "MPL-1.0",
        "MPL-1.1",
        "MPL-2.0-no-copyleft-exception"
      ],
      [
        "NPL-1.0",
        "NPL-1.1"
      ],
      [
        "OFL-1.0",
        "OFL-1.1"
      ],
      [
        "OLDAP-1.1",
        "OLDAP-1.2",
        "OLDAP-1.3",
        "OLDAP-1.4",
        "OLDAP-2.0",
        "OLDAP-2.0.1",
        "OLDAP-2.1",
        "OLDAP-2.2",
        "OLDAP-2.2.1",
        "OLDAP-2.2.2",
        "OLDAP-2.3",
        "OLDAP-2.4",
        "OLDAP-2.5",
        "OLDAP-2.6",
        "OLDAP-2.7",
        "OLDAP-2.8"
      ],
      [
        "OSL-1.0",
        "OSL-1.1",
        "OSL-2.0",
        "OSL-2.1",
        "OSL-3.0"
      ],
      [
        "PHP-3.0",
        "PHP-3.01"
      ],
      [
        "RPL-1.1",
        "RPL-1.5"
      ],
      [
        "SGI-B-1.0",
        "SGI-B-1.1",
        "SGI-B-2.0"
      ],
      [
        "YPL-1.0",
        "YPL-1.1"
      ],
      [
        "ZPL-1.1",
        "ZPL-2.0",
        "ZPL-2.1"
      ],
      [
        "Zimbra-1.3",
        "Zimbra-1.4"
      ],
      [
        "bzip2-1.0.5",
        "bzip2-1.0.6"
      ]
    ];
  }
});

// node_modules/spdx-compare/index.js
var require_spdx_compare = __commonJS({
  "node_modules/spdx-compare/index.js"(exports) {
    var arrayFindIndex = require_array_find_index();
    var parse2 = require_spdx_expression_parse2();
    var ranges = require_spdx_ranges();
    var notALicenseIdentifier = " is not a simple license identifier";
    var rangeComparison = function(comparison) {
      return function(first, second) {
        var firstAST = parse2(first);
        if (!firstAST.hasOwnProperty("license")) {
          throw new Error('"' + first + '"' + notALicenseIdentifier);
        }
        var secondAST = parse2(second);
        if (!secondAST.hasOwnProperty("license")) {
          throw new Error('"' + second + '"' + notALicenseIdentifier);
        }
        return ranges.some(function(range) {
          var firstLicense = firstAST.license;
          var indexOfFirst = arrayFindIndex(range, function(element) {
            return element === firstLicense || Array.isArray(element) && element.indexOf(firstLicense) !== -1;
          });
          if (indexOfFirst < 0) {
            return false;
          }
          var secondLicense = secondAST.license;
          var indexOfSecond = arrayFindIndex(range, function(element) {
            return element === secondLicense || Array.isArray(element) && element.indexOf(secondLicense) !== -1;
          });
          if (indexOfSecond < 0) {
            return false;
          }
          return comparison(indexOfFirst, indexOfSecond);
        });
      };
    };
    exports.gt = rangeComparison(function(first, second) {
      return first > second;
    });
    exports.lt = rangeComparison(function(first, second) {
      return first < second;
    });
    exports.eq = rangeComparison(function(first, second) {
      return first === second;
    });
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/scan.js
var require_scan2 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/parse.js
var require_parse2 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse3 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan2();
    var parse2 = require_parse2();
    module.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// node_modules/spdx-satisfies/index.js
var require_spdx_satisfies = __commonJS({
  "node_modules/spdx-satisfies/index.js"(exports, module) {
    var compare = require_spdx_compare();
    var parse2 = require_spdx_expression_parse3();
    var ranges = require_spdx_ranges();
    function rangesAreCompatible(first, second) {
      return first.license === second.license || ranges.some(function(range) {
        return licenseInRange(first.license, range) && licenseInRange(second.license, range);
      });
    }
    function licenseInRange(license, range) {
      return range.indexOf(license) !== -1 || range.some(function(element) {
        return Array.isArray(element) && element.indexOf(license) !== -1;
      });
    }
    function identifierInRange(identifier, range) {
      return identifier.license === range.license || compare.gt(identifier.license, range.license) || compare.eq(identifier.license, range.license);
    }
    function licensesAreCompatible(first, second) {
      if (first.exception !== second.exception) {
        return false;
      } else if (second.hasOwnProperty("license")) {
        if (second.hasOwnProperty("plus")) {
          if (first.hasOwnProperty("plus")) {
            return rangesAreCompatible(first, second);
          } else {
            return identifierInRange(first, second);
          }
        } else {
          if (first.hasOwnProperty("plus")) {
            return identifierInRange(second, first);
          } else {
            return first.license === second.license;
          }
        }
      }
    }
    function replaceGPLOnlyOrLaterWithRanges(argument) {
      var license = argument.license;
      if (license) {
        if (endsWith(license, "-or-later")) {
          argument.license = license.replace("-or-later", "");
          argument.plus = true;
        } else if (endsWith(license, "-only")) {
          argument.license = license.replace("-only", "");
          delete argument.plus;
        }
      } else if (argument.left && argument.right) {
        argument.left = replaceGPLOnlyOrLaterWithRanges(argument.left);
        argument.right = replaceGPLOnlyOrLaterWithRanges(argument.right);
      }
      return argument;
    }
    function endsWith(string, substring) {
      return string.indexOf(substring) === string.length - substring.length;
    }
    function licenseString(e) {
      if (e.hasOwnProperty("noassertion")) return "NOASSERTION";
      if (e.license) {
        return e.license + (e.plus ? "+" : "") + (e.exception ? "WITH " + e.exception : "");
      }
    }
    function expand(expression) {
      return sort(expandInner(expression));
    }
    function expandInner(expression) {
      if (!expression.conjunction) return [{ [licenseString(expression)]: expression }];
      if (expression.conjunction === "or") return expandInner(expression.left).concat(expandInner(expression.right));
      if (expression.conjunction === "and") {
        var left = expandInner(expression.left);
        var right = expandInner(expression.right);
        return left.reduce(function(result, l) {
          right.forEach(function(r) {
            result.push(Object.assign({}, l, r));
          });
          return result;
        }, []);
      }
    }
    function sort(licenseList) {
      var sortedLicenseLists = licenseList.filter(function(e) {
        return Object.keys(e).length;
      }).map(function(e) {
        return Object.keys(e).sort();
      });
      return sortedLicenseLists.map(function(list, i) {
        return list.map(function(license) {
          return licenseList[i][license];
        });
      });
    }
    function isANDCompatible(parsedExpression, parsedLicenses) {
      return parsedExpression.every(function(element) {
        return parsedLicenses.some(function(approvedLicense) {
          return licensesAreCompatible(element, approvedLicense);
        });
      });
    }
    function satisfies2(spdxExpression, arrayOfLicenses) {
      var parsedExpression = expand(replaceGPLOnlyOrLaterWithRanges(parse2(spdxExpression)));
      var parsedLicenses = arrayOfLicenses.map(function(l) {
        return replaceGPLOnlyOrLaterWithRanges(parse2(l));
      });
      for (const parsed of parsedLicenses) {
        if (parsed.hasOwnProperty("conjunction")) {
          throw new Error("Approved licenses cannot be AND or OR expressions.");
        }
      }
      return parsedExpression.some(function(o) {
        return isANDCompatible(o, parsedLicenses);
      });
    }
    module.exports = satisfies2;
  }
});

// src/inventory/licenses/spdx.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var import_spdx_satisfies = __toESM(require_spdx_satisfies(), 1);
var NO_ASSERTION = /* @__PURE__ */ new Set(["NOASSERTION", "OTHER", "UNKNOWN"]);
var NO_LICENSE = /* @__PURE__ */ new Set(["NONE", "UNLICENSED"]);
function classifyLicense(text) {
  const raw = (text ?? "").trim();
  if (raw === "" || NO_ASSERTION.has(raw.toUpperCase())) return { kind: "no-assertion", raw };
  if (NO_LICENSE.has(raw.toUpperCase())) return { kind: "no-license", raw };
  if (/^SEE LICEN[CS]E IN /i.test(raw)) return { kind: "invalid", raw, reason: "the license is in a file of the package, not an SPDX expression" };
  const expression = normalizeLicense(raw);
  if (expression !== void 0) return { kind: "valid", expression };
  try {
    (0, import_spdx_expression_parse.default)(raw);
    return { kind: "valid", expression: raw };
  } catch (error) {
    return { kind: "invalid", raw, reason: `not an SPDX expression (${error.message})` };
  }
}
function isSingleLicense(text) {
  try {
    const node = (0, import_spdx_expression_parse.default)(text);
    return !("conjunction" in node);
  } catch {
    return false;
  }
}
function satisfiesAllow(expression, allow) {
  return (0, import_spdx_satisfies.default)(expression, allow);
}
function leafText(leaf) {
  return `${leaf.license}${leaf.plus ? "+" : ""}${leaf.exception ? ` WITH ${leaf.exception}` : ""}`;
}
function choices(node) {
  if (!("conjunction" in node)) return [[node]];
  const left = choices(node.left);
  const right = choices(node.right);
  if (node.conjunction === "or") return [...left, ...right];
  return left.flatMap((a) => right.map((b) => [...a, ...b]));
}
function deniedBy(expression, deny) {
  const denied = /* @__PURE__ */ new Set();
  for (const choice of choices((0, import_spdx_expression_parse.default)(expression))) {
    const hits = choice.map(leafText).filter((leaf) => (0, import_spdx_satisfies.default)(leaf, deny));
    if (hits.length === 0) return [];
    for (const hit of hits) denied.add(hit);
  }
  return [...denied];
}

export {
  classifyLicense,
  isSingleLicense,
  satisfiesAllow,
  deniedBy
};
