"""rev-hostile16c's C2 and C3 (issue 16): a sentence in which a care organisation gives care to
someone, or names any person, goes whole; the copy's "de zorgaanbieder" giving care to someone
is health for the copy's check. Each row of GONE (but the gezin and huisarts controls) and REFUSED
fails on 5c70f91, and so does each example-copy and check row; KEPT holds on both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.anonymise import anonymise
from exports.anonymise_copy import _check, write_anonymised_copy
from exports.anonymise_words import health_in, without_health
from models import fileformat
from models.example import example_case

# C2: each came out as 'De zorgaanbieder …' / 'de zorg voor …' / 'The care provider …'
GONE = (
    *(
        f"De GGZ behandelt de {who}."
        for who in (
            "buurman",
            "buurvrouw",
            "overbuurman",
            "oom",
            "tante",
            "neef",
            "huisgenoot",
            "vriend",
            "ex-partner",
            "stiefzoon",
            "kleinzoon",
            "schoonmoeder",
            "tweeling",
            "huurder",
            "schuldenaar",
            "oudste",
            "melder",
            "wethouder",
            "consulent",
        )
    ),
    "De GGZ nam de buurman op.",
    "De GGZ nam de buurman in zorg.",
    "De GGZ heeft de buurman in behandeling.",
    "Het ziekenhuis ontslaat de buurman morgen.",
    "Het ziekenhuis houdt de buurman nog een week.",
    "De thuiszorg komt dagelijks bij de buurman.",
    "De thuiszorg komt dagelijks bij nummer 12.",
    "De thuiszorg komt dagelijks bij visser.",
    "De GGZ start de behandeling van de buurman.",
    "De GGZ vraagt een zorgmachtiging aan voor de buurman.",
    "De gemeente betaalt beschermd wonen voor de buurman.",
    "De GGZ begeleidt sem.",
    "De verslavingszorg ondersteunt het gezin.",
    "Het ziekenhuis verwijst door naar de huisarts.",
    "The hospital admits the tenant.",
    "The hospital discharges the neighbour tomorrow.",
    "The addiction service supports the uncle.",
    "The mental health trust treats the councillor.",
    "The mental health team visits the neighbour daily.",
)

# C3: the copy names the map's provider 'de zorgaanbieder' before the health rule reads the
# sentence; such a sentence that gives care to someone is health, for the rule and the gate
REFUSED = (
    "De zorgaanbieder neemt mevrouw op.",
    "De zorgaanbieder behandelt Daan.",
    "De zorgaanbieder begeleidt de inwoner.",
    "De zorgaanbieder komt dagelijks bij de inwoner.",
    "The provider admits the resident.",
    "The care provider treats Daan.",
)

# kept as before (rev-hostile16b's rows): no person, no care given
KEPT = (
    "De zorgaanbieder beslist zelf wanneer de behandeling begint.",
    "De zorgaanbieder schuift aan bij het overleg.",
    "De zorgaanbieder valt onder de centrumgemeente.",
    "The care provider owns the land.",
)


@pytest.mark.parametrize("text", GONE)
def test_care_given_to_someone_or_a_person_named_goes_whole(text: str) -> None:
    assert without_health("Het overleg is vol. " + text) == "Het overleg is vol."


@pytest.mark.parametrize("text", REFUSED)
def test_the_copy_s_provider_giving_care_is_health(text: str) -> None:
    assert without_health("Het overleg is vol. " + text) == "Het overleg is vol."
    assert health_in("Het overleg is vol. " + text) is not None  # the gate refuses it


@pytest.mark.parametrize("text", KEPT)
def test_the_copy_s_provider_without_care_given_is_no_health(text: str) -> None:
    assert health_in(text) is None
    assert without_health(text) == text


@pytest.mark.parametrize(
    "said",
    [
        "GGZ Rivierland neemt mevrouw op.",
        "GGZ Rivierland behandelt de buurman.",
        "Het ziekenhuis ontslaat de oom morgen.",
    ],
)
def test_the_example_copy_drops_care_given_by_its_provider(said: str, tmp_path: Path) -> None:
    case = example_case()
    case.set_case_field("description", case.info.description + " " + said)
    write_anonymised_copy(case, tmp_path / "c.kvmap", "nl")
    text = (tmp_path / "c.kvmap").read_text(encoding="utf-8")
    description = json.loads(text)["case"]["description"]
    assert description.endswith("binnen enkele weken samen beslissen.")
    for word in ("neemt", "behandelt", "ontslaat", "buurman", "oom"):
        assert word not in description
    assert "GGZ Rivierland" not in text


@pytest.mark.parametrize("text", REFUSED)
def test_the_copy_s_check_refuses_the_provider_giving_care(text: str) -> None:
    case = example_case()
    copy = anonymise(case, "nl")
    copy.set_case_field("description", copy.info.description + " " + text)
    found = _check(case, copy, json.loads(fileformat.dumps(copy)))
    assert found is not None
    assert found[1] == "/case/description"
