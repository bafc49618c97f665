// chisel-manifest is the oracle of chaingate's Chisel manifest reader (src/images/catalog/chisel.ts): Chisel's
// own manifest library (github.com/canonical/chisel-manifest v1.2.0, the public mirror of Chisel's
// `manifest` and `jsonwall` packages, pinned by go.sum) writes and reads the manifests the interop test
// compares.
//
//	chisel-manifest write < ENTRIES.json > manifest.wall
//	    {"packages":[…],"slices":[…],"paths":[…],"contents":[…]} (the manifest package's types) written by
//	    jsonwall's DBWriter with the manifest schema, as Chisel writes it (uncompressed: Chisel then zstd-compresses).
//	chisel-manifest packages < manifest.wall
//	    the packages manifest.Read + IteratePackages give, one JSON object a line: {"name","version","arch"}.
//	chisel-manifest paths < manifest.wall
//	    the paths IteratePaths gives, one a line.
//
// An error is one line on stderr and exit status 1.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/canonical/chisel-manifest/public/jsonwall"
	"github.com/canonical/chisel-manifest/public/manifest"
)

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "chisel-manifest: "+format+"\n", args...)
	os.Exit(1)
}

type entries struct {
	Packages []manifest.Package `json:"packages"`
	Slices   []manifest.Slice   `json:"slices"`
	Paths    []manifest.Path    `json:"paths"`
	Contents []manifest.Content `json:"contents"`
}

func main() {
	if len(os.Args) != 2 {
		fail("usage: chisel-manifest write|packages|paths")
	}
	switch os.Args[1] {
	case "write":
		var in entries
		if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
			fail("reading the entries: %v", err)
		}
		db := jsonwall.NewDBWriter(&jsonwall.DBWriterOptions{Schema: manifest.Schema})
		add := func(value any) {
			if err := db.Add(value); err != nil {
				fail("%v", err)
			}
		}
		for i := range in.Packages {
			in.Packages[i].Kind = "package"
			add(&in.Packages[i])
		}
		for i := range in.Slices {
			in.Slices[i].Kind = "slice"
			add(&in.Slices[i])
		}
		for i := range in.Paths {
			in.Paths[i].Kind = "path"
			add(&in.Paths[i])
		}
		for i := range in.Contents {
			in.Contents[i].Kind = "content"
			add(&in.Contents[i])
		}
		if _, err := db.WriteTo(os.Stdout); err != nil {
			fail("%v", err)
		}
	case "packages", "paths":
		m, err := manifest.Read(bufio.NewReader(os.Stdin))
		if err != nil {
			fail("%v", err)
		}
		out := json.NewEncoder(os.Stdout)
		if os.Args[1] == "packages" {
			err = m.IteratePackages(func(p *manifest.Package) error {
				return out.Encode(map[string]string{"name": p.Name, "version": p.Version, "arch": p.Arch})
			})
		} else {
			err = m.IteratePaths("", func(p *manifest.Path) error {
				_, err := fmt.Println(p.Path)
				return err
			})
		}
		if err != nil {
			fail("%v", err)
		}
	default:
		fail("unknown command %q", os.Args[1])
	}
}
