"""The thirteenth hostile review's privacy findings in the anonymiser (issue 16, session 13).
N2: a first name right before the resident's surname and an age is a relative ("Sem Visser
(14)" was "Sem van de inwoner"), and a name before "en <resident>" is a person as one after
it ("Mark en Anna blijven" was "Mark en de inwoner blijven"). The cleaner writes a letter; the
copy's check refuses the name where a copy kept it."""

from __future__ import annotations

import pytest

from exports.anonymise import anonymise
from models.i18n import Lang
from tests.exports.leak_cases import leak_of, resident_case

RESIDENT = "Mevrouw Anna Visser"


NAMED = [
    ("nl", "Sem Visser (14) wacht op hulp", "X (14) wacht op hulp"),
    ("nl", "Daan Visser (12) spijbelt.", "X (12) spijbelt."),
    ("nl", "Mark en Anna blijven.", "X en de inwoner blijven."),
    ("nl", "Afspraak met Mark de Vries en Anna", "Afspraak met X en de inwoner"),
    ("en", "Sem Visser (14) waits for help.", "X (14) waits for help."),
    ("en", "Mark and Anna stay.", "X and the resident stay."),
    # what names nobody stays as it was
    ("nl", "Hij en Anna blijven.", "Hij en de inwoner blijven."),
    ("nl", "Gemeente en Anna praten.", "Gemeente en de inwoner praten."),
    ("nl", "Zoon Visser (14) wacht.", "De zoon van de inwoner wacht."),
    ("nl", "Anna Visser (44) wacht.", "De inwoner wacht."),
]


@pytest.mark.parametrize(("lang", "text", "said"), NAMED)
def test_a_name_before_the_resident_is_a_letter(lang: Lang, text: str, said: str) -> None:
    case = resident_case(RESIDENT, text)
    assert anonymise(case, lang, for_copy=True).info.description == said
    assert anonymise(case, lang).info.description == said  # the nota and deck alike


def test_the_title_with_a_child_of_the_resident_keeps_the_age() -> None:
    case = resident_case(RESIDENT, "")
    case.set_case_field("title", "Sem Visser (14) wacht op hulp")
    assert anonymise(case, "nl").info.title == "X (14) wacht op hulp"


@pytest.mark.parametrize("text", ["Mark en de inwoner blijven.", "Mark and the resident stay."])
def test_the_check_refuses_a_name_before_the_resident(text: str) -> None:
    assert leak_of(resident_case(RESIDENT, ""), {"description": text}) is not None


@pytest.mark.parametrize(
    "text", ["Hij en de inwoner blijven.", "Gemeente en de inwoner praten.", "X en de inwoner."]
)
def test_the_check_keeps_what_names_nobody_before_the_resident(text: str) -> None:
    assert leak_of(resident_case(RESIDENT, ""), {"description": text}) is None
