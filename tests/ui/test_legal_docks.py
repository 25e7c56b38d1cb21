"""The Organisations, Powers and Agreements tables on the real widgets: every edit one undo
step, references kept valid, an organisation typed by name created, a power chosen by name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from models import (
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    EntityKind,
    Mandate,
    MandateRule,
    Organisation,
    OrganisationKind,
    Power,
    PowerAct,
    PowerCategory,
    RuleType,
)
from models.fields import KINDS
from tests.ui.docks_support import cell, dock, english_ui, small_case  # noqa: F401
from ui.docks import (
    ActorsDock,
    AgreementsDock,
    MandatesDock,
    OrganisationsDock,
    PowersDock,
    TableDock,
    analysis_runner,
    create_docks,
)
from ui.docks.dialogs import AddMandateDialog
from ui.docks.editors import NullableDateEdit, RefListEdit, editor_data
from ui.docks.properties import PropertiesDock
from ui.document.controller import DocumentController

pytestmark = pytest.mark.usefixtures("english_ui")


def legal_case() -> Case:
    """The small case with two organisations (one part of the other) and a power."""
    case = small_case()
    case.add(EntityKind.ORGANISATION, Organisation("o1", "Gemeente", OrganisationKind.MUNICIPALITY))
    case.add(EntityKind.ORGANISATION, Organisation("o2", "Sociaal domein", parent="o1"))
    case.update(EntityKind.ACTOR, "a2", {"organisation": "o2"})
    case.update(EntityKind.ACTOR, "a3", {"organisation": "o2"})
    case.add(
        EntityKind.POWER,
        Power(
            "p1",
            "Bijzondere bijstand",
            PowerCategory.SPEND_BUDGET,
            "Participatiewet art. 35",
            RuleType.STATUTE,
            holder="a1",
        ),
    )
    case.update(EntityKind.MANDATE, "m1", {"power": "p1"})
    return case


def snapshot(case: Case) -> dict[EntityKind, list[object]]:
    """Every entity of every kind, in order (entities are immutable values)."""
    return {kind: list(case.collection(kind)) for kind in KINDS}


@pytest.fixture
def legal_controller() -> DocumentController:
    return DocumentController(legal_case())


@pytest.fixture
def legal_docks_window(qtbot: QtBot, legal_controller: DocumentController) -> Iterator[QMainWindow]:
    win = QMainWindow()
    win.setCentralWidget(QLabel("map"))
    qtbot.addWidget(win)
    create_docks(win, legal_controller)
    win.resize(1366, 768)
    win.show()
    yield win
    runner = analysis_runner(win)
    if runner is not None:
        runner.wait()


def open_editor(d: TableDock, index: QModelIndex) -> object:
    d.view.setCurrentIndex(index)
    d.view.edit(index)
    editor: QWidget | None = d.view.indexWidget(index) or d.view.focusWidget()
    while editor is not None and editor.parent() is not d.view.viewport():
        editor = editor.parentWidget()
    assert editor is not None
    return editor


def test_tables_show_names_and_translated_kinds(legal_docks_window: QMainWindow) -> None:
    orgs = dock(legal_docks_window, OrganisationsDock)
    assert cell(orgs, "o1", "kind").data() == "Municipality"
    assert cell(orgs, "o2", "parent").data() == "Gemeente"
    powers = dock(legal_docks_window, PowersDock)
    assert cell(powers, "p1", "holder").data() == "Wethouder"
    assert cell(powers, "p1", "rule_type").data() == "Statute"
    assert cell(powers, "p1", "legal_basis").data() == "Participatiewet art. 35"
    mandates = dock(legal_docks_window, MandatesDock)
    assert cell(mandates, "m1", "power").data() == "Bijzondere bijstand"


@pytest.mark.parametrize(
    ("cls", "kind", "name"),
    [
        (OrganisationsDock, EntityKind.ORGANISATION, "New organisation"),
        (PowersDock, EntityKind.POWER, "New power"),
        (AgreementsDock, EntityKind.AGREEMENT, "New agreement"),
    ],
)
def test_add_button_adds_one_undoable_row(
    legal_docks_window: QMainWindow,
    legal_controller: DocumentController,
    cls: type[TableDock],
    kind: EntityKind,
    name: str,
) -> None:
    before = snapshot(legal_controller.case)
    d = dock(legal_docks_window, cls)
    QTest.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    added = legal_controller.case.collection(kind)[-1]
    assert added.name == name
    assert legal_controller.selection == (added.id,)
    assert d.model.rowCount() == len(legal_controller.case.collection(kind))
    assert legal_controller.undo_stack.count() == 1
    legal_controller.undo_stack.undo()
    assert snapshot(legal_controller.case) == before
    legal_controller.undo_stack.redo()
    assert legal_controller.case.collection(kind)[-1] == added


def test_kind_and_parent_edit_with_choosers(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    d = dock(legal_docks_window, OrganisationsDock)
    combo = open_editor(d, cell(d, "o1", "kind"))
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Joint arrangement" in labels
    at = labels.index("Joint arrangement")
    combo.setCurrentIndex(at)
    combo.activated.emit(at)
    org = legal_controller.case.organisations.get("o1")
    assert org is not None
    assert org.kind is OrganisationKind.JOINT_ARRANGEMENT

    parent = open_editor(d, cell(d, "o2", "parent"))
    assert isinstance(parent, QComboBox)
    assert parent.currentText() == "Gemeente"
    parent.setCurrentIndex(0)  # "—": no parent
    parent.activated.emit(0)
    org = legal_controller.case.organisations.get("o2")
    assert org is not None
    assert org.parent is None
    assert legal_controller.undo_stack.count() == 2
    # an organisation cannot be part of itself or of its own part
    messages: list[str] = []
    d.model.error.connect(messages.append)
    assert d.proxy.setData(cell(d, "o2", "parent"), "o1")
    assert not d.proxy.setData(cell(d, "o1", "parent"), "o2")
    assert messages
    assert "o1.parent" in messages[0]
    assert legal_controller.undo_stack.count() == 3


def test_power_fields_edit_and_undo(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    before = snapshot(legal_controller.case)
    d = dock(legal_docks_window, PowersDock)
    holder = open_editor(d, cell(d, "p1", "holder"))
    assert isinstance(holder, QComboBox)
    at = holder.findText("Teamleider")
    holder.setCurrentIndex(at)
    holder.activated.emit(at)
    rule = open_editor(d, cell(d, "p1", "mandate"))
    assert isinstance(rule, QComboBox)
    at = rule.findData(MandateRule.PROVIDED.value)
    rule.setCurrentIndex(at)
    rule.activated.emit(at)
    assert d.proxy.setData(cell(d, "p1", "legal_basis"), "Participatiewet art. 35 lid 1")
    assert d.proxy.setData(cell(d, "p1", "rule_type"), RuleType.ORDINANCE.value)
    power = legal_controller.case.powers.get("p1")
    assert power is not None
    assert (power.holder, power.mandate, power.rule_type) == (
        "a2",
        MandateRule.PROVIDED,
        RuleType.ORDINANCE,
    )
    after = snapshot(legal_controller.case)
    assert legal_controller.undo_stack.count() == 4
    while legal_controller.undo_stack.canUndo():
        legal_controller.undo_stack.undo()
    assert snapshot(legal_controller.case) == before
    while legal_controller.undo_stack.canRedo():
        legal_controller.undo_stack.redo()
    assert snapshot(legal_controller.case) == after


def test_a_powers_act_is_chosen_shown_and_undone(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    """J6: whether using the power is a besluit or a request is a column of its own."""
    d = dock(legal_docks_window, PowersDock)
    assert cell(d, "p1", "act").data() == "Besluit (decision)"
    chooser = open_editor(d, cell(d, "p1", "act"))
    assert isinstance(chooser, QComboBox)
    assert chooser.count() == len(PowerAct)
    at = chooser.findData(PowerAct.REQUEST.value)
    chooser.setCurrentIndex(at)
    chooser.activated.emit(at)
    power = legal_controller.case.powers.get("p1")
    assert power is not None
    assert power.act == PowerAct.REQUEST
    assert cell(d, "p1", "act").data() == "Request, no besluit"
    legal_controller.undo_stack.undo()
    power = legal_controller.case.powers.get("p1")
    assert power is not None
    assert power.act == PowerAct.BESLUIT


def test_agreement_parties_covers_decider_and_dates(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    d = dock(legal_docks_window, AgreementsDock)
    d.add()
    g = legal_controller.case.agreements[0].id
    parties = open_editor(d, cell(d, g, "parties"))
    assert isinstance(parties, RefListEdit)
    assert set(parties.actions_by_value) == {"o1", "o2"}
    parties.actions_by_value["o1"].setChecked(True)
    parties.actions_by_value["o2"].setChecked(True)
    assert parties.text() == "Gemeente; Sociaal domein"
    d.view.commitData(parties)
    covers = open_editor(d, cell(d, g, "covers"))
    assert isinstance(covers, RefListEdit)
    assert "p1" in covers.actions_by_value  # the powers by name, then the categories
    assert PowerCategory.PUSH_THROUGH.value in covers.actions_by_value
    covers.setText("bijzondere bijstand; Push through")  # typed names, any case
    d.view.commitData(covers)
    decider = open_editor(d, cell(d, g, "decider"))
    assert isinstance(decider, QComboBox)
    at = decider.findText("Wethouder")
    decider.setCurrentIndex(at)
    decider.activated.emit(at)
    until = open_editor(d, cell(d, g, "valid_until"))
    assert isinstance(until, NullableDateEdit)
    until.setDate(until.date().fromString("2027-06-30", "yyyy-MM-dd"))
    d.view.commitData(until)
    assert d.proxy.setData(cell(d, g, "kind"), AgreementKind.BREAKTHROUGH.value)
    agreement = legal_controller.case.agreements.get(g)
    assert agreement is not None
    assert agreement.parties == ("o1", "o2")
    assert agreement.covers == ("p1", PowerCategory.PUSH_THROUGH)
    assert agreement.decider == "a1"
    assert agreement.valid_until == date(2027, 6, 30)
    assert agreement.kind is AgreementKind.BREAKTHROUGH
    assert cell(d, g, "parties").data() == "Gemeente; Sociaal domein"
    assert legal_controller.undo_stack.count() == 6  # add + five edits
    # dates reversed: refused with the model's message, nothing changes
    messages: list[str] = []
    d.model.error.connect(messages.append)
    assert not d.proxy.setData(cell(d, g, "valid_from"), date(2028, 1, 1))
    assert messages
    assert g in messages[0]
    assert legal_controller.undo_stack.count() == 6


def test_removing_an_organisation_clears_references_as_one_undo_step(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    legal_controller.add_entities([Agreement("g1", "Doorbraakafspraak", parties=("o1", "o2"))])
    legal_controller.undo_stack.clear()
    before = snapshot(legal_controller.case)
    d = dock(legal_docks_window, OrganisationsDock)
    legal_controller.set_selection(["o2"])
    d.delete_selected()
    case = legal_controller.case
    assert case.organisations.get("o2") is None
    assert case.actors.get("a2").organisation == ""  # type: ignore[union-attr]
    assert case.actors.get("a3").organisation == ""  # type: ignore[union-attr]
    assert len(case.actors) == 3  # the actors stay
    assert legal_docks_window.statusBar().currentMessage() == (
        "References cleared: 2 actors, 1 agreement (Undo puts them back)."
    )
    assert legal_controller.case.agreements.get("g1").parties == ("o1",)  # type: ignore[union-attr]
    assert legal_controller.undo_stack.count() == 1
    legal_controller.undo_stack.undo()
    assert snapshot(legal_controller.case) == before
    assert (
        cell(dock(legal_docks_window, ActorsDock), "a2", "organisation").data() == "Sociaal domein"
    )


def test_removing_a_power_keeps_its_mandates_with_the_category(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    before = snapshot(legal_controller.case)
    d = dock(legal_docks_window, PowersDock)
    legal_controller.set_selection(["p1"])
    d.delete_selected()
    mandate = legal_controller.case.mandates.get("m1")
    assert mandate is not None
    assert mandate.power == PowerCategory.SPEND_BUDGET
    assert "1 mandate" in legal_docks_window.statusBar().currentMessage()
    legal_controller.undo_stack.undo()
    assert snapshot(legal_controller.case) == before


def test_typing_a_new_organisation_name_creates_it_in_one_step(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    before = snapshot(legal_controller.case)
    d = dock(legal_docks_window, ActorsDock)
    combo = open_editor(d, cell(d, "a1", "organisation"))
    assert isinstance(combo, QComboBox)
    assert combo.isEditable()
    combo.setEditText("Woningcorporatie Thuis")
    assert editor_data(combo) == "Woningcorporatie Thuis"
    d.view.commitData(combo)
    case = legal_controller.case
    org = case.organisations[-1]
    assert org.name == "Woningcorporatie Thuis"
    assert case.actors.get("a1").organisation == org.id  # type: ignore[union-attr]
    assert legal_controller.undo_stack.count() == 1
    assert legal_controller.undo_stack.text(0) == "New organisation: Woningcorporatie Thuis"
    after = snapshot(case)
    legal_controller.undo_stack.undo()
    assert snapshot(legal_controller.case) == before
    legal_controller.undo_stack.redo()
    assert snapshot(legal_controller.case) == after
    # an existing name, in any case, is that organisation: nothing new
    assert d.proxy.setData(cell(d, "a3", "organisation"), "gemeente")
    assert case.actors.get("a3").organisation == "o1"  # type: ignore[union-attr]
    assert len(case.organisations) == 3


def test_properties_panel_creates_a_typed_organisation(
    qtbot: QtBot, legal_controller: DocumentController
) -> None:
    props = PropertiesDock(legal_controller)
    qtbot.addWidget(props)
    legal_controller.set_selection(["a2", "a3"])
    combo = props.editors["organisation"]
    assert isinstance(combo, QComboBox)
    assert combo.isEditable()
    combo.setEditText("Wijkteam Noord")
    assert props.commit("organisation")
    case = legal_controller.case
    org = case.organisations[-1]
    assert org.name == "Wijkteam Noord"
    assert {case.actors.get(i).organisation for i in ("a2", "a3")} == {org.id}  # type: ignore[union-attr]
    assert legal_controller.undo_stack.count() == 1
    legal_controller.undo_stack.undo()
    assert case.organisations.get(org.id) is None
    assert case.actors.get("a2").organisation == "o2"  # type: ignore[union-attr]


def test_mandate_power_is_chosen_by_name(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    legal_controller.add_entities([Power("p2", "Terugvordering", PowerCategory.DEVIATE_FROM_RULE)])
    d = dock(legal_docks_window, MandatesDock)
    combo = open_editor(d, cell(d, "m1", "power"))
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:2] == ["Bijzondere bijstand", "Terugvordering"]
    at = names.index("Terugvordering")
    combo.setCurrentIndex(at)
    combo.activated.emit(at)
    assert legal_controller.case.mandates.get("m1").power == "p2"  # type: ignore[union-attr]

    mandates = dock(legal_docks_window, MandatesDock)
    mandates.add()
    dialog = mandates.dialog
    assert isinstance(dialog, AddMandateDialog)
    assert dialog.kind.itemText(0) == "Bijzondere bijstand"
    dialog.kind.setCurrentIndex(dialog.kind.findText("Terugvordering"))
    dialog.accept()
    added = legal_controller.case.mandates[-1]
    assert isinstance(added, Mandate)
    assert added.power == "p2"


def test_new_kinds_in_the_properties_panel(
    qtbot: QtBot, legal_controller: DocumentController
) -> None:
    props = PropertiesDock(legal_controller)
    qtbot.addWidget(props)
    for entity_id, heading in (("o1", "Organisation"), ("p1", "Power")):
        legal_controller.set_selection([entity_id])
        assert props.heading.text() == heading
    legal_controller.set_selection(["p1"])
    holder = props.editors["holder"]
    assert isinstance(holder, QComboBox)
    assert holder.currentText() == "Wethouder"
    assert legal_controller.case.actors.get("a1").kind is ActorKind.ADMINISTRATOR  # type: ignore[union-attr]


def test_dutch_texts_of_the_legal_tables(
    legal_docks_window: QMainWindow, legal_controller: DocumentController
) -> None:
    from ui.i18n import set_language

    set_language("nl", persist=False)
    d = dock(legal_docks_window, OrganisationsDock)
    assert d.windowTitle() == "Organisaties"
    assert d.add_button.text() == "Organisatie toevoegen"
    assert d.model.headerData(2, Qt.Orientation.Horizontal) == "Onderdeel van"
    assert cell(d, "o1", "kind").data() == "Gemeente"
    legal_controller.set_selection(["o2"])
    d.delete_selected()
    assert legal_docks_window.statusBar().currentMessage() == (
        "Verwijzingen gewist: 2 actoren (Ongedaan maken zet ze terug)."
    )
    assert dock(legal_docks_window, PowersDock).windowTitle() == "Bevoegdheden"
    assert dock(legal_docks_window, AgreementsDock).windowTitle() == "Afspraken"
