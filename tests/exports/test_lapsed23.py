"""What lapsed after the peildatum is said with it (jurist review 22, J2): read on 5 December,
a map with a peildatum of 1 October said only which deadlines had passed, while the mandate
chain and the agreement it rests on had run out on 30 November and the findings still treated
them as valid. The example's peildatum is 1 October 2026, its deadlines 15 October and
5 November 2026. Each test fails on the code before: nothing named what lapsed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from exports.nota_dates import as_of_header, as_of_line
from mapper.lapsed import lapsed_since
from models.case import Case
from models.enums import EntityKind
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
NL_HELD = "; de bevindingen gaan uit van wat op de peildatum gold."


def _ending(mandates: dict[str, date], agreements: dict[str, date]) -> Case:
    case = example_case()
    for kind, last in ((EntityKind.MANDATE, mandates), (EntityKind.AGREEMENT, agreements)):
        for item_id, day in last.items():
            assert case.update(kind, item_id, {"valid_until": day})
    return case


def test_the_chain_and_the_agreement_that_ran_out_are_named() -> None:
    case = _ending(dict.fromkeys(CHAIN, NOV_30), {"g2": NOV_30})
    assert as_of_line(case, DEC_5, "nl", about="map") == (
        f"{NL_GONE}vier mandaten en de afspraak ‘{G2}’ golden tot en met 30 november 2026 en "
        f"zijn inmiddels verlopen{NL_HELD}"
    )
    assert as_of_line(case, DEC_5, "en").endswith(
        f"; four mandates and the agreement ‘{G2}’ were valid up to and including 30 November "
        "2026 and have since lapsed; the findings assume what held on the reference date."
    )
    assert as_of_header(case, DEC_5, "nl") == (
        "Termijnen 15 okt en 5 nov 2026 verstreken; vier mandaten en één afspraak verlopen — "
        "kaart per 1 okt 2026"
    )


def test_one_mandate_is_named_as_the_findings_name_it() -> None:
    case = _ending({"m1": NOV_30}, {})
    assert as_of_line(case, DEC_5, "nl") == (
        f"Deze nota beschrijft de stand op 1 oktober 2026; de termijnen die op 15 oktober en 5 "
        f"november 2026 afliepen, zijn inmiddels verstreken; {M1_NL} gold tot en met 30 "
        f"november 2026 en is inmiddels verlopen{NL_HELD}"
    )
    # valid through its last day: on 30 November it still holds, on 1 December it does not
    assert lapsed_since(case, NOV_30) is None
    gone = lapsed_since(case, date(2026, 12, 1))
    assert gone is not None
    assert (len(gone.mandates), gone.agreements, gone.until) == (1, (), (NOV_30,))


def test_different_last_days_are_given_as_a_span() -> None:
    case = _ending({"m1": NOV_30}, {"g2": date(2026, 10, 30)})
    assert as_of_line(case, DEC_5, "nl", about="map").endswith(
        f"; {M1_NL} en de afspraak ‘{G2}’ zijn inmiddels verlopen (hun laatste geldige dag lag "
        f"tussen 30 oktober en 30 november 2026){NL_HELD}"
    )


@pytest.mark.parametrize(
    ("until", "today"),
    [
        (date(2026, 9, 30), DEC_5),  # gone before the peildatum: the analysis's own finding
        (NOV_30, date(2026, 11, 15)),  # still valid on the day it is read
        (NOV_30, date(2026, 10, 1)),  # read on the peildatum itself
    ],
)
def test_only_what_lapsed_between_the_peildatum_and_today_is_named(
    until: date, today: date
) -> None:
    case = _ending({"m1": until}, {"g1": until})
    assert lapsed_since(case, today) is None
    assert "verlopen" not in as_of_line(case, today, "nl", about="map")


def test_the_analyse_json_names_them_and_the_day_it_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kaart.kvmap"
    save(_ending({"m1": NOV_30}, {"g2": NOV_30}), path)
    main(["analyse", str(path), "--format", "json", "--lang", "nl", "--today", "2026-12-05"])
    data = json.loads(capsys.readouterr().out)
    assert data["read_on"] == "2026-12-05"
    assert data["lapsed_since"] == {
        "mandates": [M1_NL],
        "agreements": [G2],
        "valid_until": ["2026-11-30"],
    }
    assert data["as_of_line"].endswith(f"zijn inmiddels verlopen{NL_HELD}")
