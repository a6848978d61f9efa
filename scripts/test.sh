#!/usr/bin/env bash
# One command for contributors and CI: installs what is missing, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# The offline Terraform/Kubernetes validators keep their npm packages in a cache of their own.
export STACKDRAFT_VALIDATORS_CACHE=${STACKDRAFT_VALIDATORS_CACHE:-$PWD/build/validators-cache}
cd build
ctest --output-on-failure --timeout 900 -j "$(nproc 2>/dev/null || echo 2)"
