"""A new organisation typed into Properties › Organisation is said in the status bar (new
user, eighth round, N2: with its one member it draws no box, and nothing showed it was made)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_readable import window_at
from ui.docks.properties import PropertiesDock

__all__ = ["window_at"]  # the fixture, shared with test_readable


def test_a_typed_new_organisation_is_said_in_the_status_bar(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    controller = win.controller
    actor = next(a for a in controller.case.actors if a.name.startswith("GGZ-team"))
    controller.set_selection([actor.id])
    dock = win.findChild(PropertiesDock)
    combo = dock.editors["organisation"]
    assert isinstance(combo, QComboBox)
    combo.setEditText("Gemeente Oosterveld")
    assert dock.commit("organisation")
    org = controller.case.organisations.get(controller.case.actors.get(actor.id).organisation)
    assert org is not None
    assert org.name == "Gemeente Oosterveld"
    assert win.statusBar().currentMessage() == (
        "Organisation ‘Gemeente Oosterveld’ created; its box is drawn once a second actor is in it"
    )  # why the one member draws no box (new user, eighth round N2)
    # choosing an organisation that exists says nothing new
    win.statusBar().clearMessage()
    combo.setEditText("Gemeente Rivierstad")
    assert dock.commit("organisation")
    assert win.statusBar().currentMessage() == ""
