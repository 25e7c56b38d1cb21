"""The History names what each step added or deleted (new user, tenth round: "Delete", "Add
mandate", five times "Relatie toevoegen" and "Besluit toevoegen" could not be told apart)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QUndoView

from models import (
    Actor,
    ActorKind,
    Mandate,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
)
from ui.docks.history import HistoryDock
from ui.i18n import set_language
from ui.window.main_window import MainWindow


def _shown(window: MainWindow) -> list[str]:
    """The lines the History dock shows, after its first ("<empty>")."""
    dock = window.findChild(HistoryDock)
    assert dock is not None
    view = dock.view  # made when asked for (the dock makes it when first in view)
    assert isinstance(view, QUndoView)
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(1, model.rowCount())]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Add relationship: Inwoner → Wethouder",
                "Add mandate: Wethouder → Consulent",
                "Add need: Huur bevriezen",
                "Add actor: Huisarts",
                "Delete: Huisarts",
                "Delete 2 items",
            ],
        ),
        (
            "nl",
            [
                "Relatie toevoegen: Inwoner → Wethouder",
                "Mandaat toevoegen: Wethouder → Consulent",
                "Besluit toevoegen: Huur bevriezen",
                "Actor toevoegen: Huisarts",
                "Verwijderen: Huisarts",
                "2 items verwijderen",
            ],
        ),
    ],
)
def test_each_added_or_deleted_thing_is_named(
    window: MainWindow, lang: str, expected: list[str]
) -> None:
    set_language(lang, persist=False)
    try:
        ctl = window.controller
        ctl.add_relationship(Relationship("r9", "a4", "a1", RelationKind.SIGNAL))
        ctl.add_mandate(Mandate("m9", "a1", "a3", PowerCategory.DEVIATE_FROM_RULE))
        ctl.add_need(Need("n9", "Huur bevriezen", PowerCategory.DEVIATE_FROM_RULE))
        ctl.add_actor(Actor("a9", "Huisarts", ActorKind.PROFESSIONAL))
        ctl.remove(["a9"])
        ctl.remove(["r9", "m9"])
        texts = [ctl.undo_stack.text(i) for i in range(ctl.undo_stack.count())]
        assert texts == expected
        assert _shown(window) == expected  # as the History dock lists them
    finally:
        set_language("en", persist=False)
