"""The hostile tester's fifth-round points on the register import: cells merged across
columns (C7), merged header cells (C8) and a missing required column (C9)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from exports.errors import ImportFileError
from exports.register_read import read_register

_HEADER: list[object] = [
    "Bevoegdheid",
    "Wettelijke grondslag",
    "Beleidsregels",
    "Mandaatgever",
    "Gemandateerde",
]


def _book(
    tmp_path: Path, rows: Sequence[Sequence[object]], *merged: str, name: str = "r.xlsx"
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Mandaatregister"
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    path = tmp_path / name
    wb.save(path)
    return path


def test_cells_merged_across_columns_make_no_actor_up(tmp_path: Path) -> None:
    """C7: A2:D2 merged (power over legal basis, policy rules and grantor) spread the power's
    name into the grantor column: an actor named after a power was created and given a
    mandate. Only the first column is read now, and the merge is named."""
    path = _book(
        tmp_path,
        [
            _HEADER,
            ["Bijzondere bijstand verlenen", None, None, None, "Consulent"],
            ["Terugvorderen", "Participatiewet", None, "College van B&W", "Consulent"],
        ],
        "A2:D2",
    )
    with pytest.raises(ImportFileError) as caught:
        read_register(path)
    said = caught.value.render("nl")
    assert "de cellen A2:D2 zijn over kolommen heen samengevoegd; alleen kolom A is gelezen" in said
    assert 'rij 2, kolom "Bevoegdheid"' in said
    assert "Bijzondere bijstand verlenen\u201d" not in said.split("A2:D2")[0]
    warned = [w.render("en") for w in caught.value.warnings]
    assert not any('no actor "Bijzondere' in w for w in warned), warned


def test_a_merge_across_columns_a_mandate_does_not_need_is_a_warning(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        [_HEADER, ["Terugvorderen", "Participatiewet art. 58", None, "College van B&W", "Jan"]],
        "B2:C2",
    )
    result = read_register(path)
    [mandate] = result.case.mandates
    assert {a.name for a in result.case.actors} == {"College van B&W", "Jan"}
    merged = [w for w in result.warnings if w.key == "register_merged_across"]
    assert [(w.row, w.column, w.params["cells"]) for w in merged] == [
        (2, "Wettelijke grondslag", "B2:C2")
    ]
    assert mandate.holder


def test_merged_header_cells_are_named_as_merged(tmp_path: Path) -> None:
    """C8: A1:B1 merged gave "this column and column A both mean Power", which hid that the
    legal basis header was lost to the merge."""
    path = _book(tmp_path, [_HEADER, ["P1", "Participatiewet", None, "College", "Jan"]], "A1:B1")
    with pytest.raises(ImportFileError) as caught:
        read_register(path)
    said = caught.value.render("en")
    assert "the header cells A1:B1 are merged" in said
    assert "both mean" not in said


@pytest.mark.parametrize(
    ("left_out", "said"),
    [
        (
            "Gemandateerde",
            "heeft Bevoegdheid en Mandaatgever, maar geen kolom Gemandateerde (Holder)",
        ),
        (
            "Mandaatgever",
            "heeft Bevoegdheid en Gemandateerde, maar geen kolom Mandaatgever (Grantor)",
        ),
        ("Bevoegdheid", "heeft Mandaatgever en Gemandateerde, maar geen kolom Bevoegdheid (Power)"),
    ],
)
def test_a_missing_required_column_is_named(tmp_path: Path, left_out: str, said: str) -> None:
    """C9: a register without its Holder column was told "no sheet with a mandate register
    found: looked for the headers …", which did not say which column is missing."""
    header = [h for h in _HEADER if h != left_out]
    path = _book(tmp_path, [header, ["x"] * len(header)])
    with pytest.raises(ImportFileError) as caught:
        read_register(path)
    text = caught.value.render("nl")
    assert 'blad "Mandaatregister", rij 1: deze kopjesrij ' + said in text
    assert "geen blad met een mandaatregister" not in text


def test_a_sheet_without_any_register_header_still_says_what_was_looked_for(
    tmp_path: Path,
) -> None:
    path = _book(tmp_path, [["Naam", "Adres"], ["a", "b"]])
    with pytest.raises(ImportFileError) as caught:
        read_register(path)
    assert "no sheet with a mandate register found" in caught.value.render("en")
