"""Hostile review 8, N5: with two processes on one map, one was told "someone has this map
open" and the other "root on vm has this map open": the lock was read after it was created
(O_EXCL) but before its owner was written. An empty lock is now read again for a moment."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from models.filelock import LockOwner, lock_path, read_lock
from models.process import host_name, user_name


def test_a_lock_read_before_its_owner_is_written_names_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "kaart.kvmap"
    lock = lock_path(path)
    lock.write_bytes(b"")  # created, not yet written: the other process is between two calls

    def write_owner() -> None:
        time.sleep(0.05)
        lock.write_bytes(LockOwner.me().to_bytes())

    writer = threading.Thread(target=write_owner)
    writer.start()
    try:
        owner = read_lock(path)
    finally:
        writer.join()
    assert owner is not None
    assert (owner.user, owner.host) == (user_name(), host_name())
    assert owner.describe("en") != "someone"


def test_a_lock_that_stays_empty_is_someone_after_a_moment(tmp_path: Path) -> None:
    path = tmp_path / "kaart.kvmap"
    lock_path(path).write_bytes(b"")
    started = time.monotonic()
    owner = read_lock(path)
    assert owner is not None
    assert owner.describe("nl") == "iemand"
    assert time.monotonic() - started < 1.0
