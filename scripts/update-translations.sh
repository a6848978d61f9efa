#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new messages appear as unfinished,
# removed ones go) and writes the English plural forms ("%n item(s)" -> "1 item",
# "2 items"). Run after changing user-visible strings; then translate what is new.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d build ] || scripts/build.sh
cmake --build build --target update_translations
python3 scripts/fill-english-plurals.py translations/stackdraft_en.ts
