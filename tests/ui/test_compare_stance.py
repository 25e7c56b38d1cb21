"""The compare view says an actor's stance in words: "voor → sterk tegen", not "+1 → -2"
(new user, fifth round 6)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from mapper.diff import diff_cases
from models import Case
from models.example import example_case
from ui.dialogs.compare_dialog import CompareDialog
from ui.document.controller import DocumentController


def test_a_changed_stance_is_said_in_words(qtbot: QtBot) -> None:
    before = example_case()
    actor = next(a for a in before.actors if a.stance == 1)
    actors = [replace(a, stance=-2) if a.id == actor.id else a for a in before.actors]
    after = Case.from_parts(
        before.info, actors, list(before.relationships), list(before.mandates),
        list(before.needs), organisations=list(before.organisations), powers=list(before.powers),
    )  # fmt: skip
    controller = DocumentController()
    controller.replace_case(after, None)
    dialog = CompareDialog(diff_cases(before, after), before, controller, "eerder", "nl")
    qtbot.addWidget(dialog)
    entry = dialog.entry("actors", actor.id)
    assert entry is not None
    children = [entry.child(i) for i in range(entry.childCount())]
    changes = [child.text(1) for child in children if child is not None]
    assert "voor → sterk tegen" in changes, changes
