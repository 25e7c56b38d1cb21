"""Status-bar messages are read in full at 1366 x 768 (new user, fourth round, 11: the
anonymised export's message was cut off and ran into the counters)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.window_support import open_window
from ui.document.controller import DocumentController

LONG = (
    "Exported voorbeeld-anoniem.kvmap. Anonymised: Mevrouw Jansen → Resident, Consulent "
    "wijkteam (Sanne) → Consulent wijkteam, ‘Start van specialistische zorg’ for a health "
    "decision. The snapshots are anonymised too; the saves no longer carry their authors."
)


def test_a_long_message_is_shown_whole_and_the_counters_step_aside(
    qtbot: QtBot, tmp_path: Path
) -> None:
    win = open_window(qtbot, tmp_path, DocumentController(example_case()), (1366, 768))
    status = win.statusBar()
    assert win.counts_label.isVisible()
    status.showMessage(LONG, 15_000)
    note = win.messages.note
    qtbot.waitUntil(note.isVisible)
    assert note.text() == LONG
    assert status.currentMessage() == LONG  # still the bar's message, with its timeout
    assert not win.counts_label.isVisible()
    assert not win.zoom_label.isVisible()
    # wrapped on as many lines as it needs, all of them within the bar
    lines = QFontMetrics(note.font()).horizontalAdvance(LONG) / max(note.width(), 1)
    assert note.height() >= int(lines) * QFontMetrics(note.font()).lineSpacing()
    assert note.geometry().right() <= status.width()
    assert note.geometry().bottom() <= status.height()
    assert status.toolTip() == LONG
    status.clearMessage()  # its timeout, or the next message
    assert not note.isVisible()
    assert win.counts_label.isVisible()


def test_a_short_message_stays_in_the_bar_and_the_counters_come_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    win = open_window(qtbot, tmp_path, DocumentController(example_case()), (1366, 768))
    status = win.statusBar()
    status.showMessage("Saved voorbeeld.kvmap", 4000)
    assert status.currentMessage() == "Saved voorbeeld.kvmap"
    assert not win.messages.note.isVisible()
    assert not win.counts_label.isVisible()  # out of the message's way while it shows
    status.clearMessage()
    assert win.counts_label.isVisible()
