package main

// The Dockerfile half of the oracle: BuildKit's own Dockerfile frontend (github.com/moby/buildkit
// frontend/dockerfile: parser, instructions, shell lexer) reads a Dockerfile, and the images are resolved the way
// dockerfile2llb resolves them for a build (its resolution is not exported, so the few steps are mirrored here
// with the same library calls):
//   - `FROM` and `--platform` are expanded by the shell lexer with the global ARGs only (those before the first
//     FROM, each default expanded by the earlier ones, a --build-arg in place of a default) and the builder's
//     automatic platform ARGs (BUILDPLATFORM, TARGETARCH...);
//   - a `FROM` whose expanded name is an earlier stage's name (as written: BuildKit's lookup is by the lower-case
//     stage name and the name as expanded) builds on that stage, `scratch` is the empty image, anything else is
//     an image reference (reference.ParseNormalizedNamed, `:latest` added as BuildKit does);
//   - `COPY --from` refuses a value the lexer would change, names a stage by index or by name (any stage of the
//     file, case-insensitively), else an image; `RUN --mount=...,from=` names any stage by name, else an image
//     (a variable in it is refused when the file is parsed).
//
// Each FROM is expanded twice: for a default build on linux/amd64 and for a build on another platform (every
// automatic ARG different); `builder` says the two differ (the value depends on the builder's platform, which
// the Dockerfile does not say). `unset` lists the variables a default build expands with no value (an ARG
// without a default, an undeclared name).

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/containerd/platforms"
	"github.com/distribution/reference"
	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// The automatic platform ARGs of two builders (dockerfile2llb's defaultArgs): the default one, and another whose
// every value differs.
var (
	platformA = [][2]string{
		{"BUILDPLATFORM", "linux/amd64"}, {"BUILDOS", "linux"}, {"BUILDOSVERSION", ""}, {"BUILDARCH", "amd64"}, {"BUILDVARIANT", ""},
		{"TARGETPLATFORM", "linux/amd64"}, {"TARGETOS", "linux"}, {"TARGETOSVERSION", ""}, {"TARGETARCH", "amd64"}, {"TARGETVARIANT", ""},
	}
	platformB = [][2]string{
		{"BUILDPLATFORM", "windows/arm64/v8"}, {"BUILDOS", "windows"}, {"BUILDOSVERSION", "10.0.17763"}, {"BUILDARCH", "arm64"}, {"BUILDVARIANT", "v8"},
		{"TARGETPLATFORM", "windows(10.0.17763)/arm64/v8"}, {"TARGETOS", "windows"}, {"TARGETOSVERSION", "10.0.17763"}, {"TARGETARCH", "arm64"}, {"TARGETVARIANT", "v8"},
	}
)

func automaticArgs(platform [][2]string, buildArgs map[string]string, target string) *llb.EnvList {
	env := &llb.EnvList{}
	for _, kv := range append(platform, [2]string{"TARGETSTAGE", target}) {
		value := kv[1]
		if override, ok := buildArgs[kv[0]]; ok {
			value = override
		}
		env = env.AddOrReplace(kv[0], value)
	}
	return env
}

// globalArgs: dockerfile2llb's buildMetaArgs (each global ARG: its --build-arg, else its default expanded by the
// arguments so far; one with neither stays unset).
func globalArgs(env *llb.EnvList, lex *shell.Lex, metaArgs []instructions.ArgCommand, buildArgs map[string]string) (*llb.EnvList, error) {
	for _, cmd := range metaArgs {
		for _, kp := range cmd.Args {
			var value *string
			if v, ok := buildArgs[kp.Key]; ok {
				value = &v
			} else if kp.Value != nil {
				result, err := lex.ProcessWordWithMatches(*kp.Value, env)
				if err != nil {
					return nil, fmt.Errorf("line %d: %v", cmd.Location()[0].Start.Line, err)
				}
				value = &result.Result
			}
			if value != nil {
				env = env.AddOrReplace(kp.Key, *value)
			}
		}
	}
	return env, nil
}

type expansion struct {
	value   string
	unset   []string
	err     string
	builder bool
}

// expand: the word for a default build, and whether another builder's platform changes it.
func expand(lex *shell.Lex, word string, envA, envB *llb.EnvList) expansion {
	a, errA := lex.ProcessWordWithMatches(word, envA)
	b, errB := lex.ProcessWordWithMatches(word, envB)
	out := expansion{value: a.Result, builder: a.Result != b.Result || (errA == nil) != (errB == nil)}
	if errA != nil {
		out.err = errA.Error()
	}
	for name := range a.Unmatched {
		out.unset = append(out.unset, name)
	}
	sort.Strings(out.unset)
	return out
}

// image: the reference as BuildKit pulls it (normalized, `:latest` when neither tag nor digest), or why it is not one.
func image(name string) (string, string) {
	ref, err := reference.ParseNormalizedNamed(name)
	if err != nil {
		return "", err.Error()
	}
	return reference.TagNameOnly(ref).String(), ""
}

func line(location []parser.Range) int {
	if len(location) == 0 {
		return 0
	}
	return location[0].Start.Line
}

func dockerfile(path string, buildArgs map[string]string, target string, out *json.Encoder) {
	data, err := os.ReadFile(path)
	if err != nil {
		fail("%v", err)
	}
	result, err := parser.Parse(strings.NewReader(string(data)))
	if err != nil {
		fail("%s: %v", path, err)
	}
	stages, metaArgs, err := instructions.Parse(result.AST, nil)
	if err != nil {
		fail("%s: %v", path, err)
	}
	if len(stages) == 0 {
		fail("%s: dockerfile contains no stages to build", path)
	}
	if syntax, _, location, ok := parser.DetectSyntax(data); ok {
		at := 0
		if len(location) > 0 {
			at = location[0].Start.Line
		}
		_ = out.Encode(map[string]any{"kind": "syntax", "line": at, "text": syntax})
	}
	if target == "" {
		target = stages[len(stages)-1].Name
	}
	if target == "" {
		target = "default"
	}
	lex := shell.NewLex(result.EscapeToken)
	envA, err := globalArgs(automaticArgs(platformA, buildArgs, target), lex, metaArgs, buildArgs)
	if err != nil {
		fail("%s: %v", path, err)
	}
	envB, err := globalArgs(automaticArgs(platformB, buildArgs, target), lex, metaArgs, buildArgs)
	if err != nil {
		fail("%s: %v", path, err)
	}
	names := map[string]int{}
	for index, stage := range stages {
		if stage.Name != "" {
			names[stage.Name] = index
		}
	}
	earlier := map[string]bool{}
	for index, stage := range stages {
		record := map[string]any{"kind": "from", "line": line(stage.Location), "index": index, "text": stage.BaseName}
		if stage.Name != "" {
			record["stage"] = stage.Name
		}
		base := expand(lex, stage.BaseName, envA, envB)
		record["resolved"] = base.value
		if base.unset != nil {
			record["unset"] = base.unset
		}
		if base.builder {
			record["builder"] = true
		}
		switch {
		case base.err != "":
			record["error"] = base.err
		case base.value == "":
			record["error"] = fmt.Sprintf("base name (%s) should not be blank", stage.BaseName)
		case earlier[base.value]:
			record["from_stage"] = base.value
		case base.value == "scratch":
			record["scratch"] = true
		default:
			if ref, problem := image(base.value); problem != "" {
				record["error"] = problem
			} else {
				record["image"] = ref
			}
		}
		if stage.Platform != "" {
			platform := expand(lex, stage.Platform, envA, envB)
			record["platform"] = platform.value
			if platform.builder {
				record["platform_builder"] = true
			}
			if platform.err != "" {
				record["platform_error"] = platform.err
			} else if platform.value == "" {
				record["platform_error"] = "empty platform value from expression " + stage.Platform
			} else if _, err := platforms.Parse(platform.value); err != nil {
				record["platform_error"] = err.Error()
			}
		}
		_ = out.Encode(record)
		if stage.Name != "" {
			earlier[stage.Name] = true
		}
		for _, command := range stage.Commands {
			switch c := command.(type) {
			case *instructions.CopyCommand:
				if c.From == "" {
					continue
				}
				record := map[string]any{"kind": "copy", "line": line(c.Location()), "text": c.From}
				expanded, err := lex.ProcessWordWithMatches(c.From, shell.EnvsFromSlice(nil))
				if err != nil || expanded.Result != c.From {
					record["error"] = "variable expansion is not supported for --from"
				} else if stageIndex, err := strconv.Atoi(c.From); err == nil {
					if stageIndex < 0 || stageIndex >= len(stages) {
						record["error"] = fmt.Sprintf("invalid stage index %d", stageIndex)
					} else {
						record["from_stage"] = strconv.Itoa(stageIndex)
					}
				} else if _, ok := names[strings.ToLower(c.From)]; ok {
					record["from_stage"] = strings.ToLower(c.From)
				} else if ref, problem := image(c.From); problem != "" {
					record["error"] = problem
				} else {
					record["image"] = ref
				}
				_ = out.Encode(record)
			case *instructions.RunCommand:
				for _, mount := range instructions.GetMounts(c) {
					if mount.From == "" {
						continue
					}
					record := map[string]any{"kind": "mount", "line": line(c.Location()), "text": mount.From}
					if _, ok := names[strings.ToLower(mount.From)]; ok {
						record["from_stage"] = strings.ToLower(mount.From)
					} else if ref, problem := image(mount.From); problem != "" {
						record["error"] = problem
					} else {
						record["image"] = ref
					}
					_ = out.Encode(record)
				}
			}
		}
	}
}
