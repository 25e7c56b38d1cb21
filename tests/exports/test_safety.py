"""Hostile input is refused fast with a clear message; formulas never get evaluated."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.reader.excel import ExcelReader

from exports.errors import UnsafeFileError
from exports.excel_import import read_report
from exports.extras import stash, unstash
from exports.gexf import read_gexf
from exports.graphml import read_graphml
from exports.kumu import read_kumu
from exports.safety import XlsxLimits, check_xlsx, csv_escape, csv_unescape, needs_quote
from exports.synonyms import match
from models.enums import ActorKind, Instrument, RelationKind
from tests.exports.conftest import HOSTILE

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph id="G">
<node id="&lol9;"/></graph></graphml>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph><nodes>
<node id="a" label="&xxe;"/></nodes></graph></gexf>"""


@pytest.mark.parametrize(
    ("name", "data", "reader"),
    [("laughs.graphml", BILLION_LAUGHS, read_graphml), ("xxe.gexf", EXTERNAL, read_gexf)],
)
def test_hostile_xml_refused(tmp_path: Path, name: str, data: bytes, reader: object) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    start = time.perf_counter()
    with pytest.raises(UnsafeFileError) as info:
        reader(path)  # type: ignore[operator]
    assert time.perf_counter() - start < 10.0  # a hang guard: expansion would take minutes
    text = info.value.render("en")
    assert name in text
    assert "entity expansion and external entities are refused" in text
    assert "worden geweigerd" in info.value.render("nl")


def test_malformed_xml(tmp_path: Path) -> None:
    path = tmp_path / "broken.graphml"
    path.write_bytes(b"<graphml><graph>")
    with pytest.raises(UnsafeFileError, match="malformed XML"):
        read_graphml(path)


def _bomb(path: Path, size: int) -> None:
    """A valid-looking xlsx whose one sheet unpacks to ``size`` bytes of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as handle:
            chunk = b"0" * (1 << 20)
            for _ in range(size // len(chunk)):
                handle.write(chunk)


def test_zip_bomb_refused_before_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("openpyxl was asked to load a zip bomb")

    monkeypatch.setattr(ExcelReader, "read", never)
    path = tmp_path / "bomb.xlsx"
    _bomb(path, 50 * (1 << 20))
    assert path.stat().st_size < 200_000
    with pytest.raises(UnsafeFileError) as info:
        read_kumu(path)
    # refused by the check, by its own problem (not by openpyxl's failure turned into a message)
    assert [p.key for p in info.value.problems] == ["zip_ratio"]
    text = info.value.render("en")
    assert "bomb.xlsx" in text
    assert "zip bomb" in text
    assert "zipbom" in info.value.render("nl")


@pytest.mark.parametrize("bug", [AttributeError("no attribute"), AssertionError("oops")])
def test_a_bug_inside_openpyxl_is_not_called_a_bad_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bug: Exception
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise bug

    path = tmp_path / "fine.xlsx"
    openpyxl.Workbook().save(path)
    monkeypatch.setattr(ExcelReader, "read", broken)
    with pytest.raises(type(bug)):
        read_kumu(path)


def test_what_openpyxl_raises_on_a_damaged_workbook_is_a_located_refusal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='x'")  # cut off
    with pytest.raises(UnsafeFileError) as info:
        read_kumu(path)
    assert [p.key for p in info.value.problems] == ["not_xlsx"]
    assert "damaged.xlsx" in info.value.render("en")


def test_unpacked_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    _bomb(path, 3 * (1 << 20))
    limits = XlsxLimits(unpacked_bytes=2 * (1 << 20))
    with pytest.raises(UnsafeFileError, match="unpacks to"):
        check_xlsx(path, limits)


def test_too_many_parts(tmp_path: Path) -> None:
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        for i in range(30):
            zf.writestr(f"xl/media/x{i}.bin", b"x")
    with pytest.raises(UnsafeFileError, match="31 parts; the limit is 20"):
        check_xlsx(path, XlsxLimits(parts=20))


def test_too_many_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Actors"
    for i in range(1, 302):
        ws.append([f"a{i}", f"Actor {i}"])
    wb.save(path)
    check_xlsx(path, XlsxLimits(rows=400))
    with pytest.raises(UnsafeFileError, match="more than 300 rows"):
        check_xlsx(path, XlsxLimits(rows=300))


def test_dtd_inside_xlsx_refused(tmp_path: Path) -> None:
    path = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", BILLION_LAUGHS.decode())
    with pytest.raises(UnsafeFileError, match="declares a DTD"):
        read_report(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Label,Type\n")
    with pytest.raises(UnsafeFileError, match="not an Excel workbook"):
        read_kumu(path)
    with pytest.raises(UnsafeFileError, match="file not found"):
        read_kumu(tmp_path / "missing.xlsx")


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_triggers(text: str) -> None:
    assert needs_quote(text)
    assert csv_escape(text) == "'" + text
    assert csv_unescape(str(csv_escape(text))) == text


def test_numbers_and_plain_text_untouched() -> None:
    assert csv_escape(-5) == -5
    assert csv_escape(1.5) == 1.5
    assert csv_escape("'t Gooi") == "'t Gooi"
    assert csv_unescape("'t Gooi") == "'t Gooi"


@given(st.text())
def test_csv_escape_is_reversible(text: str) -> None:
    escaped = csv_escape(text)
    assert isinstance(escaped, str)
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert csv_unescape(escaped) == text


@given(
    st.text(),
    st.dictionaries(st.text(min_size=1).filter(lambda k: k.strip() == k and k), st.text()),
)
def test_extras_round_trip(notes: str, extras: dict[str, str]) -> None:
    notes = unstash(notes)[0]
    got_notes, got = unstash(stash(notes, extras))
    assert got == extras
    assert got_notes == notes


@pytest.mark.parametrize(
    ("enum", "text", "expected"),
    [
        (ActorKind, "Wethouder", ActorKind.ADMINISTRATOR),
        (ActorKind, "burgemeester", ActorKind.ADMINISTRATOR),
        (ActorKind, "Gemeenteraad", ActorKind.COUNCIL),
        (ActorKind, "raad", ActorKind.COUNCIL),
        (ActorKind, "Woningcorporatie", ActorKind.PARTNER),
        (ActorKind, "Housing corporation", ActorKind.PARTNER),
        (ActorKind, "Teamleider Wijkteam", ActorKind.MANAGER),
        (ActorKind, "Citizen", ActorKind.CITIZEN),
        (RelationKind, "vertrouwt", RelationKind.TRUST),
        (RelationKind, "Reports to", RelationKind.ACCOUNTABILITY),
        (RelationKind, "werkt samen", RelationKind.COLLABORATION),
        (Instrument, "Delegatie", Instrument.DELEGATION),
        (ActorKind, "Kabouter", None),
        (ActorKind, "", None),
    ],
)
def test_synonyms(enum: type, text: str, expected: object) -> None:
    assert match(enum, text) == expected
