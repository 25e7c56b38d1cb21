"""Defects seen on the map and around it: the rename that reopened an editor, Ctrl+Q that did
nothing, English in the Dutch interface, History entries without a name, undo of a layout."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from ui.i18n import set_language
from ui.window.actions import _unique_sequences
from ui.window.main_window import MainWindow


def _open_line_edits(win: MainWindow) -> list[QLineEdit]:
    """Editors the user could be typing in now (inline editor or a table cell editor)."""
    found = []
    for editor in win.findChildren(QLineEdit):
        parent = editor.parent()
        in_table = parent is not None and parent.objectName() == "qt_scrollarea_viewport"
        if editor.isVisible() and (editor.objectName() == "inline_editor" or in_table):
            found.append(editor)
    return found


@pytest.mark.parametrize("start", ["f2", "double_click", "insert"])
def test_rename_in_place_then_return_opens_no_other_editor(
    example_window: MainWindow, qtbot: QtBot, start: str
) -> None:
    view, controller = example_window.view, example_window.controller
    actor = controller.case.actors[5]
    before = len(controller.case.actors)
    view.setFocus()
    if start == "f2":
        controller.set_selection([actor.id])
        QTest.keyClick(view, Qt.Key.Key_F2)
    elif start == "double_click":
        item = example_window.scene.actor_items[actor.id]
        controller.set_selection([actor.id])  # the first click of a double-click selects
        view.centerOn(item)
        point = view.mapFromScene(item.sceneBoundingRect().center())
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        QTest.keyClick(view, Qt.Key.Key_Insert)
    editor = view._editor
    assert editor is not None
    target = actor.id if start != "insert" else controller.case.actors[-1].id
    editor.selectAll()
    QTest.keyClicks(editor, "Consulent Noord")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(view.settled)
    assert controller.case.entity(target) == controller.case.actors.get(target)
    assert getattr(controller.case.actors.get(target), "name", "") == "Consulent Noord"
    assert view.map_scene.selected_ids() == (target,)  # the selection stays put
    assert view._editor is None
    assert _open_line_edits(example_window) == []
    # a second Return does not open an editor on another actor either
    if view.hasFocus():
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert view._editor is not None  # Return on the selection renames it: the same actor
        assert view.map_scene.selected_ids() == (target,)
        QTest.keyClick(view._editor, Qt.Key.Key_Escape)
    renamed = [a.id for a in controller.case.actors if a.name == "Consulent Noord"]
    assert renamed == [target]
    assert len(controller.case.actors) == before + (1 if start == "insert" else 0)


def test_history_names_the_actor(example_window: MainWindow) -> None:
    controller = example_window.controller
    set_language("nl", persist=False)
    try:
        actor = next(a for a in controller.case.actors if a.name.startswith("Consulent"))
        controller.set_field(actor.id, "name", "Consulent Zuid")
        stack = controller.undo_stack
        assert stack.text(stack.count() - 1) == f"Naam wijzigen: {actor.name}"
        controller.set_field(actor.id, "influence", 4)
        assert stack.text(stack.count() - 1) == "Invloed wijzigen: Consulent Zuid"
        mandate = controller.case.mandates[0]
        controller.set_field(mandate.id, "budget", 1234.0)
        grantor = getattr(controller.case.actors.get(mandate.grantor), "name", "")
        holder = getattr(controller.case.actors.get(mandate.holder), "name", "")
        assert stack.text(stack.count() - 1).endswith(f": {grantor} → {holder}")
    finally:
        set_language("en", persist=False)
    controller.set_field(actor.id, "name", "Consulent West")
    assert controller.undo_stack.text(controller.undo_stack.count() - 1) == (
        "Rename: Consulent Zuid"
    )


def test_no_shortcut_is_set_twice(example_window: MainWindow) -> None:
    owners: Counter[str] = Counter()
    for action in example_window.findChildren(QAction):
        texts = {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}
        assert len(texts) == len(action.shortcuts()), action.objectName()
        owners.update(t for t in texts if t)
    for shortcut in example_window.findChildren(QShortcut):
        owners[shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)] += 1
    twice = {key: n for key, n in owners.items() if n > 1}
    assert twice == {}
    assert "Ctrl+Q" in {
        s.toString(QKeySequence.SequenceFormat.PortableText)
        for s in example_window.actions_["file_quit"].shortcuts()
    }


def test_a_standard_key_and_its_spare_collapse_into_one_shortcut(qapp: QApplication) -> None:
    # the platform's key bindings need an application: alone (no earlier test made one) the
    # call crashed in QKeySequence.keyBindings
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    result = _unique_sequences((QKeySequence.StandardKey.Quit, "Ctrl+Q", "Ctrl+Q"))
    texts = [s.toString() for s in result]
    assert texts.count("Ctrl+Q") == 1
    assert len(texts) == len({*(s.toString() for s in quit_keys), "Ctrl+Q"})


def test_ctrl_q_closes_the_window(example_window: MainWindow, qtbot: QtBot) -> None:
    example_window.activateWindow()
    example_window.view.setFocus()
    QTest.keyClick(example_window.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not example_window.isVisible(), timeout=3000)


def test_qt_file_dialog_speaks_dutch(qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    try:
        dialog = QFileDialog(None, "t", str(Path.cwd()), "Kaart (*.kvmap)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
        assert labels == {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"}
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        set_language("en", persist=False)
    dialog = QFileDialog(None, "t", str(Path.cwd()), "Map (*.kvmap)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert "&Look in:" in {label.text() for label in dialog.findChildren(QLabel)}


def test_grid_quadrants_have_no_english_gloss_in_dutch(qtbot: QtBot) -> None:
    from mapper.quadrant import Quadrant
    from ui.canvas.grid import quadrant_gloss

    set_language("nl", persist=False)
    try:
        glosses = {quadrant_gloss(q) for q in Quadrant}
    finally:
        set_language("en", persist=False)
    assert glosses == {
        "hoge invloed, hoog belang",
        "hoge invloed, laag belang",
        "lage invloed, hoog belang",
        "lage invloed, laag belang",
    }
    english = {q.label("en") for q in Quadrant}
    assert not glosses & english


def test_undo_of_a_layout_shows_the_map_again(example_window: MainWindow, qtbot: QtBot) -> None:
    view, controller = example_window.view, example_window.controller
    with qtbot.waitSignal(example_window.layouts.finished, timeout=20_000):
        example_window.actions_["layout_circle"].trigger()
    view.zoom_reset()
    view.centerOn(50_000, 50_000)  # somewhere far away, as after panning around

    def shows_every_actor() -> bool:
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        return all(
            seen.contains(item.sceneBoundingRect())
            for item in example_window.scene.actor_items.values()
        )

    assert not shows_every_actor()
    controller.undo_stack.undo()
    assert shows_every_actor()
    view.centerOn(50_000, 50_000)
    controller.undo_stack.redo()
    assert shows_every_actor()
