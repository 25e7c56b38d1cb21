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


def _ole(*streams: str) -> bytes:
    """The start of an OLE compound file naming ``streams`` in its directory (UTF-16)."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    return head + b"".join(s.encode("utf-16-le").ljust(64, b"\0") for s in streams)


@pytest.mark.parametrize("read", ["import", "register"])
def test_a_workbook_with_a_password_is_said_so(tmp_path: Path, read: str) -> None:
    """(hostile review 21, H6) Excel keeps a workbook with a password encrypted in an OLE file
    (streams EncryptionInfo and EncryptedPackage): it was "geen zip-archief; is het een .xls
    …?", which sent the user after the wrong cause."""
    from exports.register_read import read_register

    locked = tmp_path / "beveiligd.xlsx"
    locked.write_bytes(_ole("EncryptionInfo", "EncryptedPackage"))
    with pytest.raises(ImportFileError) as refused:
        import_file(locked) if read == "import" else read_register(locked)
    said = refused.value.render("nl")
    assert said == (
        f"{locked}: de werkmap is met een wachtwoord beveiligd en kan daarom niet worden"
        " gelezen; open hem in Excel, haal het wachtwoord weg (Bestand › Info › Werkmap"
        " beveiligen › Versleutelen met wachtwoord) en sla hem opnieuw op"
    )
    assert "protected with a password" in refused.value.render("en")


def test_an_xls_named_xlsx_is_still_asked_about(tmp_path: Path) -> None:
    old = tmp_path / "oud.xlsx"
    old.write_bytes(_ole("Workbook", "SummaryInformation"))  # Excel 97-2003, renamed
    with pytest.raises(ImportFileError) as refused:
        import_file(old)
    assert "is het een .xls" in refused.value.render("nl")
