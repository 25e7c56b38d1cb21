"""CLI commands that write a map respect a live lock (issue 13, item 16)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from exports.csv_io import write_csv
from models.fileformat import load, save
from models.filelock import STALE_AFTER, lock_path
from tests.ui.conftest import small_case
from ui.cli import main


def lock_by_anna(target: Path, *, age: float = 0.0) -> None:
    now = time.time()
    owner = {
        "user": "anna",
        "host": "pc-12",
        "pid": 4242,
        "app": "Krachtenveld",
        "created": now,
        "heartbeat": now,
        "owner": "a1b2c3d4e5f60718",
        "machine": "0123456789ab",
        "start": 5,
    }
    lock_path(target).write_text(json.dumps(owner), "utf-8")
    if age:
        os.utime(lock_path(target), (now - age, now - age))


@pytest.mark.parametrize("command", ["layout", "layout-out", "import", "example"])
def test_writing_commands_refuse_a_live_lock_and_force_overrides(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kaart.kvmap"
    save(small_case(), target)
    before = target.read_bytes()
    source = tmp_path / "bron.kvmap"
    save(small_case(), source)
    csv = tmp_path / "in.csv"
    write_csv(small_case(), csv)
    argv = {
        "layout": ["layout", str(target), "--method", "circle"],
        "layout-out": ["layout", str(source), "--method", "circle", "--out", str(target)],
        "import": ["import", str(tmp_path / "in-nodes.csv"), "--to", str(target)],
        "example": ["example", "--out", str(target)],
    }[command]
    lock_by_anna(target)
    assert main([*argv, "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "anna op pc-12 heeft deze kaart open" in err
    assert "--force" in err
    assert target.read_bytes() == before
    assert main([*argv, "--force"]) == 0
    assert "written anyway (--force)" in capsys.readouterr().err
    load(target)
    if command in ("import", "layout-out"):
        target.unlink()  # another map as the target must be forced (it is replaced whole)
    lock_by_anna(target, age=STALE_AFTER + 5)  # a stale lock does not stop anyone
    assert main(argv) == 0


def test_a_failed_lock_write_leaves_no_empty_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # hostile review 6, N4: on a full disk the lock was created but not written, and the
    # empty lock then blocked the map ("someone has this map open")
    import errno

    target = tmp_path / "kaart.kvmap"
    save(small_case(), target)

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr("models.filelock.os.write", full)
        main(["layout", str(target), "--method", "circle", "--lang", "en"])
    assert not lock_path(target).exists()
    capsys.readouterr()
    assert main(["layout", str(target), "--method", "circle", "--lang", "en"]) == 0


def test_an_empty_lock_left_by_an_interrupted_save_is_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kaart.kvmap"
    save(small_case(), target)
    lock_path(target).write_bytes(b"")
    old = time.time() - 30  # long under STALE_AFTER
    os.utime(lock_path(target), (old, old))
    assert main(["layout", str(target), "--method", "circle", "--lang", "en"]) == 0
    assert "has this map open" not in capsys.readouterr().err
    assert not lock_path(target).exists()
