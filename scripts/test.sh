#!/usr/bin/env bash
# `npm test`: every check the project has, in order of cost — build, type-check (library, tests,
# examples), lint, format, then every jest tier (unit, emulator, wire, engine, examples,
# reliability) — and a closing "N passed, N failed" line. `--soak` adds the long variants.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${1:-}" = "--soak" ]; then export CP_SOAK=1; fi

step() { printf '\n== %s\n' "$*"; }

step "build"
npx tsc -p tsconfig.build.json
step "type-check"
npx tsc --noEmit -p tsconfig.json
step "lint"
npx eslint .
step "format"
npx prettier --check --log-level warn .
echo "prettier: all files formatted"
step "pulumi CLI"
bash scripts/ensure-pulumi.sh >/dev/null
[ -x /usr/bin/aws ] || { echo "Debian's AWS CLI is missing: apt-get install awscli" >&2; exit 1; }

step "jest"
report="$(mktemp)"
status=0
npx jest --maxWorkers=2 --json --outputFile="$report" || status=$?
node -e '
  const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' "$report"
rm -f "$report"
exit "$status"
