"""The fourteenth hostile tester's C5: the health rule read every "huisarts" as a health fact
and took the GP's clause out of the youth-care template's working agreement ("De huisarts
overlegt met het jeugdteam voor hij verwijst; een verwijzing blijft zijn eigen bevoegdheid"
became "Een verwijzing blijft zijn eigen bevoegdheid", with no one for "zijn"), and "De
huisarts verwijst zelf." left nothing. A GP as a role names no one's health; a GP of someone,
a visit to the GP, or a GP with a person still goes."""

from __future__ import annotations

from dataclasses import fields

import pytest

from exports.anonymise import anonymise
from exports.anonymise_words import without_health
from models import Case, templates
from models.example import example_case
from models.fields import KINDS

_ROLE = (
    "De huisarts overlegt met het jeugdteam voor hij verwijst; een verwijzing blijft zijn eigen"
    " bevoegdheid (Jeugdwet art. 2.6 lid 1 onder g).",
    "De huisarts verwijst zelf.",
    "Samenwerkingsafspraak huisartsen en jeugdteam.",
    "Huisartsenpraktijk De Linde doet mee aan het overleg.",
)
_PERSON = (
    "Haar huisarts belde.",
    "Anna ging naar de huisarts.",
    "De huisarts verwees haar naar het jeugdteam.",
    "Huisartsbezoek gepland.",
    "De huisarts van Anna belde.",
    "De huisarts zegt dat hij depressief is.",
)


@pytest.mark.parametrize("text", _ROLE)
def test_a_gp_as_a_role_is_kept_whole(text: str) -> None:
    assert without_health(text) == text


@pytest.mark.parametrize("text", _PERSON)
def test_a_gp_of_a_person_still_goes(text: str) -> None:
    assert without_health(text) == ""


def _texts(case: Case) -> list[tuple[str, str, str, str]]:
    return [
        (kind.value, item.id, f.name, value)
        for kind in KINDS
        for item in case.collection(kind)
        for f in fields(item)
        if isinstance(value := getattr(item, f.name), str)
    ]


_CASES = ["example", *(t.key for t in templates.TEMPLATES)]


@pytest.mark.parametrize("key", _CASES)
def test_an_ordinary_map_keeps_every_sentence_that_names_no_one(key: str) -> None:
    case = example_case() if key == "example" else templates.template_case(key)
    copy = anonymise(case, "nl")
    before, after = _texts(case), _texts(copy)
    assert len(before) == len(after)
    shorter = [
        (kind, item, name)
        for (kind, item, name, old), (_, _, _, new) in zip(before, after, strict=True)
        if old.count(".") + old.count(";") > new.count(".") + new.count(";")
    ]
    # only what the example says about the resident herself ("Alleenstaande moeder …") goes
    assert shorter == ([("actor", "jansen", "notes")] if key == "example" else [])
    if key == "youth_care":
        notes = {(i, n): v for _, i, n, v in after}
        assert any(v.startswith("De huisarts overlegt met het jeugdteam") for v in notes.values())
