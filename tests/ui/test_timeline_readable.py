"""The Timeline at 1366 x 768 (new-user review 3, findings 4 and 6): the snapshot viewer is the
editor's readable, fitted map; the chart names its rows and has a key; the snapshot dialog's
date reads as a date; and the dock leaves the Findings panel its room."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from mapper.findings import BUILDING_BLOCKS
from models.timeline import Timeline
from tests.ui.test_readable import window_at
from tests.ui.test_timeline_dock import story
from ui.canvas.view import MapView
from ui.docks.findings import FindingsDock
from ui.docks.timeline import SnapshotDialog, TimelineDock
from ui.i18n import set_language

__all__ = ["window_at"]  # the fixture, shared with test_readable


def _dock(win: object) -> TimelineDock:
    found = win.findChild(QDockWidget, "timeline_dock")  # type: ignore[attr-defined]
    assert isinstance(found, TimelineDock)
    found.show()
    found.raise_()
    return found


def test_the_snapshot_view_is_the_editors_map_fitted_with_readable_names(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(story(), (1366, 768))  # type: ignore[operator]
    dock = _dock(win)
    dock.moments.setCurrentRow(2)
    shown = dock.view_selected()
    assert shown is not None
    qtbot.waitExposed(shown)
    view = shown.findChild(MapView, "snapshot_map")
    assert view is not None
    qtbot.waitUntil(view.settled)  # fitted after the show, names placed
    assert view.controller is None  # read-only: nothing to edit through
    assert not view.isInteractive()
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in view.map_scene.actor_items.values():  # fitted: no actor cut off at the top
        assert seen.contains(item.sceneBoundingRect().center()), item.actor.name
    plates = [
        view.mapFromScene(item.mapToScene(item.plate_rect())).boundingRect().height()
        for item in view.map_scene.actor_items.values()
    ]
    plates.sort()
    assert plates[len(plates) // 2] >= 20  # the editor's name plates, not 6-7 px export names
    shown.close()


def test_the_chart_names_its_rows_and_has_a_key(window_at: object, qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    try:
        win = window_at(story(), (1366, 768))  # type: ignore[operator]
        dock = _dock(win)
        qtbot.waitUntil(lambda: dock.line is not None, timeout=60_000)  # in a worker
        assert dock.chart.row_names()[0] == f"1. {BUILDING_BLOCKS[1]('nl')}"
        assert dock.chart_key.isVisible()
        assert "bouwsteen" in dock.chart_key.text()
    finally:
        set_language("en", persist=False)


def test_the_snapshot_dialogs_date_reads_as_a_date_in_the_interfaces_language(
    qtbot: QtBot,
) -> None:
    """New user, sixth round, 7: "03-12-2026" is ambiguous in English; the timeline says
    "3 December 2026", and so does the dialog now, in either language."""
    texts = {}
    try:
        for language in ("en", "nl"):
            set_language(language, persist=False)
            dialog = SnapshotDialog(None)
            qtbot.addWidget(dialog)
            dialog.date.setMinimumDate(QDate(2026, 1, 1))
            dialog.date.setDate(QDate(2026, 12, 3))
            texts[language] = dialog.date.text()
    finally:
        set_language("en", persist=False)
    assert texts == {"en": "3 December 2026", "nl": "3 december 2026"}


def test_with_snapshots_the_findings_panel_keeps_its_room_at_1366(
    window_at: object, qtbot: QtBot
) -> None:
    empty = story()
    empty.timeline = Timeline()
    heights = []
    for case in (empty, story()):  # without snapshots, then with the chart
        win = window_at(case, (1366, 768))  # type: ignore[operator]
        dock = _dock(win)
        if case.timeline.snapshots:
            qtbot.waitUntil(lambda d=dock: d.line is not None, timeout=60_000)  # type: ignore[misc]
        qtbot.wait(50)
        findings = win.findChild(FindingsDock)
        assert findings is not None
        heights.append(findings.view.height())
    assert heights[1] >= heights[0] >= 120, heights  # the chart takes none of its room


def test_the_snapshot_view_names_every_actor_and_closes_with_esc_and_ctrl_w(
    window_at: object, qtbot: QtBot
) -> None:
    """New user, fourth round 4: no nameless actor in the viewer; Esc and Ctrl+W close it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    win = window_at(story(), (1366, 768))  # type: ignore[operator]
    dock = _dock(win)
    for keys in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ):
        dock.moments.setCurrentRow(2)
        shown = dock.view_selected()
        assert shown is not None
        qtbot.waitExposed(shown)
        view = shown.findChild(MapView, "snapshot_map")
        assert view is not None
        qtbot.waitUntil(view.settled)
        nameless = [
            i.actor.name
            for i in view.map_scene.actor_items.values()
            if i.isVisible() and i.label_hidden
        ]
        assert nameless == []
        assert len(view.map_scene.actor_items) > 10
        shown.activateWindow()
        qtbot.waitActive(shown)
        view.setFocus()
        QTest.keyClick(view, keys[0], keys[1])
        qtbot.waitUntil(shown.isHidden)
