"""The suite skips the fsync wait where durability is not what is tested (issue 15): every
atomic write waited about 8 ms for the disk, hundreds of times in some files. The tests of
durable writes are marked ``real_fsync`` and keep the real call (tests/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.atomic import atomic_write_bytes

REAL_FSYNC = os.fsync  # read at collection, before any test's fixtures


def test_a_test_of_something_else_does_not_wait_for_the_disk(tmp_path: Path) -> None:
    assert os.fsync is not REAL_FSYNC
    atomic_write_bytes(tmp_path / "a.kvmap", b"new")
    assert (tmp_path / "a.kvmap").read_bytes() == b"new"


def test_a_bad_descriptor_is_still_refused(tmp_path: Path) -> None:
    fd = os.open(tmp_path / "b", os.O_WRONLY | os.O_CREAT)
    os.fsync(fd)
    os.close(fd)
    with pytest.raises(OSError):
        os.fsync(fd)


@pytest.mark.real_fsync
def test_a_test_of_durable_writes_keeps_the_real_fsync() -> None:
    assert os.fsync is REAL_FSYNC
