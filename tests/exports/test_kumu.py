"""Kumu's spreadsheet layout: a workbook as Kumu documents it, and our round trip."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.errors import ImportFileError
from exports.extras import unstash
from exports.kumu import read_kumu, write_kumu
from models import Case
from models.enums import ActorKind, Instrument, PowerCategory, RelationKind
from models.example import example_case
from tests.exports.conftest import as_dict


def _kumu_workbook(path: Path) -> None:
    """Laid out as Kumu's import docs: Elements (Label first), Connections (From, To)."""
    wb = openpyxl.Workbook()
    elements = wb.active
    elements.title = "Elements"
    elements.append(["Label", "Type", "Description", "Tags", "Invloed", "Telefoon"])
    elements.append(
        ["Wethouder Jansen", "Wethouder", "Portefeuille zorg", "bestuur | zorg", 5, "0201234567"]
    )
    elements.append(["Woonstede", "Woningcorporatie", None, None, 3, None])
    elements.append(["Anna", "Consulent", None, "wijkteam", None, None])
    elements.append([None, None, None, None, None, None])  # empty row
    elements.append(["Anna", "Professional", None, None, None, None])  # duplicate label
    elements.append(["Kabouter Plop", "Kabouter", None, None, None, None])  # unknown type
    connections = wb.create_sheet("Connections")
    connections.append(["From", "To", "Type", "Direction", "Label", "Tags", "Sterkte"])
    connections.append(
        ["Wethouder Jansen", "Anna | Woonstede", "vertrouwt", "directed", "rugdekking", "a|b", 3]
    )
    connections.append(["Anna", "Woonstede", "Werkt samen", "undirected", None, None, None])
    connections.append(["Anna", "Wethouder Jansen", "Vertrouwt", "mutual", None, None, None])
    connections.append(["Anna", "Onbekende Partij", "signaleert", None, None, None, None])
    connections.append(
        ["Wethouder Jansen", "Anna", "Mandaat", None, "Afwijken van regel", None, None]
    )
    connections.append([None] * 7)
    ignored = wb.create_sheet("Notes (ignore)")
    ignored.append(["Label", "Type"])
    ignored.append(["Should not appear", "Burger"])
    wb.save(path)


def test_kumu_documented_layout(tmp_path: Path) -> None:
    path = tmp_path / "kumu.xlsx"
    _kumu_workbook(path)
    result = read_kumu(path)
    case = result.case
    names = [a.name for a in case.actors]
    assert names == ["Wethouder Jansen", "Woonstede", "Anna", "Kabouter Plop", "Onbekende Partij"]
    by_name = {a.name: a for a in case.actors}
    wethouder = by_name["Wethouder Jansen"]
    assert wethouder.kind is ActorKind.ADMINISTRATOR
    assert wethouder.influence == 5
    assert wethouder.tags == ("bestuur", "zorg")
    notes, extras = unstash(wethouder.notes)
    assert notes == "Portefeuille zorg"
    assert extras == {"Telefoon": "0201234567", "Type": "Wethouder"}
    assert by_name["Woonstede"].kind is ActorKind.PARTNER
    assert by_name["Anna"].kind is ActorKind.PROFESSIONAL
    assert by_name["Kabouter Plop"].kind is ActorKind.OTHER
    rels = [(r.source, r.target, r.kind) for r in case.relationships]
    w, a, wo = wethouder.id, by_name["Anna"].id, by_name["Woonstede"].id
    assert (w, a, RelationKind.TRUST) in rels
    assert (w, wo, RelationKind.TRUST) in rels  # the | list in To
    assert (a, wo, RelationKind.COLLABORATION) in rels
    assert (a, w, RelationKind.TRUST) in rels
    assert (w, a, RelationKind.TRUST) in rels
    assert len(case.relationships) == 6
    trust = case.relationships[0]
    assert trust.label == "rugdekking"
    # "vertrouwt" is our own Dutch label, so no original needs keeping
    assert unstash(trust.notes)[1] == {"Tags": "a|b", "Sterkte": "3"}
    mandate = case.mandates[0]
    assert (mandate.grantor, mandate.holder) == (w, a)
    assert mandate.instrument is Instrument.MANDATE
    assert mandate.power is PowerCategory.DEVIATE_FROM_RULE
    rendered = [p.render("en") for p in result.warnings]
    assert 'sheet "Elements", row 5: empty row skipped' in rendered
    assert any("row 6" in r and "also on row 4" in r for r in rendered)
    assert any('"Kabouter"' in r for r in rendered)
    made = 'row 5: no element "Onbekende Partij"; an actor "Onbekende Partij" was made'
    assert any(made in r for r in rendered)
    assert any('sheet "Connections", row 7: empty row' in r for r in rendered)
    assert all("Should not appear" not in n for n in names)
    dutch = [p.render("nl") for p in result.warnings]
    assert any(r.startswith('blad "Elements", rij 5') for r in dutch)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_round_trip(case: Case, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "kumu.xlsx"
    write_kumu(case, path, lang)  # type: ignore[arg-type]
    back = read_kumu(path)
    expected, got = as_dict(case), as_dict(back.case)
    for section in ("actors", "relationships", "mandates"):
        assert got[section] == expected[section]
    assert back.warnings == ()


def test_round_trip_example_by_name(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "kumu.xlsx"
    write_kumu(case, path)
    wb = openpyxl.load_workbook(path)
    assert wb["Elements"]["A1"].value == "Label"
    assert (wb["Connections"]["A1"].value, wb["Connections"]["B1"].value) == ("From", "To")
    names = {a.name for a in case.actors}
    assert wb["Connections"]["A2"].value in names  # Kumu links by label
    back = read_kumu(path).case
    for section in ("actors", "relationships", "mandates"):
        assert as_dict(back)[section] == as_dict(case)[section]


def test_formula_names_stay_text(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "kumu.xlsx"
    write_kumu(case, path)
    cell = openpyxl.load_workbook(path)["Elements"]["A2"]
    assert cell.value == "=cmd|' /C calc'!A0"
    assert cell.data_type == "s"


def test_not_kumu(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Something", "Else"])
    wb.save(path)
    with pytest.raises(ImportFileError, match="no sheet with Kumu"):
        read_kumu(path)


def test_kumu_id_first_layout(tmp_path: Path) -> None:
    """Kumu's ID variant: ``ID`` in A1, connections refer to IDs, labels may repeat."""
    path = tmp_path / "ids.xlsx"
    wb = openpyxl.Workbook()
    elements = wb.active
    elements.title = "Stakeholders"
    elements.append(["ID", "Label", "Type"])
    elements.append(["p1", "Jan", "Burgemeester"])
    elements.append(["p2", "Jan", "Raadslid"])
    connections = wb.create_sheet("Links")
    connections.append(["From", "To", "Type"])
    connections.append(["p1", "p2", "Legt verantwoording af aan"])
    wb.save(path)
    result = read_kumu(path)
    case = result.case
    assert [(a.name, a.kind) for a in case.actors] == [
        ("Jan", ActorKind.ADMINISTRATOR),
        ("Jan", ActorKind.COUNCIL),
    ]
    rel = case.relationships[0]
    assert rel.kind is RelationKind.ACCOUNTABILITY
    assert (rel.source, rel.target) == (case.actors[0].id, case.actors[1].id)
    assert result.warnings == ()
