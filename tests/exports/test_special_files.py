"""Issue 13 item 4: a FIFO, a symbolic link to ``/dev/zero`` or a folder never hangs a reader.

Every reader — ``.kvmap`` (``load``, ``validate``, ``diff``, the comparison), CSV, GraphML,
GEXF, xlsx (report and Kumu, through ``import_file``, the command line and the import preview)
— is given each special file under the name it expects. It must refuse it with our own error
naming the file, at once. The hang guard runs the reader in a thread and, should it block on
the FIFO after all, opens the FIFO for writing so the thread ends and the test fails cleanly.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from exports.formats import import_file
from models.errors import KvmapError
from models.fileformat import load
from models.safeio import ReadRefusedError, read_file
from ui.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

SUFFIXES = [".kvmap", ".csv", ".graphml", ".gexf", ".xlsx"]
KINDS = ["fifo", "dev_zero", "folder"]
GUARD_SECONDS = 20.0


def _special(tmp_path: Path, kind: str, suffix: str) -> Path:
    path = tmp_path / f"bijzonder{suffix}"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev_zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    return path


def _release(path: Path) -> None:
    """Unblock a reader stuck opening or reading the FIFO ``path``."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return
    os.close(fd)


def finishes(path: Path, work: Callable[[], object]) -> object:
    """Run ``work``; fail (not hang) when it does not end within the guard time."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(GUARD_SECONDS)
    if thread.is_alive():
        _release(path)
        thread.join(5)
        pytest.fail(f"reading {path} did not finish within {GUARD_SECONDS} s")
    return outcome[0]


EXPECTED = {"fifo": "named pipe", "dev_zero": "device", "folder": "folder"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_reader_refuses_special_file(tmp_path: Path, kind: str, suffix: str) -> None:
    path = _special(tmp_path, kind, suffix)
    reader = load if suffix == ".kvmap" else import_file
    outcome = finishes(path, lambda: reader(path))
    assert isinstance(outcome, KvmapError), outcome
    text = outcome.render("en")
    assert str(path) in text
    assert EXPECTED[kind] in text
    assert outcome.render("nl") != text  # and in Dutch


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{path}"],
        ["diff", "{path}", "{other}"],
        ["import", "--to", "{out}", "{csv}"],
        ["import", "--to", "{out}", "{xlsx}"],
        ["import", "--to", "{out}", "{graphml}"],
        ["import", "--to", "{out}", "{gexf}"],
    ],
)
def test_command_line_refuses_special_file(
    tmp_path: Path, kind: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "ander.kvmap"
    from models.example import example_case
    from models.fileformat import save

    save(example_case(), other)
    paths = {s.lstrip("."): _special(tmp_path, kind, s) for s in SUFFIXES}
    values = {"path": paths["kvmap"], "other": other, "out": tmp_path / "uit.kvmap", **paths}
    args = [a.format(**values) for a in command]
    special = next(p for p in paths.values() if str(p) in args)
    code = finishes(special, lambda: main(["--lang", "en", *args]))
    out, err = capsys.readouterr()
    assert code in (1, 2)
    assert "Traceback" not in out + err
    assert str(special) in out + err
    assert EXPECTED[kind] in out + err
    assert not (tmp_path / "uit.kvmap").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_import_preview_refuses_special_file(tmp_path: Path, kind: str) -> None:
    from ui.dialogs.import_dialog import _read

    path = _special(tmp_path, kind, ".graphml")
    outcome = finishes(path, lambda: _read(path))
    assert isinstance(outcome, KvmapError)
    assert EXPECTED[kind] in outcome.render("en")


def test_read_file_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    path.write_bytes(b"x" * 1001)
    assert read_file(path, 1001) == b"x" * 1001
    with pytest.raises(ReadRefusedError) as info:
        read_file(path, 1000)
    assert info.value.key == "file_too_large"
    assert info.value.params == {"size": 1001, "limit": 1000}


def test_read_file_follows_a_link_to_a_regular_file(tmp_path: Path) -> None:
    target = tmp_path / "echt.csv"
    target.write_bytes(b"Id,Label\na,Anna\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert read_file(link, 100) == b"Id,Label\na,Anna\n"
    assert [a.name for a in import_file(link).case.actors] == ["Anna"]


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ReadRefusedError) as info:
        read_file(tmp_path / "weg.kvmap", 10)
    assert info.value.key == "file_missing"


@pytest.mark.parametrize("kind", KINDS)
def test_watcher_hash_of_a_special_file_does_not_hang(tmp_path: Path, kind: str) -> None:
    """The open map replaced by a FIFO or /dev/zero: the watcher's hash gives up at once."""
    from ui.safety.filewatch import DiskState

    path = _special(tmp_path, kind, ".kvmap")
    assert finishes(path, lambda: DiskState.read(path)) is None


@pytest.mark.parametrize("kind", KINDS)
def test_lock_file_that_is_a_special_file_does_not_hang(tmp_path: Path, kind: str) -> None:
    """A FIFO or device as ``.~lock.<name>#`` is taken as held by someone, without blocking."""
    from models.filelock import lock_path, read_lock

    target = tmp_path / "kaart.kvmap"
    lock = lock_path(target)
    if kind == "fifo":
        os.mkfifo(lock)
    elif kind == "dev_zero":
        lock.symlink_to("/dev/zero")
    else:
        lock.mkdir()
    owner = finishes(lock, lambda: read_lock(target))
    assert owner is not None
    assert not isinstance(owner, BaseException)
