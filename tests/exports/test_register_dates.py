"""A number in a mandate register's date column (hostile review 5, C5; H10): a date cell Excel
read from a plain number ("5" as 5 January 1900) is imported with a warning naming the file,
row and column; a plain number is refused as a number, with the date it may mean. A register
without the Schriftelijk column says so once, in the import summary."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.errors import ImportFileError, SheetProblem
from exports.register_read import read_register
from ui.cli import main

HEAD = ["Bevoegdheid", "Mandaatgever", "Gemandateerde", "Schriftelijk", "Geldig van"]


def _book(path: Path, value: object, fmt: str | None = "yyyy-mm-dd") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Mandaatregister"
    ws.append(HEAD)
    ws.append(["Bijzondere bijstand", "College van B&W", "Manager", "ja", value])
    if fmt:
        ws["E2"].number_format = fmt
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (5, "het getal 5 leest als 5 januari 1900", "the number 5 reads as 5 January 1900"),
        (-1, "het getal -1 leest als 29 december 1899", "the number -1 reads as 29 December 1899"),
    ],
)
def test_a_number_read_as_a_date_before_1950_is_imported_with_a_warning(
    tmp_path: Path, value: int, nl: str, en: str
) -> None:
    result = read_register(_book(tmp_path / "r.xlsx", value))
    [said] = [w for w in result.warnings if w.key == "register_date_serial"]
    assert said.row == 2
    assert said.column == "Geldig van"
    assert nl in said.render("nl")
    assert "is dit een datum?" in said.render("nl")
    assert en in said.render("en")
    [mandate] = result.case.mandates
    assert mandate.valid_from is not None
    assert mandate.valid_from.year == (1900 if value > 0 else 1899)


def test_a_real_date_gives_no_such_warning(tmp_path: Path) -> None:
    from datetime import date

    result = read_register(_book(tmp_path / "r.xlsx", date(2026, 1, 1)))
    assert not [w for w in result.warnings if w.key == "register_date_serial"]


def test_a_plain_number_is_refused_as_a_number_with_the_date_it_may_mean(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_register(_book(tmp_path / "r.xlsx", 20260101, fmt=None))
    text = str(caught.value)
    assert 'row 2, column "Geldig van"' in text
    assert "got the number 20260101 (did you mean 2026-01-01?)" in text
    with pytest.raises(ImportFileError) as caught:
        read_register(_book(tmp_path / "r2.xlsx", 45000, fmt=None))
    assert "got the number 45000" in str(caught.value)
    assert "did you mean" not in str(caught.value)


def test_the_cli_names_file_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = _book(tmp_path / "register.xlsx", 5)
    target = tmp_path / "kaart.kvmap"
    assert (
        main(
            [
                "import",
                str(register),
                "--format",
                "mandate-register",
                "--to",
                str(target),
                "--lang",
                "nl",
            ]
        )
        == 0
    )
    said = capsys.readouterr()
    lines = [ln for ln in (said.out + said.err).splitlines() if "leest als" in ln]
    assert len(lines) == 1, said
    assert "register.xlsx" in lines[0]
    assert 'rij 2, kolom "Geldig van"' in lines[0]


def test_a_register_without_the_writing_column_says_so_once(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("Bevoegdheid,Mandaatgever,Gemandateerde\nP1,College,Jan\nP2,College,Piet\n")
    said = [w for w in read_register(path).warnings if w.key.startswith("register_no_writing")]
    assert len(said) == 1
    assert (
        said[0]
        .render("nl")
        .startswith(
            'bestand "r.csv": de kolom Schriftelijk ontbreekt; of de 2 toegevoegde mandaten '
            "schriftelijk zijn verleend (art. 10:5 lid 2 Awb), is niet na te gaan"
        )
    )


@pytest.mark.parametrize(("value", "meant"), [(20260101, " (bedoelt u 2026-01-01?)"), (10**7, "")])
def test_a_date_cell_holding_a_number_no_date_can_hold_is_named_without_openpyxls_warning(
    tmp_path: Path, value: int, meant: str, recwarn: pytest.WarningsRecorder
) -> None:
    # hostile review 6, C6: openpyxl's UserWarning was printed, then "got "#VALUE!""
    with pytest.raises(ImportFileError) as caught:
        read_register(_book(tmp_path / "r.xlsx", value))
    [bad] = caught.value.problems
    assert isinstance(bad, SheetProblem)
    assert (bad.row, bad.column) == (2, "Geldig van")
    text = bad.render("nl")
    assert f"opgemaakt als datum maar bevat het getal {value}, en dat is geen datum{meant}." in text
    assert "#VALUE!" not in text
    assert "formatted as a date but holds the number" in bad.render("en")
    assert not [w for w in recwarn if "marked as a date" in str(w.message)]


@pytest.mark.parametrize("error", ["#REF!", "#N/A", "#VALUE!"])
def test_an_excel_error_value_is_refused_not_made_into_an_actor(tmp_path: Path, error: str) -> None:
    # hostile review 6, N5: a Holder cell "#REF!" became an actor "#REF!"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEAD)
    ws.append(["Bijzondere bijstand", "College van B&W", "Manager", "ja", "2026-01-01"])
    ws["C2"].value = error
    ws["C2"].data_type = "e"  # stored as an error cell, as Excel writes it
    wb.save(tmp_path / "r.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_register(tmp_path / "r.xlsx")
    [bad] = caught.value.problems
    assert isinstance(bad, SheetProblem)
    assert (bad.key, bad.row, bad.column) == ("register_excel_error", 2, "Gemandateerde")
    assert f"de Excel-fout {error}" in bad.render("nl")


def test_a_valid_from_far_ahead_warns_and_a_near_one_does_not(tmp_path: Path) -> None:
    from datetime import date, timedelta

    result = read_register(_book(tmp_path / "r.xlsx", date(2999, 1, 1)))
    [far] = [w for w in result.warnings if w.key == "register_date_far_ahead"]
    assert (far.row, far.column) == (2, "Geldig van")
    assert "1 januari 2999" in far.render("nl")
    near = read_register(_book(tmp_path / "s.xlsx", date.today() + timedelta(days=60)))
    assert not [w for w in near.warnings if w.key == "register_date_far_ahead"]


@pytest.mark.parametrize(("column", "value"), [("C2", 42), ("B2", 7.5), ("C2", "1.001")])
def test_a_grantor_or_holder_that_is_a_number_is_refused_not_made_into_an_actor(
    tmp_path: Path, column: str, value: object
) -> None:
    # hostile review 6, N5: a Holder cell 42 became an actor "42"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEAD)
    ws.append(["Bijzondere bijstand", "College van B&W", "Manager", "ja", "2026-01-01"])
    ws[column].value = value
    wb.save(tmp_path / "r.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_register(tmp_path / "r.xlsx")
    [bad] = caught.value.problems
    assert isinstance(bad, SheetProblem)
    named = "Gemandateerde" if column == "C2" else "Mandaatgever"
    assert (bad.key, bad.row, bad.column) == ("register_name_number", 2, named)
    assert f"de cel bevat het getal {value}, geen naam van een actor" in bad.render("nl")
    warned = [w.render("en") for w in caught.value.warnings]
    assert not any(f'no actor "{value}"' in w for w in warned), warned
