"""The compare dialog fits the screen and says its count first (new user, eighth round, N3:
at 1366 x 768 the dialog was taller than the screen, cut at the top, and the sentence
"From … to …: 19 differences" came after the bullets)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from mapper.diff import diff_cases
from models import Case
from models.example import example_case
from ui.dialogs.compare_dialog import CompareDialog
from ui.document.controller import DocumentController


def _before(after: Case) -> Case:
    """The example without five actors, their ties and mandates, and two of its needs."""
    keep = [a.id for a in list(after.actors)[:-5]]
    return after.subset(
        keep, replace(after.info, title=after.info.title + " (eerder)"), list(after.needs)[:-2]
    )


def test_the_compare_dialog_fits_the_screen_with_its_count_first(qtbot: QtBot) -> None:
    after = example_case()
    before = _before(after)
    controller = DocumentController()
    controller.replace_case(after, None)
    dialog = CompareDialog(diff_cases(before, after), before, controller, "1 oktober 2026")
    qtbot.addWidget(dialog)
    assert len(dialog.lines) >= 4  # a long list of bullets, as the new user's 19 differences
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen()
    assert screen is not None
    room = screen.availableGeometry()
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())
    assert dialog.height() <= room.height()
    assert dialog.width() <= room.width()
    # the sentence with the count comes first, then the bullets, then the tree
    assert "difference" in dialog.summary.text()
    assert dialog.summary.geometry().top() < dialog.words_area.geometry().top()
    assert dialog.words_area.geometry().bottom() < dialog.tree.geometry().top()
    assert dialog.tree.height() >= 100  # the tree keeps room to read
    # the old and new values keep two fifths of the width (lead, thirteenth round: long
    # names took the first column to 640 px and cut "1 december 2025 → 1 oktober 2026")
    assert dialog.tree.columnWidth(0) <= dialog.width() * 3 // 5, dialog.tree.columnWidth(0)
    if shots := os.environ.get("KV_SHOTS"):
        dialog.grab().save(str(Path(shots) / "compare_fit.png"))
    dialog.close()
