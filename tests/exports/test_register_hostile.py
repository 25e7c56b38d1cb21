"""Hostile-input findings on the mandate register (review of 2026-12-03): each test failed
before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from exports.errors import ImportFileError, SheetProblem
from exports.register_read import read_register
from exports.register_rule import is_public_power
from exports.register_write import write_register_docx, write_register_xlsx
from models.entities import Actor
from models.enums import EntityKind
from models.example import example_case
from ui.cli import main


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_reserves_deviation_survives_the_register_round_trip(tmp_path: Path, lang: str) -> None:
    case = example_case()
    case.update(EntityKind.MANDATE, case.mandates[0].id, {"reserves_deviation": True})
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, lang)  # type: ignore[arg-type]
    back = read_register(out)
    got = {(m.description, m.budget): m.reserves_deviation for m in back.case.mandates}
    public = {p.id for p in case.powers if is_public_power(case, p)}  # the register's powers
    want = {
        (m.description, m.budget): m.reserves_deviation for m in case.mandates if m.power in public
    }
    assert got == want
    assert any(want.values())
    annex = tmp_path / "register.docx"
    write_register_docx(case, annex, lang)  # type: ignore[arg-type]
    text = "\n".join(
        c.text for t in docx.Document(str(annex)).tables for r in t.rows for c in r.cells
    )
    assert "4:84" in text


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_repeat_row_with_other_content_is_a_located_conflict(tmp_path: Path) -> None:
    head = "Bevoegdheid,Mandaatgever,Gemandateerde,Maximumbedrag,Instructies"
    same = _csv(
        tmp_path / "same.csv", head, "P1,College,Jan,100,eerste", "P1,College,Jan,100,eerste"
    )
    result = read_register(same)
    assert len(result.case.mandates) == 1
    repeat = [w for w in result.warnings if w.key == "register_repeat"]
    assert [(w.row, w.params["first"]) for w in repeat] == [(3, 2)]
    assert "already on the map" not in repeat[0].render("en")
    other = _csv(
        tmp_path / "other.csv", head, "P1,College,Jan,100,eerste", "P1,College,Jan,999999,tweede"
    )
    with pytest.raises(ImportFileError) as caught:
        read_register(other)
    errors = [
        (p.key, getattr(p, "row", None), getattr(p, "column", "")) for p in caught.value.problems
    ]
    assert errors == [
        ("register_conflict_row", 3, "Instructies"),
        ("register_conflict_row", 3, "Maximumbedrag"),
    ]
    assert "999999" in caught.value.problems[1].render("en")


def test_reimporting_an_updated_register_reports_the_changed_fields(tmp_path: Path) -> None:
    case = example_case()
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, "nl")
    assert not read_register(out, case).added  # unchanged: adds nothing, no error
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws is not None
    headers = [c.value for c in ws[1]]
    ws.cell(row=2, column=headers.index("Maximumbedrag") + 1, value=999999)
    wb.save(out)
    with pytest.raises(ImportFileError) as caught:
        read_register(out, case)
    [error] = caught.value.problems
    assert isinstance(error, SheetProblem)
    assert (error.key, error.row, error.column) == ("register_conflict_map", 2, "Maximumbedrag")
    assert "999999" in error.render("nl")


def test_the_summary_counts_every_warning_and_the_skipped_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [f"P{i % 3},College,Medewerker {i % 150},,2026-01-01" for i in range(400)]
    register = _csv(
        tmp_path / "big.csv",
        "Bevoegdheid,Mandaatgever,Gemandateerde,Maximumbedrag,Geldig van",
        *rows,
    )
    result = read_register(register)
    assert len(result.warnings) == 200
    # powers, actors, repeats, and once the missing Schriftelijk column
    assert result.warning_total == 3 + 151 + 400 - 150 + 1
    assert result.skipped == 250
    assert (
        main(
            [
                "import",
                str(register),
                "--format",
                "mandate-register",
                "--to",
                str(tmp_path / "b.kvmap"),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"(200 of {result.warning_total} warnings shown; 250 rows skipped as repeats)" in out
    assert (
        main(
            [
                "import",
                str(register),
                "--format",
                "mandate-register",
                "--to",
                str(tmp_path / "c.kvmap"),
                "--lang",
                "nl",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert (
        f"(200 van {result.warning_total} waarschuwingen getoond; "
        "250 rijen overgeslagen als herhaling)" in out
    )


def test_a_header_naming_a_column_twice_is_a_located_error(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Register"
    ws.append(["Bevoegdheid", "Soort bevoegdheid", "Mandaatgever", "Gemandateerde", "Mandaatgever"])
    ws.append(["P1", "Budget besteden", "College", "Jan", "Burgemeester"])
    wb.save(tmp_path / "twice.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_register(tmp_path / "twice.xlsx")
    [error] = caught.value.problems
    assert isinstance(error, SheetProblem)
    assert (error.key, error.sheet, error.row, error.column) == (
        "register_header_twice",
        "Register",
        1,
        "E",
    )
    assert error.params["first"] == "C"
    assert "Mandaatgever" in error.render("nl")


def _repaired_map(tmp_path: Path) -> Path:
    """The example map with an agreement whose end lies before its start: it opens only with
    that end date cleared (a repair)."""
    path = tmp_path / "rep.kvmap"
    assert main(["example", "--out", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["agreements"][0].update(valid_from="2026-05-01", valid_until="2026-01-01")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["import", "layout"])
def test_a_map_that_opens_only_with_repairs_is_not_rewritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    target = _repaired_map(tmp_path)
    before = target.read_bytes()
    register = _csv(
        tmp_path / "r.csv", "Bevoegdheid,Mandaatgever,Gemandateerde", "Nieuw,College,Jan"
    )
    args = {
        "import": ["import", str(register), "--format", "mandate-register", "--to", str(target)],
        "layout": ["layout", str(target)],
    }[command]
    capsys.readouterr()
    assert main([*args, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "valid_until" in err
    assert "pass --force" in err
    assert target.read_bytes() == before
    assert main([*args, "--lang", "nl", "--force"]) == 0
    err = capsys.readouterr().err
    assert "wordt met de kaart opgeslagen" in err
    assert json.loads(target.read_text(encoding="utf-8"))["agreements"][0]["valid_until"] is None
    assert (tmp_path / "rep.kvmap.bak").read_bytes() == before


@pytest.mark.parametrize(
    ("cell", "name", "key"),
    [
        ("College\x1b", "College", "control_characters_removed"),
        ("Jan\u202eevil", "Jan\u202eevil\u202c", "bidi_balanced"),
    ],
)
def test_control_characters_in_a_cell_are_repaired_with_a_located_warning(
    tmp_path: Path, cell: str, name: str, key: str
) -> None:
    register = _csv(tmp_path / "c.csv", "Bevoegdheid,Mandaatgever,Gemandateerde", f"P1,{cell},Piet")
    result = read_register(register)
    assert name in {a.name for a in result.case.actors}
    [warning] = [w for w in result.warnings if w.key == key]
    assert (warning.row, warning.column) == (2, "Mandaatgever")


def test_a_power_merged_over_its_mandate_rows_fills_down(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Bevoegdheid", "Mandaatgever", "Gemandateerde"])
    for holder in ("Jan", "Piet", "Klaas"):
        ws.append(["P1" if holder == "Jan" else None, "College", holder])
    ws.merge_cells("A2:A4")
    wb.save(tmp_path / "merged.xlsx")
    result = read_register(tmp_path / "merged.xlsx")
    power = {p.id: p.name for p in result.case.powers}
    holders = {a.id: a.name for a in result.case.actors}
    assert sorted((power[str(m.power)], holders[m.holder]) for m in result.case.mandates) == [
        ("P1", "Jan"),
        ("P1", "Klaas"),
        ("P1", "Piet"),
    ]


def test_a_formula_without_a_stored_value_is_named_at_its_cell(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Bevoegdheid", "Mandaatgever", "Gemandateerde"])
    ws.append(["P1", "College", "Jan"])
    ws.append(["P2", "=B2", "Piet"])  # openpyxl stores no computed value
    wb.save(tmp_path / "formula.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_register(tmp_path / "formula.xlsx")
    [error] = caught.value.problems
    assert isinstance(error, SheetProblem)
    assert (error.key, error.row, error.column) == ("register_formula_no_value", 3, "Mandaatgever")
    assert "open and save" in error.render("en")


def test_a_header_too_far_down_says_where_it_was_looked_for(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for _ in range(16):
        ws.append(["x"])
    ws.append(["Bevoegdheid", "Mandaatgever", "Gemandateerde"])
    ws.append(["P1", "College", "Jan"])
    wb.save(tmp_path / "low.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_register(tmp_path / "low.xlsx")
    assert "in the first 15 rows of each sheet" in caught.value.problems[0].render("en")
    assert "in de eerste 15 rijen van elk blad" in caught.value.problems[0].render("nl")


def test_a_name_two_actors_carry_gives_a_warning_naming_both(tmp_path: Path) -> None:
    case = example_case()
    first = case.actors[0]
    twin = Actor(case.new_id(EntityKind.ACTOR), first.name.upper(), first.kind)
    case.add(EntityKind.ACTOR, twin)
    register = _csv(
        tmp_path / "r.csv", "Bevoegdheid,Mandaatgever,Gemandateerde", f"Nieuw,{first.name},Jan"
    )
    result = read_register(register, case)
    [warning] = [w for w in result.warnings if w.key == "register_actor_ambiguous"]
    assert (warning.row, warning.column) == (2, "Mandaatgever")
    assert warning.params["ids"] == f"{first.id}, {twin.id}"
    assert [
        m.grantor for m in result.case.mandates if m.id not in {n.id for n in case.mandates}
    ] == [first.id]


def test_the_register_of_an_empty_map_imports_back_adding_nothing(tmp_path: Path) -> None:
    # hostile finding 15: the round trip of an empty map failed with "headers but no rows"
    from models.case import Case
    from models.entities import CaseInfo

    empty = Case(CaseInfo("Leeg"))
    out = tmp_path / "register.xlsx"
    write_register_xlsx(empty, out, "nl")
    result = read_register(out, empty)
    assert result.added == ()
    assert [w.render("en") for w in result.warnings] == [
        f'sheet "{result.warnings[0].sheet}": the register has headers but no rows; nothing added'
    ]
