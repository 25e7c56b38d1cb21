"""The compare view says an actor's stance in words: "voor → sterk tegen", not "+1 → -2"
(new user, fifth round 6)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from mapper.diff import diff_cases
from models import Case, RelationKind
from models.example import example_case
from models.i18n import Lang
from ui.dialogs.compare_dialog import CompareDialog
from ui.document.controller import DocumentController


def test_a_changed_stance_is_said_in_words(qtbot: QtBot) -> None:
    before = example_case()
    actor = next(a for a in before.actors if a.stance == 1)
    actors = [replace(a, stance=-2) if a.id == actor.id else a for a in before.actors]
    after = Case.from_parts(
        before.info,
        actors,
        list(before.relationships),
        list(before.mandates),
        list(before.needs),
        organisations=list(before.organisations),
        powers=list(before.powers),
    )
    controller = DocumentController()
    controller.replace_case(after, None)
    dialog = CompareDialog(diff_cases(before, after), before, controller, "eerder", "nl")
    qtbot.addWidget(dialog)
    entry = dialog.entry("actors", actor.id)
    assert entry is not None
    children = [entry.child(i) for i in range(entry.childCount())]
    changes = [child.text(1) for child in children if child is not None]
    assert "voor → sterk tegen" in changes, changes


@pytest.mark.parametrize(
    ("lang", "expected"), [("nl", "vertrouwen → wantrouwen"), ("en", "trust → distrust")]
)
def test_a_changed_trust_level_is_said_in_words(qtbot: QtBot, lang: Lang, expected: str) -> None:
    """New user, sixth round: "Niveau +1 → -1" for the trust line Consulent → Manager."""
    before = example_case()
    rel = next(r for r in before.relationships if r.kind is RelationKind.TRUST and r.level == 1)
    rels = [replace(r, level=-1) if r.id == rel.id else r for r in before.relationships]
    after = Case.from_parts(
        before.info,
        list(before.actors),
        rels,
        list(before.mandates),
        list(before.needs),
        organisations=list(before.organisations),
        powers=list(before.powers),
    )
    controller = DocumentController()
    controller.replace_case(after, None)
    dialog = CompareDialog(diff_cases(before, after), before, controller, "eerder", lang)
    qtbot.addWidget(dialog)
    entry = dialog.entry("relationships", rel.id)
    assert entry is not None
    children = [entry.child(i) for i in range(entry.childCount())]
    changes = [child.text(1) for child in children if child is not None]
    assert changes == [expected]
