"""A library's refusal of a file in the user's words: no zip archive, a workbook without its
parts, XML that does not parse, a DTD; never the library's English (issue 15, rev-dutch21 D1
and D13)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from exports.errors import UnsafeFileError
from exports.safety import check_xlsx, parse_xml

ENGLISH = ("File is not a zip file", "missing", "mismatched tag", "a DTD", "line 2")


def _refused(call: object) -> tuple[str, str]:
    with pytest.raises(UnsafeFileError) as caught:
        call()  # type: ignore[operator]
    return caught.value.render("nl"), caught.value.render("en")


def test_a_text_file_named_xlsx(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("naam;rol\nAnna;wethouder\n")
    nl, en = _refused(lambda: check_xlsx(fake))
    assert "geen Excel-werkmap (.xlsx): het bestand is geen zip-archief; is het een .xls" in nl
    assert nl.endswith("Sla het in Excel op als .xlsx")
    assert "the file is not a zip archive; is it an .xls or a CSV" in en
    assert not any(words in nl for words in ENGLISH)


def test_a_zip_without_the_parts_of_a_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("notes.txt", "hello")
    noct = tmp_path / "noct.xlsx"
    noct.write_bytes(buffer.getvalue())
    nl, _en = _refused(lambda: check_xlsx(noct))
    assert "het zip-archief mist het onderdeel dat elke werkmap heeft" in nl
    assert not any(words in nl for words in ENGLISH)


def test_xml_that_does_not_parse_says_where_and_what_in_words() -> None:
    data = b"<graphml>\n  <graph><node id='a'></graph>\n</graphml>"
    nl, en = _refused(lambda: parse_xml(data, "bad.graphml"))
    assert "ongeldige XML: regel 2, kolom " in nl
    assert nl.endswith("een sluittag past niet bij de tag die hij afsluit")
    assert en.endswith("a closing tag does not match the tag it closes")
    assert not any(words in nl for words in ENGLISH)


def test_a_dtd_is_named_in_dutch() -> None:
    data = b'<?xml version="1.0"?><!DOCTYPE g [<!ELEMENT g ANY>]><g/>'
    nl, en = _refused(lambda: parse_xml(data, "dtd.graphml"))
    assert "de XML declareert een DTD;" in nl
    assert "the XML declares a DTD;" in en
