"""The fifth hostile look's N2 (issue 16, rev-hostile14b): beside a resident "Mevrouw Anna
Visser", an actor named with the surname first ("Visser D.", "VISSER, D.", "Visser, D.J.",
"Visser-Bakker, D.", "Visser (Daan)"), by the surname alone ("Visser") or in small letters
("daan visser") was kept whole in the copy and the nota ("… with Visser D." 11 times), and
the check passed it. Such an actor is a relative's letter now, the same letter a text's
"Visser D." or "D. Visser" gets; an initial that is not the resident's before the surname is
that relative too ("de heer D. Visser belde." was "De inwoner belde.": a man made into the
resident). Every row of the three tables fails on the old code; the last table guards what
stays."""

from __future__ import annotations

import json

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from exports.anonymise_summary import copy_summary
from models import fileformat
from models.case import Case
from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.example import example_case


def _map(actor: str | None = None, text: str = "") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    if actor is not None:
        case.add(EntityKind.ACTOR, Actor("rel1", actor, ActorKind.PARTNER, influence=1, interest=3))
    if text:
        case.set_case_field("description", text)
    return case


ACTORS = [
    "Visser D.",
    "VISSER, D.",
    "Visser, D.J.",
    "Visser-Bakker, D.",
    "Visser (Daan)",
    "Visser",
    "daan visser",
]
# a text names the same person; "Visser" alone in a text is the resident, as before
SAID = {"Visser": "Zoon D. Visser", "daan visser": "Daan Visser"}


@pytest.mark.parametrize("name", ACTORS)
def test_an_actor_with_the_surname_first_is_a_letter_everywhere(name: str) -> None:
    case = _map(name, f"{SAID.get(name, name)} belt de corporatie.")
    copy = anonymise(case, "nl", for_copy=True)
    nota = anonymise(case, "nl")
    for made in (copy, nota):
        assert [a.name for a in made.actors if a.id == "rel1"] == ["X"]
        written = fileformat.dumps(made)
        for word in ("Visser", "VISSER", "visser", "Daan", "daan", "Bakker"):
            assert word not in written
    said = "Zoon Y" if name == "Visser" else "X"  # the actor is X, the son Y
    assert copy.info.description == f"{said} belt de corporatie."
    assert _check(case, copy, fileformat.case_to_dict(copy)) is None


# "Visser (Daan)" was refused before (its "Daan" read as a staff name)
@pytest.mark.parametrize("name", [n for n in ACTORS if n not in ("daan visser", "Visser (Daan)")])
def test_the_check_refuses_an_actor_that_kept_the_surname_first(name: str) -> None:
    case = _map(name)
    copy = anonymise(case, "nl", for_copy=True)
    copy.update(EntityKind.ACTOR, "rel1", {"name": name})  # as the old cleaner kept it
    refused = _check(case, copy, fileformat.case_to_dict(copy))
    assert refused is not None
    assert refused[0].casefold() == "visser"


TEXTS = [
    ("Visser D. spijbelt.", "X spijbelt."),
    ("VISSER, D.J. spijbelt.", "X spijbelt."),
    ("Visser-Bakker, D. spijbelt.", "X spijbelt."),
    ("Visser D. (12) spijbelt.", "X (12) spijbelt."),
    ("Gesproken met Visser D.", "Gesproken met X."),
    ("D. Visser spijbelt.", "X spijbelt."),
    ("de heer D. Visser belde.", "De heer X belde."),
    ("Mevrouw D. Visser belde.", "Mevrouw X belde."),
    ("D.J. Visser en A. Visser belden.", "X en de inwoner belden."),
    # the resident's own initial after the surname is the resident
    ("Visser A. belde.", "De inwoner belde."),
]


@pytest.mark.parametrize(("text", "said"), TEXTS)
def test_a_text_with_the_surname_first_or_another_initial(text: str, said: str) -> None:
    case = _map(text=text)
    copy = anonymise(case, "nl", for_copy=True)
    assert copy.info.description == said
    assert anonymise(case, "nl").info.description == said
    assert _check(case, copy, fileformat.case_to_dict(copy)) is None


def test_the_actor_and_the_text_give_one_person_one_letter() -> None:
    case = _map("Visser D.", "D. Visser en Visser D. belden; A. Visser niet.")
    copy = anonymise(case, "nl", for_copy=True)
    assert [a.name for a in copy.actors if a.id == "rel1"] == ["X"]
    assert copy.info.description == "X en X belden; de inwoner niet."


KEPT = [
    ("Visser Advocaten", "Visser Advocaten"),
    ("Deurwaarder Visser", "Deurwaarder Visser"),
    ("Het Vissershuis", "Het Vissershuis"),
    ("Visser B.V.", "Visser B.V."),
    ("Zoon Daan Visser", "Zoon"),
    ("Dhr. Visser", "De inwoner"),
]


@pytest.mark.parametrize(("name", "said"), KEPT)
def test_bodies_and_known_forms_stay_as_they_were(name: str, said: str) -> None:
    case = _map(name)
    copy = anonymise(case, "nl", for_copy=True)
    assert [a.name for a in copy.actors if a.id == "rel1"] == [said]
    data = json.loads(fileformat.dumps(copy))
    assert _check(case, copy, data) is None


def test_the_summary_says_the_actor_is_on_the_map() -> None:
    # "persons who are not on the map became a letter: X" read wrong for an actor's letter
    case = _map("Visser D.", "Buurman Pietersen belt.")
    said = " ".join(copy_summary(case, "nl"))
    assert (
        "personen op de kaart met de achternaam van een inwoner zijn een letter geworden: X" in said
    )
    assert "personen die niet op de kaart staan, zijn een letter geworden: Y (na 'buurman')" in said
