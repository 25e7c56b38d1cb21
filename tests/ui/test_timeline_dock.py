"""The Timeline dock on real widgets: snapshots of the example, save (undoable), view, compare."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QLabel
from pytestqt.qtbot import QtBot

from models import Case, EntityKind, fileformat
from models.example import example_case
from models.timeline import Snapshot, Timeline
from models.timeline_io import state_of
from ui.docks.timeline import TimelineDock
from ui.window.main_window import MainWindow


def story() -> Case:
    """The example's story as three snapshots (the shipped example keeps the same three)."""
    now = example_case()
    now.timeline = Timeline()
    states = []
    for as_of, until in ((date(2025, 12, 1), date(2025, 12, 31)), (date(2026, 1, 15), None)):
        then = example_case()
        then.set_case_field("as_of", as_of)
        if until is not None:
            then.update(EntityKind.MANDATE, "m5", {"valid_until": until})
        states.append(state_of(fileformat.case_to_dict(then)))
    states.append(state_of(fileformat.case_to_dict(now)))
    labels = (
        (date(2025, 12, 1), "Eerste analyse: maatwerkmandaat en convenant lopen af"),
        (date(2026, 1, 15), "Maatwerkmandaat verlengd tot en met 30 juni 2026"),
        (date(2026, 10, 1), "Maatwerkmandaat verlopen en niet verlengd"),
    )
    for i, ((when, label), state) in enumerate(zip(labels, states, strict=True)):
        now.timeline.add_snapshot(Snapshot(f"s{i + 1}", when, label, state))
    return now


@pytest.fixture
def timeline_dock(window: MainWindow, qtbot: QtBot) -> TimelineDock:
    window.controller.replace_case(story(), None)
    found = window.findChild(QDockWidget, "timeline_dock")
    assert isinstance(found, TimelineDock)
    found.show()
    found.raise_()
    qtbot.waitUntil(lambda: found.line is not None, timeout=60_000)  # in a worker
    return found


def test_the_example_shows_its_three_snapshots_and_now(timeline_dock: TimelineDock) -> None:
    texts = [timeline_dock.moments.item(i).text() for i in range(timeline_dock.moments.count())]
    assert len(texts) == 3
    assert texts[1].startswith("15 January 2026 — Maatwerkmandaat verlengd")
    assert timeline_dock.chart.line is not None
    assert [m.id for m in timeline_dock.chart.line.moments] == ["s1", "s2", "s3", None]
    assert timeline_dock.breaks.count() == 3
    assert "31 December 2025" in timeline_dock.breaks.item(0).text()


def test_save_snapshot_from_the_dock_is_one_undo_step(timeline_dock: TimelineDock) -> None:
    stack = timeline_dock.controller.undo_stack
    assert timeline_dock.save_snapshot("Na het overleg", date.today())
    assert timeline_dock.moments.count() == 4
    assert stack.count() == 1
    assert stack.text(0) == "Save snapshot “Na het overleg”"
    stack.undo()
    assert timeline_dock.moments.count() == 3
    stack.redo()
    assert timeline_dock.moments.item(3).text().endswith("Na het overleg")


def test_a_refused_snapshot_says_why(
    timeline_dock: TimelineDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text: said.append(text)
    )
    assert not timeline_dock.save_snapshot("Te vroeg", date(2025, 1, 1))
    assert "2025-01-01" in said[0]
    assert "date order" in said[0]
    assert timeline_dock.controller.undo_stack.count() == 0


def test_view_is_read_only_and_marked(timeline_dock: TimelineDock) -> None:
    timeline_dock.moments.setCurrentRow(0)
    shown = timeline_dock.view_selected()
    assert shown is not None
    banner = shown.findChild(QLabel, "snapshot_banner")
    assert banner is not None
    assert "Read-only" in banner.text()
    assert "Eerste analyse" in banner.text()
    view = shown.findChild(QGraphicsView, "snapshot_map")
    assert view is not None
    assert not view.isInteractive()
    assert "1 December 2025" in shown.windowTitle()
    shown.close()


def test_compare_with_now_lists_the_renewed_mandate(timeline_dock: TimelineDock) -> None:
    timeline_dock.moments.setCurrentRow(0)
    shown = timeline_dock.compare_selected()
    assert shown is not None
    diff = shown.diff  # type: ignore[attr-defined]
    assert "m5" in diff.entities[EntityKind.MANDATE].changed
    shown.close()


def test_a_save_shows_up_in_the_saves_list(timeline_dock: TimelineDock, tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    timeline_dock.controller.author = "Sanne"
    timeline_dock.save_snapshot("Na het overleg", date.today())
    timeline_dock.controller.save(tmp_path / "kaart.kvmap")
    assert timeline_dock.saves.count() == 1
    assert "Sanne" in timeline_dock.saves.item(0).text()
    assert "Na het overleg" in timeline_dock.saves.item(0).text()


def test_the_author_is_set_once_and_kept(window: MainWindow, timeline_dock: TimelineDock) -> None:
    from ui.docks.timeline import AUTHOR_KEY

    timeline_dock.author.setText("  Anna de Vries ")
    timeline_dock.author.editingFinished.emit()
    assert timeline_dock.controller.author == "Anna de Vries"
    assert window.settings.value(AUTHOR_KEY) == "Anna de Vries"
    timeline_dock.author.setText("")
    timeline_dock.author.editingFinished.emit()
    assert timeline_dock.controller.author == timeline_dock.author.text()  # back to the login name


def test_compare_two_snapshots_in_the_dock(timeline_dock: TimelineDock) -> None:
    assert not timeline_dock.compare_button.isEnabled()
    timeline_dock.moments.item(0).setSelected(True)
    assert timeline_dock.view_button.isEnabled()
    assert timeline_dock.compare_button.text() == "Compare with now"
    timeline_dock.moments.item(1).setSelected(True)
    assert timeline_dock.compare_button.isEnabled()
    assert timeline_dock.compare_button.text() == "Compare the two"
    assert not timeline_dock.view_button.isEnabled()  # viewing takes one
    assert timeline_dock.selected_ids() == ["s1", "s2"]
    shown = timeline_dock.compare()
    assert shown is not None
    diff = shown.diff  # type: ignore[attr-defined]
    assert "m5" in diff.entities[EntityKind.MANDATE].changed
    summary = shown.summary.text()  # type: ignore[attr-defined]
    assert "Eerste analyse" in summary
    assert "Maatwerkmandaat verlengd" in summary
    assert "open case" not in summary
    shown.close()


def test_the_snapshots_are_analysed_off_the_gui_thread(
    timeline_dock: TimelineDock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapper.timeline import case_timeline as real

    threads: list[threading.Thread] = []
    release = threading.Event()

    def watched(case: Case, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        release.wait(10)  # the GUI thread goes on meanwhile
        return real(case, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("ui.docks.timeline.case_timeline", watched)
    before = timeline_dock.line
    assert timeline_dock.save_snapshot("Na het overleg", date.today())  # refreshes the dock
    assert timeline_dock.moments.count() == 4  # the list at once, the chart when analysed
    assert timeline_dock.line is before
    assert timeline_dock.chart_status.text() == "Analysing the snapshots…"
    qtbot.waitUntil(lambda: bool(threads), timeout=60_000)
    release.set()
    qtbot.waitUntil(lambda: timeline_dock.line is not before, timeout=60_000)
    assert threads[0] is not threading.main_thread()
    assert timeline_dock.line is not None
    assert [m.id for m in timeline_dock.line.moments] == ["s1", "s2", "s3", "s4", None]
    assert not timeline_dock.chart_status.isVisible()


def test_a_newer_refresh_wins_over_an_older_analysis(
    timeline_dock: TimelineDock, qtbot: QtBot
) -> None:
    timeline_dock.save_snapshot("Eerste", date.today())
    timeline_dock.controller.undo_stack.undo()  # back to three before the first analysis is shown
    timeline_dock.wait()
    qtbot.waitUntil(
        lambda: timeline_dock.line is not None and len(timeline_dock.line.moments) == 4,
        timeout=60_000,
    )
    qtbot.wait(50)
    assert timeline_dock.line is not None
    assert [m.id for m in timeline_dock.line.moments] == ["s1", "s2", "s3", None]


def test_a_failed_analysis_says_why(
    timeline_dock: TimelineDock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(case: Case, **kwargs: object) -> object:
        raise ValueError("kapot")

    monkeypatch.setattr("ui.docks.timeline.case_timeline", broken)
    timeline_dock.save_snapshot("Na het overleg", date.today())
    qtbot.waitUntil(lambda: timeline_dock.line is None, timeout=60_000)
    # rev-dutch21 D3: our own fault in the fixed text, not the bare 'kapot' (fails on the old code)
    said = timeline_dock.chart_status.text()
    assert said.startswith(
        "The snapshots could not be analysed: This is a fault in Krachtenveld itself, not in "
        "your file."
    )
    assert "kapot" not in said
    assert not timeline_dock.chart.isVisible()
