"""Every file the program writes goes through the atomic writer (issue 13, item 3).

A scan of the source for the ways Python and Qt write files directly, with the few places
that must not be atomic named and explained; and a write that fails half-way leaves the old
picture whole.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.real_fsync  # durable writes: the real fsync (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("models", "mapper", "exports", "ui")
DIRECT = re.compile(
    r"""open\([^)]*["'][wax]b?\+?["']"""  # open(path, "w") and friends
    r"|\.write_bytes\(|\.write_text\("  # pathlib
    r"|os\.open\(|shutil\.copy"  # low level
    r"|QFile\(|QSaveFile\("  # Qt
    r"|(image|img|picture|pixmap|wb|workbook|doc|deck|prs)\.save\(\s*(str\(|path|out|file|target)"
    r"|setOutputFileName\(|QPdfWriter\(\s*(str|path|out)"
)
# (file, what) -> why it is not the atomic writer
ALLOWED = {
    ("models/atomic.py", "os.open("): "the atomic writer itself",
    ("models/atomic.py", "shutil.copy"): "the backup's temporary copy, renamed into place",
    ("models/filelock.py", "os.open("): "a lock is created with O_EXCL: it must not replace",
    ("models/safeio.py", "os.open("): "opens for reading only (O_RDONLY | O_NONBLOCK)",
    ("ui/translations/update.py", "shutil.copy"): "developer tool, not the program",
    ("ui/cli.py", "os.open("): "the null device, for output no reader takes any more: no file",
}


def test_no_direct_file_writes_outside_the_atomic_writer() -> None:
    found: list[str] = []
    for package in PACKAGES:
        for file in sorted((ROOT / package).rglob("*.py")):
            rel = file.relative_to(ROOT).as_posix()
            for number, line in enumerate(file.read_text("utf-8").splitlines(), start=1):
                code = line.split("#", 1)[0]
                for match in DIRECT.finditer(code):
                    what = match.group()
                    if not any(rel == f and what.startswith(w) for f, w in ALLOWED):
                        found.append(f"{rel}:{number}: {line.strip()}")
    assert found == [], "write through models.atomic (or exports.output):\n" + "\n".join(found)


def test_screenshot_failing_midway_leaves_the_old_png_whole(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models import atomic
    from models.atomic import temp_files
    from ui.cli import main

    out = tmp_path / "bestaand.png"
    old = b"\x89PNG\r\n\x1a\n" + b"old picture" * 100
    out.write_bytes(old)

    def half_then_full(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", half_then_full)
    assert main(["screenshot", "--out", str(out), "--size", "400x300"]) == 2
    assert out.read_bytes() == old
    assert temp_files(out) == []
