"""Atomic save: failures leave the old file intact and no temporary files behind."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import atomic
from models.atomic import (
    TEMP_PREFIX,
    atomic_write_bytes,
    backup_path,
    cleanup_stale_temps,
    temp_files,
)
from models.case import Case
from models.entities import Actor, CaseInfo
from models.errors import FormatError
from models.fileformat import load, save
from models.process import machine_tag, process_start

pytestmark = pytest.mark.real_fsync  # durable writes: the real fsync (tests/conftest.py)

OLD = b"old version\n"
NEW = b"new version, longer than the old one\n" * 100


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


def _case(title: str) -> Case:
    return Case.from_parts(CaseInfo(title=title), [Actor(id="a1", name="Anna")], [], [], [])


def test_write_creates_file_with_umask_mode(tmp_path: Path) -> None:
    target = tmp_path / "map.kvmap"
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert _leftovers(tmp_path) == []


def test_replace_keeps_permissions_and_backup_holds_previous(tmp_path: Path) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    target.chmod(0o640)
    atomic_write_bytes(target, NEW, backup=True)
    assert target.read_bytes() == NEW
    assert target.stat().st_mode & 0o777 == 0o640
    assert backup_path(target).read_bytes() == OLD
    atomic_write_bytes(target, b"third", backup=True)
    assert backup_path(target).read_bytes() == NEW  # one level only
    assert _leftovers(tmp_path) == []


def test_no_backup_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    atomic_write_bytes(target, NEW)
    assert not backup_path(target).exists()


def test_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real" / "map.kvmap"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / "link.kvmap"
    link.symlink_to(real)
    atomic_write_bytes(link, NEW, backup=True)
    assert link.is_symlink()
    assert real.read_bytes() == NEW
    assert backup_path(real).read_bytes() == OLD


def test_disk_full_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)

    def half_then_full(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "_write_all", half_then_full)
    with pytest.raises(OSError, match="No space") as info:
        atomic_write_bytes(target, NEW, backup=True)
    assert info.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
    assert not backup_path(target).exists()
    assert _leftovers(tmp_path) == []


def test_fsync_failure_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        atomic_write_bytes(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_rename_failure_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    real_replace = os.replace

    def refuse(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        atomic_write_bytes(target, NEW, backup=True)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_interrupt_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)

    def interrupted(fd: int, data: bytes) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_folder_gone(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "map.kvmap"
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(target, NEW)
    with pytest.raises(FormatError) as info:
        save(_case("x"), target)
    assert "could not save" in info.value.render("en")
    assert "opslaan mislukt" in info.value.render("nl")
    assert str(target) in info.value.render("en")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "map.kvmap"
    target.write_bytes(OLD)
    folder.chmod(0o555)
    try:
        with pytest.raises(FormatError, match="could not save"):
            save(_case("x"), target)
        assert target.read_bytes() == OLD
        assert _leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_read_only_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same as above for runs as root: creating the temporary file is refused."""
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(path).name.startswith(TEMP_PREFIX):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(FormatError, match="read-only or still open in another program"):
        save(_case("x"), target)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_read_only_file_is_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    with pytest.raises(PermissionError):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == OLD


def test_save_failure_keeps_old_case_loadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "map.kvmap"
    save(_case("first"), target)

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "_write_all", full)
    with pytest.raises(FormatError) as info:
        save(_case("second"), target)
    assert "the disk is full" in info.value.render("en")
    assert "Het vorige bestand is ongewijzigd" in info.value.render("nl")
    assert load(target).info.title == "first"


def test_long_file_name(tmp_path: Path) -> None:
    target = tmp_path / ("é" * 120 + ".kvmap")  # 245 bytes: temp names must be cut
    atomic_write_bytes(target, OLD)
    atomic_write_bytes(target, NEW, backup=False)
    assert target.read_bytes() == NEW
    assert _leftovers(tmp_path) == []


# --------------------------------------------------------------------------- stale temps
def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _plant(target: Path, owner: str) -> Path:
    temp = target.with_name(f"{TEMP_PREFIX}{target.name}.{owner}.deadbeef")
    temp.write_bytes(b"half a fi")
    return temp


def _me(pid: int, start: int | None = None) -> str:
    """The owner part of a temporary name written on this machine by process ``pid``."""
    return f"{machine_tag()}-{pid}-{process_start(pid) if start is None else start}"


def test_cleanup_removes_temps_of_dead_writers_only(tmp_path: Path) -> None:
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    dead = _plant(target, _me(_dead_pid(), 0))
    live = _plant(target, _me(os.getppid()))  # a live process: leave it
    foreign = _plant(target, f"0123456789ab-{_dead_pid()}-5")  # another machine: cannot ask
    old_foreign = _plant(target, "otherhost-1.x")
    long_ago = time.time() - 2 * atomic.STALE_TEMP_AGE
    os.utime(old_foreign, (long_ago, long_ago))
    other_file = tmp_path / f"{TEMP_PREFIX}other.kvmap.{_me(_dead_pid(), 0)}.x"
    other_file.write_bytes(b"")

    removed = cleanup_stale_temps(target)
    assert sorted(removed) == sorted([dead, old_foreign])
    assert temp_files(target) == sorted([live, foreign])
    assert other_file.exists()  # belongs to another target


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc start times")
def test_a_reused_process_id_does_not_keep_a_leftover_alive(tmp_path: Path) -> None:
    """Issue 13 item 18: under load the killed writer's pid was reused, its temp file stayed."""
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    parent = os.getppid()  # alive, but not the process that started at tick 1
    reused = _plant(target, _me(parent, 1))
    assert cleanup_stale_temps(target) == [reused]


def test_machines_with_the_same_host_name_have_different_tags(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 13 item 15: host names cut to 24 characters let machines delete each other's."""
    import models.process as process

    mine = machine_tag()
    process.machine_tag.cache_clear()
    try:
        monkeypatch.setattr(process, "host_name", lambda: "werkplek-gemeente-utrecht-0001")
        first = process.machine_tag()
        process.machine_tag.cache_clear()
        monkeypatch.setattr(process, "host_name", lambda: "werkplek-gemeente-utrecht-0002")
        assert process.machine_tag() != first
        process.machine_tag.cache_clear()
        monkeypatch.setattr("uuid.getnode", lambda: 0x0A0B0C0D0E0F)
        monkeypatch.setattr(process, "open", _no_machine_id, raising=False)
        one = process.machine_tag()
        process.machine_tag.cache_clear()
        monkeypatch.setattr("uuid.getnode", lambda: 0x0A0B0C0D0E10)
        assert process.machine_tag() != one  # same host name, another network card
    finally:
        process.machine_tag.cache_clear()
        monkeypatch.undo()
    assert machine_tag() == mine


def _no_machine_id(*_args: object, **_kwargs: object) -> object:
    raise OSError("no machine id")


def test_concurrent_backups_leave_no_temporary_links(tmp_path: Path) -> None:
    """Issue 13 item 15: rename() of two links to one file does nothing; the temp stayed."""
    target = tmp_path / "map.kvmap"
    target.write_bytes(OLD)
    os.link(target, backup_path(target))  # as a concurrent save just left it
    atomic._keep_backup(target)
    assert temp_files(target) == []
    assert backup_path(target).read_bytes() == OLD


def test_save_cleans_up_leftover_of_killed_save(tmp_path: Path) -> None:
    target = tmp_path / "map.kvmap"
    save(_case("first"), target)
    leftover = _plant(target, _me(_dead_pid(), 0))
    save(_case("second"), target)
    assert not leftover.exists()
    assert temp_files(target) == []
    assert load(target).info.title == "second"
    assert load(backup_path(target)).info.title == "first"
