#!/usr/bin/env bash
# Provision the Pulumi CLI, its Node.js language host and the dynamic-provider launcher.
#
# Uses `pulumi` from PATH when it is recent enough; otherwise builds both binaries from the Go
# module proxy at pinned versions into a cache outside the repository. A second run reuses the
# cache; a failed build names the step and leaves nothing half-built behind.
#
# Prints progress on stderr and, on success, the directory holding the binaries on stdout.
set -euo pipefail

PULUMI_VERSION="3.248.0"
# The Node.js language host lives in its own Go module that the module proxy reachable here does
# not serve at any version; v3.68.0 is the newest sdk/v3 release that still carries it in-module.
LANGHOST_SDK_VERSION="3.68.0"
MIN_PATH_VERSION="3.139.0"

cache_root="${PULUMI_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/customer-profiles-pulumi-cli}"
bin_dir="$cache_root/v$PULUMI_VERSION-host$LANGHOST_SDK_VERSION/bin"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

say() { printf '[pulumi-cli] %s\n' "$*" >&2; }

version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

use_path_cli() {
  command -v pulumi >/dev/null 2>&1 || return 1
  command -v pulumi-language-nodejs >/dev/null 2>&1 || return 1
  local v
  v="$(pulumi version 2>/dev/null | sed 's/^v//')" || return 1
  version_at_least "$v" "$MIN_PATH_VERSION" || return 1
  say "using pulumi $v from PATH"
  dirname "$(command -v pulumi)"
}

write_launcher() {
  # The engine starts dynamic providers through this executable; it runs the provider host that
  # ships inside the program's own @pulumi/pulumi.
  cp "$here/pulumi-resource-pulumi-nodejs" "$1/pulumi-resource-pulumi-nodejs"
  chmod +x "$1/pulumi-resource-pulumi-nodejs"
}

build() {
  command -v go >/dev/null 2>&1 || { say "step 'find go' failed: Go is not on PATH"; exit 1; }
  mkdir -p "$cache_root"
  local work step
  work="$(mktemp -d "$cache_root/build.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/bin" "$work/cli" "$work/host"
  export GOFLAGS="${GOFLAGS:-} -mod=mod" GOTOOLCHAIN=local

  step() { say "$1"; }
  fail() { say "step '$1' failed (log above); nothing was installed"; exit 1; }

  step "1/4 resolving github.com/pulumi/pulumi/pkg/v3@v$PULUMI_VERSION (first run downloads ~1 GB of modules)"
  (cd "$work/cli" && go mod init pulumi-cli-build >/dev/null 2>&1 \
    && go mod edit -require "github.com/pulumi/pulumi/pkg/v3@v$PULUMI_VERSION" \
                   -require "github.com/pulumi/pulumi/sdk/v3@v$PULUMI_VERSION" \
                   -replace "github.com/atotto/clipboard=github.com/tgummerer/clipboard@v0.0.0-20241001131231-d02d263e614e" \
    && printf 'package main\nimport _ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"\n' >tools.go \
    && go mod tidy >&2) || fail "resolve CLI modules"

  step "2/4 compiling the pulumi CLI (several minutes on 2 cores)"
  (cd "$work/cli" && go build -trimpath \
    -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$PULUMI_VERSION" \
    -o "$work/bin/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi >&2) || fail "compile CLI"

  step "3/4 compiling the Node.js language host (sdk/v3@v$LANGHOST_SDK_VERSION)"
  (cd "$work/host" && go mod init pulumi-host-build >/dev/null 2>&1 \
    && go mod edit -require "github.com/pulumi/pulumi/sdk/v3@v$LANGHOST_SDK_VERSION" \
    && printf 'package main\nimport _ "github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs"\n' >tools.go \
    && go mod tidy >&2 \
    && go build -trimpath -o "$work/bin/pulumi-language-nodejs" \
         github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs >&2) || fail "compile language host"

  step "4/4 installing into $bin_dir"
  write_launcher "$work/bin"
  "$work/bin/pulumi" version >/dev/null || fail "run built CLI"
  mkdir -p "$(dirname "$bin_dir")"
  rm -rf "$bin_dir"
  mv "$work/bin" "$bin_dir"
  say "built pulumi $("$bin_dir/pulumi" version)"
}

if use_path_cli; then exit 0; fi
if [ -x "$bin_dir/pulumi" ] && [ -x "$bin_dir/pulumi-language-nodejs" ] && [ -x "$bin_dir/pulumi-resource-pulumi-nodejs" ]; then
  echo "$bin_dir"
  exit 0
fi
say "pulumi CLI not found; building v$PULUMI_VERSION from Go modules into $cache_root (once per machine)"
build
echo "$bin_dir"
