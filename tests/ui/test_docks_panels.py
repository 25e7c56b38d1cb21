"""Properties, Findings, Scorecard and History docks on real widgets."""

from __future__ import annotations

import html
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from mapper.findings import Severity, Status, Text
from models import ActorKind, Organisation, Role
from tests.ui.docks_support import analysis_of, english_ui, finding  # noqa: F401
from ui.docks import (
    ActorsDock,
    FindingsDock,
    HistoryDock,
    PropertiesDock,
    RelationshipsDock,
    ScorecardDock,
)
from ui.docks.editors import EnumListEdit, NullableDateEdit, SignedSpinBox
from ui.docks.findings import CAUSE_ROLE, FINDING_ROLE
from ui.docks.scorecard import STATUS_COLORS
from ui.document.controller import DocumentController
from ui.i18n import current_language, set_language

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def props(qtbot: QtBot, controller: DocumentController) -> PropertiesDock:
    dock = PropertiesDock(controller)
    qtbot.addWidget(dock)
    dock.show()
    return dock


def test_properties_show_the_case_when_nothing_is_selected(
    props: PropertiesDock, controller: DocumentController
) -> None:
    assert props.heading.text() == "Case"
    title = props.editors["title"]
    assert isinstance(title, QLineEdit)
    assert title.text() == "Testcasus"
    title.setText("Andere titel")
    title.editingFinished.emit()
    assert controller.case.info.title == "Andere titel"
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert title.text() == "Testcasus"


def test_properties_edit_the_selected_actor(
    props: PropertiesDock, controller: DocumentController
) -> None:
    controller.set_selection(["a2"])
    assert props.heading.text() == "Actor"
    name = props.editors["name"]
    assert isinstance(name, QLineEdit)
    assert name.text() == "Teamleider"
    name.setText("Teamleider Wijkteam")
    name.editingFinished.emit()
    kind = props.editors["kind"]
    assert isinstance(kind, QComboBox)
    at = kind.findData(ActorKind.EXECUTIVE.value)
    kind.setCurrentIndex(at)
    kind.activated.emit(at)
    influence = props.editors["influence"]
    assert isinstance(influence, QSpinBox)
    influence.setValue(4)
    actor = controller.case.actors.get("a2")
    assert actor is not None
    assert (actor.name, actor.kind, actor.influence) == (
        "Teamleider Wijkteam",
        ActorKind.EXECUTIVE,
        4,
    )
    assert controller.undo_stack.count() == 3
    controller.undo_stack.undo()
    assert influence.value() == 3  # the form follows undo
    ident = props.editors["id"]
    assert isinstance(ident, QLabel)
    assert ident.text() == "a2"


def test_properties_bad_value_shows_message_and_changes_nothing(
    props: PropertiesDock, controller: DocumentController
) -> None:
    controller.set_selection(["m1"])
    budget = props.editors["budget"]
    assert isinstance(budget, QLineEdit)
    assert budget.text() == "5000"
    budget.setText("heel veel")
    budget.editingFinished.emit()
    assert props.error_label.isVisibleTo(props)
    assert "m1.budget" in props.error_label.text()
    assert controller.undo_stack.count() == 0
    writing = props.editors["in_writing"]  # yes, no or not recorded (issue 10)
    assert isinstance(writing, QComboBox)
    assert writing.count() == 3
    at = writing.findData(False)
    writing.setCurrentIndex(at)
    writing.activated.emit(at)
    assert controller.case.mandates.get("m1").in_writing is False  # type: ignore[union-attr]
    until = props.editors["valid_until"]
    until.setDate(QDate(2027, 6, 30))  # type: ignore[attr-defined]
    assert controller.case.mandates.get("m1").valid_until == date(2027, 6, 30)  # type: ignore[union-attr]


def test_properties_reserve_deviation_in_one_undoable_edit(
    props: PropertiesDock, controller: DocumentController
) -> None:
    controller.set_selection(["m1"])
    reserved = props.editors["reserves_deviation"]
    assert isinstance(reserved, QCheckBox)
    assert not reserved.isChecked()
    assert reserved.accessibleName() == "Deviation reserved"
    reserved.setChecked(True)
    assert controller.case.mandates.get("m1").reserves_deviation is True  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.case.mandates.get("m1").reserves_deviation is False  # type: ignore[union-attr]
    assert not reserved.isChecked()
    controller.undo_stack.redo()
    assert controller.case.mandates.get("m1").reserves_deviation is True  # type: ignore[union-attr]


def test_properties_follow_selection_and_removal(
    props: PropertiesDock, controller: DocumentController
) -> None:
    controller.set_selection(["a1", "r1"])
    assert props.heading.text() == "1 actor and 1 relationship selected"  # by kind (U3)
    assert props.editors == {}  # different kinds: nothing to edit together
    controller.set_selection(["r1"])
    assert props.heading.text() == "Relationship"
    source = props.editors["source"]
    assert isinstance(source, QComboBox)
    assert source.currentText() == "Wethouder"
    controller.remove(["r1"])
    assert props.heading.text() == "Case"


def test_findings_grouped_by_building_block(docks_window: QMainWindow) -> None:
    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.set_analysis(
        analysis_of(
            (
                finding("a", 3, Severity.WARNING, "a1"),
                finding("b", 3, Severity.CRITICAL, "a2", "r1", "m1"),
                finding("c", 7, Severity.INFO, "n1"),
            )
        )
    )
    blocks = [dock.model.item(r).text() for r in range(dock.model.rowCount())]
    assert len(blocks) == 7
    assert blocks[2] == "3. Room to act (2)"
    assert blocks[0] == "1. Clarity about the intent (0)"
    third = dock.model.item(2)
    assert [third.child(i).text() for i in range(2)] == ["Title b", "Title a"]  # worst first
    tip = dock.tooltip_of(third.child(0).index())  # made when asked (test_lazy_tooltips)
    assert "Detail b" in tip
    assert "Suggestion b" in tip
    assert dock.summary.text() == "3 findings: 1 critical, 1 warning, 1 note"


def test_clicking_a_finding_selects_what_it_names(
    qtbot: QtBot, docks_window: QMainWindow, controller: DocumentController
) -> None:
    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.raise_()
    dock.set_findings([finding("b", 3, Severity.CRITICAL, "a2", "r1", "m1")])
    item = dock.finding_items()[0]
    index = item.index()
    dock.view.scrollTo(index)
    rect = dock.view.visualRect(index)
    assert rect.isValid()
    QTest.mouseClick(
        dock.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert controller.selection == ("a2", "r1", "m1")
    actors = docks_window.findChild(ActorsDock)
    rels = docks_window.findChild(RelationshipsDock)
    assert actors is not None
    assert actors.selected_ids() == ["a2"]
    assert rels is not None
    assert rels.selected_ids() == ["r1"]
    assert index.data(FINDING_ROLE).code == "b"


def test_scorecard_shows_seven_traffic_lights(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    dock = docks_window.findChild(ScorecardDock)
    assert isinstance(dock, ScorecardDock)
    table = dock.table

    def item(row: int, column: int) -> QTableWidgetItem:
        found = table.item(row, column)
        assert found is not None
        return found

    assert table.rowCount() == 7
    # the small case's real analysis: the wethouder's mandate has no power behind it (block 4
    # red), block 3 has no causes of its own but block 1's critical cause touches it (amber,
    # not green: new user, eleventh round, A2), block 5 has no trust to judge
    assert [item(r, 1).text() for r in range(7)] == [
        "Red",
        "Red",
        "Amber",
        "Red",
        "Grey",
        "Amber",
        "Amber",
    ]
    assert item(3, 1).background().color().name() == STATUS_COLORS[Status.RED]
    assert item(2, 1).background().color().name() == STATUS_COLORS[Status.AMBER]
    assert item(2, 2).text() == (
        "No problems of its own, but plays a part in a critical cause of block 1: No member "
        "of the executive behind the intent may deviate."
    )
    assert item(3, 2).text() == (
        "One cause, one critical; first: Mandate without the power: the Wethouder does not "
        "hold ‘spend budget’"
    )
    dock.table.cellClicked.emit(3, 0)
    assert set(controller.selection) == {"a1", "a2", "m1"}


def test_history_lists_undo_steps(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    dock = docks_window.findChild(HistoryDock)
    assert isinstance(dock, HistoryDock)
    controller.set_field("a1", "name", "Burgemeester")
    controller.remove(["r2"])
    assert dock.view.stack() is controller.undo_stack
    assert dock.view.model().rowCount() == 3  # <original> + two steps
    dock.view.setCurrentIndex(dock.view.model().index(0, 0))
    assert controller.case.actors.get("a1").name == "Wethouder"  # type: ignore[union-attr]
    assert controller.case.relationships.get("r2") is not None


def test_properties_enum_list_menu_and_signed_spin_box(
    props: PropertiesDock, controller: DocumentController
) -> None:
    controller.set_selection(["a1"])
    roles = props.editors["roles"]
    assert isinstance(roles, EnumListEdit)
    roles.actions_by_value[Role.COORDINATOR.value].setChecked(True)
    roles.actions_by_value[Role.RULE_OWNER.value].setChecked(True)
    actor = controller.case.actors.get("a1")
    assert actor is not None
    assert actor.roles == (Role.RULE_OWNER, Role.COORDINATOR)  # in the list's order
    assert controller.undo_stack.count() == 2  # one step per tick
    assert roles.text() == "Rule owner; Coordinator"
    roles.setText("Eigenaar regel")
    roles.editingFinished.emit()
    assert controller.case.actors.get("a1").roles == (Role.RULE_OWNER,)  # type: ignore[union-attr]
    stance = props.editors["stance"]
    assert isinstance(stance, SignedSpinBox)
    stance.setValue(2)
    assert stance.text() == "+2"
    assert controller.case.actors.get("a1").stance == 2  # type: ignore[union-attr]


def test_block_click_and_current_finding_survive_reanalysis(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    findings = [
        finding("a", 3, Severity.WARNING, "a1"),
        finding("b", 3, Severity.CRITICAL, "a2", "r1"),
    ]
    dock.set_analysis(analysis_of(tuple(findings)))  # no causes: the blocks come first
    dock.view.setCurrentIndex(dock.model.item(2).index())  # "3. Room to act (2)"
    assert set(controller.selection) == {"a1", "a2", "r1"}
    second = dock.finding_items()[1]  # "Title a" (the warning sorts after the critical one)
    dock.view.setCurrentIndex(second.index())
    assert controller.selection == ("a1",)
    dock.set_analysis(analysis_of((finding("c", 1, Severity.INFO, "a3"), *findings)))  # again
    assert dock.view.currentIndex().data() == "Title a"
    assert controller.selection == ("a1",)


def test_date_field_is_cleared_with_delete(
    qtbot: QtBot, props: PropertiesDock, controller: DocumentController
) -> None:
    controller.set_field("m1", "valid_from", date(2026, 1, 1))
    controller.set_selection(["m1"])
    since = props.editors["valid_from"]
    assert isinstance(since, NullableDateEdit)
    assert since.text() == "1 January 2026"  # written out, as everywhere (never ISO)
    since.setFocus()
    since.lineEdit().selectAll()
    QTest.keyClick(since, Qt.Key.Key_Delete)
    assert since.text() == "—"
    assert controller.case.mandates.get("m1").valid_from is None  # type: ignore[union-attr]
    controller.undo_stack.undo()
    assert since.text() == "1 January 2026"  # written out, as everywhere (never ISO)


def test_properties_edit_several_actors_at_once(
    props: PropertiesDock, controller: DocumentController
) -> None:
    controller.add_entities([Organisation("o1", "Gemeente")])
    controller.set_field("a2", "organisation", "o1")
    controller.set_field("a3", "organisation", "o1")
    controller.undo_stack.clear()
    controller.set_selection(["a2", "a3"])
    assert props.heading.text() == "2 actors selected"
    assert "name" not in props.editors
    organisation = props.editors["organisation"]
    assert isinstance(organisation, QComboBox)
    assert organisation.currentText() == "Gemeente"  # the same for both
    kind = props.editors["kind"]
    assert isinstance(kind, QComboBox)
    assert kind.currentIndex() == -1  # manager and professional: several values
    assert kind.placeholderText() == "(several values)"
    at = kind.findData(ActorKind.PARTNER.value)
    kind.setCurrentIndex(at)
    kind.activated.emit(at)
    kinds = [controller.case.actors.get(i).kind for i in ("a2", "a3")]  # type: ignore[union-attr]
    assert kinds == [ActorKind.PARTNER, ActorKind.PARTNER]
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.text(0) == "Edit Kind: 2 items"  # with its verb (B7)
    assert kind.currentText() == "Partner organisation"
    controller.undo_stack.undo()
    assert controller.case.actors.get("a2").kind is ActorKind.MANAGER  # type: ignore[union-attr]
    assert kind.currentIndex() == -1


def test_findings_show_the_analysis_notes(docks_window: QMainWindow) -> None:
    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    assert dock.notes_label.text().startswith("The case names no reference date")  # real
    dock.set_analysis(analysis_of((finding("a", 2, Severity.INFO, "a1"),)))
    assert dock.notes_label.isHidden()
    note = Text("Betweenness sampled with k=500", "Betweenness geschat met k=500")
    dock.set_analysis(analysis_of((finding("a", 2, Severity.INFO, "a1"),), notes=(note,)))
    assert not dock.notes_label.isHidden()
    assert dock.notes_label.text() == "Betweenness sampled with k=500"
    assert dock.summary.text() == "1 finding: 0 critical, 0 warnings, 1 note"  # real plurals


def test_properties_name_the_sphere_an_actor_gets_from_its_kind(
    props: PropertiesDock, controller: DocumentController
) -> None:
    controller.set_selection(["a1"])
    sphere = props.editors["sphere"]
    assert isinstance(sphere, QComboBox)
    assert sphere.currentText() == "Political (from kind)"
    controller.set_field("a1", "kind", ActorKind.PARTNER)
    assert sphere.itemText(0) == "Partners (from kind)"


def test_findings_dock_shows_what_to_do_first(
    docks_window: QMainWindow, controller: DocumentController
) -> None:
    from mapper import analyse
    from models.example import example_case

    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    small = [item.data(CAUSE_ROLE).id for item in dock.cause_items()]
    assert small == list(analyse(controller.case).summary.first)
    result = analyse(example_case())
    dock.set_analysis(result)
    top = dock.model.item(0)
    assert top.text() == "Do first"
    lines = [item.text() for item in dock.cause_items()]
    assert lines == [f"{i}. {c.title('en')}" for i, c in enumerate(result.first(), start=1)]
    assert len(lines) == 3
    assert [item.data(CAUSE_ROLE).id for item in dock.cause_items()] == list(result.summary.first)
    tip = result.first()[0].suggestion("en")  # the tooltip is rich text: "B&W" is escaped
    assert dock.cause_items()[0].toolTip() == html.escape(tip, quote=False)
    assert dock.model.item(1).text().startswith("1. ")  # the building blocks follow
    dock.set_analysis(analysis_of())  # no causes: nothing to do first
    assert dock.cause_items() == []


@pytest.mark.parametrize("width", [340, 300])
def test_properties_keep_mandate_fields_readable_in_a_narrow_panel(
    qtbot: QtBot, props: PropertiesDock, controller: DocumentController, width: int
) -> None:
    """Finding 8: at 1366x768 the long "works under the grantor's responsibility" label took
    the width and every mandate field showed two or three letters ("Ma", "Bel", "Bu")."""
    controller.set_selection(["m1"])
    grantor = props.editors["grantor"]
    caption = props.form.labelForField(grantor) if props.form is not None else None
    assert caption is not None
    props.resize(width, 700)
    # the form is laid out again: each label above its field
    qtbot.waitUntil(lambda: caption.geometry().bottom() < grantor.geometry().top())
    viewport = props.scroll_area.viewport()
    for name in ("grantor", "holder", "power", "instrument"):
        editor = props.editors[name]
        assert isinstance(editor, QComboBox)
        right = editor.mapTo(viewport, editor.rect().topRight()).x()
        assert right <= viewport.width(), name  # not cut off at the panel's edge
        text = editor.currentText()
        assert editor.width() >= editor.fontMetrics().horizontalAdvance(text[:12]) + 20, name
    props.resize(900, 700)
    # side by side when there is room
    qtbot.waitUntil(lambda: caption.y() == pytest.approx(grantor.y(), abs=8))


def test_date_field_is_written_out_in_dutch(qtbot: QtBot) -> None:
    """The reference date and every other date field read "1 oktober 2026" in the Dutch
    interface, not ISO (new user, fifth round 6: "Peildatum ... is still ISO")."""
    before = current_language()
    set_language("nl", persist=False)
    try:
        field = NullableDateEdit()
        qtbot.addWidget(field)
        field.setDate(QDate(2026, 10, 1))
        assert field.text() == "1 oktober 2026"
    finally:
        set_language(before, persist=False)
