#!/usr/bin/env python3
"""Checks that the catalog's texts reach the translators: model/catalogstrings.cpp matches
resources/catalog/*.yaml (else scripts/extract-catalog-strings.py was not re-run), and every
catalog text is a message of context "Catalog" in each language's .ts file (else
scripts/update-translations.sh was not re-run). check_ts.py then checks they are translated.
Usage: check_catalog_strings.py SOURCE_DIR"""
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def load_extractor(root):
    spec = importlib.util.spec_from_file_location("extract", root / "scripts" / "extract-catalog-strings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    root = Path(sys.argv[1])
    extract = load_extractor(root)
    problems = []
    if extract.OUTPUT.read_text(encoding="utf-8") != extract.generate():
        problems.append("model/catalogstrings.cpp is out of date with resources/catalog: "
                        "run scripts/update-translations.sh")
    texts = extract.catalog_texts()
    for lang in ("de", "fr", "es"):
        path = root / "translations" / f"stackdraft_{lang}.ts"
        sources = {m.findtext("source") for c in ET.parse(path).getroot().iter("context")
                   if c.findtext("name") == "Catalog" for m in c.iter("message")}
        missing = [t for t in texts if t not in sources]
        problems += [f"{path.name}: catalog text missing: {t!r}" for t in missing[:5]]
        if len(missing) > 5:
            problems.append(f"{path.name}: ... and {len(missing) - 5} more: run scripts/update-translations.sh")
    for p in problems:
        print(p)
    print(f"{len(texts)} catalog texts, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
