"""A new actor outside a box gets the kind its name suggests (new user, eighth round N4:
"Wethouder Zorg", "Directeur Sociaal Domein", "Teamleider Schuldhulp", "Mevrouw de Vries"
and "Woonconsulent Corporatie" all became orange "Other" plates). The kind chooser opens on
the guess, so one Return accepts it; adding, naming and the kind stay one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models import ActorKind
from models.example import example_case
from models.kind_words import guess_kind
from tests.ui.test_first_run import _name_a_new_actor
from ui.window.main_window import MainWindow


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Wethouder Zorg", ActorKind.ADMINISTRATOR),
        ("Directeur Sociaal Domein", ActorKind.EXECUTIVE),
        ("Teamleider Schuldhulp", ActorKind.MANAGER),
        ("Mevrouw de Vries", ActorKind.CITIZEN),
        ("Woonconsulent Corporatie", ActorKind.PARTNER),
        ("Jurist Wonen", ActorKind.PROFESSIONAL),
        ("Gemeenteraad", ActorKind.COUNCIL),
        # new user, eleventh round: these three became "Other" in the society sphere
        ("Huisarts", ActorKind.PARTNER),
        ("Intern begeleider basisschool", ActorKind.PARTNER),
        ("Jeugdarts GGD", ActorKind.PARTNER),
    ],
)
def test_one_return_accepts_the_kind_the_name_suggests(
    empty_window: MainWindow, name: str, kind: ActorKind
) -> None:
    win = empty_window
    ctl = win.controller
    steps = ctl.undo_stack.count()
    chooser = _name_a_new_actor(win, name)
    assert chooser.kind_box.currentData() == kind  # the chooser opens on the guess
    QTest.keyClick(chooser.kind_box, Qt.Key.Key_Return)
    actor = ctl.case.actors.get(chooser.actor_id)
    assert actor is not None
    assert (actor.name, actor.kind) == (name, kind)
    assert ctl.undo_stack.count() == steps + 1, "add, name and kind: one step"
    ctl.undo_stack.undo()
    assert ctl.case.actors.get(chooser.actor_id) is None
    ctl.undo_stack.redo()
    assert ctl.case.actors.get(chooser.actor_id).kind == kind  # type: ignore[union-attr]


def test_a_name_without_a_known_word_stays_other(empty_window: MainWindow) -> None:
    chooser = _name_a_new_actor(empty_window, "Pieter de Groot")
    assert chooser.kind_box.currentData() == ActorKind.OTHER


def test_the_guess_knows_the_examples_actors() -> None:
    """A known answer: the example's 19 actors get the kinds the example gives them."""
    actors = list(example_case().actors)
    missed = [a.name for a in actors if guess_kind(a.name) != a.kind]
    assert missed == []


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Huisarts", ActorKind.PARTNER),
        ("Intern begeleider", ActorKind.PARTNER),
        ("Intern begeleider school", ActorKind.PARTNER),
        ("Jeugdarts", ActorKind.PARTNER),
        ("Wijkverpleegkundige", ActorKind.PARTNER),
        ("Family doctor", ActorKind.PARTNER),
        ("Ambulant begeleider", ActorKind.PROFESSIONAL),  # "begeleider" alone: frontline
        ("Leerplichtambtenaar", ActorKind.PROFESSIONAL),
        ("Directeur Passend Onderwijs", ActorKind.EXECUTIVE),
        ("Startsein", None),  # "arts" only as a whole word
    ],
)
def test_care_and_school_staff_are_a_partners(name: str, kind: ActorKind | None) -> None:
    """Care and school staff are a partner organisation's (domain README), as the youth care
    and Wmo templates have them; a lone "begeleider" stays a frontline professional."""
    assert guess_kind(name) == kind


def test_the_guess_knows_the_templates_care_and_school_staff() -> None:
    """A known answer: the templates' GP, school and district nurse get their own kinds."""
    from models.templates import template_case

    names = {"Huisarts", "Intern begeleider school", "Wijkverpleegkundige"}
    found = {
        a.name: a.kind
        for key in ("youth_care", "wmo")
        for a in template_case(key).actors
        if a.name in names
    }
    assert set(found) == names
    assert {n: guess_kind(n) for n in found} == found
