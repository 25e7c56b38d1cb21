"""The report workbook: contents, safety, and the round trip through excel_import."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from exports.excel_import import read_report
from exports.excel_report import build_report, write_report
from models import Case
from models.acceptance import Acceptance
from models.enums import EntityKind
from models.example import example_case
from tests.exports.conftest import as_dict


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_round_trip_every_field(case: Case, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang=lang)  # type: ignore[arg-type]
    result = read_report(out)
    assert as_dict(result.case) == as_dict(case)
    assert result.warnings == ()


def test_round_trip_example(tmp_path: Path) -> None:
    """The report carries the map, not its timeline: the example's three snapshots stay in
    the .kvmap only (export warns about that, in the CLI and in the app); everything else
    comes back exactly."""
    case = example_case()
    assert len(case.timeline.snapshots) == 3  # the shipped example tells its story
    out = tmp_path / "voorbeeld.xlsx"
    write_report(case, out, lang="nl")
    back = read_report(out).case
    assert not back.timeline.snapshots
    assert not back.timeline.history
    expected = as_dict(case)
    for key in ("snapshots", "history"):
        expected.pop(key, None)
    assert as_dict(back) == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_round_trip_accepted_findings(case: Case, tmp_path: Path, lang: str) -> None:
    case.add(
        EntityKind.ACCEPTANCE,
        Acceptance(
            "acc1",
            "MANDATE_EXPIRED:m1",
            "=Wordt in januari vernieuwd",
            "MT",
            date(2026, 9, 1),
            date(2027, 1, 31),
            "abc123",
        ),
    )
    case.add(EntityKind.ACCEPTANCE, Acceptance("acc2", "NO_TRUST:a2", "Bewust", on=None))
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang=lang)  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(out)
    assert ("Geaccepteerd" if lang == "nl" else "Accepted findings") in wb.sheetnames
    result = read_report(out)
    assert list(result.case.accepted) == list(case.accepted)
    assert as_dict(result.case) == as_dict(case)


def test_workbook_opens_in_openpyxl_with_sheets_and_safe_text(case: Case, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang="en")
    wb = openpyxl.load_workbook(out)
    for name in (
        "Overview",
        "Actors",
        "Relationships",
        "Mandates",
        "Needs",
        "Trust matrix",
        "Power-interest",
        "Map",
        "Lists",
    ):
        assert name in wb.sheetnames
    actors = wb["Actors"]
    assert actors["B1"].value == "Name"
    cell = actors["B2"]
    assert cell.value == "=cmd|' /C calc'!A0"
    assert cell.data_type == "s"
    assert cell.quotePrefix
    assert actors["F2"].value == 5  # numbers stay numbers
    assert actors.freeze_panes == "C2"
    assert actors.auto_filter.ref.startswith("A1:")
    assert any("C2" in str(dv.sqref) for dv in actors.data_validations.dataValidation)
    assert wb["Lists"].sheet_state == "hidden"
    assert wb["Map"]._images, "the map picture is embedded"
    trust = wb["Trust matrix"]
    assert trust.cell(row=2, column=3).value == -2  # a1 trusts a2 at -2
    assert trust.cell(row=2, column=3).fill.start_color.rgb.endswith("B03A2E")


def test_no_cell_is_a_formula(case: Case, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang="nl")
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_user_edits_in_excel_are_read(case: Case, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang="nl")
    wb = openpyxl.load_workbook(out)
    actors = wb["Actoren"]
    actors["F3"] = "4"  # influence typed as text
    actors.append(["", "Nieuwe wethouder", "wethouder"])  # no id, a synonym as kind
    rels = wb["Relaties"]
    rels.append([None, None, "Nieuwe wethouder", None, "Consulent Anna", "vertrouwt", 2])
    actors.append([])
    wb.save(out)
    result = read_report(out)
    new = [a for a in result.case.actors if a.name == "Nieuwe wethouder"]
    assert len(new) == 1
    assert new[0].kind.value == "administrator"
    assert result.case.actors.get("a2").influence == 4  # type: ignore[union-attr]
    last = result.case.relationships[-1]
    assert (last.source, last.target, last.kind.value, last.level) == (new[0].id, "a2", "trust", 2)


def test_bad_values_reported_per_sheet_row_column(case: Case, tmp_path: Path) -> None:
    from exports.errors import ImportFileError

    out = tmp_path / "report.xlsx"
    write_report(case, out, lang="en")
    wb = openpyxl.load_workbook(out)
    wb["Actors"]["F2"] = "veel"
    wb["Relationships"]["B3"] = "nobody"
    wb["Relationships"]["C3"] = None
    wb.save(out)
    with pytest.raises(ImportFileError) as info:
        read_report(out)
    text = info.value.render("en")
    assert 'sheet "Actors", row 2, column "Influence": expected a whole number 0–5' in text
    assert 'sheet "Relationships", row 3, column "From (id)"' in text
    assert "report.xlsx" in text
    assert "rij 2, kolom" in info.value.render("nl")


@pytest.mark.parametrize(
    ("lang", "sheet", "headers"),
    [
        ("nl", "Lijsten", {"Soort actor", "Sfeer", "Soort relatie", "Werkpraktijk"}),
        ("en", "Lists", {"Actor kind", "Sphere", "Relationship kind", "Practice"}),
    ],
)
def test_list_sheet_headers_are_in_the_report_language(
    case: Case, tmp_path: Path, lang: str, sheet: str, headers: set[str]
) -> None:
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang=lang)  # type: ignore[arg-type]
    lists = openpyxl.load_workbook(out)[sheet]
    found = {c.value for c in lists[1] if c.value}
    assert headers <= found
    assert not found & {"ActorKind", "RelationKind"}  # no class names
    # none at all: "OrganisationKind", "PowerCategory", "MandateRule", "PowerAct" (issue 11)
    assert not [h for h in found if re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", str(h))], found
    if lang == "nl":
        assert not found & {"Sphere", "Power", "Practice", "Urgency"}
    # every dropdown still points at a filled column of the list sheet
    assert all(lists.cell(row=2, column=c).value for c in range(1, lists.max_column + 1))


def test_the_cover_names_the_owner_of_the_intent_and_reads_back(tmp_path: Path) -> None:
    """New-user review 11: the cover said "Eigenaar bedoeling (id): wethouder"."""
    case = example_case()
    owner = case.actors.get(case.info.intent_owner or "")
    assert owner is not None
    path = tmp_path / "rapport.xlsx"
    write_report(case, path, lang="nl")
    ws = openpyxl.load_workbook(path).worksheets[0]
    rows = {r[0]: r[1:] for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert rows["Eigenaar bedoeling"][0] == owner.name
    assert not any("(id)" in str(label) for label in rows)
    assert read_report(path).case.info.intent_owner == owner.id
    # an earlier report, with the key under the old label, still reads back
    wb = openpyxl.load_workbook(path)
    for row in wb.worksheets[0].iter_rows():
        if row[0].value == "Eigenaar bedoeling":
            row[0].value, row[1].value = "Eigenaar bedoeling (id)", owner.id
    wb.save(path)
    assert read_report(path).case.info.intent_owner == owner.id


def test_intent_owner_named_like_another_actors_id_comes_back(tmp_path: Path) -> None:
    # found by the round trip: a3 named "a2" was written by name and read back as a2
    from models import Actor, ActorKind, CaseInfo

    actors = [
        Actor("a1", "Wethouder", ActorKind.ADMINISTRATOR),
        Actor("a2", "Jan", ActorKind.OTHER),
        Actor("a3", "a2", ActorKind.OTHER),
    ]
    case = Case.from_parts(CaseInfo("T", intent_owner="a3"), actors, [], [], [])
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang="nl", analyse=False, picture=b"")
    assert read_report(out).case.info.intent_owner == "a3"


def test_no_picture_given_is_none_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    """``picture=b""`` is no picture, as for the nota and the deck: before, the report drew
    one with Graphviz, for every test that passed it to save that (issue 15). Fails on main
    90d10d7 (map_png called)."""
    import exports.picture as picture

    def drawn(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("a picture was drawn")

    monkeypatch.setattr(picture, "map_png", drawn)
    wb = build_report(example_case(), lang="en", picture=b"")
    assert not wb["Map"]._images
    assert [row[0] for row in wb["Map"].iter_rows(values_only=True)][1:] == [
        "This report was made without a picture of the map."  # nothing failed (rev-code21 F6)
    ]
    nl = build_report(example_case(), lang="nl", picture=b"")
    assert [row[0] for row in nl["Kaart"].iter_rows(values_only=True)][1:] == [
        "Dit rapport is gemaakt zonder afbeelding van de kaart."
    ]
