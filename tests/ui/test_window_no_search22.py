"""A window's making searches none of its descendants (issue 15, the suite's time: each
``findChildren`` on a main window wrapped every one of its few thousand Qt objects, ~1 ms,
twice per window), and what the searches found is found as before: the docks the window
holds, and the findings docks whose subject the map shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import small_case
from ui.docks import TablesDock, compact_docks, panel_docks
from ui.docks.findings import FindingsDock
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


def _held_as_searched(window: MainWindow) -> list[QDockWidget]:
    """The docks the window holds, found as panel_docks found them before: by a search of
    every descendant of the window."""
    held = [
        dock
        for dock in QObject.findChildren(window, QDockWidget)
        if window.dockWidgetArea(dock) != Qt.DockWidgetArea.NoDockWidgetArea
    ]
    return sorted(held, key=lambda dock: not isinstance(dock, TablesDock))


def test_making_a_window_searches_none_of_its_descendants(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[Any] = []
    search = QObject.findChildren

    def counted(self: QObject, *args: Any, **kwargs: Any) -> Any:
        searched.append(args)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(MainWindow, "findChildren", counted, raising=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(DocumentController(small_case()), settings=settings, safety=False)
    qtbot.addWidget(window)
    assert searched == []
    monkeypatch.undo()
    # the findings docks the map follows are every findings dock of the window
    assert [d for d in window.docks if isinstance(d, FindingsDock)] == QObject.findChildren(
        window, FindingsDock
    )
    panels = [a.text() for a in window.menus["panels"].actions()]
    assert panels == [d.toggleViewAction().text() for d in _held_as_searched(window)]


def test_the_docks_held_are_those_a_search_finds(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(DocumentController(small_case()), settings=settings, safety=False)
    qtbot.addWidget(window)
    assert panel_docks(window) == _held_as_searched(window)
    assert len(panel_docks(window)) == 6  # the tables, properties, history, timeline, ...
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    compact_docks(window)  # the tables join the findings' tabs
    assert panel_docks(window) == _held_as_searched(window)
    findings = next(d for d in window.docks if isinstance(d, FindingsDock))
    findings.setFloating(True)  # a floating dock is still the window's
    tables = window.findChild(TablesDock)
    assert isinstance(tables, TablesDock)
    window.removeDockWidget(tables)  # a dock taken away is not
    assert panel_docks(window) == _held_as_searched(window)
    assert findings in panel_docks(window)
    assert not any(isinstance(d, TablesDock) for d in panel_docks(window))
