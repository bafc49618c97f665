// helm-values is the oracle of chaingate's Helm chart values image source (src/images/sources/helm.ts):
// Helm's own library (helm.sh/helm/v4, pinned by go.sum) renders a chart folder as `helm template` does and
// prints the images of what it renders, one JSON object a line, for __interop__/helm-values.test.ts and
// bench/helm-values-check.mjs to compare.
//
//	helm-values CHART_DIR
//	    `helm template release-name CHART_DIR` (namespace `default`, Helm's default Kubernetes version and
//	    API versions, the chart's default values, the subcharts vendored in CHART_DIR/charts, hooks and test
//	    hooks included; no network): each image of a `containers` / `initContainers` / `ephemeralContainers`
//	    list anywhere in each rendered resource, {"kind","name","container","image","field"} with "hook" (the
//	    hook's events, `test` for a test) when the resource is a hook; then each other `image:` string of the
//	    output (an operator's `spec.image`…), with "container" empty.
//	helm-values -manifest CHART_DIR
//	    the rendered output itself (resources, then hooks), as `helm template` prints it.
//
// A chart that does not render (dependencies not vendored, a `required` value unset, a template error, a
// library chart) is one line on stderr, `helm-values: CHART_DIR does not render: REASON`, and exit status 3;
// any other error (usage, an unreadable folder) exit status 1.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"helm.sh/helm/v4/pkg/action"
	"helm.sh/helm/v4/pkg/chart"
	"helm.sh/helm/v4/pkg/chart/loader"
	release "helm.sh/helm/v4/pkg/release/v1"
	releaseutil "helm.sh/helm/v4/pkg/release/v1/util"
	"sigs.k8s.io/yaml"
)

func fail(code int, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "helm-values: "+format+"\n", args...)
	os.Exit(code)
}

func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	args := os.Args[1:]
	manifest := len(args) > 0 && args[0] == "-manifest"
	if manifest {
		args = args[1:]
	}
	if len(args) != 1 {
		fail(1, "usage: helm-values [-manifest] CHART_DIR")
	}
	dir := args[0]
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		fail(1, "%s is not a chart folder", dir)
	}
	rel := render(dir)
	if manifest {
		fmt.Println(strings.TrimSpace(rel.Manifest))
		for _, hook := range rel.Hooks {
			fmt.Printf("---\n# Source: %s\n%s\n", hook.Path, hook.Manifest)
		}
		return
	}
	out := json.NewEncoder(os.Stdout)
	var others []map[string]string
	emit := func(text, hook string) {
		split := releaseutil.SplitManifests(text)
		keys := make([]string, 0, len(split))
		for key := range split {
			keys = append(keys, key)
		}
		sort.Sort(releaseutil.BySplitManifestsOrder(keys))
		for _, key := range keys {
			var object map[string]any
			if err := yaml.Unmarshal([]byte(split[key]), &object); err != nil || object == nil {
				continue
			}
			kind, _ := object["kind"].(string)
			name := ""
			if metadata, ok := object["metadata"].(map[string]any); ok {
				name, _ = metadata["name"].(string)
			}
			for _, found := range images(object) {
				line := map[string]string{"kind": kind, "name": name, "container": found.container, "image": found.image, "field": found.field}
				if hook != "" {
					line["hook"] = hook
				}
				if found.container == "" {
					others = append(others, line)
				} else {
					_ = out.Encode(line)
				}
			}
		}
	}
	emit(rel.Manifest, "")
	for _, hook := range rel.Hooks {
		events := make([]string, 0, len(hook.Events))
		for _, event := range hook.Events {
			events = append(events, string(event))
		}
		emit(hook.Manifest, strings.Join(events, ","))
	}
	for _, line := range others {
		_ = out.Encode(line)
	}
}

// render runs `helm template`'s install in client-only dry-run mode on the chart folder.
func render(dir string) *release.Release {
	loaded, err := loader.Load(dir)
	if err != nil {
		fail(3, "%s does not render: cannot load the chart: %s", dir, oneLine(err))
	}
	accessor, err := chart.NewAccessor(loaded)
	if err != nil {
		fail(3, "%s does not render: %s", dir, oneLine(err))
	}
	if kind, _ := accessor.MetadataAsMap()["Type"].(string); kind != "" && kind != "application" {
		fail(3, "%s does not render: a %s chart is not installable", dir, kind)
	}
	if dependencies := accessor.MetaDependencies(); len(dependencies) > 0 {
		if err := action.CheckDependencies(loaded, dependencies); err != nil {
			fail(3, "%s does not render: dependencies not vendored in charts/: %s", dir, oneLine(err))
		}
	}
	client := action.NewInstall(action.NewConfiguration())
	client.DryRunStrategy = action.DryRunClient
	client.ReleaseName = "release-name"
	client.Namespace = "default"
	client.Replace = true
	released, err := client.RunWithContext(context.Background(), loaded, map[string]any{})
	if err != nil {
		fail(3, "%s does not render: %s", dir, oneLine(err))
	}
	switch rel := released.(type) {
	case *release.Release:
		return rel
	case release.Release:
		return &rel
	}
	fail(1, "unexpected release type %T", released)
	return nil
}

type image struct{ image, container, field string }

var containerLists = map[string]bool{"containers": true, "initContainers": true, "ephemeralContainers": true}

// images: each container of a container list anywhere in the object, in key order; then each other string
// under an `image` key (not a container's), with its path.
func images(object map[string]any) []image {
	var found, others []image
	var walk func(node any, at string)
	walk = func(node any, at string) {
		switch value := node.(type) {
		case map[string]any:
			keys := make([]string, 0, len(value))
			for key := range value {
				keys = append(keys, key)
			}
			sort.Strings(keys)
			for _, key := range keys {
				child := value[key]
				where := strings.TrimPrefix(at+"/"+key, "/")
				if items, ok := child.([]any); ok && containerLists[key] {
					for _, item := range items {
						container, ok := item.(map[string]any)
						if !ok {
							continue
						}
						text, _ := container["image"].(string)
						name, _ := container["name"].(string)
						if name == "" {
							name = "(unnamed)"
						}
						if text != "" {
							found = append(found, image{text, name, where})
						}
						// A container's own fields hold no further containers.
					}
					continue
				}
				if text, ok := child.(string); ok && key == "image" && text != "" {
					others = append(others, image{text, "", where})
					continue
				}
				walk(child, where)
			}
		case []any:
			for _, item := range value {
				walk(item, at)
			}
		}
	}
	walk(object, "")
	return append(found, others...)
}
