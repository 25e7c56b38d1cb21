"""A failed export rotates no backup (issue 16; hostile review 12, D2): on a full disk
'n.docx: could not write: No space left on device' left n.docx as it was, but its .bak had
become .bak.1. The older backups now shift only once the new file is complete."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from exports.errors import ExportFileError
from exports.output import write_bytes
from models import atomic

pytestmark = pytest.mark.real_fsync  # durable writes: the real fsync (tests/conftest.py)


def test_a_full_disk_leaves_the_backups_where_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "n.docx"
    target.write_bytes(b"nota van vandaag")
    Path(f"{target}.bak").write_bytes(b"nota van gisteren")

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full)
    with pytest.raises(ExportFileError, match="the disk is full"):
        write_bytes(target, b"nieuwe nota", backup=True)
    assert target.read_bytes() == b"nota van vandaag"
    assert Path(f"{target}.bak").read_bytes() == b"nota van gisteren"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.docx", "n.docx.bak"]
    monkeypatch.undo()
    write_bytes(target, b"nieuwe nota", backup=True)  # a write that succeeds rotates as before
    assert target.read_bytes() == b"nieuwe nota"
    assert Path(f"{target}.bak").read_bytes() == b"nota van vandaag"
    assert Path(f"{target}.bak.1").read_bytes() == b"nota van gisteren"
