#!/usr/bin/env python3
"""Checks the translation catalogues a user would notice problems in: every message of the
German, French and Spanish catalogues is translated, keeps its placeholders (%1, %n...) and,
in menus, keeps one mnemonic. English carries only plural forms, which must all be filled.
Usage: check_ts.py TRANSLATIONS_DIR"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def texts(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return translation, [f.text or "" for f in forms] if forms else [translation.text or ""]


def check(path, complete):
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation, values = texts(message)
            numerus = message.get("numerus") == "yes"
            if not complete and not numerus:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(v.strip() for v in values):
                problems.append(f"{path.name}: {name}: untranslated: {source!r}")
                continue
            wanted = Counter(PLACEHOLDER.findall(source))
            for v in values:
                if Counter(PLACEHOLDER.findall(v)) != wanted:
                    problems.append(f"{path.name}: {name}: placeholders differ: {source!r} -> {v!r}")
                if source.count("&") == 1 and re.search(r"&\w", source) and not re.search(r"&\w", v):
                    problems.append(f"{path.name}: {name}: mnemonic lost: {source!r} -> {v!r}")
    return problems


def main():
    folder = Path(sys.argv[1])
    problems = []
    for lang in ("de", "fr", "es"):
        problems += check(folder / f"stackdraft_{lang}.ts", complete=True)
    problems += check(folder / "stackdraft_en.ts", complete=False)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
