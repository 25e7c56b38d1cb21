"""rev-hostile16b's conditions (issue 16): N2, a sentence that names a care organisation and no
person kept with the organisation by its role; N1, common conditions on the one health list;
condition 1, the copy's summary says the health list's limit. Each row fails on old main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.anonymise_copy import write_anonymised_copy
from exports.anonymise_summary import copy_summary
from exports.anonymise_words import health_in, without_health
from models.example import example_case

# each was dropped whole on old main (N2)
KEPT = (
    (
        "Om de ontruiming te voorkomen moeten gemeente, corporatie, Kredietbank en GGZ binnen"
        " enkele weken samen beslissen.",
        "Om de ontruiming te voorkomen moeten gemeente, corporatie, Kredietbank en zorgaanbieder"
        " binnen enkele weken samen beslissen.",
    ),
    (
        "De GGZ beslist zelf wanneer de behandeling begint.",
        "De zorgaanbieder beslist zelf wanneer de behandeling begint.",
    ),
    (
        "De verslavingszorg schuift aan bij het overleg.",
        "De zorgaanbieder schuift aan bij het overleg.",
    ),
    ("Het ziekenhuis is eigenaar van de grond.", "De zorgaanbieder is eigenaar van de grond."),
    (
        "De gemeente betaalt de kosten van beschermd wonen.",
        "De gemeente betaalt de kosten van de zorg.",
    ),
    (
        "To prevent the eviction, the municipality, the housing corporation, the credit bank and"
        " the mental health team must decide together within weeks.",
        "To prevent the eviction, the municipality, the housing corporation, the credit bank and"
        " the care provider must decide together within weeks.",
    ),
    ("The hospital owns the land.", "The care provider owns the land."),
    (
        "Verslavingszorg valt onder de centrumgemeente.",
        "De zorgaanbieder valt onder de centrumgemeente.",
    ),
)
# about a person: each still goes whole
GONE = (
    "Mevrouw gaat naar de GGZ.",
    "Daan krijgt GGZ.",
    "X is bekend bij de GGZ.",
    "Visser is bij de GGZ bekend.",
    "Zij wacht op de GGZ.",
    "De GGZ behandelt haar depressie.",
    "Anna gaat naar het ziekenhuis.",
    "De inwoner woont in beschermd wonen.",
    "Hij is opgenomen in het ziekenhuis.",
    "De GGZ meldt dat mevrouw niet slaapt.",
    "Her mental health team called.",
    "Het wijkteam belt Daan en de GGZ.",
    "In behandeling bij de GGZ.",
    "Under treatment with the hospital.",
)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_sentence_about_a_care_organisation_keeps_it_by_its_role(text: str, kept: str) -> None:
    said = without_health("Het overleg is vol. " + text)
    assert said == "Het overleg is vol. " + kept
    assert health_in(said) is None  # the copy's check has nothing left to refuse


@pytest.mark.parametrize("text", GONE)
def test_a_sentence_about_a_person_and_care_still_goes(text: str) -> None:
    assert without_health("Het overleg is vol. " + text) == "Het overleg is vol."
    assert health_in(text) is not None  # the gate still refuses it where it is written


def test_the_example_copy_keeps_who_must_decide_together(tmp_path: Path) -> None:
    write_anonymised_copy(example_case(), tmp_path / "c.kvmap", "nl")
    data = json.loads((tmp_path / "c.kvmap").read_text(encoding="utf-8"))
    assert data["case"]["description"].endswith(
        "moeten gemeente, corporatie, Kredietbank en zorgaanbieder binnen enkele weken samen"
        " beslissen."
    )


# N1: each stayed in every export on old main
ILL = (
    "Mevrouw is aan de dialyse.",
    "Zij heeft Ehlers-Danlos.",
    "Hij heeft sikkelcelziekte.",
    "Ze heeft reuma.",
    "Hij heeft een hernia.",
    "Zij heeft ME/CVS.",
    "Ze heeft fibromyalgie.",
    "Hij heeft suikerziekte.",
    "Hij heeft een stoma.",
    "Zij slikt oxazepam.",
    "Zij is opgebrand.",
    "The resident is burnt out.",
    "She is on dialysis.",
    "She has Ehlers-Danlos syndrome.",
    "She has ME.",
)
# not health: each stays (over-removal rows)
WELL = (
    "Het hernieuwde convenant geldt.",
    "Het mandaat is hernieuwd.",
    "The stomach of the organisation.",
    "Me and the team decided.",
    "Geef me de stukken.",
    "Het budget is opgebrand.",
    "De kaars is opgebrand.",
)


@pytest.mark.parametrize("text", ILL)
def test_a_common_condition_is_a_health_word(text: str) -> None:
    assert without_health("Het overleg is vol. " + text) == "Het overleg is vol."


@pytest.mark.parametrize("text", WELL)
def test_a_word_like_a_condition_stays(text: str) -> None:
    assert without_health(text) == text


def test_the_summary_says_the_health_list_s_limit() -> None:
    nl = " ".join(copy_summary(example_case(), "nl"))
    en = " ".join(copy_summary(example_case(), "en"))
    assert "niet op die lijst staat" in nl
    assert "lees de kopie daarop na" in nl
    assert "not on that list" in en
    assert "read the copy for them" in en
