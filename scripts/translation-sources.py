#!/usr/bin/env python3
"""Prints, one per line, the source files whose tr()/translate() strings ship in translations/*.ts.
One list for scripts/update-translations.sh and the translations_current test, so they never differ."""
import sys
from pathlib import Path

ROOTS = ("model", "exporters", "importers", "app", "diagram", "printing")

root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
for top in ROOTS:
    for path in sorted((root / top).rglob("*")):
        if path.suffix in (".cpp", ".h") and path.is_file():
            print(path.relative_to(root))
