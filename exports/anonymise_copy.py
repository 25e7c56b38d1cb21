"""Writing the anonymised copy of a map (``.kvmap``) and checking it afterwards (hostile
review 4, H1 and H6).

The role words follow the language the map is written in, not the language of the program
(an English user sharing a Dutch case gets "de inwoner", not "the resident"). After writing,
the file itself is read back and searched, case-insensitively, for every resident's name,
surname and first name (from the map, its snapshots and its saves); if one survived, the copy
is removed and the error says which name and where.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from exports.anonymise import anonymise, staff_names
from exports.anonymise_history import unknown_names
from exports.anonymise_identifiers import identifiers
from exports.anonymise_names import citizen_names, first_name, surnames
from exports.anonymise_words import HEALTH, HEALTH_NAME
from exports.map_language import map_language
from mapper.timeline import case_at
from models.case import Case
from models.i18n import Lang

__all__ = ["CopyLeakError", "map_language", "write_anonymised_copy"]

# the free-text fields the copy has cleaned of health and other special data (art. 9 AVG)
_FREE = frozenset(("notes", "reason", "label", "description", "origin_note", "content"))


class CopyLeakError(ValueError):
    """A resident's name survived in the written copy: ``name`` at ``where`` (a JSON path)."""

    def __init__(self, path: str, name: str, where: str, lang: Lang) -> None:
        self.name, self.where = name, where
        text = (
            f"{path}: de geanonimiseerde kopie noemt nog {name!r} (in {where}); "
            "er is niets geschreven"
            if lang == "nl"
            else f"{path}: the anonymised copy still names {name!r} (in {where}); "
            "nothing was written"
        )
        super().__init__(text)


def _names(case: Case) -> list[str]:
    """Every resident's name, surname and first name, from the map and its snapshots, and
    the staff's personal names ("Sanne")."""
    states = [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]
    full = dict.fromkeys(n for state in states for n in citizen_names(state))
    parts = [p for n in full for p in [*surnames(n), first_name(n) or ""] if p]
    return list(dict.fromkeys([*full, *parts, *staff_names(case)]))


def _known(data: Any) -> list[str]:
    """The names and decisions in the written map and its snapshots, and the snapshots'
    labels: what a save's edit may name."""
    if isinstance(data, dict):
        own = [v for k, v in data.items() if k in ("name", "decision", "label")]
        return [
            *(v for v in own if isinstance(v, str)),
            *(x for v in data.values() for x in _known(v)),
        ]
    if isinstance(data, list):
        return [x for v in data for x in _known(v)]
    return []


def _leak(
    data: Any, names: list[tuple[str, re.Pattern[str]]], where: str
) -> tuple[str, str] | None:
    """The first (name, JSON path) in ``data`` where a name, or a word that shows health,
    survived; ids and finding keys are searched too (hostile review 4, H1 1)."""
    if isinstance(data, str):
        health = HEALTH_NAME.search(data)
        if health is None and where.rsplit("/", 1)[-1] in _FREE:
            health = HEALTH.search(data)
        if health is not None:
            return health.group(0), where or "/"
        if direct := identifiers(data):
            return direct[0][1], where or "/"
        return next(((n, where or "/") for n, p in names if p.search(data)), None)
    items: Any = ()
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    for key, value in items:
        found = _leak(value, names, f"{where}/{key}")
        if found:
            return found
    return None


def _history_leak(data: Any) -> tuple[str, str] | None:
    """The first name in a save's edits that the written map does not explain (a resident
    deleted before any snapshot, H1 6)."""
    known = _known(data)
    for i, entry in enumerate(data.get("history", []) if isinstance(data, dict) else []):
        for j, edit in enumerate(entry.get("edits", []) if isinstance(entry, dict) else []):
            if isinstance(edit, str) and (names := unknown_names(edit, known)):
                return names[0], f"/history/{i}/edits/{j}"
    return None


def write_anonymised_copy(case: Case, path: str | Path, lang: Lang, *, force: bool = False) -> None:
    """Write the anonymised copy of ``case`` to ``path`` (in the map's own language).

    The copy is checked in memory before anything is written: :class:`CopyLeakError` when a
    name survived (no file is touched). An existing file that is not an earlier anonymised
    copy is refused (:class:`~exports.copy_target.CopyTargetError`) unless ``force``, and
    then kept as ``.bak`` (hostile review 5, B1)."""
    from exports.copy_target import may_replace
    from models import fileformat

    backup = may_replace(path, lang, force)
    copy = anonymise(case, map_language(case, lang), for_copy=True)
    names = [
        (n, re.compile(rf"(?<![^\W_]){re.escape(n)}(?![^\W_])", re.IGNORECASE))
        for n in _names(case)
    ]
    data = json.loads(fileformat.dumps(copy))
    found = _leak(data, names, "") or _history_leak(data)
    if found is not None:
        raise CopyLeakError(str(path), found[0], found[1], lang)
    fileformat.save(copy, path, backup=backup)
