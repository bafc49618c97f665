#!/usr/bin/env bash
# Installs the external programs the interop tests and benches run against (cosign, the notation-go signer,
# sigstore-python, zizmor...), each pinned to an exact version, from the package registries by name, into a cache
# OUTSIDE the repository: ${CHAINGATE_PEERS_DIR:-$HOME/.cache/chaingate-peers}/<name>/<version>/.
# A version already installed is not touched (re-runs are instant). Each peer's current version is linked
# as <cache>/bin/<tool>, which the interop tests run. A peer that cannot be installed stops the script
# with one line saying which and why (the full log stays in the cache): never a silent skip.
#
# `scripts/install-peers.sh NAME...` installs only the peers named.
#
# Adding a peer is one line at the bottom: `peer <name> <version> <install command...>`; the command runs
# with $PREFIX (where to install; put executables in $PREFIX/bin) and $VERSION set, in the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PEERS=${CHAINGATE_PEERS_DIR:-$HOME/.cache/chaingate-peers}
mkdir -p "$PEERS/bin"
# Go builds use their own module and build caches in the peers folder (cached between runs, outside the repo).
export GOMODCACHE="$PEERS/.go/mod" GOCACHE="$PEERS/.go/cache" GOFLAGS=-buildvcs=false GOTOOLCHAIN=local CGO_ENABLED=0

# go_install MODULE/cmd/TOOL@VERSION: `go install` from the Go module proxy into $PREFIX/bin.
go_install() { GOBIN="$PREFIX/bin" go install "$1"; }

# go_install_newer MODULE/cmd/TOOL@VERSION: the same, for a module that needs a newer Go than this machine's;
# the go command takes that toolchain from the Go module proxy like any module.
go_install_newer() { GOTOOLCHAIN=go1.27.3 GOBIN="$PREFIX/bin" go install "$1"; }

# npm_tool PACKAGE@VERSION...: packages from the npm registry into $PREFIX, the executables of the packages named
# (not of their dependencies) linked in $PREFIX/bin.
npm_tool() {
  npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --ignore-scripts "$@"
  mkdir -p "$PREFIX/bin"
  local spec tool
  for spec in "$@"; do
    for tool in $(node -e 'const p = require(process.argv[1]); const b = p.bin ?? {}; console.log((typeof b === "string" ? [p.name.split("/").pop()] : Object.keys(b)).join(" "))' "$PREFIX/node_modules/${spec%@*}/package.json"); do
      ln -sf "$PREFIX/node_modules/.bin/$tool" "$PREFIX/bin/$tool"
    done
  done
}

# go_install_jsonv2 MODULE/cmd/TOOL@VERSION: `go install` of a program built, as its release is, with Go's
# encoding/json/v2 experiment (Trivy).
go_install_jsonv2() { GOEXPERIMENT=jsonv2 GOBIN="$PREFIX/bin" go install "$1"; }

# go_build DIR: builds the Go program in DIR (a module of this repository) into $PREFIX/bin.
go_build() { (cd "$ROOT/$1" && go build -trimpath -o "$PREFIX/bin/" .); }

# pip_venv REQUIREMENT TOOL...: a virtual environment in $PREFIX with the requirement from PyPI; links each TOOL
# (`NAME=FILE`: a NAME that runs the environment's FILE, e.g. its python, to use the library from a test).
pip_venv() {
  python3 -m venv "$PREFIX/venv"
  "$PREFIX/venv/bin/pip" install --disable-pip-version-check --no-input -q "$1"
  mkdir -p "$PREFIX/bin"
  shift
  local tool
  for tool in "$@"; do
    if [[ $tool != *=* ]]; then ln -sf "$PREFIX/venv/bin/$tool" "$PREFIX/bin/$tool"; continue; fi
    # A wrapper, not a link: python finds its environment from the path it was started by.
    printf '#!/bin/sh\nexec "%s" "$@"\n' "$PREFIX/venv/bin/${tool#*=}" >"$PREFIX/bin/${tool%%=*}"
    chmod +x "$PREFIX/bin/${tool%%=*}"
  done
}

# Hash of a folder of this repository, as the version of a program built from it (rebuilt when it changes).
tree_hash() { (cd "$ROOT" && find "$1" -type f ! -name '*.test' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12); }

ONLY=("$@")
peer() {
  local name=$1 version=$2
  shift 2
  if [ "${#ONLY[@]}" -gt 0 ] && [[ " ${ONLY[*]} " != *" $name "* ]]; then return 0; fi
  local dir="$PEERS/$name/$version"
  if [ ! -f "$dir/.installed" ]; then
    local started=$SECONDS log="$PEERS/$name-$version.log"
    rm -rf "$dir" && mkdir -p "$dir"
    if ! (PREFIX="$dir" VERSION="$version" "$@") >"$log" 2>&1; then
      echo "install-peers: cannot install $name $version ($*): $(grep -v '^\s*$' "$log" | tail -n 1) [log: $log]" >&2
      rm -rf "$dir"
      exit 1
    fi
    echo "$((SECONDS - started))" >"$dir/.install-seconds"
    touch "$dir/.installed"
    echo "install-peers: $name $version installed in $((SECONDS - started)) s"
  fi
  local tool
  for tool in "$dir"/bin/*; do ln -sfn "$tool" "$PEERS/bin/$(basename "$tool")"; done
}

command -v go >/dev/null || { echo "install-peers: go is not installed (needed to build cosign, the notation-go signer and the image-sources and helm-values oracles)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "install-peers: python3 is not installed (needed for sigstore-python)" >&2; exit 1; }

peer cosign v3.1.3 go_install github.com/sigstore/cosign/v3/cmd/cosign@v3.1.3
peer notation-signer "notation-go-v1.3.2-$(tree_hash test/interop/notation-signer)" go_build test/interop/notation-signer
peer sigstore-python 4.5.1 pip_venv sigstore==4.5.1 sigstore
# The oracle of the Kustomize, Compose and Dockerfile image sources (__interop__/image-sources.test.ts,
# bench/dockerfile-sources-check.mjs): kustomize's, Compose's and BuildKit's own libraries
# (sigs.k8s.io/kustomize/api v0.21.2, compose-go v2.16.2, github.com/moby/buildkit v0.34.2, pinned by its go.sum).
peer image-sources "kustomize-api-v0.21.2-compose-go-v2.16.2-buildkit-v0.34.2-$(tree_hash test/interop/image-sources)" go_build test/interop/image-sources
# The oracle of the Helm chart values image source (__interop__/helm-values.test.ts, bench/helm-values-check.mjs):
# Helm's own library renders a chart as `helm template` does (helm.sh/helm/v4 v4.3.2, pinned by its go.sum).
peer helm-values "helm-v4.3.2-$(tree_hash test/interop/helm-values)" go_build test/interop/helm-values
# The oracle of the Chisel manifest reader (__interop__/chisel-manifest.test.ts): Chisel's manifest library
# (github.com/canonical/chisel-manifest v1.2.0, pinned by its go.sum) writes and reads the manifests compared.
peer chisel-manifest "chisel-manifest-v1.2.0-$(tree_hash test/interop/chisel-manifest)" go_build test/interop/chisel-manifest

# Benchmark baselines and the package managers that make the inventory bench's corpus (bench/README.md). Syft and
# osv-scanner are also SBOM peers of the interop tests (`npm run test:interop` installs them); the others are not
# needed by any test.
peer syft v1.57.2 go_install github.com/anchore/syft/cmd/syft@v1.57.2
peer osv-scanner v2.6.0 go_install_newer github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.6.0
peer js-package-managers pnpm-10.28.2-yarn-1.22.22 npm_tool pnpm@10.28.2 yarn@1.22.22
peer uv 0.13.9 pip_venv uv==0.13.9 uv
# zizmor, the GitHub Actions auditor bench/workflows.mjs compares the workflow audit with (offline, same corpus).
peer zizmor 1.33.1 pip_venv zizmor==1.33.1 zizmor
# SBOM generators and validators the SBOM interop tests (__interop__/sbom-*.test.ts) read and are checked by:
# cyclonedx-npm and cyclonedx-py (CycloneDX's generators; cyclonedx-py's environment also holds
# cyclonedx-python-lib, whose JSON validator checks chaingate's CycloneDX), cdxgen, and spdx-tools (pyspdxtools
# validates chaingate's SPDX).
peer cyclonedx-npm 6.0.1 npm_tool @cyclonedx/cyclonedx-npm@6.0.1
peer cyclonedx-py 7.5.0 pip_venv cyclonedx-bom==7.5.0 cyclonedx-py cyclonedx-py-python=python
peer cdxgen 12.8.4 npm_tool @cyclonedx/cdxgen@12.8.4
peer spdx-tools 0.8.5 pip_venv spdx-tools==0.8.5 pyspdxtools
# Trivy (its module proxy's newest version here): a ~17-minute Go build, so not in `npm run test:interop`; it
# makes the committed SBOMs of test/fixtures/sbom/trivy/ (generate.mjs there), read by the normal test suite.
peer trivy v0.74.0 go_install_jsonv2 github.com/aquasecurity/trivy/cmd/trivy@v0.74.0
