"""A save or export never replaces a device, pipe or socket, also not behind a symbolic link.

Renaming a temporary file over ``/dev/zero`` (reached through a link named ``map.kvmap``)
destroyed the device node when run as root; the writer now refuses any existing target that
is not a regular file (or a folder, which has its own message) and writes nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from models.atomic import NotRegularTargetError, atomic_write_bytes
from models.case import Case
from models.entities import Actor, CaseInfo
from models.errors import FormatError
from models.fileformat import save

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes"),
    pytest.mark.real_fsync,  # durable writes: the real fsync (tests/conftest.py)
]


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    return fifo


def _still_fifo(path: Path) -> bool:
    return stat.S_ISFIFO(os.stat(path).st_mode)


def test_atomic_writer_refuses_a_pipe_and_a_link_to_it(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)
    link = tmp_path / "map.kvmap"
    link.symlink_to(fifo)
    for target in (fifo, link):
        with pytest.raises(NotRegularTargetError):
            atomic_write_bytes(target, b"data", backup=True)
    assert _still_fifo(fifo)
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.kvmap", "pipe"]


def test_save_through_a_link_to_a_pipe_names_the_problem(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)
    link = tmp_path / "map.kvmap"
    link.symlink_to(fifo)
    case = Case.from_parts(CaseInfo("t"), [Actor("a", "A")])
    with pytest.raises(FormatError) as info:
        save(case, link)
    text = str(info.value)
    assert "map.kvmap" in text
    assert "device, named pipe or socket" in text
    assert _still_fifo(fifo)


def test_cli_export_and_import_refuse_a_link_to_a_pipe(tmp_path: Path) -> None:
    from ui.cli import main

    fifo = _fifo(tmp_path)
    source = tmp_path / "ex.kvmap"
    assert main(["example", "--out", str(source)]) == 0
    svg = tmp_path / "map.svg"
    svg.symlink_to(fifo)
    assert main(["export", str(source), "--to", str(svg)]) == 2
    xlsx = tmp_path / "ex.xlsx"
    assert main(["export", str(source), "--to", str(xlsx)]) == 0
    target = tmp_path / "new.kvmap"
    target.symlink_to(fifo)
    assert main(["import", str(xlsx), "--to", str(target)]) == 2
    assert _still_fifo(fifo)
