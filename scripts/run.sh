#!/usr/bin/env bash
# One command for a new user: installs what is missing, builds, and opens the studio on
# a bundled example. Without a display it runs the CLI's main job on the example instead.
# Usage: scripts/run.sh [DESIGN]   (default: the e-commerce example)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
design=${1:-resources/examples/e-commerce.stackdraft.yaml}
if [ -x build/app/gui/stackdraft ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec build/app/gui/stackdraft "$design"
fi
echo "No display found: running the command-line checks on $design instead of the studio."
echo
cli=build/app/cli/stackdraft-cli
"$cli" info "$design"
echo
"$cli" check "$design"
if "$cli" --help | grep -q '^  validate '; then
  echo
  "$cli" validate "$design" || true   # findings are the point here, not a failure
fi
