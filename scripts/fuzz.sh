#!/usr/bin/env bash
# Builds the fuzz targets with clang and runs each, seeded with the bundled examples: the design
# loader, then one target per exporter (design in, every export out).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (default 300 s each, every target)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_design_loader fuzz_export_terraform fuzz_export_kubernetes fuzz_export_compose fuzz_export_questionnaire fuzz_terraform_import)
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTACKDRAFT_BUILD_FUZZERS=ON -DSTACKDRAFT_BUILD_TESTS=OFF -DSTACKDRAFT_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --target "${targets[@]}"
mkdir -p build-fuzz/corpus
cp resources/examples/*.yaml tests/model/data/*.yaml build-fuzz/corpus/ 2>/dev/null || true
for f in resources/examples/*.yaml; do
  build/app/cli/stackdraft-cli convert "$f" "build-fuzz/corpus/$(basename "$f" .yaml).json" 2>/dev/null || true
done
# The Terraform import reads .tf and plan/state JSON: seed it with our exports and the fixtures.
mkdir -p build-fuzz/corpus-fuzz_terraform_import
find tests/exporters/terraform/golden tests/importers/data/terraform-* -name '*.tf' -o -name '*.json' 2>/dev/null \
  | while read -r f; do cp "$f" "build-fuzz/corpus-fuzz_terraform_import/$(echo "$f" | tr / _)"; done
for target in "${targets[@]}"; do
  # Each target keeps its own corpus (seeded with the same files), so findings do not mix.
  mkdir -p "build-fuzz/corpus-$target"
  cp -n build-fuzz/corpus/* "build-fuzz/corpus-$target/" 2>/dev/null || true
  echo "== $target"
  status=0
  "build-fuzz/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=30 \
    -rss_limit_mb=2048 "build-fuzz/corpus-$target" >"build-fuzz/$target.log" 2>&1 || status=$?
  grep -E "DONE|ERROR|SUMMARY|Done [0-9]+ runs" "build-fuzz/$target.log" || true
  if [ "$status" -ne 0 ]; then
    echo "$target failed ($status); see build-fuzz/$target.log" >&2
    failed=1
  fi
done
exit "${failed:-0}"
