"""A power's ``act`` (jurist round 5, J6): whether using it is a besluit or a request to a court
(art. 10:12 Awb: passed on by machtiging). A field in format 2, round-tripped by the map, the
Excel report and GraphML; a file from before the field takes it from the power's name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.excel_import import read_report
from exports.excel_report import write_report
from exports.graphml import read_graphml, write_graphml
from exports.nota import build_nota
from exports.register_read import read_register
from exports.register_write import register_rows, write_register_xlsx
from mapper import analyse
from mapper.legal import no_besluit
from models import EntityKind, MandateRule, PowerAct
from models.case import Case
from models.example import example_case
from models.fileformat import dumps, loads

MORATORIUM = "Moratorium aanvragen bij de rechtbank"


def _acts(case: Case) -> dict[str, PowerAct]:
    return {p.name: p.act for p in case.powers}


def _twisted() -> Case:
    """The example with the act set against what the names say: a neutral name that is a
    request, and the moratorium recorded as a besluit."""
    case = example_case()
    case.update(EntityKind.POWER, "triage_maatwerk", {"act": PowerAct.OTHER})
    case.update(EntityKind.POWER, "afzien_terugvordering", {"act": PowerAct.REQUEST})
    case.update(EntityKind.POWER, "moratorium", {"act": PowerAct.BESLUIT})
    return case


def test_the_example_says_the_moratorium_request_is_no_besluit() -> None:
    acts = _acts(example_case())
    assert acts[MORATORIUM] == PowerAct.REQUEST
    assert {a for n, a in acts.items() if n != MORATORIUM} == {PowerAct.BESLUIT}
    saved = json.loads(dumps(example_case()))
    assert all("act" in p for p in saved["powers"])  # written on every power


def test_the_map_keeps_the_act_whatever_the_name_says() -> None:
    back = loads(dumps(_twisted()), "<t>")
    assert _acts(back) == _acts(_twisted())
    assert _acts(back)[MORATORIUM] == PowerAct.BESLUIT


def test_a_file_from_before_the_field_takes_the_act_from_the_name() -> None:
    doc = json.loads(dumps(_twisted()))
    for p in doc["powers"]:
        del p["act"]
    old = loads(json.dumps(doc), "<old>")
    assert _acts(old)[MORATORIUM] == PowerAct.REQUEST
    assert {a for n, a in _acts(old).items() if n != MORATORIUM} == {PowerAct.BESLUIT}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_excel_report_round_trips_the_act(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "map.xlsx"
    write_report(_twisted(), out, lang=lang)  # type: ignore[arg-type]
    assert _acts(read_report(out).case) == _acts(_twisted())


def test_graphml_round_trips_the_act(tmp_path: Path) -> None:
    out = tmp_path / "map.graphml"
    write_graphml(_twisted(), out)
    assert _acts(read_graphml(out).case) == _acts(_twisted())


def test_no_besluit_follows_the_field_not_the_name() -> None:
    case = _twisted()
    moratorium, recovery = case.powers.get("moratorium"), case.powers.get("afzien_terugvordering")
    assert moratorium is not None
    assert recovery is not None
    assert not no_besluit(moratorium)
    assert no_besluit(recovery)


def test_annex_a_and_the_register_say_machtiging_for_the_moratorium(tmp_path: Path) -> None:
    case = example_case()
    doc = build_nota(case, lang="nl", picture=b"", anonymised=False)
    annex = next(t for t in doc.tables if "→" in t.rows[0].cells[0].text)
    rows = [[c.text for c in r.cells] for r in annex.rows]
    [moratorium] = [r for r in rows if "oratorium" in " ".join(r)]
    assert "Machtiging (geen besluit)" in moratorium, moratorium
    assert not any(c == "Mandaat" for c in moratorium), moratorium
    [row] = [r for r in register_rows(case, "nl") if r["power"] == MORATORIUM]
    assert row["instrument"] == "Machtiging (geen besluit)"
    assert row["mandate_rule"] == "Machtiging toegestaan"
    [en] = [r for r in register_rows(case, "en") if r["power"] == MORATORIUM]
    assert en["instrument"] == "Authorisation (no besluit)"
    assert en["mandate_rule"] == "Authorisation allowed"
    besluit = [r for r in register_rows(case, "nl") if r["power"] != MORATORIUM and "grantor" in r]
    assert {r["mandate_rule"] for r in besluit} <= {"Mandaat toegestaan", "Mandaat uitgesloten"}
    # the register reads its own cell back
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, "nl")
    back = read_register(out).case
    assert _acts(back)[MORATORIUM] == PowerAct.REQUEST
    [power] = [p for p in back.powers if p.name == MORATORIUM]
    assert power.mandate == MandateRule.ALLOWED
    # and a power recorded as a besluit keeps "Mandaat", whatever its name
    twisted = _twisted()
    [row] = [r for r in register_rows(twisted, "nl") if r["power"] == MORATORIUM]
    assert row["instrument"] == "Machtiging"  # m11 is a machtiging on the map itself
    assert analyse(case).findings  # the example still analyses
