"""Seventh jurist, W7: INTENT_NO_DEVIATION_POWER says different things in law, and the
casebook counts and words each form apart. On maps B and D the map names no power to deviate;
in the Wmo and youth templates the college holds it and has mandated it; after delegation it
lies with the GR's dagelijks bestuur (art. 10:17 Awb), never "bij het college"."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from exports.casebook import CasebookRun
from exports.casebook.note import write_note
from exports.casebook.phrases import key_phrase
from exports.casebook.words import as_json, text_report
from exports.casebook.workbook import write_workbook
from mapper.analysis import analyse
from mapper.casebook import ANALYSIS_VERSION, CaseRecord, case_record, cause_keys
from models import fileformat
from tests.exports.casebook_maps7 import casebook_over_maps, write_maps

CODE = "INTENT_NO_DEVIATION_POWER"
UNNAMED = "de kaart noemt geen bevoegdheid om af te wijken"
HELD = (
    "de portefeuillehouder achter de bedoeling heeft zelf geen bevoegdheid om af te wijken; "
    "die ligt bij het college en wie het heeft gemandateerd"
)
DELEGATED = (
    "wie de bedoeling steunt, heeft zelf geen bevoegdheid om af te wijken; na delegatie ligt "
    "die bij het dagelijks bestuur van de Jeugdregio (art. 10:17 Awb)"
)


@pytest.fixture(scope="module")
def w7_run(tmp_path_factory: pytest.TempPathFactory) -> CasebookRun:
    return casebook_over_maps(tmp_path_factory.mktemp("w7"), templates=True)


def _files(w7_run: CasebookRun, variant: str) -> list[str]:
    [r] = [r for r in w7_run.book.recurring if r.code == CODE and r.variant == variant]
    return sorted(w7_run.cases[i].shown for i in r.cases)


def test_each_form_is_counted_apart(w7_run: CasebookRun) -> None:
    # known answer: which maps give which form (read from the findings, see the module doc)
    assert _files(w7_run, "unnamed") == ["pb.kvmap", "pd.kvmap"]
    assert _files(w7_run, "held") == ["debt_eviction.kvmap", "wmo.kvmap", "youth_care.kvmap"]
    assert _files(w7_run, "delegated") == ["pd_chair.kvmap", "pd_delegated.kvmap"]
    forms = [r.variant for r in w7_run.book.recurring if r.code == CODE]
    assert sorted(forms) == ["delegated", "held", "unnamed"]  # one line per form
    [delegated] = [r for r in w7_run.book.recurring if r.variant == "delegated"]
    assert delegated.holders == ("Dagelijks bestuur Jeugdregio",)


def test_the_text_report_words_each_form(w7_run: CasebookRun) -> None:
    text = text_report(w7_run, "nl")
    lines = [ln.strip() for ln in text.splitlines()]
    assert f"In 2 van de 7 casussen: {UNNAMED}" in lines
    [held] = [ln for ln in lines if ln.startswith(f"In 3 van de 7 casussen: {HELD} (")]
    assert "Ontruiming aanhouden" not in held  # the housing corporation's own decision
    assert any(ln.startswith(f"In 2 van de 7 casussen: {DELEGATED} (") for ln in lines)
    # the college is named only where it holds the power: once, on the templates' line
    assert text.count("die ligt bij het college") == 1
    english = text_report(w7_run, "en")
    assert "the map names no power to deviate" in english
    assert "after delegation it lies with the executive board of Jeugdregio" in english


def test_json_excel_and_word_say_the_same(w7_run: CasebookRun, tmp_path: Path) -> None:
    data = json.loads(json.dumps(as_json(w7_run, "nl")))
    said = {r["variant"]: r["text"] for r in data["recurring"] if r["code"] == CODE}
    assert said == {"unnamed": UNNAMED, "held": HELD, "delegated": DELEGATED}
    write_workbook(w7_run, tmp_path / "boek.xlsx", "nl")
    sheet = openpyxl.load_workbook(tmp_path / "boek.xlsx")["Terugkerende oorzaken"]
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {UNNAMED, HELD, DELEGATED} <= cells
    write_note(w7_run, tmp_path / "nota.docx", "nl")
    note = "\n".join(p.text for p in docx.Document(str(tmp_path / "nota.docx")).paragraphs)
    # the note lists its top causes only; whatever it says of this code is one of the forms
    # (the statutory rule's own label, F7, names "ruimte om af te wijken" too: not this code)
    lines = note.splitlines()
    for line in (ln for ln in lines if "af te wijken" in ln and "geen ruimte om" not in ln):
        assert any(form in line for form in (UNNAMED, HELD, DELEGATED)), line


def test_the_key_carries_the_form_and_the_trend_uses_the_same_keys(tmp_path: Path) -> None:
    maps = write_maps(tmp_path)
    for name, path in maps.items():
        case = fileformat.load(path)
        found = analyse(case)
        record = case_record(case, found)
        assert cause_keys(found, case) == [c.key for c in record.causes], name
        assert CaseRecord.from_dict(json.loads(json.dumps(record.to_dict()))) == record
    case = fileformat.load(maps["pd_delegated"])
    [cause] = [c for c in case_record(case, analyse(case)).causes if c.code == CODE]
    assert cause.key == f"{CODE}/delegated"
    assert ANALYSIS_VERSION >= 4  # records of the old keys are analysed again


def test_a_body_other_than_the_college_is_named() -> None:
    phrase = key_phrase(CODE, "nl", "held_body", ["Burgemeester"])
    assert phrase.endswith("die ligt bij de burgemeester en bij wie daarvoor een mandaat heeft")
    assert "college" not in key_phrase(CODE, "nl", "delegated")
    assert "college" not in key_phrase(CODE, "nl", "lacks")
