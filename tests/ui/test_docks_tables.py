"""The entity tables: edits go through the controller (one undo step), models follow the case."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QSpinBox
from pytestqt.qtbot import QtBot

from models import Actor, ActorKind, PowerCategory, RelationKind, Role
from tests.ui.docks_support import cell, dock, english_ui, small_case  # noqa: F401
from ui.background.analysis_runner import AnalysisRunner
from ui.docks import (
    ActorsDock,
    MandatesDock,
    NeedsDock,
    RelationshipsDock,
    TableDock,
    analysis_runner,
    create_docks,
)
from ui.docks.choices import actor_choices
from ui.docks.dialogs import AddMandateDialog, AddNeedDialog, AddRelationshipDialog
from ui.document.controller import DocumentController

pytestmark = pytest.mark.usefixtures("english_ui")


def test_docks_have_object_names_and_toggle_actions(docks_window: QMainWindow) -> None:
    names = {d.objectName() for d in docks_window.findChildren(TableDock)}
    assert names == {
        "actors_dock",
        "relationships_dock",
        "mandates_dock",
        "needs_dock",
        "organisations_dock",
        "powers_dock",
        "agreements_dock",
        "rules_dock",
        "deviations_dock",
    }
    actors = dock(docks_window, ActorsDock)
    assert actors.toggleViewAction().text() == "Actors"
    state = docks_window.saveState()
    assert docks_window.restoreState(state)


def test_edit_cell_is_one_undo_step(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    index = cell(d, "a2", "name")
    assert index.data() == "Teamleider"
    assert d.proxy.setData(index, "Teamleider Zorg")
    assert controller.case.actors.get("a2").name == "Teamleider Zorg"  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 1
    assert index.data() == "Teamleider Zorg"
    controller.undo_stack.undo()
    assert controller.case.actors.get("a2").name == "Teamleider"  # type: ignore[union-attr]
    assert cell(d, "a2", "name").data() == "Teamleider"


def test_enum_cell_edits_with_a_combo_box(
    qtbot: QtBot, docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    index = cell(d, "a3", "kind")
    assert index.data() == "Professional"
    d.view.setCurrentIndex(index)
    d.view.edit(index)
    combo = d.view.viewport().findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Council" in labels
    at = labels.index("Council")
    combo.setCurrentIndex(at)
    combo.activated.emit(at)
    assert controller.case.actors.get("a3").kind is ActorKind.COUNCIL  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 1


def test_int_cell_edits_with_a_spin_box(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    index = cell(d, "a1", "influence")
    d.view.edit(index)
    spin = d.view.viewport().findChild(QSpinBox)
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.value()) == (0, 5, 5)
    spin.setValue(2)
    d.view.commitData(spin)
    assert controller.case.actors.get("a1").influence == 2  # type: ignore[union-attr]


def test_invalid_value_shows_the_model_message(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, MandatesDock)
    messages: list[str] = []
    d.model.error.connect(messages.append)
    assert not d.proxy.setData(cell(d, "m1", "budget"), "veel")
    assert messages
    assert "m1.budget" in messages[0]
    assert '"veel"' in messages[0]
    assert docks_window.statusBar().currentMessage() == messages[0]
    assert d.error_label.isVisibleTo(d)
    assert d.error_label.text() == messages[0]
    assert controller.undo_stack.count() == 0
    assert d.proxy.setData(cell(d, "m1", "budget"), "2.500,50".replace(".", ""))
    assert controller.case.mandates.get("m1").budget == 2500.5  # type: ignore[union-attr]
    assert d.proxy.setData(cell(d, "m1", "budget"), "")
    assert controller.case.mandates.get("m1").budget is None  # type: ignore[union-attr]


def test_bool_column_is_a_check_box(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, MandatesDock)
    index = cell(d, "m1", "reserves_deviation")  # in_writing may be null: a choice (issue 10)
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert d.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert controller.case.mandates.get("m1").reserves_deviation is True  # type: ignore[union-attr]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_needs_table_says_whether_a_need_departs_from_the_rule(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, NeedsDock)
    index = cell(d, "n1", "deviates")
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    column = index.column()
    header = d.proxy.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Deviates from the rule"
    assert d.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert controller.case.needs.get("n1").deviates is True  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.case.needs.get("n1").deviates is False  # type: ignore[union-attr]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    controller.undo_stack.redo()
    assert controller.case.needs.get("n1").deviates is True  # type: ignore[union-attr]


def test_list_cell_accepts_dutch_and_english_labels(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    index = cell(d, "a1", "roles")
    assert d.proxy.setData(index, "Casusregisseur; triage")
    actor = controller.case.actors.get("a1")
    assert actor is not None
    assert actor.roles == (Role.CASE_HANDLER, Role.TRIAGE)
    assert index.data() == "Case handler; Triage"
    assert not d.proxy.setData(index, "toveren")
    assert controller.undo_stack.count() == 1


def test_rows_follow_case_signals(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    rels = dock(docks_window, RelationshipsDock)
    assert d.model.rowCount() == 3
    assert rels.model.rowCount() == 2
    controller.remove(["a2"])  # takes both relationships and the mandate with it
    assert d.model.rowCount() == 2
    assert rels.model.rowCount() == 0
    assert dock(docks_window, MandatesDock).model.rowCount() == 0
    controller.undo_stack.undo()
    assert [d.model.entity_id(r) for r in range(3)] == ["a1", "a2", "a3"]
    assert [rels.model.entity_id(r) for r in range(2)] == ["r1", "r2"]
    controller.add_actor(Actor("a9", "Ombudsman", ActorKind.OVERSIGHT))
    assert d.model.entity_id(3) == "a9"
    controller.new_document()
    assert d.model.rowCount() == 0
    assert rels.model.rowCount() == 0


def test_actor_rename_refreshes_reference_columns(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    rels = dock(docks_window, RelationshipsDock)
    assert cell(rels, "r1", "source").data() == "Wethouder"
    controller.set_field("a1", "name", "Burgemeester")
    assert cell(rels, "r1", "source").data() == "Burgemeester"


def test_selection_follows_the_controller_and_back(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    actors = dock(docks_window, ActorsDock)
    rels = dock(docks_window, RelationshipsDock)
    controller.set_selection(["a2", "r1"])
    assert actors.selected_ids() == ["a2"]
    assert rels.selected_ids() == ["r1"]
    # What a plain click does; QTableView.selectRow would read the application's keyboard
    # modifiers, which an earlier test's Ctrl-drag in the same worker can leave set.
    actors.view.selectionModel().select(
        cell(actors, "a3", "name"),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert controller.selection == ("a3",)
    assert rels.selected_ids() == []
    controller.set_selection([])
    assert actors.selected_ids() == []


def test_filter_and_sort(docks_window: QMainWindow) -> None:
    d = dock(docks_window, ActorsDock)
    d.filter_edit.setText("CONSUL")
    assert d.proxy.rowCount() == 1
    assert d.proxy.index(0, 0).data() == "Consulent"
    d.filter_edit.setText("")
    assert d.proxy.rowCount() == 3
    d.view.sortByColumn(d.model.column_of("influence"), Qt.SortOrder.AscendingOrder)
    assert [d.proxy.index(r, 0).data() for r in range(3)] == [
        "Consulent",
        "Teamleider",
        "Wethouder",
    ]


def test_sorted_table_keeps_selection_and_appends_new_rows(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    controller.set_selection(["a1"])
    d.view.sortByColumn(d.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    assert [d.model.entity_id(r) for r in range(3)] == ["a1", "a2", "a3"]  # W, T, C
    d.view.sortByColumn(d.model.column_of("interest"), Qt.SortOrder.DescendingOrder)
    assert [d.model.entity_id(r) for r in range(3)] == ["a3", "a2", "a1"]
    assert d.selected_ids() == ["a1"]  # the selection moved with its row
    controller.add_actor(Actor("a0", "Aannemer"))
    assert d.model.entity_id(3) == "a0"
    assert cell(d, "a0", "name").data() == "Aannemer"
    controller.remove(["a2"])
    assert [d.model.entity_id(r) for r in range(3)] == ["a3", "a1", "a0"]
    d.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to the case's order
    assert [d.model.entity_id(r) for r in range(3)] == ["a1", "a3", "a0"]


def test_context_menu_actions(docks_window: QMainWindow, controller: DocumentController) -> None:
    d = dock(docks_window, RelationshipsDock)
    assert [a.text() for a in d.view.actions()] == ["Add relationship", "Delete"]
    assert not d.delete_action.isEnabled()
    assert not d.delete_button.isEnabled()
    controller.set_selection(["r2"])
    assert d.delete_action.isEnabled()
    d.delete_action.trigger()
    assert controller.case.relationships.ids() == ["r1"]


def test_keyboard_only_editing(
    qtbot: QtBot, docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    d.view.setFocus()
    index = cell(d, "a3", "group")
    d.view.setCurrentIndex(index)
    QTest.keyClick(d.view, Qt.Key.Key_F2)
    editor = d.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Wijkteam Noord")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.undo_stack.count() == 1)  # the delegate commits queued
    assert controller.case.actors.get("a3").group == "Wijkteam Noord"  # type: ignore[union-attr]
    QTest.keyClick(d.view, Qt.Key.Key_Insert)  # Insert adds an actor
    assert len(controller.case.actors) == 4
    assert controller.undo_stack.count() == 2


def test_delete_key_removes_selected_rows(
    qtbot: QtBot, docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    controller.set_selection(["a2", "a3"])
    d.view.setFocus()
    QTest.keyClick(d.view, Qt.Key.Key_Delete)
    assert controller.case.actors.ids() == ["a1"]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.case.actors.ids() == ["a1", "a2", "a3"]
    assert controller.case.relationships.ids() == ["r1", "r2"]


def test_add_actor_button(
    qtbot: QtBot, docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    QTest.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert len(controller.case.actors) == 4
    new = controller.case.actors[3]
    assert new.name == "New actor"
    assert controller.selection == (new.id,)
    assert controller.undo_stack.count() == 1


def test_add_relationship_mandate_and_need_through_dialogs(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    rels = dock(docks_window, RelationshipsDock)
    rels.add()
    dialog = rels.dialog
    assert isinstance(dialog, AddRelationshipDialog)
    dialog.second.setCurrentIndex(dialog.first.currentIndex())
    assert not dialog.ok_button().isEnabled()  # same actor twice
    dialog.first.setCurrentIndex(2)
    dialog.second.setCurrentIndex(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData(RelationKind.TRUST.value))
    dialog.accept()
    rel = controller.case.relationships[2]
    assert (rel.source, rel.target, rel.kind) == ("a3", "a1", RelationKind.TRUST)
    assert controller.selection == (rel.id,)

    mandates = dock(docks_window, MandatesDock)
    mandates.add()
    mdialog = mandates.dialog
    assert isinstance(mdialog, AddMandateDialog)
    mdialog.kind.setCurrentIndex(mdialog.kind.findData(PowerCategory.PUSH_THROUGH.value))
    mdialog.accept()
    mandate = controller.case.mandates[1]
    assert (mandate.grantor, mandate.holder, mandate.power) == (
        "a1",
        "a2",
        PowerCategory.PUSH_THROUGH,
    )

    needs = dock(docks_window, NeedsDock)
    needs.add()
    ndialog = needs.dialog
    assert isinstance(ndialog, AddNeedDialog)
    assert not ndialog.ok_button().isEnabled()
    ndialog.decision.setText("Boete kwijtschelden")
    ndialog.handler.setCurrentIndex(ndialog.handler.findData("a3"))
    ndialog.accept()
    need = controller.case.needs[1]
    assert (need.decision, need.handler) == ("Boete kwijtschelden", "a3")
    assert controller.undo_stack.count() == 3


def test_deleted_docks_stop_listening_to_the_case(qtbot: QtBot) -> None:
    controller = DocumentController(small_case())
    win = QMainWindow()
    create_docks(win, controller)
    runner = analysis_runner(win)
    assert runner is not None
    runner.shutdown()
    shiboken6.delete(win)  # docks, models and runner go; the case lives on
    controller.add_actor(Actor("a9", "Ombudsman", ActorKind.OVERSIGHT))
    controller.set_field("a1", "name", "Burgemeester")
    controller.set_selection(["a9"])
    controller.remove(["a2"])
    qtbot.wait(AnalysisRunner.DEBOUNCE_MS + 50)
    assert len(controller.case.actors) == 3


def test_actor_without_sphere_shows_the_one_its_kind_implies(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    d = dock(docks_window, ActorsDock)
    index = cell(d, "a1", "sphere")
    assert index.data() == "Political"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "(from kind)"
    assert index.data(Qt.ItemDataRole.EditRole) is None
    assert d.proxy.setData(index, "administrative")
    assert index.data() == "Administrative"
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None


def test_delete_and_insert_keys_in_the_main_window(qtbot: QtBot) -> None:
    """No "ambiguous shortcut" with the window's own Delete action (a Qt warning fails this)."""
    from ui.window.main_window import MainWindow

    controller = DocumentController(small_case())
    docks_window = MainWindow(controller)
    qtbot.addWidget(docks_window)
    docks_window.show()
    d = dock(docks_window, ActorsDock)
    d.view.setFocus()
    QTest.keyClick(d.view, Qt.Key.Key_Insert)
    assert len(controller.case.actors) == 4
    controller.set_selection(["a3"])
    QTest.keyClick(d.view, Qt.Key.Key_Delete)
    assert controller.case.actors.ids()[:2] == ["a1", "a2"]
    assert "a3" not in controller.case.actors.ids()
    controller.undo_stack.setClean()  # closing must not ask about unsaved changes


def test_link_dialog_needs_two_actors_and_cancel_adds_nothing(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    mandates = dock(docks_window, MandatesDock)
    mandates.add()
    dialog = mandates.dialog
    assert isinstance(dialog, AddMandateDialog)
    dialog.reject()
    assert len(controller.case.mandates) == 1
    controller.new_document()
    controller.add_actor(Actor("solo", "Alleen"))
    mandates.add()
    lonely = mandates.dialog
    assert isinstance(lonely, AddMandateDialog)
    assert not lonely.ok_button().isEnabled()
    assert lonely.problem.text() == "Add at least two actors first."
    lonely.reject()


def test_reference_combos_share_one_live_actor_list(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    choices = actor_choices(controller, optional=True)
    assert actor_choices(controller, optional=True) is choices
    assert [choices.index(r).data() for r in range(choices.rowCount())] == [
        "—",
        "Wethouder",
        "Teamleider",
        "Consulent",
    ]
    controller.add_actor(Actor("a9", "Ombudsman", ActorKind.OVERSIGHT))
    controller.set_field("a1", "name", "Burgemeester")
    assert choices.index(1).data() == "Burgemeester"
    assert choices.index(4).data(Qt.ItemDataRole.UserRole) == "a9"
    rels = dock(docks_window, RelationshipsDock)
    index = cell(rels, "r2", "target")
    rels.view.edit(index)
    combo = rels.view.viewport().findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    assert combo.model() is actor_choices(controller, optional=False)
    assert combo.currentText() == "Teamleider"
    at = combo.findData("a9")
    combo.setCurrentIndex(at)
    combo.activated.emit(at)
    assert controller.case.relationships.get("r2").target == "a9"  # type: ignore[union-attr]
    controller.new_document()
    assert choices.rowCount() == 1
