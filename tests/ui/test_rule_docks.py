"""The Rules table and the register of deviations on the real widgets: add is one undo step,
cells edit through the controller, references show names, deleting a rule keeps its
deviations and Undo puts the rule back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from models import Case, Deviation, EntityKind, Outcome, Rule, RuleOrigin, RuleType
from models.fields import KINDS
from tests.ui.docks_support import cell, dock, english_ui, small_case  # noqa: F401
from ui.docks import DeviationsDock, RulesDock, create_docks
from ui.document.controller import DocumentController

pytestmark = pytest.mark.usefixtures("english_ui")


def rule_case() -> Case:
    case = small_case()
    case.add(
        EntityKind.RULE,
        Rule("rl1", "Vier ogen", RuleType.INTERNAL, "a1", origin=RuleOrigin.INCIDENT, burden=2),
    )
    case.add(
        EntityKind.DEVIATION,
        Deviation("dv1", date(2026, 3, 2), "a2", "rl1", reason="Klein bedrag", reported_to="a1"),
    )
    return case


@pytest.fixture
def rule_controller() -> DocumentController:
    return DocumentController(rule_case())


@pytest.fixture
def rules_window(qtbot: QtBot, rule_controller: DocumentController) -> QMainWindow:
    win = QMainWindow()
    win.setCentralWidget(QLabel("map"))
    qtbot.addWidget(win)
    create_docks(win, rule_controller)
    return win


def _state(case: Case) -> dict[EntityKind, list[object]]:
    return {kind: list(case.collection(kind)) for kind in KINDS}


def test_the_tables_show_names_and_labels(rules_window: QMainWindow) -> None:
    rules = dock(rules_window, RulesDock)
    owner = rules.controller.case.actors.get("a1")
    assert owner is not None
    assert cell(rules, "rl1", "owner").data() == owner.name
    assert cell(rules, "rl1", "origin").data() == "Incident"
    register = dock(rules_window, DeviationsDock)
    assert cell(register, "dv1", "rule").data() == "Vier ogen"
    assert cell(register, "dv1", "outcome").data() == "Granted"


@pytest.mark.parametrize("cls", [RulesDock, DeviationsDock])
def test_add_is_one_undo_step(
    rules_window: QMainWindow, rule_controller: DocumentController, cls: type[RulesDock]
) -> None:
    before = _state(rule_controller.case)
    dock(rules_window, cls).add()
    assert _state(rule_controller.case) != before
    assert rule_controller.undo_stack.count() == 1
    rule_controller.undo_stack.undo()
    assert _state(rule_controller.case) == before
    rule_controller.undo_stack.redo()
    kind = EntityKind.RULE if cls is RulesDock else EntityKind.DEVIATION
    assert len(rule_controller.case.collection(kind)) == 2


def test_cells_edit_through_the_controller_and_undo(
    rules_window: QMainWindow, rule_controller: DocumentController
) -> None:
    before = _state(rule_controller.case)
    rules = dock(rules_window, RulesDock)
    assert rules.proxy.setData(cell(rules, "rl1", "burden"), 4)
    assert rules.proxy.setData(cell(rules, "rl1", "origin"), RuleOrigin.MOTION.value)
    register = dock(rules_window, DeviationsDock)
    assert register.proxy.setData(cell(register, "dv1", "outcome"), Outcome.REFUSED.value)
    assert not register.proxy.setData(cell(register, "dv1", "comparable_to"), "dv1")
    case = rule_controller.case
    assert case.rules[0].burden == 4
    assert case.rules[0].origin is RuleOrigin.MOTION
    assert case.deviations[0].outcome is Outcome.REFUSED
    assert rule_controller.undo_stack.count() == 3
    while rule_controller.undo_stack.canUndo():
        rule_controller.undo_stack.undo()
    assert _state(case) == before


def test_deleting_a_rule_keeps_its_deviations(
    rules_window: QMainWindow, rule_controller: DocumentController
) -> None:
    before = _state(rule_controller.case)
    rules = dock(rules_window, RulesDock)
    rules.view.selectionModel().select(
        cell(rules, "rl1", "name"),
        rules.view.selectionModel().SelectionFlag.ClearAndSelect
        | rules.view.selectionModel().SelectionFlag.Rows,
    )
    rules.delete_selected()
    case = rule_controller.case
    assert len(case.rules) == 0
    assert case.deviations[0].rule is None
    rule_controller.undo_stack.undo()
    assert _state(case) == before
