"""The anonymiser's readings are wiped for a test that patches what they depend on, and kept
for one that patches another part of ``exports`` (tests/conftest.py, issue 15, session 21).
On the old fixture a patch of the nota wiped them too (the first test fails there)."""

from __future__ import annotations

import pytest

from exports import anonymise_remembered, anonymise_spelling, anonymise_words, nota
from exports.anonymise_titled import Letters


def _read_once() -> None:
    anonymise_words.health_in(f"Zij ligt in het ziekenhuis ({id(_read_once)}).")
    Letters().text(f"Mevrouw Bakker belt ({id(_read_once)}).")


def test_a_patch_elsewhere_in_exports_keeps_the_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    _read_once()
    read = anonymise_remembered._read
    monkeypatch.setattr(nota, "build_nota", nota.build_nota)
    monkeypatch.setattr("exports.nota.write_nota", nota.write_nota)
    assert anonymise_words.health_in.cache_info().currsize > 0
    assert anonymise_remembered._read is read
    assert read


@pytest.mark.parametrize(
    "patch",
    [
        lambda mp: mp.setattr(anonymise_words, "HEALTH", anonymise_words.HEALTH),
        lambda mp: mp.setattr("exports.anonymise_words.HEALTH", anonymise_words.HEALTH),
        lambda mp: mp.setattr(Letters, "again", Letters.again),
        # a module the readings import (exports.anonymise_spelling: fold)
        lambda mp: mp.setattr("exports.anonymise_spelling.fold", anonymise_spelling.fold),
    ],
)
def test_a_patch_of_what_the_readings_depend_on_wipes_them(
    monkeypatch: pytest.MonkeyPatch, patch: object
) -> None:
    _read_once()
    read = anonymise_remembered._read
    patch(monkeypatch)  # type: ignore[operator]
    assert anonymise_words.health_in.cache_info().currsize == 0
    assert anonymise_remembered._read is not read
    assert not anonymise_remembered._read


def test_the_readings_depend_on_no_other_part_of_exports() -> None:
    """Today the readings import only the anonymiser's own modules; a reading that comes to
    depend on another module of ``exports`` brings it into the rule by itself."""
    from tests.conftest import _READINGS, _modules_read

    read = _modules_read(m for m, _ in [*_READINGS, ("exports.anonymise_titled", "")])
    assert "exports.anonymise_spelling" in read
    assert {m for m in read if not m.startswith("exports.anonymise")} == set()
