"""An unknown file type is said in words a user can act on (Dutch review 21, D15 and D13): an
old ``.xls`` workbook gets the advice to save it as ``.xlsx``; a name without an extension no
longer reads "onbekend bestandstype (none)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.errors import ExportFileError, ImportFileError
from exports.formats import export_case, import_file
from models.example import example_case


def test_an_old_excel_workbook_is_told_to_be_saved_as_xlsx(tmp_path: Path) -> None:
    old = tmp_path / "actoren.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))  # an OLE file, as Excel 97-2003 wrote
    with pytest.raises(ImportFileError) as refused:
        import_file(old)
    assert refused.value.render("nl") == (
        f"{old}: .xls is het Excel-formaat van vóór 2007, dat niet wordt gelezen; open het"
        " bestand in Excel of LibreOffice en sla het op als .xlsx-werkmap"
    )
    assert "save it as an .xlsx workbook" in refused.value.render("en")


def test_a_name_without_an_extension_is_said_so(tmp_path: Path) -> None:
    bare = tmp_path / "kaart"
    bare.write_text("{}", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        import_file(bare)
    said = refused.value.render("nl")
    assert "de bestandsnaam heeft geen extensie, dus het bestandstype is onbekend" in said
    assert "(none)" not in said
    with pytest.raises(ExportFileError) as refused_out:
        export_case(example_case(), tmp_path / "uit")
    assert "the file name has no extension" in refused_out.value.render("en")
    assert not (tmp_path / "uit").exists()


def test_another_type_is_still_named() -> None:
    with pytest.raises(ExportFileError, match=r"unknown file type \.bmp; use one of"):
        export_case(example_case(), "x.bmp")
