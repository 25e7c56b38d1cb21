"""The Compare dialog speaks of the case that was open: opening another map (or a new one)
closes it (issue 12; new user, eleventh round A0: it stayed over the newly opened map, still
said 'to the open case (now)', and clicking its entries did nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.fileformat import save
from tests.ui.conftest import small_case
from tests.ui.exchange_support import answer_file, handler
from ui.dialogs.compare_dialog import CompareDialog
from ui.window.main_window import MainWindow


def test_opening_another_map_closes_the_compare_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "vorige.kvmap"
    save(small_case(), other)
    window.controller.remove(["m2"])
    answer_file(monkeypatch, "getOpenFileName", other)
    h = handler(window)
    with qtbot.waitSignal(h.compare_done, timeout=30_000):
        h["analysis_compare"].trigger()
    dialog = h.dialog
    assert isinstance(dialog, CompareDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    window.controller.open(other)  # File › Open of another map
    assert not dialog.isVisible()


def test_a_new_map_closes_the_compare_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "vorige.kvmap"
    save(small_case(), other)
    answer_file(monkeypatch, "getOpenFileName", other)
    h = handler(window)
    with qtbot.waitSignal(h.compare_done, timeout=30_000):
        h["analysis_compare"].trigger()
    dialog = h.dialog
    assert isinstance(dialog, CompareDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    window.controller.new_document()
    assert not dialog.isVisible()
