#!/usr/bin/env python3
"""Checks that translations/*.ts hold every user-visible string of the sources, translated:
runs lupdate (as scripts/update-translations.sh does) on copies of the catalogues and then the
completeness check on the copies. A tr() string added without its German, French and Spanish
text fails here, naming it. Skips with a reason when lupdate is not installed.
Usage: check_ts_current.py SOURCE_DIR"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def find_lupdate():
    for candidate in (shutil.which("lupdate"), "/usr/lib/qt6/bin/lupdate"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def main():
    root = Path(sys.argv[1]).resolve()
    lupdate = find_lupdate()
    if not lupdate:
        print("SKIP: lupdate not found (Debian package qt6-l10n-tools)")
        return 0
    sources = subprocess.run([sys.executable, str(root / "scripts" / "translation-sources.py"), str(root)],
                             check=True, capture_output=True, text=True).stdout.split()
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in sorted((root / "translations").glob("stackdraft_*.ts")):
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            copies.append(str(copy))
        try:
            run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-disable-heuristic", "similartext",
                                  *sources, "-ts", *copies], cwd=root, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            print("lupdate did not finish in 300 s. lupdate 6.4 loops on a functional cast with arithmetic in a "
                  "numerus argument, e.g. tr(\"%n more\", nullptr, int(n - 1)); use static_cast<int>(n - 1).")
            return 1
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        check = subprocess.run([sys.executable, str(HERE / "check_ts.py"), tmp], capture_output=True, text=True)
        print(check.stdout, end="")
        if check.returncode != 0:
            print("These strings are in the sources but not translated in translations/*.ts: "
                  "run scripts/update-translations.sh and translate what it marks unfinished.")
        return check.returncode


if __name__ == "__main__":
    sys.exit(main())
