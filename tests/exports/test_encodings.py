"""Issue 13 items 8 and 13: text encodings say what they are, or what is wrong with them.

* A UTF-16 CSV (with or without byte-order mark, as Excel's "Unicode text" writes it) imported
  as "missing column"; now it is decoded.
* A UTF-8 CSV with some rows in Windows-1252 (two exports pasted together) became mojibake;
  now those rows are read as Windows-1252 and named in a warning.
* An xlsx part in UTF-16 with a DTD slipped past the byte check and openpyxl said "could not
  read worksheets from None"; now the part is decoded and the DTD refused by name.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from exports.errors import ImportFileError, UnsafeFileError
from exports.formats import import_file

NODES = "Id,Label\r\na,Anna\r\nb,Zoë Çelik\r\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_csv_is_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u-nodes.csv"
    path.write_bytes(NODES.encode(encoding))
    result = import_file(path)
    assert [a.name for a in result.case.actors] == ["Anna", "Zoë Çelik"]
    assert [w.key for w in result.warnings] == ["edges_file_missing"]  # a nodes file alone


def test_utf16_tab_separated_as_excel_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Id\tLabel\r\na\tRené\r\n".encode("utf-16"))
    assert [a.name for a in import_file(path).case.actors] == ["René"]


def test_windows_1252_csv_is_read_silently(tmp_path: Path) -> None:
    path = tmp_path / "w-nodes.csv"
    path.write_bytes("Id;Label\na;Zoë\nb;€ 5\n".encode("cp1252"))
    result = import_file(path)
    assert [a.name for a in result.case.actors] == ["Zoë", "€ 5"]
    assert [w.key for w in result.warnings] == ["edges_file_missing"]  # a nodes file alone


def test_mixed_utf8_and_cp1252_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "gemengd-nodes.csv"
    data = "Id,Label\na,Zoë\nb,Anna\n".encode() + "c,René\n".encode("cp1252") + "d,Ōno\n".encode()
    path.write_bytes(data)
    result = import_file(path)
    assert [a.name for a in result.case.actors] == ["Zoë", "Anna", "René", "Ōno"]  # no mojibake
    mixed = [w for w in result.warnings if w.key == "mixed_encoding"]
    assert [w.row for w in mixed] == [4]
    assert mixed[0].sheet == "gemengd-nodes.csv"
    assert "Windows-1252" in mixed[0].render("en")
    assert "rij 4" in mixed[0].render("nl")


def test_nul_bytes_that_are_not_utf16_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Id,Label\na,An\x00na\n")
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    text = info.value.render("en")
    assert str(path) in text
    assert "NUL" in text


def _report_with_utf16_sheet(with_dtd: bool) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Elementen"
    ws.append(["Label", "Type"])
    ws.append(["Anna", "Person"])
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8").split("?>", 1)[-1]
                dtd = '<!DOCTYPE worksheet [<!ENTITY a "aaaa">]>' if with_dtd else ""
                data = f'<?xml version="1.0" encoding="UTF-16"?>{dtd}{text}'.encode("utf-16")
            zf.writestr(info.filename, data)
    return out.getvalue()


def test_xlsx_part_in_utf16_with_a_dtd_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "utf16.xlsx"
    path.write_bytes(_report_with_utf16_sheet(with_dtd=True))
    with pytest.raises(UnsafeFileError) as info:
        import_file(path)
    text = info.value.render("en")
    assert str(path) in text
    assert "DTD" in text
    assert "None" not in text
