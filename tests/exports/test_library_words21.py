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


def test_gexf_that_networkx_refuses_is_said_in_words(tmp_path: Path) -> None:
    from exports.errors import ImportFileError
    from exports.gexf import read_gexf

    odd = tmp_path / "odd.gexf"
    odd.write_text(
        '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph><nodes><node id="a">'
        '<attvalues><attvalue for="zz" value="1"/></attvalues></node></nodes></graph></gexf>'
    )
    with pytest.raises(ImportFileError) as caught:
        read_gexf(odd)
    nl = caught.value.render("nl")
    assert "geen GEXF-bestand: het XML-bestand heeft niet de opbouw van een GEXF-graaf" in nl
    assert "No attribute" not in nl  # networkx's text is in the log


def test_graphviz_that_cannot_run_is_said_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import subprocess

    import exports.graphviz
    from exports.errors import ExportFileError

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/dot")
    monkeypatch.setattr(subprocess, "run", refuse)
    with pytest.raises(ExportFileError) as caught:
        exports.graphviz.render_bytes("digraph {}", "png")
    nl = caught.value.render("nl")
    assert (
        "Graphviz (dot) mislukte: het programma kan niet worden gestart; installeer het opnieuw"
        in nl
    )
    assert "Permission denied" not in nl


def test_graphml_of_another_kind_is_said_in_dutch(tmp_path: Path) -> None:
    from exports.errors import ImportFileError
    from exports.graphml import read_graphml

    other = tmp_path / "ander.graphml"
    other.write_text("<svg><g/></svg>")
    empty = tmp_path / "leeg.graphml"
    empty.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"></graphml>')
    with pytest.raises(ImportFileError) as caught:
        read_graphml(other)
    assert "geen GraphML-bestand: het buitenste element is <svg>, niet <graphml>" in (
        caught.value.render("nl")
    )
    with pytest.raises(ImportFileError) as caught:
        read_graphml(empty)
    assert "geen GraphML-bestand: er staat geen <graph>-element in" in caught.value.render("nl")
