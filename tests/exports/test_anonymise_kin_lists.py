"""The fifth hostile look's C6 rest (issue 16, rev-hostile14b): a first name beside a kinship
word the rules did not reach was kept: "Daan (zoon van Anna) spijbelt." became "Daan (zoon
van de inwoner) spijbelt.", "Daan (12, zoon van de inwoner)" and "Daan, Fleur en hun
moeder." were kept whole, and with Daan known to the map "X, Fleur en hun moeder." and "De
inwoner, X en Fleur wachten." were refused, so the user had to rewrite an ordinary sentence.
They are cleaned now, each first name its letter in reading order. Every row of the first two
tables fails on the old code; the last guards what stays."""

from __future__ import annotations

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from models import fileformat
from models.case import Case
from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.example import example_case
from models.i18n import Lang


def _map(text: str, *, daan: bool = False, resident: str = "Mevrouw Anna Visser") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": resident})
    if daan:  # the reviewer's act2.kvmap: Daan Visser a partner actor
        case.add(EntityKind.ACTOR, Actor("rel1", "Daan Visser", ActorKind.PARTNER, influence=1))
    case.set_case_field("description", text)
    return case


def _cleaned(case: Case, lang: Lang) -> str:
    copy = anonymise(case, lang, for_copy=True)
    assert anonymise(case, lang).info.description == copy.info.description
    assert _check(case, copy, fileformat.case_to_dict(copy)) is None
    return copy.info.description


UNKNOWN = [
    ("nl", "Daan (zoon van Anna) spijbelt.", "X (zoon van de inwoner) spijbelt."),
    ("nl", "Daan (zoon van mevrouw Visser) spijbelt.", "X (zoon van de inwoner) spijbelt."),
    ("nl", "Daan (12, zoon van de inwoner) spijbelt.", "X (12, zoon van de inwoner) spijbelt."),
    ("nl", "Daan, Fleur en hun moeder.", "X, Y en hun moeder."),
    ("nl", "Vandaag, Daan en hun moeder.", "Vandaag, X en hun moeder."),
    ("nl", "Visser, Daan en Fleur wachten.", "De inwoner, X en Y wachten."),
    ("nl", "Mevrouw Visser, Daan en Fleur wachten.", "De inwoner, X en Y wachten."),
    ("en", "Sam, Lily and their mother wait.", "X, Y and their mother wait."),
    ("en", "Sam (son of Anna) skips school.", "X (son of the resident) skips school."),
]


@pytest.mark.parametrize(("lang", "text", "said"), UNKNOWN)
def test_a_first_name_beside_a_kinship_word_is_a_letter(lang: Lang, text: str, said: str) -> None:
    resident = "Mevrouw Anna Visser" if lang == "nl" else "Mrs Anna Visser"
    assert _cleaned(_map(text, resident=resident), lang) == said


KNOWN = [
    ("Daan, Fleur en hun moeder.", "X, Y en hun moeder."),
    ("Visser, Daan en Fleur wachten.", "De inwoner, X en Y wachten."),
]


@pytest.mark.parametrize(("text", "said"), KNOWN)
def test_with_the_child_an_actor_the_list_is_cleaned_not_refused(text: str, said: str) -> None:
    assert _cleaned(_map(text, daan=True), "nl") == said


KEPT = [
    "Gemeente en hun moeder.",
    "De inwoner en Stichting Rivierland belden.",
    "Art. 4:8 Awb: de inwoner en haar moeder worden gehoord.",
]


@pytest.mark.parametrize("text", KEPT)
def test_no_person_is_read_into_a_body_or_a_word(text: str) -> None:
    assert _cleaned(_map(text), "nl") == text
