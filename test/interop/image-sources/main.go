// image-sources is the oracle of chaingate's image sources (src/images/sources/kustomize.ts, compose.ts and
// dockerfile.ts): the real tools' own libraries read a kustomization, a Compose project or a Dockerfile and print
// the images they deploy or build from,
// one JSON object a line, for __interop__/image-sources.test.ts to compare.
//
//	image-sources kustomize DIR [none]
//	    `kustomize build DIR` through sigs.k8s.io/kustomize/api (krusty), default options (`none`: with
//	    `--load-restrictor LoadRestrictionsNone`, as Flux builds): each image of a
//	    `containers` / `initContainers` / `ephemeralContainers` list anywhere in each output resource, and
//	    of each image volume (`volumes[].image.reference`): {"kind","name","list","container","image"}.
//	image-sources compose DIR [-f FILE]... [-e NAME=VALUE]... [-profile P]...
//	    `docker compose config` in DIR through github.com/compose-spec/compose-go/v2 (cli), loaded as the
//	    docker compose CLI loads it: the environment given by -e (in place of the process's), DIR/.env, the
//	    files given by -f, else by COMPOSE_FILE, else the compose.yaml (+ compose.override.yaml) discovery, interpolated,
//	    `include` and `extends` resolved; every profile unless -profile names some: {"service","image","build"}.
//	image-sources dockerfile FILE [-build-arg NAME=VALUE]... [-target STAGE]
//	    what a build of the Dockerfile resolves, through BuildKit's own Dockerfile frontend (dockerfile.go):
//	    {"kind":"syntax"|"from"|"copy"|"mount","line",...} a line for the `# syntax=` frontend, each stage's
//	    base (an image, an earlier stage, scratch) and each `COPY --from` / `RUN --mount from=`.
//	image-sources dotenv FILE
//	    the variables of a `.env` file as Compose reads them (compose-go's dotenv, an empty environment): one
//	    JSON object {"NAME": "value"}.
//
// An error (a required variable unset, a file that does not load) is one line on stderr and exit status 1.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/sirupsen/logrus"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/api/types"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "image-sources: "+format+"\n", args...)
	os.Exit(1)
}

type list []string

func (l *list) String() string     { return fmt.Sprint(*l) }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	logrus.SetOutput(io.Discard)
	if len(os.Args) < 3 {
		fail("usage: image-sources kustomize DIR [none] | compose DIR [-f FILE]... [-e NAME=VALUE]... [-profile P]... | dockerfile FILE [-build-arg NAME=VALUE]... [-target STAGE] | dotenv FILE")
	}
	out := json.NewEncoder(os.Stdout)
	switch os.Args[1] {
	case "kustomize":
		options := krusty.MakeDefaultOptions()
		if len(os.Args) > 3 && os.Args[3] == "none" {
			options.LoadRestrictions = types.LoadRestrictionsNone
		}
		kustomize(os.Args[2], options, out)
	case "dockerfile":
		var buildArgs list
		flags := flag.NewFlagSet("dockerfile", flag.ExitOnError)
		flags.Var(&buildArgs, "build-arg", "NAME=VALUE (repeatable)")
		target := flags.String("target", "", "the stage to build (default the last)")
		_ = flags.Parse(os.Args[3:])
		values := map[string]string{}
		for _, pair := range buildArgs {
			name, value, _ := strings.Cut(pair, "=")
			values[name] = value
		}
		dockerfile(os.Args[2], values, *target, out)
	case "dotenv":
		vars, err := dotenv.GetEnvFromFile(map[string]string{}, []string{os.Args[2]})
		if err != nil {
			fail("%v", err)
		}
		_ = out.Encode(vars)
	case "compose":
		var files, env, profiles list
		flags := flag.NewFlagSet("compose", flag.ExitOnError)
		flags.Var(&files, "f", "a Compose file (repeatable)")
		flags.Var(&env, "e", "NAME=VALUE of the environment (repeatable)")
		flags.Var(&profiles, "profile", "a profile to enable (repeatable; default every profile)")
		_ = flags.Parse(os.Args[3:])
		compose(os.Args[2], files, env, profiles, out)
	default:
		fail("unknown command %q", os.Args[1])
	}
}

var containerLists = map[string]bool{"containers": true, "initContainers": true, "ephemeralContainers": true}

func kustomize(dir string, options *krusty.Options, out *json.Encoder) {
	resources, err := krusty.MakeKustomizer(options).Run(filesys.MakeFsOnDisk(), dir)
	if err != nil {
		fail("kustomize build %s: %v", dir, err)
	}
	for _, resource := range resources.Resources() {
		object, err := resource.Map()
		if err != nil {
			fail("%s/%s: %v", resource.GetKind(), resource.GetName(), err)
		}
		var walk func(node any)
		walk = func(node any) {
			switch value := node.(type) {
			case map[string]any:
				keys := make([]string, 0, len(value))
				for key := range value {
					keys = append(keys, key)
				}
				sort.Strings(keys)
				for _, key := range keys {
					if items, ok := value[key].([]any); ok && containerLists[key] {
						for _, item := range items {
							container, _ := item.(map[string]any)
							if image, ok := container["image"].(string); ok {
								name, _ := container["name"].(string)
								_ = out.Encode(map[string]string{"kind": resource.GetKind(), "name": resource.GetName(), "list": key, "container": name, "image": image})
							}
						}
					}
					// Image volumes: {"list": "volumes", "container": the volume's name}.
					if items, ok := value[key].([]any); ok && key == "volumes" {
						for _, item := range items {
							volume, _ := item.(map[string]any)
							image, _ := volume["image"].(map[string]any)
							if reference, ok := image["reference"].(string); ok {
								name, _ := volume["name"].(string)
								_ = out.Encode(map[string]string{"kind": resource.GetKind(), "name": resource.GetName(), "list": key, "container": name, "image": reference})
							}
						}
					}
					walk(value[key])
				}
			case []any:
				for _, item := range value {
					walk(item)
				}
			}
		}
		walk(object)
	}
}

func compose(dir string, files, env, profiles list, out *json.Encoder) {
	// Run where the project is, as it usually is (COMPOSE_FILE's relative paths are the working directory's).
	if err := os.Chdir(dir); err != nil {
		fail("%v", err)
	}
	if len(profiles) == 0 {
		profiles = list{"*"}
	}
	options, err := cli.NewProjectOptions(files,
		cli.WithWorkingDirectory(dir),
		cli.WithEnv(env),
		cli.WithEnvFiles(),
		cli.WithDotEnv,
		cli.WithConfigFileEnv,
		cli.WithDefaultConfigPath,
		cli.WithProfiles(profiles),
	)
	if err != nil {
		fail("compose %s: %v", dir, err)
	}
	project, err := options.LoadProject(context.Background())
	if err != nil {
		fail("compose %s: %v", dir, err)
	}
	names := project.ServiceNames()
	sort.Strings(names)
	for _, name := range names {
		service := project.Services[name]
		_ = out.Encode(map[string]any{"service": name, "image": service.Image, "build": service.Build != nil})
	}
}
