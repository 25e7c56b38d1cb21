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
    qtbot.wait(200)  # the docks have their places
    height, view = status.height(), win.view.size()
    status.showMessage(LONG, 15_000)
    note = win.messages.note
    qtbot.waitUntil(note.isVisible)
    assert note.text() == LONG  # read in full (user 4, 11), not cut off
    assert status.currentMessage() == LONG  # still the bar's message, with its timeout
    assert not win.counts_label.isVisible()
    assert not win.zoom_label.isVisible()
    # wrapped at the bar's width, its last line on the bar and the others over the map's
    # bottom edge: laid over the window, so the bar (and the map) keep their size (user 13, S7)
    bar = status.geometry()
    assert note.parentWidget() is win
    assert note.width() > bar.width() - 20
    assert note.height() < 4 * QFontMetrics(note.font()).lineSpacing()
    assert note.geometry().bottom() <= bar.bottom()
    assert note.geometry().bottom() > bar.top()
    assert status.toolTip() == LONG == note.toolTip()  # the full text
    qtbot.wait(50)
    assert (status.height(), win.view.size()) == (height, view)
    status.clearMessage()  # its timeout, or the next message
    assert not note.isVisible()
    assert win.counts_label.isVisible()
    qtbot.wait(50)
    assert (status.height(), win.view.size()) == (height, view)


def test_a_message_before_the_first_frame_fits_the_bar_once_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The note of a message shown before the window had its width (the first frame) fits
    the bar's width once it has one: not an 11-line column at the left (user 13, S7)."""
    from PySide6.QtCore import QSettings

    from ui.window.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(DocumentController(example_case()), settings=settings, safety=False)
    qtbot.addWidget(win)
    win.statusBar().showMessage(LONG, 15_000)  # while the bar is still narrow
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    status, note = win.statusBar(), win.messages.note
    qtbot.waitUntil(lambda: status.width() > 1000)
    assert note.isVisible()
    assert note.width() > status.width() - 20
    assert note.height() < 4 * QFontMetrics(note.font()).lineSpacing()  # not a column
    assert status.height() < 3 * QFontMetrics(note.font()).lineSpacing()


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


def test_a_long_jobs_message_stays_until_the_user_is_back(qtbot: QtBot, tmp_path: Path) -> None:
    """An export of 10,000 actors takes up to a minute, and the user leaves it alone: its
    "… geëxporteerd" went after 8 s, unseen (rev-user16 U6). It now stays until the user is
    back at the app (a key, a click, the wheel) and its time runs from then. Fails on the old
    code (no such way to show it; the export's message had a running 8-s timer)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    win = open_window(qtbot, tmp_path, DocumentController(example_case()), (1366, 768))
    status = win.statusBar()
    win.messages.show_until_back("Exported nota.docx", 60)
    assert status.currentMessage() == "Exported nota.docx"
    assert not [t for t in status.findChildren(QTimer) if t.isActive()]  # no time running
    qtbot.wait(120)  # longer than its time: still there while the user is away
    assert status.currentMessage() == "Exported nota.docx"
    QTest.keyClick(win.view, Qt.Key.Key_Shift)  # the user is back
    assert status.currentMessage() == "Exported nota.docx"
    qtbot.waitUntil(lambda: status.currentMessage() == "")  # and then it goes
    # another message in its place ends the wait: the user's key does not take that one away
    win.messages.show_until_back("Exported report.xlsx", 60)
    status.showMessage("Layout: Hierarchy…")
    QTest.keyClick(win.view, Qt.Key.Key_Shift)
    qtbot.wait(120)
    assert status.currentMessage() == "Layout: Hierarchy…"
