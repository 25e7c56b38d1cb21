"""The anonymiser's hostile tests' two steps, written once: the example with its resident
renamed and a description of the case, and what the leak check refuses in a copy's data."""

from __future__ import annotations

from typing import Any

from exports.anonymise_check import NameIndex, find_leak
from exports.anonymise_copy import _names
from models.case import Case
from models.enums import EntityKind
from models.example import example_case

__all__ = ["leak_of", "resident_case"]


def resident_case(name: str, text: str) -> Case:
    """The example case, its resident ``jansen`` named ``name``, its description ``text``."""
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": name})
    case.set_case_field("description", text)
    return case


def leak_of(case: Case, data: dict[str, Any]) -> tuple[str, str] | None:
    """What :func:`exports.anonymise_check.find_leak` refuses in ``data`` (a copy of ``case``
    as the file format writes it), or None."""
    names, full, places = _names(case)
    return find_leak(data, NameIndex(names), full, places=places)
