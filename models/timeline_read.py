"""The read step a snapshot's light reads share (:mod:`models.timeline_delta` for a snapshot
read as its change from the one before, :mod:`models.timeline_first` for the first one read
against the map): the changed entities read as a map is read, or None when the whole snapshot
must be read as a map instead (rev-code18 N9: the step was written twice)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from models.enums import EntityKind
from models.errors import FormatError

__all__ = ["id_used_twice", "read_changed"]


def id_used_twice(changed: Iterable[Mapping[str, Any]], others: Iterable[Collection[str]]) -> bool:
    """Whether a changed entity's id is also an id of another section: the whole map's read
    words that problem, so the light read gives way to it."""
    sections = list(others)
    return any(entry["id"] in ids for entry in changed for ids in sections)


def read_changed(
    doc: dict[str, Any],
    source: str,
    plain_text: bool,
    known: Mapping[EntityKind, AbstractSet[str]],
) -> dict[str, Any] | None:
    """``doc`` (the case and the changed sections) read and checked as a map is read, as the
    file format writes it; None when it cannot be read or has a problem to report (the whole
    map's read reports it)."""
    from models.fileformat import case_to_dict, read_dict

    try:
        loaded = read_dict(doc, source, plain_text=plain_text, known=known)
    except FormatError:
        return None
    if loaded.problems:
        return None
    return case_to_dict(loaded.case)
