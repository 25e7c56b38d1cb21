"""The twelfth hostile review's name rules (issue 16, session 13): a household word after the
surname and double surnames (P3), initials and a name broken over a line (P4), a relative
with the resident's surname and other garbled words (P6), and the names of places and shops
that hold the resident's surname (P7). The cleaner's answer is the same for the copy and the
nota; the copy's check agrees with it (a kept word is not refused, a leak is)."""

from __future__ import annotations

import json

import pytest

from exports.anonymise import anonymise
from exports.anonymise_check_read import titled_person
from exports.anonymise_copy import _check
from models import fileformat
from tests.exports.leak_cases import resident_case

VISSER = "Mevrouw Anna Visser"
DE_GROOT = "Mevrouw Anna de Groot"
BAKKER = "Dhr. Piet Bakker"


def _said(name: str, text: str) -> str:
    """The description as the copy writes it (the nota's is the same), after the copy's
    check passed it."""
    case = resident_case(name, text)
    copy = anonymise(case, "nl", for_copy=True)
    assert anonymise(case, "nl").info.description == copy.info.description
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None
    return copy.info.description


SAID = [
    # P3: a household word after the surname, double surnames, a hyphenated first name
    (VISSER, "The Visser family stays.", "The family stays."),  # in English (13b, O1)
    (VISSER, "De Visser-familie blijft.", "Het gezin blijft."),
    (VISSER, "Zij en de Visser-familie blijven.", "Zij en het gezin blijven."),
    (VISSER, "Anna Visser-Bakker belde.", "De inwoner belde."),
    (VISSER, "Anna Vis-Visser belde.", "De inwoner belde."),
    (DE_GROOT, "De Groot-Bakker belde.", "De inwoner belde."),
    (DE_GROOT, "Anna de Groot-Visser belde.", "De inwoner belde."),
    (BAKKER, "Mevrouw Bakker-Smit belt.", "De inwoner belt."),
    (BAKKER, "Smit-Bakker belt.", "De inwoner belt."),
    (BAKKER, "Toen belde Smit-Bakker.", "Toen belde de inwoner."),
    (VISSER, "Kees Pietersen, de buurman, belt.", "X, de buurman, belt."),
    (VISSER, "Anna en Mark-Jan de Vries komen.", "De inwoner en X komen."),
    (VISSER, "De broer, Mark-Jan, belt.", "De broer, X, belt."),
    # P4: initials, a name broken over a line
    (VISSER, "A.V. belde.", "De inwoner belde."),
    (VISSER, "AV belde.", "De inwoner belde."),
    (VISSER, "Gisteren belde mw. A.V. terug.", "Gisteren belde de inwoner terug."),
    (VISSER, "Anna V belde.", "De inwoner belde."),
    (VISSER, "Visser, A. belde.", "De inwoner belde."),
    (VISSER, "Vis-\nser belde.", "De inwoner belde."),
    (VISSER, "Vis\nser belde.", "De inwoner belde."),
    # P6: a relative with the resident's surname is no resident; no garbled words
    (VISSER, "Dochter Visser belt.", "De dochter van de inwoner belt."),
    (VISSER, "Opa Visser belt.", "De opa van de inwoner belt."),
    (VISSER, "Schoonzoon Visser belt.", "De schoonzoon van de inwoner belt."),
    (VISSER, "Stiefzoon Visser belt.", "De stiefzoon van de inwoner belt."),
    (VISSER, "Buurman Visser belt.", "De buurman belt."),
    (VISSER, "Hi Anna, bel je terug?", "Hi de inwoner, bel je terug?"),
    (VISSER, "Gezin Vissers blijft.", "Het gezin blijft."),
    (VISSER, "Koningin Anna opent.", "Koningin Anna opent."),
    (VISSER, "Gezin de Wit: Lotte wacht.", "Gezin X: Y wacht."),
    (VISSER, "Gezin de Wit: Huur loopt achter.", "Gezin X: Huur loopt achter."),
    # P7: kept as they are, and the copy is written
    (DE_GROOT, "Gemeente Groot-Ammers helpt.", "Gemeente Groot-Ammers helpt."),
    (DE_GROOT, "Hugo de Groot-school meldt.", "Hugo de Groot-school meldt."),
    (BAKKER, "Warme Bakker levert brood.", "Warme Bakker levert brood."),
    (BAKKER, "De bakker op de hoek helpt.", "De bakker op de hoek helpt."),
    (VISSER, "Gemeente Anna Paulowna is betrokken.", "Gemeente Anna Paulowna is betrokken."),
    (VISSER, "De AV zijn van toepassing.", "De AV zijn van toepassing."),
    (VISSER, "Vandaag Pietersen, de buurman, belt.", "Vandaag X, de buurman, belt."),
    (VISSER, "Vis-\nsers vangen vis.", "Vis-\nsers vangen vis."),
]


@pytest.mark.parametrize(("name", "text", "said"), SAID)
def test_the_cleaner_says_and_the_check_agrees(name: str, text: str, said: str) -> None:
    assert _said(name, text) == said


def test_english_household() -> None:
    case = resident_case("Mrs. Anna Visser", "The Visser household stays.")
    assert anonymise(case, "en").info.description == "The household stays."


@pytest.mark.parametrize(
    "text",
    ["The Visser family stays.", "De Visser-familie blijft.", "Vis-\nser belde."],
)
def test_the_check_refuses_what_the_old_cleaner_kept(text: str) -> None:
    case = resident_case(VISSER, "")
    copy = anonymise(case, "nl", for_copy=True)
    data = json.loads(fileformat.dumps(copy))
    data["case"]["description"] = text
    assert _check(case, copy, data) is not None


def test_the_check_refuses_a_first_name_before_a_letter_and_a_kin_apposition() -> None:
    assert titled_person("Kees X, de buurman, belt.", set()) is not None
    assert titled_person("Vandaag X, de buurman, belt.", set()) is None


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Gezin de Wit: Lotte wacht op dagbesteding", "Gezin X: Y wacht op dagbesteding"),
        ("Gezin de Wit: dreigende huisuitzetting", "Dreigende huisuitzetting"),
    ],
)
def test_a_family_members_name_after_the_head_of_a_title(title: str, said: str) -> None:
    case = resident_case(VISSER, "")
    case.set_case_field("title", title)
    copy = anonymise(case, "nl", for_copy=True)
    assert copy.info.title == said
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None
    assert titled_person("Gezin X: Lotte wacht op hulp", set()) is not None
