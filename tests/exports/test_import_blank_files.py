"""Hostile review 8, N5: an empty CSV said "column Id, Label / Source, Target is missing", an
empty GraphML "malformed XML: no element found", and a file of zero bytes (left by a crash or a
sync program) "malformed XML: not well-formed". Each import now says what the file is."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.errors import ImportFileError
from exports.formats import import_file


@pytest.mark.parametrize("suffix", [".csv", ".graphml", ".gexf", ".xlsx"])
def test_an_empty_file_is_said_to_be_empty(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"leeg{suffix}"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError) as caught:
        import_file(path)
    assert caught.value.render("nl") == (
        f"{path}: het bestand is leeg (0 bytes); is het volledig? Kopieer of bewaar het opnieuw"
    )
    assert caught.value.render("en") == (
        f"{path}: the file is empty (0 bytes); is it complete? Copy or save it again"
    )


@pytest.mark.parametrize("suffix", [".csv", ".graphml", ".gexf", ".xlsx"])
def test_a_file_of_zero_bytes_is_said_to_be_that(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"nul{suffix}"
    path.write_bytes(b"\0" * 1000)
    with pytest.raises(ImportFileError) as caught:
        import_file(path)
    assert caught.value.render("en").startswith(
        f"{path}: the file holds only zero bytes (0x00), 1,000 of them, and no text"
    )
    assert "alleen nulbytes (0x00), 1.000 stuks" in caught.value.render("nl")


def test_a_csv_in_utf16_is_read(tmp_path: Path) -> None:
    path = tmp_path / "actoren.csv"
    path.write_bytes("id,label\na,Anna\nb,Bert\n".encode("utf-16"))
    assert sorted(a.name for a in import_file(path).case.actors) == ["Anna", "Bert"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_register_of_zero_bytes_or_none_is_said_to_be_that(tmp_path: Path, suffix: str) -> None:
    from exports.register_read import read_register

    for data, said in ((b"", "the file is empty (0 bytes)"), (b"\0" * 9, "only zero bytes")):
        path = tmp_path / f"register{suffix}"
        path.write_bytes(data)
        with pytest.raises(ImportFileError) as caught:
            read_register(path)
        assert said in caught.value.render("en")
