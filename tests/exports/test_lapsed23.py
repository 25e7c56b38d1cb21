"""What lapsed after the peildatum is said with it (jurist review 22, J2): read on 5 December,
a map with a peildatum of 1 October said only which deadlines had passed, while the mandate
chain and the agreement it rests on had run out on 30 November and the findings still treated
them as valid. The example's peildatum is 1 October 2026, its deadlines 15 October and
5 November 2026. Each test fails on the code before: nothing named what lapsed. The sentence
says when each one's term ended, by what it is in law, and never that it was valid: whether it
was is the findings' part (jurist review 23)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from exports.nota_dates import as_of_header, as_of_line
from mapper.lapsed import lapsed_since
from models.case import Case
from models.enums import EntityKind, Instrument
from models.example import example_case
from models.fileformat import save
from ui.cli import main

DEC_5 = date(2026, 12, 5)
NOV_30 = date(2026, 11, 30)
CHAIN = ("m1", "m2", "m3", "m4")  # the bijzondere-bijstand chain, college to consulent
M1_NL = (
    "het mandaat om bijzondere bijstand te verlenen dat het college van B&W aan de "
    "gemeentesecretaris verleende"
)
G2 = "Doorbraakafspraak schulden Rivierland 2025"
NL_GONE = (
    "De kaart beschrijft de stand op 1 oktober 2026; de termijnen die op 15 oktober en 5 "
    "november 2026 afliepen, zijn inmiddels verstreken; "
)
NL_ACT = (
    "; wie daarna nog op grond daarvan handelt, handelt onbevoegd, tenzij de bevoegdheid opnieuw "
    "is verleend; de bevindingen gaan uit van wat op de peildatum gold."
)


def _ending(mandates: dict[str, date], agreements: dict[str, date]) -> Case:
    case = example_case()
    for kind, last in ((EntityKind.MANDATE, mandates), (EntityKind.AGREEMENT, agreements)):
        for item_id, day in last.items():
            assert case.update(kind, item_id, {"valid_until": day})
    return case


def test_the_chain_and_the_agreement_that_ran_out_are_counted_by_what_they_are() -> None:
    case = _ending(dict.fromkeys(CHAIN, NOV_30), {"g2": NOV_30})
    assert as_of_line(case, DEC_5, "nl", about="map") == (
        f"{NL_GONE}op 30 november 2026 eindigde de looptijd van vier mandaten en één afspraak"
        f"{NL_ACT}"
    )
    assert as_of_line(case, DEC_5, "en").endswith(
        "; the term of four mandates and one agreement ended on 30 November 2026; whoever acts "
        "on them after that acts without authority, unless the power was granted again; the "
        "findings describe the state on the reference date."
    )
    # the dock's header: a line each (one line at 1366 pixels holds one)
    assert as_of_header(case, DEC_5, "nl") == (
        "Termijnen 15 okt en 5 nov 2026 verstreken;\nvier mandaten en één afspraak verlopen;\n"
        "kaart per 1 okt 2026"
    )


def test_one_mandate_is_named_as_the_findings_name_it() -> None:
    case = _ending({"m1": NOV_30}, {})
    assert as_of_line(case, DEC_5, "nl") == (
        "Deze nota beschrijft de stand op 1 oktober 2026; de termijnen die op 15 oktober en 5 "
        "november 2026 afliepen, zijn inmiddels verstreken; op 30 november 2026 eindigde de "
        f"looptijd van {M1_NL}{NL_ACT}"
    )
    # its term runs through its last day: on 30 November it still holds, on 1 December not
    assert lapsed_since(case, NOV_30) == ()
    (gone,) = lapsed_since(case, date(2026, 12, 1))
    assert (gone.id, gone.word.nl, gone.until, gone.name.nl) == ("m1", "mandaat", NOV_30, M1_NL)


def test_different_last_days_are_each_said_with_their_item() -> None:
    case = _ending({"m1": NOV_30}, {"g2": date(2026, 10, 30)})
    assert as_of_line(case, DEC_5, "nl", about="map").endswith(
        f"; op 30 oktober 2026 eindigde de looptijd van de afspraak ‘{G2}’, op 30 november 2026 "
        f"die van {M1_NL}{NL_ACT}"
    )


def test_an_agreement_alone_gets_no_word_on_acting_without_authority() -> None:
    case = _ending({}, {"g2": NOV_30})
    said = as_of_line(case, DEC_5, "nl", about="map")
    assert said.endswith(
        f"; op 30 november 2026 eindigde de looptijd van de afspraak ‘{G2}’; de bevindingen gaan "
        "uit van wat op de peildatum gold."
    )
    assert "onbevoegd" not in said


def test_a_delegation_is_counted_as_a_delegation() -> None:
    case = _ending(dict.fromkeys(("m1", "m2", "m3", "m6"), NOV_30), {})
    assert case.update(EntityKind.MANDATE, "m6", {"instrument": Instrument.DELEGATION})
    assert (
        as_of_header(case, DEC_5, "nl").split(";\n")[1] == "drie mandaten en één delegatie verlopen"
    )


@pytest.mark.parametrize(
    ("until", "today"),
    [
        (date(2026, 9, 30), DEC_5),  # ended before the peildatum: the analysis's own finding
        (NOV_30, date(2026, 11, 15)),  # still running on the day it is read
        (NOV_30, date(2026, 10, 1)),  # read on the peildatum itself
    ],
)
def test_only_what_ended_between_the_peildatum_and_today_is_named(until: date, today: date) -> None:
    case = _ending({"m1": until}, {"g1": until})
    assert lapsed_since(case, today) == ()
    assert "looptijd" not in as_of_line(case, today, "nl", about="map")


def test_the_analyse_json_names_each_with_its_day_and_the_day_it_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kaart.kvmap"
    save(_ending({"m1": NOV_30}, {"g2": date(2026, 10, 30)}), path)
    main(["analyse", str(path), "--format", "json", "--lang", "nl", "--today", "2026-12-05"])
    data = json.loads(capsys.readouterr().out)
    assert data["read_on"] == "2026-12-05"
    assert data["lapsed_since"] == [
        {
            "id": "g2",
            "kind": "agreement",
            "instrument": "afspraak",
            "name": f"de afspraak ‘{G2}’",
            "valid_until": "2026-10-30",
        },
        {
            "id": "m1",
            "kind": "mandate",
            "instrument": "mandaat",
            "name": M1_NL,
            "valid_until": "2026-11-30",
        },
    ]
    assert data["as_of_line"].endswith(NL_ACT)


def test_many_passed_deadlines_are_counted_in_the_header() -> None:
    """(hostile review 23, 5) forty deadlines made a header of 391 characters."""
    case = example_case()
    for k, need in enumerate(("n4", "n5", "n6", "n7")):
        assert case.update(EntityKind.NEED, need, {"deadline": date(2026, 10, 20 + k)})
    assert as_of_header(case, DEC_5, "nl") == (
        "Zes termijnen verstreken (15 okt – 5 nov 2026) — kaart per 1 okt 2026"
    )
    assert as_of_header(case, DEC_5, "en").startswith("Six deadlines passed (15 Oct – 5 Nov 2026)")
