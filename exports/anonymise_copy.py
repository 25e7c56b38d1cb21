"""Writing the anonymised copy of a map (``.kvmap``) and checking it first (hostile review
4, H1 and H6; review 5, B1 and B2).

The role words follow the language the map is written in, not the language of the program
(an English user sharing a Dutch case gets "de inwoner", not "the resident"). Before anything
is written, the copy as it would be written is searched, without accents and in any case, for
every resident's name, surname and first name (from the map, its snapshots and its saves),
their old ids, the staff's own names, health and other special data, and direct identifiers
(:mod:`exports.anonymise_check`); if one survived, nothing is written and the error says what
and where.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from exports.anonymise import anonymise
from exports.anonymise_check import NameIndex, find_leak, kept_names, resident_words
from exports.anonymise_check_read import (
    first_words,
    initial_forms,
    initials_reading,
    persons_in_staff,
)
from exports.anonymise_history import unknown_names
from exports.anonymise_id_names import Initials
from exports.anonymise_names import citizen_names
from exports.anonymise_parts import names_nobody
from exports.anonymise_summary import left_out_note
from exports.leak_words import said_leak, what_to_do
from exports.map_language import map_language
from mapper.timeline import case_at
from models.case import Case
from models.enums import ActorKind
from models.fields import KINDS
from models.i18n import Lang

__all__ = ["CopyLeakError", "map_language", "write_anonymised_copy"]


class CopyLeakError(ValueError):
    """A resident's name survived in the written copy: ``name`` at ``where`` (a JSON path)."""

    def __init__(
        self, path: str, name: str, where: str, lang: Lang, data: Any = None, source: Any = None
    ) -> None:
        # the words that survived as the map (``source``) writes them, the field in words
        # (hostile 12, M1; 13, M1b); ``data``: the copy
        found = name
        name, field = said_leak(found, where, data, lang, source)
        self.name, self.where = name, where
        # what to do, not only what is wrong (user review 12b, C2)
        text = (
            f"de geanonimiseerde kopie noemt nog {name!r} (in {field}); er is niets geschreven. "
            if lang == "nl"
            else f"the anonymised copy still names {name!r} (in {field}); nothing was written. "
        )
        self.said = text + what_to_do(found, name, lang)
        super().__init__(f"{path}: {self.said}")

    def in_app(self) -> str:
        """The refusal as the app's message box says it, below a line that names the file: a
        capital, no JSON path (hostile review 15b, B9: "de … /actors/19/name")."""
        said = self.said.replace(f", {self.where})", ")")
        return said[:1].upper() + said[1:] + "."


def _names(case: Case, states: list[Case] | None = None) -> tuple[list[str], set[str], set[str]]:
    """Every resident's name and each word of it that may name them alone (read apart from
    the cleaner: :func:`~exports.anonymise_check.resident_words`), from the map and its
    snapshots, and the staff's personal names ("Sanne", read apart from the cleaner too:
    :func:`~exports.anonymise_check_read.persons_in_staff`); those that are a whole name (a
    resident's full name, a staff member's own name), which no particle before it excuses;
    and the words that are a place after "in". ``states``: ``case`` and its snapshots' states,
    when the caller read them already."""
    if states is None:
        states = [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]
    # a resident the map names only by role words ("Oudere inwoner", "Huishouden met
    # schulden") has no name to leak: those words in a text are the words (the templates)
    full = dict.fromkeys(n for state in states for n in citizen_names(state) if not names_nobody(n))
    read = [resident_words(n) for n in full]
    parts = [p for words, _ in read for p in words]
    # the first and the last written as one word, as a tag does ("annavisser", review 8 N5)
    parts += [w[0] + w[-1].replace(" ", "") for w, _ in read if len(w) > 1]
    parts += [f for n in full for f in initial_forms(n)]  # "avisser", "a.visser" (review 10 H3)
    staff = persons_in_staff(n for state in states for n in _staff_actors(state))
    parts += [re.sub(r"[\s.]+", "", s) for s in staff if " " in s]  # "janvisser" in a tag
    places = {w for _, found in read for w in found}
    return list(dict.fromkeys([*full, *parts, *staff])), {*full, *staff}, places


_ARTICLES = frozenset(("de", "het", "den", "'t", "’t"))


def _staff_actors(case: Case) -> list[str]:
    """The names of the actors on ``case`` who are no resident."""
    return [a.name for a in case.actors if a.kind is not ActorKind.CITIZEN]


def _check(
    case: Case, copy: Case, data: Any, cleaned: Mapping[str, Case] | None = None
) -> tuple[str, str] | None:
    """What in the written ``data`` of ``copy`` still names someone or shows what it may
    not (:func:`~exports.anonymise_check.find_leak`), or a save's edit that names someone no
    state explains. ``cleaned``: the snapshots' states as :func:`anonymise` built them (its
    ``cleaned``), by snapshot id; a snapshot not in it is read from ``copy``."""
    before = [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]
    names, full, places = _names(case, before)  # the states read once (issue 15)
    residents = [n for s in before for n in citizen_names(s)]
    index = NameIndex(names, [f for n in dict.fromkeys(residents) for f in first_words(n)])
    # of the copy's states only the names and ids are read: the reader keeps every id and
    # name as written or refuses the state (case_from_dict is strict), so the states anonymise
    # built read the same as their written form read back (issue 15: a sixth of the check)
    given = cleaned or {}
    snaps = copy.timeline.snapshots
    states = [copy, *(given[s.id] if s.id in given else case_at(copy, s.id) for s in snaps)]
    others = [o.name for s in states for o in s.organisations]
    others += [a.name for s in states for a in s.actors]
    # a name that holds a staff member's own name is never kept whole ("Consulent wijkteam
    # (Sanne)" where the cleaner missed her: the check must not excuse its own find)
    read = persons_in_staff(o for s in before for o in _staff_actors(s))  # read once
    staff = NameIndex(read)
    others = [o for o in others if not any(staff.find(o))]
    kept = kept_names(others, index, full)
    now = {i.id for s in states for kind in KINDS for i in s.collection(kind)}
    old = {a.id for s in before for a in s.actors if a.kind is ActorKind.CITIZEN} - now
    ids = {i for i in old if len(i) > 2 and not names_nobody(i)}  # not an id "gezin"
    # a staff "name" that starts with an article is a provider's short name ("Begeleider De
    # Hoeve"): in small letters it is the words ("op de hoeve"), as the cleaner reads it
    words = [n for n in read if " " in n and n.split()[0].casefold() in _ARTICLES]
    initials = initials_reading(n for n in dict.fromkeys(residents) if not names_nobody(n))
    # the initials of the residents' surnames, read by the check ("Daan V.": review 13b, S3)
    own = [n for n in dict.fromkeys(residents) if not names_nobody(n)]
    marks = {w[0] for n in own for w in resident_words(n)[0] if w not in first_words(n)}
    found = find_leak(data, index, full, kept, ids, places, others, words, initials, marks)
    named = Initials(n for n in dict.fromkeys(residents) if not names_nobody(n))
    return found or _history_leak(data) or _initials_in_ids(data, named)


def _initials_in_ids(data: Any, residents: Initials, where: str = "") -> tuple[str, str] | None:
    """The first id or tag in ``data`` that holds a resident's initials ("annav", "av_2026";
    :class:`~exports.anonymise_id_names.Initials`), with its JSON path, or None."""
    if isinstance(data, list):
        for i, value in enumerate(data):
            if found := _initials_in_ids(value, residents, f"{where}/{i}"):
                return found
    elif isinstance(data, dict):
        for key, value in data.items():
            if key == "id" and isinstance(value, str) and residents.find(value):
                return value, f"{where}/id"
            tags = value if key == "tags" and isinstance(value, list) else []
            for i, tag in enumerate(tags):
                if isinstance(tag, str) and residents.find(tag, alone=False):
                    return tag, f"{where}/tags/{i}"
            if isinstance(value, dict | list) and (
                found := _initials_in_ids(value, residents, f"{where}/{key}")
            ):
                return found
    return None


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


def _history_leak(data: Any) -> tuple[str, str] | None:
    """The first name in a save's edits that the written map does not explain (a resident
    deleted before any snapshot, H1 6). What the map explains is gathered only for a map with
    an edit to read (issue 15: a tenth of the check, for the many maps without a history)."""
    known: list[str] | None = None
    for i, entry in enumerate(data.get("history", []) if isinstance(data, dict) else []):
        for j, edit in enumerate(entry.get("edits", []) if isinstance(entry, dict) else []):
            if not isinstance(edit, str):
                continue
            if known is None:
                known = _known(data)
            if names := unknown_names(edit, known):
                return names[0], f"/history/{i}/edits/{j}"
    return None


def write_anonymised_copy(case: Case, path: str | Path, lang: Lang, *, force: bool = False) -> None:
    """Write the anonymised copy of ``case`` to ``path`` (in the map's own language).

    The copy is checked in memory before anything is written: :class:`CopyLeakError` when a
    name survived (no file is touched). An existing file that is not an earlier anonymised
    copy is refused (:class:`~exports.copy_target.CopyTargetError`) unless ``force``, and
    then kept as ``.bak`` (hostile review 5, B1)."""
    from exports.copy_target import keep_backup, may_replace, unchanged
    from models import fileformat

    backup = may_replace(path, lang, force)
    words = map_language(case, lang)
    cleaned: dict[str, Case] = {}
    copy = anonymise(case, words, for_copy=True, cleaned=cleaned)
    info = copy.info
    if left := left_out_note(case, words):  # damaged snapshots do not go along unsaid
        info = dataclasses.replace(info, description=f"{info.description}\n\n{left}".strip())
    # the mark that lets a later copy replace this one without --force (review 6, N3)
    marked = Case.build(
        dataclasses.replace(info, anonymised=True),
        {kind: list(copy.collection(kind)) for kind in KINDS},
        checked=True,
        linked=True,
    )
    marked.timeline, copy = copy.timeline, marked
    data = json.loads(fileformat.dumps(copy))
    found = _check(case, copy, data, cleaned)
    if found is not None:
        source = json.loads(fileformat.dumps(case))  # to quote the map's own words (M1b)
        raise CopyLeakError(str(path), found[0], found[1], lang, data, source)
    if backup and unchanged(path, fileformat.dumps(copy).encode("utf-8")):
        return  # the same copy again: nothing written, the .bak stays (review 8, N2)
    if backup:
        keep_backup(path)  # an older .bak becomes .bak.1: no version is lost (N2)
    fileformat.save(copy, path, backup=backup)
