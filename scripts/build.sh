#!/usr/bin/env bash
# Configures and builds Stackdraft into build/ (shared by run.sh and test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${STACKDRAFT_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build --parallel "$jobs"
