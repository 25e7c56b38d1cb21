"""The casebook note (jurist round 5, J10): mandates that do not hold get their own line; a
partner's decision is not a power; a bestuursorgaan is no bottleneck; numbers as Dutch writes
them."""

from __future__ import annotations

import json

import pytest

from exports.casebook import CasebookRun, run_casebook
from exports.casebook.note import build_note
from exports.casebook.words import in_cases, in_words, text_report
from mapper.analysis import analyse
from mapper.casebook import CaseRecord, CauseRecord, aggregate, case_record
from models import fileformat
from models.example import example_case
from tests.mapper.test_casebook import _chain


@pytest.fixture(scope="module")
def j10_run(tmp_path_factory: pytest.TempPathFactory) -> CasebookRun:
    root = tmp_path_factory.mktemp("j10")
    fileformat.save(example_case(), root / "a.kvmap", backup=False)
    # a second map of the same kind, not a copy: the casebook counts identical files once
    second = root / "b.kvmap"
    fileformat.save(example_case(), second, backup=False)
    data = json.loads(second.read_text(encoding="utf-8"))
    data["case"]["title"] += " (tweede casus)"
    second.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for i in range(4):
        fileformat.save(_chain(2, f"Casus {i}"), root / f"keten{i}.kvmap", backup=False)
    return run_casebook(root, "nl", workers=1)


def _note(j10_run: CasebookRun) -> str:
    return "\n".join(p.text for p in build_note(j10_run, "nl").paragraphs)


def test_invalid_mandates_are_a_recurring_heading_of_their_own(j10_run: CasebookRun) -> None:
    # The example holds an expired mandate (MANDATE_EXPIRED); the chains hold none.
    assert j10_run.book.invalid_mandates == tuple(
        i for i, c in enumerate(j10_run.cases) if c.shown in ("a.kvmap", "b.kvmap")
    )
    line = (
        "In 2 van de 6 casussen steunen besluiten op een mandaat dat niet (meer) geldt. Wat "
        "daarop al is besloten of gesloten, is zonder bevoegdheid gedaan, voor zover geen ander "
        "geldig mandaat of geldige volmacht het dekte; het bevoegde orgaan kan het bekrachtigen. "
        "Wat nog moet worden besloten, hoort bij het bevoegde orgaan, of bij wie wel een geldig "
        "mandaat heeft."
    )
    note = _note(j10_run)
    assert "Mandaten die niet (meer) gelden" in note
    assert line in note
    assert line in text_report(j10_run, "nl")


def test_a_partners_decision_is_listed_as_a_decision_not_a_power(j10_run: CasebookRun) -> None:
    assert "Ontruiming aanhouden" in [c.name for c in j10_run.book.partner_decisions]
    assert "Ontruiming aanhouden" not in [c.name for c in j10_run.book.powers]
    note = _note(j10_run)
    part = note.split("Besluiten (van een partner)\n", 1)[1]
    # ties in alphabetical order: the care provider's neutral "Eigen besluit van de aanbieder"
    # (jurist, sixth round N8) comes first
    assert "\nOntruiming aanhouden: in 2 van de 6 casussen\n" in part
    assert "Besluiten (van een partner) die het vaakst knellen" in text_report(j10_run, "nl")


def _person(role: str, *, body: bool) -> CauseRecord:
    return CauseRecord(
        cause="person:x",
        key="STRUCTURE_CARRYING_ACTOR",
        code="STRUCTURE_CARRYING_ACTOR",
        kind="person",
        category="",
        power="",
        severity="warning",
        rank=1,
        block=1,
        roles=(role,),
        body=body,
    )


def test_a_bestuursorgaan_is_no_bottleneck_position() -> None:
    records = [
        CaseRecord(
            "a",
            "",
            3,
            (_person("College van B&W", body=True), _person("Directeur Werkbedrijf", body=False)),
        ),
        CaseRecord(
            "b",
            "",
            3,
            (_person("College van B&W", body=True), _person("Directeur Werkbedrijf", body=False)),
        ),
    ]
    names = [c.name for c in aggregate(records).positions]
    assert names == ["Directeur Werkbedrijf"]
    # the flag survives the index's round trip
    again = CaseRecord.from_dict(records[0].to_dict())
    assert again.causes[0].body
    assert not again.causes[1].body


def test_the_record_marks_a_body_and_a_partner_power() -> None:
    case = example_case()
    record = case_record(case, analyse(case))
    partner = [c.power for c in record.causes if c.kind == "power" and c.partner]
    assert "Ontruiming aanhouden" in partner
    assert record.invalid_mandate


def test_numbers_in_running_text_are_words() -> None:
    assert in_words(6, "nl") == "zes"
    assert in_words(1, "nl") == "één"
    assert in_words(20, "nl") == "20"
    assert in_cases(1, 7, "nl") == "in één casus"
    assert in_cases(3, 7, "nl") == "in 3 van de 7 casussen"


def test_the_note_counts_its_maps_in_words(j10_run: CasebookRun) -> None:
    assert "Een casusboek van zes casuskaarten" in _note(j10_run)
