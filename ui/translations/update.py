"""Refresh the Dutch translation of the desktop app, or check that it is complete.

Usage (from the project root, with the venv active)::

    python -m ui.translations.update          # lupdate ui/**/*.py -> .ts, lrelease -> .qm
    python -m ui.translations.update --check  # list untranslated strings, exit 1 if any

After ``update``, open ``ui/translations/krachtenveld_nl.ts`` in Qt Linguist (or any editor),
translate the entries marked ``type="unfinished"``, and run ``update`` again to compile the
``.qm``. See ``docs/translations.md``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "QM_FILE",
    "TS_FILE",
    "Untranslated",
    "compile_qm",
    "run_lupdate",
    "source_files",
    "untranslated",
]

HERE = Path(__file__).resolve().parent
UI_DIR = HERE.parent
TS_FILE = HERE / "krachtenveld_nl.ts"
QM_FILE = HERE / "krachtenveld_nl.qm"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    """Every Python file of the GUI (``ui/**/*.py``), in a stable order."""
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_file: Path) -> None:
    """Merge the strings of :func:`source_files` into ``ts_file`` (drops vanished ones)."""
    files = [str(p) for p in source_files()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nl_NL",
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
        text=True,
    )


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file`` with ``pyside6-lrelease``."""
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        text=True,
    )


@dataclass(frozen=True, slots=True)
class Untranslated:
    """A source string without a finished Dutch translation."""

    context: str
    source: str

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def untranslated(ts_file: Path) -> list[Untranslated]:
    """Messages in ``ts_file`` that are unfinished, empty or missing a plural form."""
    missing: list[Untranslated] = []
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                missing.append(Untranslated(name, source))
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if not all(t.strip() for t in texts):
                missing.append(Untranslated(name, source))
    return missing


def check() -> list[Untranslated]:
    """Run lupdate on a copy of the committed ``.ts`` and list what is not translated."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / TS_FILE.name
        if TS_FILE.exists():
            shutil.copyfile(TS_FILE, copy)
        run_lupdate(copy)
        return untranslated(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args(argv)
    if args.check:
        missing = check()
        for item in missing:
            print(item)
        print(f"{len(missing)} untranslated string(s)")
        return 1 if missing else 0
    run_lupdate(TS_FILE)
    compile_qm(TS_FILE, QM_FILE)
    missing = untranslated(TS_FILE)
    print(f"{TS_FILE.name}: {len(missing)} untranslated string(s); compiled {QM_FILE.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
