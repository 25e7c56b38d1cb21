"""Hostile review 8, N5: a map saved as UTF-16 (Notepad's "Unicode", PowerShell's ``>``) said
"not UTF-8 text (byte 0)", and a file of zero bytes left by a crash said "malformed JSON at line
1, column 1". UTF-16 is now read, with or without its byte order mark; a file of only zero
bytes is said to be that; a UTF-16 file cut off in a character names its byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import fileformat
from models.errors import FormatError
from models.example import example_case

TEXT = fileformat.dumps(example_case())


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_a_map_in_utf16_with_or_without_its_mark_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "kaart.kvmap"
    path.write_bytes(TEXT.encode(codec))
    loaded = fileformat.read(path)
    assert loaded.problems == ()
    assert fileformat.dumps(loaded.case) == TEXT


@pytest.mark.parametrize(
    ("data", "en", "nl"),
    [
        (
            b"\0" * 1000,
            "the file holds only zero bytes (0x00), 1,000 of them, and no text: was it damaged"
            " in a crash or by a sync program?",
            "het bestand bevat alleen nulbytes (0x00), 1.000 stuks, en geen tekst: is het"
            " beschadigd bij een crash of door een synchronisatieprogramma?",
        ),
        (
            TEXT.encode("utf-16-le")[:3001],
            "the file is UTF-16 text (byte order LE) but breaks off at byte 3000: save it as UTF-8",
            "het bestand is UTF-16-tekst (bytevolgorde LE) maar breekt af bij byte 3000: sla"
            " het op als UTF-8",
        ),
        (
            TEXT.encode("utf-16")[:3000],  # whole characters, but the map is not complete
            # rev-dutch21 D8: "incomplete", no byte count, and the .bak as the way out
            "the file is incomplete: it breaks off before the map is complete. Was it copied"
            " or saved only in part? Take an older copy (of a map: the .bak beside it)",
            "het bestand is onvolledig: het breekt af voordat de kaart compleet is. Is het"
            " maar voor een deel gekopieerd of opgeslagen? Neem een oudere kopie (van een"
            " kaart: de .bak ernaast)",
        ),
        (b"", "the file is empty (0 bytes)", "het bestand is leeg (0 bytes)"),
    ],
)
def test_a_broken_file_is_said_in_words(tmp_path: Path, data: bytes, en: str, nl: str) -> None:
    path = tmp_path / "kaart.kvmap"
    path.write_bytes(data)
    with pytest.raises(FormatError) as caught:
        fileformat.read(path)
    assert caught.value.render("en").startswith(f"{path}: {en}")
    assert caught.value.render("nl").startswith(f"{path}: {nl}")


def test_zero_bytes_in_a_text_are_said_too() -> None:
    with pytest.raises(FormatError) as caught:
        fileformat.reads("\0" * 12, "kaart.kvmap")
    assert [p.key for p in caught.value.problems] == ["zero_bytes"]


def test_latin1_is_still_not_utf8() -> None:
    with pytest.raises(FormatError) as caught:
        fileformat.reads(TEXT.replace("Rivierstad", "Rivierstäd").encode("cp1252", "replace"))
    assert [p.key for p in caught.value.problems] == ["not_utf8"]
