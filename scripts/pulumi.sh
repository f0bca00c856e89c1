#!/usr/bin/env bash
# Runs the project's Pulumi CLI (building it on first use) with settings for a local, offline
# engine: `npm run --silent pulumi -- <args>`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin_dir="$(bash "$here/ensure-pulumi.sh")"
export PATH="$bin_dir:$PATH"
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
exec pulumi "$@"
