"""The twelfth hostile review's privacy findings in the anonymiser (issue 16, session 12): a
child's, a partner's or a relative's first name in a list or an apposition beside a kinship
word or beside the resident ("De kinderen Daan en Fleur", "Haar kinderen (Daan, Fleur)",
"Broer: Kees", "Moeder (Els) belt", "Zijn vrouw Fatma", "Baby Noor", "Anna en Mark de Vries",
P1). The cleaner writes a letter; the copy's check refuses the name where the copy kept it."""

from __future__ import annotations

import pytest

from exports.anonymise import anonymise
from exports.anonymise_summary import copy_summary
from exports.casebook.unnamed import shown_names
from models.case import Case
from models.enums import EntityKind
from tests.exports.leak_cases import leak_of, resident_case

RESIDENT = "Mevrouw Anna Visser"


LISTED = [
    ("De tweeling Daan en Fleur.", "De tweeling X en Y."),
    ("De zoons Daan en Bram.", "De zoons X en Y."),
    ("Haar kinderen (Daan, Fleur) gaan naar school.", "Haar kinderen (X, Y) gaan naar school."),
    ("Met man en kinderen (Tim, Eva) woont zij er.", "Met man en kinderen (X, Y) woont zij er."),
    ("Broer: Kees.", "Broer: X."),
    ("Broer: Kees de Vries.", "Broer: X."),
    ("Moeder (Els) belt.", "Moeder (X) belt."),
    ("Moeder (Els Visser) belt.", "Moeder (X) belt."),
    ("Zijn vrouw Fatma blijft.", "Zijn vrouw X blijft."),
    ("Haar man Henk blijft.", "Haar man X blijft."),
    ("Verloofde Henk belt.", "Verloofde X belt."),
    ("Baby Noor huilt.", "Baby X huilt."),
    ("Peuter Noor gaat naar de opvang.", "Peuter X gaat naar de opvang."),
    ("Anna en Mark de Vries komen.", "De inwoner en X komen."),
    ("Anna en haar man Henk Koster", "De inwoner en haar man X"),
    ("Haar partner, Mark de Vries, werkt.", "Haar partner, X, werkt."),
]


@pytest.mark.parametrize(("text", "said"), LISTED)
def test_a_relatives_first_name_in_a_list_or_apposition_becomes_a_letter(
    text: str, said: str
) -> None:
    case = resident_case(RESIDENT, text)
    assert anonymise(case, "nl", for_copy=True).info.description == said
    assert anonymise(case, "nl").info.description == said  # the nota and deck alike


ENGLISH = [
    ("The children Daan and Fleur.", "The children X and Y."),
    ("Her children Daan and Fleur go to school.", "Her children X and Y go to school."),
    ("The twins Daan and Fleur.", "The twins X and Y."),
    ("Baby Noor cries.", "Baby X cries."),
    ("His wife Fatma stays.", "His wife X stays."),
]


@pytest.mark.parametrize(("text", "said"), ENGLISH)
def test_english_alike(text: str, said: str) -> None:
    case = resident_case("Mrs. Anna Visser", text)
    assert anonymise(case, "en", for_copy=True).info.description == said


@pytest.mark.parametrize(
    "text",
    [
        "Haar kinderen (Daan, Fleur) gaan.",
        "De tweeling Daan en Fleur.",
        "De zoons Daan en Bram.",
        "The children Daan and Fleur.",
        "Broer: Kees.",
        "Moeder (Els) belt.",
        "De inwoner en Mark de Vries komen.",
        "Zijn vrouw Fatma blijft.",
        "Haar man Henk blijft.",
        "Baby Noor huilt.",
        "Peuter Noor gaat.",
        "Kinderen X en Fleur.",
    ],
)
def test_the_check_refuses_a_first_name_the_copy_kept_in_these_positions(text: str) -> None:
    assert leak_of(resident_case(RESIDENT, ""), {"description": text}) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Vader: Onbekend.",
        "Moeder: Geen contact.",
        "Kind (Jeugdwet) krijgt hulp.",
        "De inwoner en Wijkteam Noord overleggen.",
        "De inwoner en Stichting Rivierland spreken af.",
        "His wife X stays.",
        "Zoon X en dochter Y.",
        "Klein en Groot helpt.",
        "Hugo de Groot-school meldt verzuim.",
    ],
)
def test_words_that_name_nobody_stay_and_the_check_lets_them_pass(text: str) -> None:
    case = resident_case(RESIDENT, text)
    said = anonymise(case, "nl", for_copy=True).info.description
    assert said == text
    assert leak_of(case, {"description": said}) is None


def _family_orgs() -> Case:
    case = resident_case("Mevrouw Anna de Groot-Bakker", "")
    first, second = case.organisations[0].id, case.organisations[1].id
    case.update(EntityKind.ORGANISATION, first, {"name": "Familie De Groot-Bakker"})
    case.update(EntityKind.ORGANISATION, second, {"name": "Buren (fam. Yilmaz)"})
    return case


def test_an_organisation_named_after_the_family_is_renamed_and_the_summary_names_nobody() -> None:
    case = _family_orgs()
    names = [o.name for o in anonymise(case, "nl", for_copy=True).organisations]
    assert names[:2] == ["Het gezin", "Buren (fam. X)"]
    said = " ".join(copy_summary(case, "nl") + copy_summary(case, "en"))
    assert "Familie De Groot" not in said
    assert "Yilmaz" not in said
    assert "Kredietbank Rivierland" in said  # a body is still kept and said so


def test_the_casebook_names_the_child_the_journalist_and_the_family_as_the_copy_does() -> None:
    case = _family_orgs()
    partners = [a.id for a in case.actors if a.id != "jansen"][:2]
    case.update(EntityKind.ACTOR, partners[0], {"name": "Zoon Daan (16)"})
    case.update(EntityKind.ACTOR, partners[1], {"name": "Journalist Karin Smit"})
    shown = shown_names(case, "nl")
    # a relative by the kinship word alone (hostile review 13, N1's second look; was "Zoon X (16)")
    assert shown.actors[partners[0]] == "Zoon"
    assert shown.actors[partners[1]] == "Journalist"  # a journalist is a private person
    assert shown.organisations[case.organisations[0].id] == "Het gezin"
    copy = anonymise(case, "nl", for_copy=True)
    said = {a.id: a.name for a in copy.actors}
    assert said[partners[0]] == "Zoon"
    assert said[partners[1]] == "Journalist"
