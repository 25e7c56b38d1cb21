"""Compare with a file and what-if through the main window's actions (real widgets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from mapper.whatif import what_if
from models.fileformat import case_to_dict, save
from tests.ui.conftest import small_case
from tests.ui.exchange_support import answer_file, handler
from ui.dialogs.compare_dialog import CompareDialog
from ui.dialogs.whatif_dialog import WhatIfDialog
from ui.i18n import set_language
from ui.window.main_window import MainWindow


# ---------------------------------------------------------------------- compare
def _click(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_compare_lists_a_renamed_actor_and_a_removed_mandate_and_clicking_selects(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    set_language("en", persist=False)  # the English texts below, with their real plurals
    other = tmp_path / "vorige.kvmap"
    save(small_case(), other)
    ctl = window.controller
    ctl.set_field("a1", "name", "Burgemeester")
    ctl.remove(["m2"])
    answer_file(monkeypatch, "getOpenFileName", other)
    h = handler(window)
    with qtbot.waitSignal(h.compare_done, timeout=30_000) as blocker:
        h["analysis_compare"].trigger()
    assert blocker.args == [True], boxes
    dialog = h.dialog
    assert isinstance(dialog, CompareDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert ("Burgemeester", "changed: 1 field") in dialog.entries("actors")
    renamed = dialog.entry("actors", "a1")
    assert renamed is not None
    field = renamed.child(0)
    assert field is not None
    assert (field.text(0), field.text(1)) == ("Name", "Wethouder → Burgemeester")
    removed = dialog.entry("mandates", "m2")
    assert removed is not None
    assert removed.text(1) == "removed"
    assert "Manager Zorg → Consulent" in removed.text(0)
    assert "vorige.kvmap" in dialog.summary.text()
    _click(qtbot, dialog.tree, renamed)
    assert ctl.selection == ("a1",)
    assert list(window.scene.selected_ids()) == ["a1"]  # selected on the canvas too
    _click(qtbot, dialog.tree, removed)  # not in the open case: the selection stays
    assert ctl.selection == ("a1",)
    dialog.grab().save(str(tmp_path / "compare.png"))
    ctl.remove(["a1"])  # the open case moves on: the entry no longer selects anything
    ctl.set_selection([])
    _click(qtbot, dialog.tree, renamed)
    assert not ctl.selection


def test_compare_with_a_broken_file_says_which_and_why(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    other = tmp_path / "kapot.kvmap"
    other.write_text("{not json", encoding="utf-8")
    answer_file(monkeypatch, "getOpenFileName", other)
    h = handler(window)
    with qtbot.waitSignal(h.compare_done, timeout=30_000) as blocker:
        h["analysis_compare"].trigger()
    assert blocker.args == [False]
    assert len(boxes) == 1
    assert "kapot.kvmap" in boxes[0][1]
    assert "Traceback" not in boxes[0][1]


# ---------------------------------------------------------------------- what if
def test_what_if_the_intent_owner_leaves(window: MainWindow, qtbot: QtBot) -> None:
    ctl = window.controller
    owner = ctl.case.info.intent_owner
    assert owner == "a1"
    expected = what_if(small_case(), ["a1"])
    # a1 grants m1 and holds no power by law: that chain finding must go when a1 leaves
    assert "MANDATE_NO_LEGAL_ROOT" in {f.code for f in expected.disappeared}
    h = handler(window)
    ctl.set_selection([])
    assert not h["analysis_whatif"].isEnabled()
    ctl.set_selection(["a1"])
    assert h["analysis_whatif"].isEnabled()
    before, steps = case_to_dict(ctl.case), ctl.undo_stack.count()
    with qtbot.waitSignal(h.whatif_done, timeout=30_000) as blocker:
        h["analysis_whatif"].trigger()
    assert blocker.args == [True]
    dialog = h.dialog
    assert isinstance(dialog, WhatIfDialog)
    qtbot.addWidget(dialog)
    assert sorted(dialog.codes("disappeared")) == sorted(f.code for f in expected.disappeared)
    assert sorted(dialog.codes("appeared")) == sorted(f.code for f in expected.appeared)
    assert "INTENT_NO_OWNER" in dialog.codes("appeared")
    titles = dialog.titles("disappeared")
    assert len(titles) == len(expected.disappeared)
    assert "Wethouder" in dialog.summary.text()
    assert case_to_dict(ctl.case) == before
    assert ctl.undo_stack.count() == steps
    # clicking a finding that disappears selects what it names
    group = dialog.groups["disappeared"]
    item = group.child(0)
    assert item is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    _click(qtbot, dialog.tree, item)
    shown = next(f for f in expected.disappeared if f.title("en") == item.text(0))
    assert ctl.selection
    assert set(ctl.selection) == {i for i in shown.ids() if i in window.scene.model_ids()} | (
        {i for i in shown.ids() if ctl.case.needs.get(i) is not None}
    )
