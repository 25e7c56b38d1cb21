"""A big file is read and drawn without Python's cycle collector (issue 14, app15b: at 2,000
actors it went through the new objects 345 times, two full collections, 0.28 s of the GUI
thread's CPU in an open of 0.95 s). Counts collections, not time."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from models.fileformat import save
from tests.ui.window_support import settle
from ui.window import map_progress
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.python_gc  # counts young collections: Python's own thresholds


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of every collection the GUI thread starts meanwhile."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and threading.current_thread() is threading.main_thread():
            seen.append(info["generation"])

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


@pytest.mark.parametrize("collector_on", [True, False])
def test_a_big_file_opens_without_a_collection(
    win: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    collections: list[int],
    collector_on: bool,
) -> None:
    path = tmp_path / "groot.kvmap"
    save(generate_case(60, seed=0), path, backup=False)
    monkeypatch.setattr(map_progress, "OPEN_PROGRESS_BYTES", 1)
    drawn: list[list[int]] = []  # the collections from reading the file to the map drawn
    read, replace = map_progress.read_with_progress, map_progress.replace_with_progress

    def reading(*args: Any) -> Any:
        collections.clear()
        return read(*args)

    def replaced(*args: Any, **kwargs: Any) -> None:
        replace(*args, **kwargs)
        drawn.append(list(collections))

    monkeypatch.setattr(map_progress, "read_with_progress", reading)
    monkeypatch.setattr(map_progress, "replace_with_progress", replaced)
    was_on = gc.isenabled()
    (gc.enable if collector_on else gc.disable)()  # off: as the app's GUI-thread collector has it
    try:
        assert win.files.open_path(path, ask=False)
        assert gc.isenabled() is collector_on  # as it was before the open
    finally:
        (gc.enable if was_on else gc.disable)()
    assert len(win.controller.case.actors) == 60
    assert drawn == [[]]  # the old code: young collections while the file was read and drawn


def test_a_big_start_file_opens_without_a_collection(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    collections: list[int],
) -> None:
    from ui.window.app import _open_window

    path = tmp_path / "groot.kvmap"
    save(generate_case(60, seed=0), path, backup=False)
    monkeypatch.setattr(map_progress, "OPEN_PROGRESS_BYTES", 1)
    monkeypatch.setattr("ui.window.files.FileHandler.last_file", lambda _self: None)
    drawn: list[list[int]] = []  # the collections from reading the file to the map drawn
    replace = map_progress.replace_with_progress

    def replaced(*args: Any, **kwargs: Any) -> None:
        replace(*args, **kwargs)
        drawn.append(list(collections))

    monkeypatch.setattr(map_progress, "replace_with_progress", replaced)
    read = map_progress.reading_text

    def reading(*args: Any) -> str:  # said just before the start file is read
        collections.clear()
        return read(*args)

    monkeypatch.setattr(map_progress, "reading_text", reading)
    was_on = gc.isenabled()
    gc.enable()  # as Python has it when the app starts (run_gui installs its own after)
    try:
        window, _start, progress = _open_window(str(path), "en", False)
        assert gc.isenabled()
    finally:
        (gc.enable if was_on else gc.disable)()
    qtbot.addWidget(window)
    try:
        assert len(window.controller.case.actors) == 60
        assert drawn == [[]]  # the old code: collections while the start file was read and drawn
    finally:
        if progress is not None:
            progress.close()
        settle(window)
