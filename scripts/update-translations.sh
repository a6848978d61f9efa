#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new messages appear as unfinished,
# removed ones go) and writes the English plural forms ("%n item(s)" -> "1 item",
# "2 items"). Run after changing user-visible strings or the catalog's texts
# (resources/catalog/*.yaml); then translate what is new.
#
# lupdate runs on the files directly rather than through the build's lupdate target:
# given the include paths, it parses Boost.Graph's headers too and takes many minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
# The catalog's texts are YAML data lupdate cannot read: hand them over as a generated source first.
python3 scripts/extract-catalog-strings.py
mapfile -t sources < <(python3 scripts/translation-sources.py .)
# lupdate 6.4 loops forever on a functional cast with arithmetic in a numerus argument,
# e.g. tr("%n more", nullptr, int(n - 1)): write static_cast<int>(n - 1) instead.
"$lupdate" -no-obsolete -locations none -disable-heuristic similartext "${sources[@]}" -ts translations/stackdraft_*.ts
python3 scripts/fill-english-plurals.py translations/stackdraft_en.ts
