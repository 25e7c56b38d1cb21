"""Lock files: a second process holding the map, stale locks, heartbeat, damaged locks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.errors import KvmapError
from models.filelock import (
    STALE_AFTER,
    FileLock,
    LockedError,
    LockOwner,
    inspect,
    lock_path,
    read_lock,
)
from models.process import host_name, user_name

HOLDER = """
import sys
from models.filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
if sys.stdin.readline().strip() == "release":
    lock.release()
    print("released", flush=True)
    sys.stdin.readline()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another process that holds the lock of ``tmp_path/kaart.kvmap``."""
    target = tmp_path / "kaart.kvmap"
    target.write_text("{}")
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    yield target, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def test_lock_file_content(tmp_path: Path) -> None:
    target = tmp_path / "kaart.kvmap"
    with FileLock(target) as lock:
        assert lock.held
        data = json.loads(lock_path(target).read_text())
        assert data["user"] == user_name()
        assert data["host"] == host_name()
        assert data["pid"] == os.getpid()
        assert data["app"] == "Krachtenveld"
        assert abs(data["created"] - time.time()) < 60
        assert data["heartbeat"] == data["created"]
    assert not lock_path(target).exists()
    assert not lock.held


def test_second_process_holds_the_lock(holder: tuple[Path, subprocess.Popen[str]]) -> None:
    target, proc = holder
    owner = inspect(target)
    assert owner is not None
    assert owner.pid == proc.pid
    assert owner.host == host_name()
    assert not owner.is_mine()
    assert not owner.is_stale()
    with pytest.raises(LockedError) as info:
        FileLock(target).acquire()
    assert isinstance(info.value, KvmapError)
    assert info.value.owner.pid == proc.pid
    en, nl = info.value.render("en"), info.value.render("nl")
    assert f"{user_name()} on {host_name()} has this map open (since " in en
    assert f"{user_name()} op {host_name()} heeft deze kaart open" in nl
    assert en.startswith(str(target))


def test_open_anyway_takes_over_and_owner_notices(
    holder: tuple[Path, subprocess.Popen[str]],
) -> None:
    target, proc = holder
    mine = FileLock(target)
    mine.acquire(force=True)
    assert mine.held
    assert inspect(target) is None  # ours now
    assert read_lock(target) is not None
    # the other process releases: it must not delete our lock
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write("release\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "released"
    assert lock_path(target).exists()
    mine.release()
    assert not lock_path(target).exists()


def test_lock_of_killed_process_is_stale_and_taken_over(
    holder: tuple[Path, subprocess.Popen[str]],
) -> None:
    target, proc = holder
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    owner = inspect(target)
    assert owner is not None
    assert owner.pid == proc.pid
    assert owner.is_stale()
    lock = FileLock(target)
    lock.acquire()  # no force needed
    assert lock.held
    owner_now = read_lock(target)
    assert owner_now is not None
    assert owner_now.is_mine()
    lock.release()


def test_released_lock_can_be_taken(holder: tuple[Path, subprocess.Popen[str]]) -> None:
    target, proc = holder
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write("release\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "released"
    assert inspect(target) is None
    with FileLock(target) as lock:
        assert lock.held


def _plant(target: Path, *, age: float = 0.0, **fields: object) -> None:
    """A lock written by another machine, last rewritten ``age`` seconds ago (its mtime)."""
    now = time.time()
    data = {"user": "anna", "host": "other-pc", "pid": 4242, "app": "Krachtenveld"}
    data |= {"created": now, "heartbeat": now, "owner": "0f0f0f0f0f0f0f0f"}
    data |= {"machine": "0123456789ab", "start": 77}
    data |= fields
    lock_path(target).write_text(json.dumps(data))
    if age:
        os.utime(lock_path(target), (now - age, now - age))


def test_other_host_is_live_while_heartbeat_is_fresh(tmp_path: Path) -> None:
    target = tmp_path / "kaart.kvmap"
    _plant(target)
    owner = inspect(target)
    assert owner is not None
    assert owner.user == "anna"
    assert owner.host == "other-pc"
    assert not owner.is_stale()  # cannot ask another machine about pid 4242
    with pytest.raises(LockedError, match="anna on other-pc"):
        FileLock(target).acquire()


def test_other_host_without_heartbeat_is_stale(tmp_path: Path) -> None:
    target = tmp_path / "kaart.kvmap"
    _plant(target, age=STALE_AFTER + 5)
    owner = inspect(target)
    assert owner is not None
    assert owner.is_stale()
    lock = FileLock(target)
    lock.acquire()
    assert lock.held
    mine = read_lock(target)
    assert mine is not None
    assert mine.is_mine()
    lock.release()


def test_shorter_stale_threshold(tmp_path: Path) -> None:
    target = tmp_path / "kaart.kvmap"
    _plant(target, age=30)
    with pytest.raises(LockedError):
        FileLock(target).acquire()
    FileLock(target, stale_after=10).acquire()


def test_heartbeat_refresh_keeps_created(tmp_path: Path) -> None:
    target = tmp_path / "kaart.kvmap"
    lock = FileLock(target)
    lock.acquire()
    first = read_lock(target)
    assert first is not None
    time.sleep(0.02)
    assert lock.refresh()
    second = read_lock(target)
    assert second is not None
    assert second.created == first.created
    assert second.heartbeat > first.heartbeat
    # someone deleted the lock file: the heartbeat puts it back
    lock_path(target).unlink()
    assert lock.refresh()
    assert lock_path(target).exists()
    # someone else took it over: refresh reports it and does not overwrite
    _plant(target)
    assert not lock.refresh()
    owner = read_lock(target)
    assert owner is not None
    assert owner.user == "anna"
    lock.release()
    assert lock_path(target).exists()  # not ours: left alone


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe garbage", b"[1, 2]", b'{"pid": "x", "user": 5}', b"{" * 10_000],
)
def test_damaged_lock_counts_as_held_until_old(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "kaart.kvmap"
    lock_path(target).write_bytes(content)
    owner = inspect(target)
    assert owner is not None
    assert not owner.is_stale()
    assert owner.describe("nl") in ("iemand", "? op ?")
    with pytest.raises(LockedError):
        FileLock(target).acquire()
    old = time.time() - STALE_AFTER - 5
    os.utime(lock_path(target), (old, old))
    stale = inspect(target)
    assert stale is not None
    assert stale.is_stale()
    FileLock(target).acquire()


def test_owner_round_trip() -> None:
    owner = LockOwner("anna", "pc", 12, "Krachtenveld", 1.5, 2.5, "ab12", "0123456789ab", 99)
    assert LockOwner.from_bytes(owner.to_bytes(), 0.0) == owner
    assert owner.describe("en") == "anna on pc"
    assert owner.describe("nl") == "anna op pc"


def test_read_only_folder_propagates_oserror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(path).name.startswith(".~lock."):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(PermissionError):
        FileLock(tmp_path / "kaart.kvmap").acquire()


# ------------------------------------------------------------------ issue 13 item 14
def test_clock_of_the_owner_does_not_matter(tmp_path: Path) -> None:
    """Only the lock file's time on the drive counts, not what the owner wrote in it."""
    target = tmp_path / "kaart.kvmap"
    slow = time.time() - 10 * 60 - STALE_AFTER  # its clock runs 20 minutes slow
    _plant(target, created=slow, heartbeat=slow)  # but it rewrote the file just now
    owner = inspect(target)
    assert owner is not None
    assert not owner.is_stale()
    with pytest.raises(LockedError):
        FileLock(target).acquire()
    fast = time.time() + 3600  # a crashed owner whose clock ran an hour fast
    _plant(target, created=fast, heartbeat=fast, age=STALE_AFTER + 5)
    owner = inspect(target)
    assert owner is not None
    assert owner.is_stale()


def test_the_age_is_measured_on_the_drives_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This machine's clock is an hour off: the lock's age comes from the drive's time."""
    target = tmp_path / "kaart.kvmap"
    _plant(target)
    monkeypatch.setattr(time, "time", lambda: os.stat(lock_path(target)).st_mtime + 3600)
    owner = read_lock(target)
    assert owner is not None
    assert owner.age < 60
    assert not owner.is_stale()


def test_a_machine_with_the_same_host_name_is_not_me(tmp_path: Path) -> None:
    target = tmp_path / "kaart.kvmap"
    me = LockOwner.me()
    _plant(target, host=me.host, pid=os.getpid(), user=me.user)  # same name, other machine
    owner = inspect(target)
    assert owner is not None  # not taken for ours
    assert not owner.is_mine()
    assert not owner.is_stale()  # and not judged by our process table
    with pytest.raises(LockedError):
        FileLock(target).acquire()
