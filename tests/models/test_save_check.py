"""A save reads its own text back before writing it (a save never writes what a load refuses):
a text the lean reader is sure of is not read the full way a second time (issue 14: a quarter
of saving a 2,000-actor map); anything else still is, and is refused as before."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from models import fileformat
from models.errors import FormatError
from models.example import example_case
from models.fileformat import load, save


def _count_full_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = fileformat.read_dict

    def counted(doc: object, source: str = "", **kwargs: Any) -> object:
        calls.append(source)  # the whole map's read names the file (a snapshot's: its own)
        return real(doc, source, **kwargs)

    monkeypatch.setattr(fileformat, "read_dict", counted)
    return calls


def test_a_clean_map_is_saved_without_reading_it_back_the_full_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = example_case()
    calls = _count_full_reads(monkeypatch)
    save(case, tmp_path / "kaart.kvmap")
    assert str(tmp_path / "kaart.kvmap") not in calls
    monkeypatch.undo()
    assert fileformat.dumps(load(tmp_path / "kaart.kvmap")) == fileformat.dumps(case)


def test_a_map_the_lean_reader_is_unsure_of_is_still_checked_and_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = example_case()
    actor = next(iter(case.actors))
    # a model bug that slips an invalid value past the mutators
    case.actors._replace(actor, dataclasses.replace(actor, influence=9))
    calls = _count_full_reads(monkeypatch)
    with pytest.raises(FormatError, match="influence"):
        save(case, tmp_path / "kaart.kvmap")
    assert str(tmp_path / "kaart.kvmap") in calls
    assert not (tmp_path / "kaart.kvmap").exists()
