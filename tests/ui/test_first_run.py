"""A first run that guides: the card on an empty map, File › New from template, the
building-blocks page, and the kind-and-sphere chooser after naming a new actor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from models import ActorKind, Sphere
from models.fileformat import dumps, reads
from models.templates import TEMPLATES
from ui.canvas.kind_chooser import KindSphereChooser
from ui.dialogs.building_blocks import BLOCKS, BuildingBlocksDialog
from ui.dialogs.template_dialog import TemplateDialog
from ui.i18n import set_language
from ui.window.main_window import MainWindow


def _line_editors(win: MainWindow) -> list[QLineEdit]:
    return [e for e in win.view.viewport().findChildren(QLineEdit) if e.isVisible()]


# ---------------------------------------------------------------------- the empty map
def test_empty_map_says_how_to_begin_until_there_is_an_actor(empty_window: MainWindow) -> None:
    win, hint = empty_window, empty_window.empty_hint
    assert hint.isVisible()
    assert "Double-click" in hint.text.text()
    room = win.view.viewport().rect()
    assert room.contains(hint.geometry()), "the card sits inside the map"
    win.view.add_actor_at(win.view.mapToScene(room.topLeft() + room.center() / 2), rename=False)
    assert not hint.isVisible()
    win.controller.undo_stack.undo()
    assert hint.isVisible(), "back when the last actor goes"
    win.controller.undo_stack.redo()
    assert not hint.isVisible()
    win.files.new()
    assert hint.isVisible()
    win.files.open_example()
    assert not hint.isVisible()


def test_double_click_on_the_card_adds_an_actor_there(empty_window: MainWindow) -> None:
    win, hint = empty_window, empty_window.empty_hint
    QTest.mouseDClick(hint, Qt.MouseButton.LeftButton, pos=hint.rect().center())
    assert len(win.controller.case.actors) == 1
    assert not hint.isVisible()
    assert win.view._editor is not None, "the new actor's name editor is open"


def test_card_speaks_dutch(empty_window: MainWindow) -> None:
    set_language("nl", persist=False)
    hint = empty_window.empty_hint
    assert hint.heading.text() == "Deze kaart is nog leeg"
    assert hint.template_button.text() == "Nieuw van sjabloon…"
    _assert_text_fits(hint.text)


def _assert_text_fits(label: QLabel) -> None:
    """The wrapped text is not cut off: the label is as tall as its text needs."""
    assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_card_text_is_not_cut_off(empty_window: MainWindow) -> None:
    _assert_text_fits(empty_window.empty_hint.text)


# ---------------------------------------------------------------------- templates
@pytest.mark.parametrize("key", [t.key for t in TEMPLATES])
def test_card_button_opens_a_template_as_an_untitled_laid_out_map(
    empty_window: MainWindow, key: str
) -> None:
    win = empty_window
    win.files.ask_template = lambda: key  # type: ignore[method-assign]
    win.empty_hint.template_button.click()
    ctl = win.controller
    assert len(ctl.case.actors) >= 10
    assert ctl.path is None, "untitled: Save asks where"
    assert not ctl.dirty
    assert ctl.undo_stack.count() == 0, "nothing to undo: the template is the start"
    assert all(a.position is not None for a in ctl.case.actors)
    assert set(win.scene.actor_items) == set(ctl.case.actors.ids())
    assert not win.empty_hint.isVisible()
    assert reads(dumps(ctl.case)).problems == ()
    runner = win.analysis_runner()
    assert runner is not None
    runner.run_now()
    runner.wait()
    assert runner.latest is not None


def test_cancelled_template_dialog_changes_nothing(empty_window: MainWindow) -> None:
    win = empty_window
    win.files.ask_template = lambda: None  # type: ignore[method-assign]
    win.actions_["file_new_template"].trigger()
    assert len(win.controller.case.actors) == 0
    assert win.actions_["file_new_template"] in win.menus["file"].actions()


def test_template_dialog_lists_and_describes_the_templates(qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    try:
        dialog = TemplateDialog()
        qtbot.addWidget(dialog)
        titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert titles == [
            "Schulden en dreigende huisuitzetting",
            "Jeugdhulp over organisaties heen",
            "Wmo: veilig thuis blijven wonen",
        ]
        assert dialog.chosen_key() == "debt_eviction"
        assert "huurachterstand" in dialog.description.text()
        QTest.keyClick(dialog.list, Qt.Key.Key_Down)
        assert dialog.chosen_key() == "youth_care"
        assert "Jeugdwet art. 2.3" in dialog.description.text()
        set_language("en", persist=False)
        assert dialog.list.item(1).text() == "Youth care across organisations"
        assert "regional contract" in dialog.description.text()
    finally:
        set_language("en", persist=False)


# ---------------------------------------------------------------------- building blocks
def test_help_explains_the_seven_building_blocks(empty_window: MainWindow) -> None:
    win = empty_window
    assert win.actions_["help_building_blocks"] in win.menus["help"].actions()
    win.actions_["help_building_blocks"].trigger()
    dialog = win.findChild(BuildingBlocksDialog)
    assert isinstance(dialog, BuildingBlocksDialog)
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert len(BLOCKS) == 7
    for title, _asks, _shows in BLOCKS:
        assert title in text
    assert text.count("On the map:") == 7
    set_language("nl", persist=False)
    text = dialog.browser.toPlainText()
    for title in ("Helderheid over de bedoeling", "Signaleren en triage", "Systeemleren"):
        assert title in text
    assert "On the map" not in text
    win.actions_["help_building_blocks"].trigger()
    assert len(win.findChildren(BuildingBlocksDialog)) == 1, "one page, raised again"


# ---------------------------------------------------------------------- kind chooser
def _name_a_new_actor(win: MainWindow, name: str) -> KindSphereChooser:
    win.view.setFocus()
    QTest.keyClick(win.view, Qt.Key.Key_Insert)
    editor = win.view._editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, name)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    chooser = win.view.kind_chooser_widget
    assert isinstance(chooser, KindSphereChooser)
    assert chooser.isVisible()
    assert chooser.kind_box.hasFocus(), "keyboard first: the kind has the focus"
    return chooser


def test_new_actor_asks_kind_and_sphere_in_place(empty_window: MainWindow) -> None:
    win = empty_window
    ctl = win.controller
    chooser = _name_a_new_actor(win, "Pieter de Groot")
    actor_id = chooser.actor_id
    steps = ctl.undo_stack.count()
    chooser.kind_box.setCurrentIndex(chooser.kind_box.findData(ActorKind.ADMINISTRATOR))
    assert "Political" in chooser.sphere_box.itemText(0)
    QTest.keyClick(chooser.sphere_box, Qt.Key.Key_Down)  # first sphere after "as its kind"
    QTest.keyClick(chooser.sphere_box, Qt.Key.Key_Return)
    actor = ctl.case.actors.get(actor_id)
    assert actor is not None
    assert (actor.name, actor.kind, actor.sphere) == (
        "Pieter de Groot",
        ActorKind.ADMINISTRATOR,
        Sphere.POLITICAL,
    )
    assert ctl.undo_stack.count() == steps + 1, "kind and sphere are one undo step"
    assert not chooser.isVisible()
    assert _line_editors(win) == [], "Return ends it: no other editor opens"
    ctl.undo_stack.undo()
    actor = ctl.case.actors.get(actor_id)
    assert actor is not None
    assert (actor.name, actor.kind, actor.sphere) == ("Pieter de Groot", ActorKind.OTHER, None)
    ctl.undo_stack.redo()
    assert ctl.case.actors.get(actor_id).kind == ActorKind.ADMINISTRATOR  # type: ignore[union-attr]


def test_kind_chooser_is_skipped_with_escape(empty_window: MainWindow) -> None:
    win = empty_window
    ctl = win.controller
    chooser = _name_a_new_actor(win, "Buurtkracht")
    steps = ctl.undo_stack.count()
    QTest.keyClick(chooser.kind_box, Qt.Key.Key_Down)
    QTest.keyClick(chooser.kind_box, Qt.Key.Key_Escape)
    assert not chooser.isVisible()
    assert ctl.undo_stack.count() == steps
    assert ctl.case.actors.get(chooser.actor_id).kind == ActorKind.OTHER  # type: ignore[union-attr]
    assert win.view.hasFocus()


def test_renaming_an_existing_actor_asks_nothing(empty_window: MainWindow) -> None:
    win = empty_window
    win.files.open_example()
    actor = win.controller.case.actors[0]
    win.view.setFocus()
    editor = win.view.start_rename(actor.id)
    assert editor is not None
    QTest.keyClicks(editor, "x")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert win.view.kind_chooser_widget is None


def test_status_bar_counts_with_real_plurals(empty_window: MainWindow) -> None:
    win = empty_window
    assert win.counts_label.text() == "0 actors · 0 relationships · 0 mandates"
    win.view.add_actor_at(win.view.mapToScene(win.view.viewport().rect().center()), rename=False)
    assert win.counts_label.text() == "1 actor · 0 relationships · 0 mandates"
    set_language("nl", persist=False)
    assert win.counts_label.text() == "1 actor · 0 relaties · 0 mandaten"
    win.files.open_template("wmo")
    case = win.controller.case
    assert win.counts_label.text() == (
        f"{len(case.actors)} actoren · {len(case.relationships)} relaties · "
        f"{len(case.mandates)} mandaten"
    )
