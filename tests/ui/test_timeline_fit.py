"""The Timeline dock at 1366 x 768 (new user, fourth round, 11): the snapshots' names are not
cut off behind a sideways scrollbar, the chart writes each building block's name in full with
the dates on top, and the compare view writes dates as the rest of the app does."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDockWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.ui.test_readable import window_at
from tests.ui.test_timeline_dock import story
from ui.dialogs.compare_dialog import CompareDialog
from ui.docks.timeline import TimelineDock
from ui.i18n import set_language

__all__ = ["window_at"]  # the fixture


def _dock(win: object, qtbot: QtBot) -> TimelineDock:
    found = win.findChild(QDockWidget, "timeline_dock")  # type: ignore[attr-defined]
    assert isinstance(found, TimelineDock)
    found.show()
    found.raise_()
    qtbot.waitUntil(lambda: found.line is not None, timeout=60_000)
    return found


def test_snapshot_names_and_block_names_are_whole_at_1366(window_at: object, qtbot: QtBot) -> None:
    for lang in ("en", "nl"):
        set_language(lang, persist=False)
        try:
            win = window_at(story(), (1366, 768))  # type: ignore[operator]
            dock = _dock(win, qtbot)
            qtbot.waitUntil(dock.chart.isVisible)
            listed = dock.moments
            room = listed.viewport().width()
            metrics = QFontMetrics(listed.font())
            for row in range(listed.count()):
                item = listed.item(row)
                shown = listed.visualItemRect(item)
                assert shown.width() <= room, item.text()
                lines = max(1, shown.height() // metrics.lineSpacing())
                # wrapped onto as many lines as its text needs, not cut off
                assert metrics.horizontalAdvance(item.text()) <= lines * room, item.text()
            names, cells, heads = dock.chart.layout_rows()
            chart_metrics = QFontMetrics(dock.chart.font())
            for name, box in zip(dock.chart.row_names(), names, strict=True):
                assert chart_metrics.horizontalAdvance(name) <= box.width(), (lang, name)
            assert heads[0].bottom() <= names[0].top()  # the dates head the columns
            assert cells[-1][-1].bottom() <= dock.chart.height()
        finally:
            set_language("en", persist=False)


def test_the_compare_view_writes_dates_in_words(window_at: object, qtbot: QtBot) -> None:
    win = window_at(story(), (1366, 768))  # type: ignore[operator]
    dock = _dock(win, qtbot)
    dock.moments.item(1).setSelected(True)
    dock.moments.item(2).setSelected(True)
    shown = dock.compare()
    assert isinstance(shown, CompareDialog)
    qtbot.addWidget(shown)
    assert ("As of", "15 January 2026 → 1 October 2026") in [
        (c.text(0), c.text(1)) for c in _children(shown)
    ]
    shown.close()


def _children(dialog: CompareDialog) -> list[QTreeWidgetItem]:
    from ui.dialogs.compare_dialog import children

    return children(dialog.groups["info"])


def test_the_chart_heads_its_columns_with_dates_in_words(window_at: object, qtbot: QtBot) -> None:
    """New user, seventh round: the axis read "1-12-25 15-1-26" in the English interface."""
    for lang, first in (("en", "15 Jan 2026"), ("nl", "15 jan 2026")):
        set_language(lang, persist=False)
        try:
            win = window_at(story(), (1366, 768))  # type: ignore[operator]
            dock = _dock(win, qtbot)
            qtbot.waitUntil(dock.chart.isVisible)
            shown = dock.chart.column_heads()
            assert first in shown, shown
            assert not any("-" in text for text in shown), shown
            _, _, heads = dock.chart.layout_rows()
            metrics = QFontMetrics(dock.chart.font())
            for text, box in zip(shown, heads, strict=True):
                assert metrics.horizontalAdvance(text) <= box.width(), (lang, text)
        finally:
            set_language("en", persist=False)


def test_six_columns_at_1366_write_each_date_whole(window_at: object, qtbot: QtBot) -> None:
    """New user, tenth round: with five snapshots and now the axis read "1 Dec… 15 Jan… 1 Oct
    … 4 Dec… 4 Dec… now" at 1366 x 768. A date too wide for its column goes on two lines, the
    day and month above the year, each whole."""
    from datetime import date

    from models.timeline import Snapshot

    for lang in ("en", "nl"):
        set_language(lang, persist=False)
        try:
            case = story()
            last = case.timeline.snapshots[-1].state
            for n, when in ((4, date(2026, 12, 4)), (5, date(2026, 12, 4))):
                case.timeline.add_snapshot(Snapshot(f"s{n}", when, f"Na overleg {n}", last))
            win = window_at(case, (1366, 768))  # type: ignore[operator]
            dock = _dock(win, qtbot)
            qtbot.waitUntil(dock.chart.isVisible)
            chart = dock.chart
            assert len(chart.column_heads()) == 6
            lines = chart.head_lines()
            assert [" ".join(texts) for texts in lines] == chart.column_heads()  # nothing cut
            names, cells, heads = chart.layout_rows()
            metrics = QFontMetrics(chart.font())
            assert any(len(texts) == 2 for texts in lines), lines  # too narrow for one line
            for texts, box in zip(lines, heads, strict=True):
                for text in texts:
                    assert metrics.horizontalAdvance(text) <= box.width(), (lang, text)
                assert len(texts) * metrics.lineSpacing() <= box.height(), (lang, texts)
            assert heads[0].bottom() <= names[0].top()
            assert cells[-1][-1].bottom() <= chart.height()
            # the full date and the snapshot's name on hovering a column
            assert chart.column_tip(int(heads[4].center().x())).endswith("Na overleg 5")
        finally:
            set_language("en", persist=False)


def test_file_timeline_at_1366_gives_the_chart_room(window_at: object, qtbot: QtBot) -> None:
    """New user, tenth round: at 1366 x 768 the Timeline dock was about 110-140 pixels high and
    showed only the list of snapshots until the user dragged the splitter. File › Timeline
    gives it room for the chart's dates and first rows (up to 55 % of the window)."""
    win = window_at(story(), (1366, 768))  # type: ignore[operator]
    win.actions_["file_timeline"].trigger()
    dock = _dock(win, qtbot)
    qtbot.waitUntil(dock.chart.isVisible)
    qtbot.wait(50)
    _, cells, heads = dock.chart.layout_rows()
    shown = dock.chart.visibleRegion()
    assert shown.contains(heads[0].toRect()), shown.boundingRect()  # the dates in view
    assert shown.contains(cells[2][0].toRect()), shown.boundingRect()  # and three rows
    assert dock.height() <= 0.55 * win.height() + 1
