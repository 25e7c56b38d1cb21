"""The copy's check and the exports' gate do each part of their reading once (issue 15, ana22):
the staff's own names are read once per check, what the map explains to a save's edit only for
a map with an edit, and the gate reads the pseudonymised map as its file would hold it without
writing it out and back. Counted, never timed; what they find is unchanged (the other tests of
the check and the gate)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

import exports.anonymise_copy as copy_module
from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from exports.pseudonym_check import refuse_leak
from models import fileformat
from models.example import example_case
from models.timeline import HistoryEntry


def _counting(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    real: Callable[..., Any] = getattr(target, name)

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(target, name, counted)
    return calls


def test_the_staff_are_read_once_and_the_explained_names_only_for_an_edit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fails on the old code: the check read the staff's names three times (twice for the same
    # states), and gathered every name of the map for a map without a history
    case = example_case()
    assert not case.timeline.history
    copy = anonymise(case, "nl", for_copy=True)
    data = json.loads(fileformat.dumps(copy))
    staff = _counting(monkeypatch, copy_module, "persons_in_staff")
    known = _counting(monkeypatch, copy_module, "_known")
    assert _check(case, copy, data) is None
    assert len(staff) == 2  # the map's names (_names), and the check's own reading
    assert known == []
    case.timeline.record(
        HistoryEntry(datetime(2026, 10, 2, 9, 30, tzinfo=UTC), "Consulent", ("Naam",), 1)
    )
    copy = anonymise(case, "nl", for_copy=True)
    assert _check(case, copy, json.loads(fileformat.dumps(copy))) is None
    whole = [args for args in known if isinstance(args[0], dict) and "history" in args[0]]
    assert len(whole) == 1  # once for the map (then into its parts), whatever its edits


def test_the_gate_does_not_write_the_pseudonymised_map_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fails on the old code: the gate wrote the map as text and read it back (a sixth of it)
    case = example_case()
    shown = anonymise(case, "nl", names="nl")
    written = _counting(monkeypatch, fileformat, "dumps")
    refuse_leak(case, shown, "nl", kind="nota")
    assert written == []
