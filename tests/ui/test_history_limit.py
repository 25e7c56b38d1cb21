"""A map whose history of saves is at its limit can still be saved (hostile review N10): the
oldest saves make room, the status bar says so, and a failed write takes nothing away."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from models import fileformat
from models.errors import FormatError
from models.timeline import HistoryEntry
from models.timeline_io import LIMITS
from tests.ui.conftest import small_case
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow

LIMIT = 5


@pytest.fixture
def full_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setitem(LIMITS, "history", LIMIT)  # the real limit is 100,000
    case = small_case()
    for i in range(LIMIT):
        case.timeline.record(HistoryEntry(datetime(2026, 1, 1 + i, tzinfo=UTC), f"u{i}"))
    path = tmp_path / "vol.kvmap"
    fileformat.save(case, path)
    return path


def test_a_full_history_drops_its_oldest_save_and_the_map_is_saved(full_map: Path) -> None:
    controller = DocumentController()
    controller.open(full_map)
    controller.mark_changed()
    controller.save()
    assert controller.history_trimmed == 1
    history = fileformat.load(full_map).timeline.history
    assert len(history) == LIMIT
    assert [e.author for e in history[:-1]] == [f"u{i}" for i in range(1, LIMIT)]
    assert history[-1].author == controller.author


def test_a_failed_write_keeps_the_history_as_it_was(
    full_map: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = DocumentController()
    controller.open(full_map)
    controller.mark_changed()
    before = controller.case.timeline.history

    def refuse(*_: object, **__: object) -> None:
        raise FormatError([], str(full_map))

    monkeypatch.setattr(fileformat, "save", refuse)
    with pytest.raises(FormatError):
        controller.save()
    assert controller.case.timeline.history == before


def test_the_status_bar_says_the_oldest_saves_went(window: MainWindow, full_map: Path) -> None:
    window.controller.open(full_map)
    window.controller.mark_changed()
    assert window.files.save()
    shown = window.statusBar().currentMessage()
    assert str(full_map) in shown
    assert "the oldest were removed from it: 1" in shown or "de oudste eruit verwijderd: 1" in shown
