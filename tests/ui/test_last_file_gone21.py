"""A last-opened file that can no longer be opened is said, not silently replaced by the
example (issue 15 item 5; hostile look 21, H3: a deleted file, a drive not connected, a folder
or a pipe in its place started the example without a word, because only paths that were
regular files were remembered at all)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ui.document.controller import DocumentController
from ui.window.app import start_case, start_notice
from ui.window.file_memory import KEY_LAST
from ui.window.main_window import MainWindow


def _gone(tmp_path: Path, what: str) -> Path:
    path = tmp_path / "Woningnood Jansen.kvmap"
    if what == "folder":
        path.mkdir()
    elif what == "pipe":
        os.mkfifo(path)
    return path  # "missing": never made


@pytest.mark.parametrize("what", ["missing", "folder", "pipe"])
def test_a_last_file_that_cannot_be_opened_is_named_in_the_notice(
    tmp_path: Path, what: str
) -> None:
    path = _gone(tmp_path, what)
    start = start_case(None, example=False, last=str(path), lang="nl")
    assert start.example
    assert start.path is None
    assert start.unreadable == str(path)
    notice = start_notice(start)
    assert notice is not None
    assert str(path) in notice[1]
    assert start.reason  # why, in the user's language


def test_the_window_remembers_a_last_file_that_is_gone(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    gone = tmp_path / "elders.kvmap"
    settings.setValue(KEY_LAST, str(gone))
    window = MainWindow(DocumentController(), settings=settings, safety=False)
    qtbot.addWidget(window)
    assert window.files.last_file() == str(gone)  # the old code: None, and so no word
