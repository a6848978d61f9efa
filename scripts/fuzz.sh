#!/usr/bin/env bash
# Builds the loader fuzz target with clang and runs it, seeded with the bundled examples.
# Usage: scripts/fuzz.sh [SECONDS]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTACKDRAFT_BUILD_FUZZERS=ON -DSTACKDRAFT_BUILD_TESTS=OFF -DSTACKDRAFT_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --target fuzz_design_loader
mkdir -p build-fuzz/corpus
cp resources/examples/*.yaml tests/model/data/*.yaml build-fuzz/corpus/ 2>/dev/null || true
for f in resources/examples/*.yaml; do
  build/app/cli/stackdraft-cli convert "$f" "build-fuzz/corpus/$(basename "$f" .yaml).json" 2>/dev/null || true
done
build-fuzz/fuzz/fuzz_design_loader -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 build-fuzz/corpus
