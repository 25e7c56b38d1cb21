"""Hostile review 7, F6: the register import's messages. An Excel error said "the row is not
read" while nothing was imported; a direction character in a cell was printed raw (with the
U+202C the repair added), turning the rest of the line around; the act choices read as six
values; a workbook cut short said only "File is not a zip file"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from exports.errors import ImportFileError, UnsafeFileError
from exports.register_read import read_register
from models.example import example_case

_HEADER = ["Bevoegdheid", "Soort handeling", "Mandaatgever", "Gemandateerde"]
_GOOD = ["Bijzondere bijstand verlenen", "besluit", "College van B&W", "Consulent"]


def _book(tmp_path: Path, *rows: Sequence[object], name: str = "r.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Mandaatregister"
    for row in (_HEADER, *rows):
        ws.append(list(row))
    path = tmp_path / name
    wb.save(path)
    return path


def _refused(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_register(path, example_case())
    return caught.value


def test_every_bad_cell_is_named_and_nothing_is_imported(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        ["Terugvorderen", "#N/A", "College van B&W", "Consulent"],
        _GOOD,
        ["Terugvorderen", "besluit", "College van B&W", 42],
    )
    error = _refused(path)
    en, nl = error.render("en"), error.render("nl")
    assert 'row 2, column "Soort handeling": the cell holds the Excel error #N/A' in en
    assert 'row 4, column "Gemandateerde": the cell holds the number 42' in en
    assert "not read" not in en
    assert en.count("so nothing is imported") == 2
    assert nl.count("daarom is er niets ingelezen") == 2
    assert "niet gelezen" not in nl
    assert "niet ingelezen" not in nl


def test_a_direction_character_in_a_cell_is_shown_as_its_escape(tmp_path: Path) -> None:
    path = _book(tmp_path, ["Terugvorderen", "besluit\u202e", "College van B&W", "Consulent"])
    error = _refused(path)
    for lang in ("en", "nl"):
        said = error.render(lang)
        assert '"besluit\\u202e"' in said  # as written: not the U+202C the repair added
        assert "\u202e" not in said
        assert "\u202c" not in said


def test_the_act_choices_are_quoted_one_by_one(tmp_path: Path) -> None:
    error = _refused(_book(tmp_path, ["Terugvorderen", "Verzoekje", "College", "Consulent"]))
    nl = error.render("nl")
    assert (
        "verwacht een van \u201cBesluit\u201d (\u201cBesluit (decision)\u201d);"
        " \u201cVerzoek, geen besluit\u201d (\u201cRequest, no besluit\u201d);"
        " \u201cAndere handeling, geen besluit\u201d (\u201cOther act, no besluit\u201d);"
        " \u201cPrivaatrechtelijke rechtshandeling\u201d (\u201cPrivate-law act (volmacht), no"
        ' besluit\u201d), kreeg "Verzoekje"'
    ) in nl
    assert "\u201cVerzoek, geen besluit\u201d (\u201cRequest, no besluit\u201d);" in error.render(
        "en"
    )


def test_a_workbook_cut_short_is_called_damaged_or_incomplete(tmp_path: Path) -> None:
    whole = _book(tmp_path, _GOOD).read_bytes()
    cut = tmp_path / "afgebroken.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnsafeFileError) as caught:
        read_register(cut)
    en = caught.value.render("en")
    assert en.startswith(f"{cut}: the file is damaged or incomplete (not a complete Excel")
    assert f"after {len(whole) // 2:,} bytes" in en
    assert "het bestand is beschadigd of onvolledig" in caught.value.render("nl")
    assert "zip" not in en


def test_a_text_file_named_xlsx_is_still_not_a_workbook(tmp_path: Path) -> None:
    fake = tmp_path / "nep.xlsx"
    fake.write_text("Bevoegdheid,Mandaatgever\n", encoding="utf-8")
    with pytest.raises(UnsafeFileError, match="not an Excel workbook"):
        read_register(fake)
