"""What changed, in words, at the top of every comparison (new user, fourth round, 11; issue
16), and the Timeline chart's "now" column following each edit: on real widgets offscreen and
through the CLI. The words are :func:`mapper.diff_words.summary`, built once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mapper.diff import diff_cases
from mapper.diff_words import summary, summary_lines
from mapper.timeline import case_at, case_timeline
from models import fileformat
from tests.ui.test_timeline_dock import story, timeline_dock
from ui.cli import main
from ui.dialogs.compare_dialog import CompareDialog
from ui.docks.timeline import TimelineDock

__all__ = ["timeline_dock"]  # the fixture


def _compare_two(timeline_dock: TimelineDock, qtbot: QtBot) -> CompareDialog:
    """The compare view of the second and third snapshot, opened from the timeline_dock."""
    timeline_dock.moments.item(1).setSelected(True)
    timeline_dock.moments.item(2).setSelected(True)
    shown = timeline_dock.compare()
    assert isinstance(shown, CompareDialog)
    qtbot.addWidget(shown)
    return shown


def test_the_compare_view_says_what_changed_in_words(
    timeline_dock: TimelineDock, qtbot: QtBot
) -> None:
    shown = _compare_two(timeline_dock, qtbot)
    case = timeline_dock.controller.case
    diff = diff_cases(case_at(case, "s2"), case_at(case, "s3"))
    # the same clauses as the CLI's paragraph, one bullet per kind, not bold (new user,
    # seventh round: "one bold 8-line paragraph")
    assert all(line[1:] in summary(diff, "en") for line in shown.lines)
    assert shown.lines == summary_lines(diff, "en")
    assert len(shown.lines) > 2
    words = shown.words.text()
    assert words.count("<li>") == len(shown.lines)
    assert "bold" not in shown.words.styleSheet()
    assert (
        "The mandate of the Manager Werk en Inkomen for ‘Bijzondere bijstand verlenen’ has "
        "expired" in words
    )
    assert shown.words.isVisible()
    assert shown.words.geometry().top() < shown.tree.geometry().top()  # at the top
    shown.close()


def test_the_dock_says_what_changed_since_the_selected_snapshot(
    timeline_dock: TimelineDock, qtbot: QtBot
) -> None:
    assert not timeline_dock.changes.isVisible()
    timeline_dock.moments.setCurrentRow(1)  # s2: the maatwerk mandate ran until 30 June 2026
    qtbot.waitUntil(timeline_dock.changes.isVisible, timeout=30_000)
    text = timeline_dock.changes.text()
    assert text.startswith("<b>Since this snapshot:</b> Reference date moved from 15 January")
    assert "has expired" in text
    timeline_dock.moments.item(2).setSelected(True)  # two: between them
    qtbot.waitUntil(lambda: "Between the two:" in timeline_dock.changes.text(), timeout=30_000)
    timeline_dock.moments.clearSelection()
    assert not timeline_dock.changes.isVisible()


def test_the_charts_now_column_follows_each_edit(timeline_dock: TimelineDock, qtbot: QtBot) -> None:
    """Issue 16: the last column used to change only when the snapshots did (a save)."""
    line = timeline_dock.chart.line
    assert line is not None
    before = line.moments[-1]
    assert timeline_dock.controller.remove(["m7"])  # the Kredietbank's mandate: its cause goes
    qtbot.waitUntil(lambda: timeline_dock.chart.line is not line, timeout=30_000)
    after = timeline_dock.chart.line
    assert after is not None
    assert after.moments[:-1] == line.moments[:-1]  # the snapshots are kept
    assert after.moments[-1].causes != before.causes
    assert after.moments[-1] == case_timeline(timeline_dock.controller.case).moments[-1]
    assert timeline_dock.controller.case.timeline.history == ()  # no save was needed
    timeline_dock.controller.undo_stack.undo()  # undo is an edit too
    qtbot.waitUntil(lambda: timeline_dock.chart.line is not after, timeout=30_000)
    assert timeline_dock.chart.line is not None
    assert timeline_dock.chart.line.moments[-1] == before


def test_timeline_compare_prints_the_words_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kaart.kvmap"
    fileformat.save(story(), path)
    assert main(["timeline", str(path), "--compare", "s2", "s3", "--lang", "nl"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Van s2 (15 januari 2026, ")
    assert lines[1] == (
        "Peildatum verschoven van 15 januari 2026 naar 1 oktober 2026; het mandaat van de "
        "manager Werk en Inkomen voor ‘Bijzondere bijstand verlenen’ is verlopen; bevindingen: "
        "één erbij."
    )
    assert lines[2] == ""
    assert main(["timeline", str(path), "--compare", "s2", "s3", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"].startswith("Reference date moved from 15 January 2026 to 1 October")


def test_the_compare_words_render_as_bullets(timeline_dock: TimelineDock, qtbot: QtBot) -> None:
    """Render the compare view at 1366 x 768 for a person to look at (KV_SHOTS)."""
    import os

    shown = _compare_two(timeline_dock, qtbot)
    shown.resize(1000, 700)
    qtbot.waitExposed(shown)
    # a bullet per line: the label is as tall as its lines, not one wrapped paragraph
    line = shown.words.fontMetrics().height()
    assert shown.words.height() >= len(shown.lines) * line
    if shots := os.environ.get("KV_SHOTS"):
        shown.grab().save(str(Path(shots) / "compare.png"))
    shown.close()
