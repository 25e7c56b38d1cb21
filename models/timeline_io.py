"""Reading and writing the timeline of a ``.kvmap`` file: ``snapshots[]`` and ``history[]``.

Each snapshot's state is checked as a whole map (the same checks as the map itself); a
problem in it is reported under ``snapshots[N]`` with the entity's id, e.g.
``snapshots[1].state.actors[id=a3].name: verplicht veld ontbreekt``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from models.errors import FieldError, FormatError, Problem
from models.fields import KINDS, FieldSpec, describe, parse_value
from models.fieldtypes import MAX_LIST
from models.timeline import (
    HistoryEntry,
    KeptSnapshot,
    Snapshot,
    Timeline,
    decode_state,
    encode_states,
)
from models.timeline_delta import index_of, light_decode, light_read
from models.timeline_first import MapBase, read_first

__all__ = [
    "CUT",
    "HISTORY_FIELDS",
    "SECTIONS",
    "SNAPSHOT_FIELDS",
    "dump_timeline",
    "parse_timeline",
    "state_of",
]

SECTIONS = tuple(spec.section for spec in KINDS.values())
LIMITS = {"snapshots": 1_000, "history": 100_000}
#: a foreign history longer than the limits is cut, with a warning, not refused with the map
#: (hostile review 6, N6; the app caps its own with ``more``): the repaired problem's key, and
#: the refusal a strict load reports instead
CUT = {"history_cut": "too_many", "history_edits_cut": "too_many"}

SNAPSHOT_FIELDS = (
    FieldSpec("id", "id", required=True, doc="stable identifier (s1, s2 ...)"),
    FieldSpec("date", "date", required=True, doc="the date the map was in this state"),
    FieldSpec("label", "text", required=True, max_length=200, doc="what the moment was"),
)
HISTORY_FIELDS = (
    FieldSpec("time", "text", required=True, max_length=40, doc="UTC, YYYY-MM-DDTHH:MM:SSZ"),
    FieldSpec("author", "text", max_length=200, doc="who saved"),
    FieldSpec("edits", "str_list", doc="the edits since the save before (undo texts)"),
    FieldSpec("more", "int", maximum=1_000_000_000, doc="edits beyond those listed"),
)
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
#: a time another tool wrote: seconds with a fraction, a zone as an offset, or no zone at all
_FOREIGN_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})?"
)


def state_of(body: dict[str, Any]) -> dict[str, Any]:
    """The state of a map from its written body (``case_to_dict`` without the header keys)."""
    return {k: v for k, v in body.items() if k == "case" or k in SECTIONS}


def dump_timeline(timeline: Timeline) -> dict[str, Any]:
    """``snapshots`` and ``history`` as written (each key only when it has entries)."""
    out: dict[str, Any] = {}
    written = timeline.in_file_order()  # with the damaged ones kept as they were (F5)
    if written:
        deltas = encode_states([s.state for s in written], SECTIONS)
        out["snapshots"] = [
            {"id": s.id, "date": s.date.isoformat(), "label": s.label, "state": delta}
            for s, delta in zip(written, deltas, strict=True)
        ]
    if timeline.history:
        out["history"] = [
            {
                "time": h.written or h.time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "author": h.author,
                "edits": list(h.edits),
                "more": h.more,
            }
            for h in timeline.history
        ]
    return out


def _fields(
    raw: object, specs: Sequence[FieldSpec], location: str, problems: list[Problem], extra: str = ""
) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        problems.append(Problem(location, "expected_object", {"got": describe(raw)}))
        return None
    names = {s.name for s in specs} | ({extra} if extra else set())
    ok = True
    for key in raw:
        if key not in names:
            problems.append(Problem(f"{location}.{key}", "unknown_field", {"name": describe(key)}))
            ok = False
    values: dict[str, Any] = {}
    for spec in specs:
        if spec.name not in raw:
            if spec.required:
                problems.append(Problem(f"{location}.{spec.name}", "required"))
                ok = False
            continue
        try:
            values[spec.name] = parse_value(spec, raw[spec.name])
        except FieldError as exc:
            problems.append(Problem(f"{location}.{spec.name}", exc.key, exc.params))
            ok = False
    return values if ok else None


def _relocate(problem: Problem, where: str, state: dict[str, Any]) -> Problem:
    """A problem found in a snapshot's whole state, located by entity id under ``where``."""
    loc = problem.location
    match = re.match(r"(\w+)\[(\d+)\](.*)", loc)
    if match and match.group(1) in SECTIONS:
        items = state.get(match.group(1), [])
        i = int(match.group(2))
        item = items[i] if i < len(items) else None
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            loc = f"{match.group(1)}[id={item['id']}]{match.group(3)}"
    return Problem(f"{where}.{loc}" if loc else where, problem.key, problem.params)


def _refused(where: str, raw: dict[str, Any], key: str = "snapshot_refused") -> Problem:
    """After a snapshot's own problems: which snapshot it is, that the map itself is in order,
    and what was done (``snapshot_kept``) or is to do (docs/file-format.md, "A damaged
    snapshot")."""
    said = {k: str(raw.get(k, "")) for k in ("id", "date", "label")}
    return Problem(where, key, said)


def _dropped(where: str, raw: object) -> Problem:
    """After the problems of a snapshot the reader leaves out: which one, and that the map
    opened without it (hostile review 10, H4)."""
    if isinstance(raw, dict):
        return _refused(where, raw, "snapshot_dropped")
    return Problem(where, "snapshots_dropped")


def _writable(state: dict[str, Any]) -> bool:
    """Whether a damaged state can be written back as UTF-8 (a lone surrogate cannot)."""
    try:
        json.dumps(state, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError):
        return False
    return True


def _out_of_order(raw_snaps: list[Any]) -> Problem | None:
    """The first snapshot dated before the one above it in the file: each snapshot is stored
    as the change from the one before it, so snapshots out of date order gave a score of
    follow-on errors and no word about the order (hostile review 5, C3). Snapshots whose id
    or date does not read are left to the full check."""
    last: tuple[str, str] | None = None
    for i, raw in enumerate(raw_snaps):
        if not isinstance(raw, dict):
            return None
        sid, day = raw.get("id"), raw.get("date")
        if not (isinstance(sid, str) and isinstance(day, str) and _DAY.fullmatch(day)):
            return None
        if last is not None and day < last[1]:
            said = {"id": sid, "date": day, "other": last[0], "other_date": last[1]}
            return Problem(f"snapshots[{i}].date", "snapshots_out_of_order", said)
        last = (sid, day)
    return None


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_timeline(
    snapshots: object,
    history: object,
    version: int,
    source: str,
    *,
    plain_text: bool = False,
    base: MapBase | None = None,
) -> tuple[Timeline, list[Problem], list[Problem]]:
    """The timeline in a parsed document, every problem that refuses it, and what was said
    about a damaged snapshot kept as written (``plain_text``: as in
    :func:`models.fileformat.read_dict`, for the snapshots' states; ``base``: the map, read
    clean, that the first snapshot is read against: :mod:`models.timeline_first`).

    A snapshot whose state does not read as a map, but whose id, date and label do, is kept
    unread (:class:`~models.timeline.KeptSnapshot`): its problems, then ``snapshot_kept``
    naming it, come back in the third list (hostile review 7, F5)."""
    from models.fileformat import FORMAT_NAME, case_to_dict, read_dict

    problems: list[Problem] = []
    notes: list[Problem] = []
    snaps: list[Snapshot] = []
    kept: list[KeptSnapshot] = []
    raw_snaps = [] if snapshots is None else snapshots
    if not isinstance(raw_snaps, list):
        problems.append(Problem("snapshots", "expected_list", {"got": describe(raw_snaps)}))
        problems.append(Problem("snapshots", "snapshots_dropped"))
        raw_snaps = []
    if len(raw_snaps) > LIMITS["snapshots"]:
        params: dict[str, object] = {"count": len(raw_snaps), "limit": LIMITS["snapshots"]}
        problems += [
            Problem("snapshots", "too_many", params),
            Problem("snapshots", "snapshots_dropped"),
        ]
        raw_snaps = []
    before = len(problems)
    prev: dict[str, Any] = {}
    seen: dict[str, str] = {}
    last: Snapshot | None = None  # the snapshot before, readable or kept
    broke = -1  # the snapshot whose state could not be decoded, after which none reads
    unkept = False  # a snapshot whose state does not read was left out
    shown: dict[str, Any] | None = None  # the state of the one before, when it read clean
    index: dict[str, dict[str, int]] = {}  # where each id of ``shown`` is, per section
    for i, raw in enumerate(raw_snaps):
        where = f"snapshots[{i}]"
        mark = len(problems)
        try:
            values = _fields(raw, SNAPSHOT_FIELDS, where, problems, extra="state")
            if not isinstance(raw, dict) or "state" not in raw:
                if isinstance(raw, dict):
                    problems.append(Problem(f"{where}.state", "required"))
                broke = i  # the next state is the change from this one, which is unknown
                break
            full = None if shown is None else light_decode(prev, raw["state"], index)
            if i == 0 and base is not None:  # the first: set only, read against the map
                full = light_decode({}, raw["state"], {}, whole=True)
            light = full is not None  # only entities set, after a snapshot that read clean
            wrong: list[Problem] = []
            if full is None:  # whatever the change holds, read and worded in full
                full, wrong = decode_state(prev, raw["state"], SECTIONS, f"{where}.state")
            problems.extend(wrong)
            if full is None:
                broke = i  # the states after it are differences from a state we cannot know
                break
            prev = full
            damage: list[Problem] = []
            state = None
            how = (version, source, plain_text)
            if light and shown is not None:  # read only what changed (issue 14, F1)
                state = light_read(shown, raw["state"], full, index, how)
            elif light and i == 0 and base is not None:
                state = read_first(full, base, how)
                index = index_of(full)
            shown = None
            if state is None:
                try:
                    doc = {"format": FORMAT_NAME, "version": version, **full}
                    loaded = read_dict(doc, source, plain_text=plain_text)
                except FormatError as exc:
                    damage = [_relocate(p, f"{where}.state", full) for p in exc.problems]
                else:  # a snapshot is kept as it was: nothing is repaired in it
                    damage = [_relocate(p, f"{where}.state", full) for p in loaded.problems]
                    if not damage:
                        state = state_of(case_to_dict(loaded.case))
                        index = index_of(full)
            if values is None or (damage and not _writable(full)):
                problems.extend(damage)  # it cannot be kept: left out, said below (H4)
                unkept = unkept or bool(damage)
                continue
            if values["id"] in seen:
                twice: dict[str, object] = {"id": values["id"], "other": seen[values["id"]]}
                problems.append(Problem(f"{where}.id", "duplicate_id", twice))
                continue
            seen[values["id"]] = where
            if last is not None and values["date"] < last.date:
                order: dict[str, object] = {"date": values["date"], "before": last.date}
                order["label"] = last.label
                problems.append(Problem(f"{where}.date", "snapshot_order", order))
                continue
            if damage:
                snap = Snapshot(values["id"], values["date"], values["label"], full)
                kept.append(KeptSnapshot(snap, last.id if last is not None else None))
                notes += [*damage, _refused(where, raw, "snapshot_kept")]
            else:
                assert state is not None
                snap = Snapshot(values["id"], values["date"], values["label"], state)
                snaps.append(snap)
                shown = state
            last = snap
        finally:  # a snapshot with a problem is left out; the map opens (H4)
            if len(problems) > mark:
                problems.append(_dropped(where, raw))
    if 0 <= broke < len(raw_snaps) - 1:
        after = {"count": len(raw_snaps) - broke - 1}
        problems.append(Problem(f"snapshots[{broke}]", "snapshots_after_dropped", after))
    damaged = notes or unkept
    if damaged and (swapped := _out_of_order(raw_snaps)) is not None:
        # the stored differences only hold in the file's order: the follow-on errors of
        # snapshots out of date order say nothing useful (C3); a date typo alone in a chain
        # that reads is "snapshot_order" above
        del problems[before:]
        problems += [swapped, Problem("snapshots", "snapshots_dropped")]
        snaps, kept, notes = [], [], []
    return Timeline(snaps, _history(history, problems, notes), kept), problems, notes


def _capped(raw: object, where: str, cut: list[tuple[str, int]]) -> object:
    """A save of the history (at ``where``) with more edits listed than a save lists: the first
    are kept and the others counted in ``more``; ``cut`` gets where it is and how many it
    listed."""
    if not isinstance(raw, dict) or not isinstance(edits := raw.get("edits"), list):
        return raw
    if len(edits) <= MAX_LIST:
        return raw
    more = raw.get("more", 0)
    extra = len(edits) - MAX_LIST
    counted = more + extra if isinstance(more, int) and not isinstance(more, bool) else more
    cut.append((where, len(edits)))
    return {**raw, "edits": edits[:MAX_LIST], "more": counted}


def _time(stamp: str) -> datetime | None:
    """The moment of a save's ``time``: UTC with a ``Z`` as the app writes it; a time another
    tool wrote with an offset (``+01:00``) or without a zone (read as the local time of this
    machine, as such a tool shows it) is read too and kept as written (hostile review 7, F5).
    None when it is no time."""
    if not _FOREIGN_TIME.fullmatch(stamp):
        return None
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:  # 2026-02-30, 25:00
        return None
    if when.tzinfo is None:
        try:
            return when.astimezone()  # the machine's local time on that day
        except (OverflowError, OSError, ValueError):  # year 1 or 9999 near the edge
            return when.replace(tzinfo=UTC)
    return when


def _history(history: object, problems: list[Problem], notes: list[Problem]) -> list[HistoryEntry]:
    raw_history = [] if history is None else history
    if not isinstance(raw_history, list):
        problems.append(Problem("history", "expected_list", {"got": describe(raw_history)}))
        problems.append(Problem("history", "history_dropped"))  # the map opens (H4)
        return []
    start = max(len(raw_history) - LIMITS["history"], 0)  # the latest saves are kept
    if start:
        params = {"count": len(raw_history), "limit": LIMITS["history"], "dropped": start}
        problems.append(Problem("history", "history_cut", params))
    read: list[tuple[dict[str, Any], datetime | None]] = []
    cut: list[tuple[str, int]] = []  # the saves whose edits were cut: one warning for all
    for i, raw in enumerate(raw_history[start:], start):
        where = f"history[{i}]"
        values = _fields(_capped(raw, where, cut), HISTORY_FIELDS, where, problems)
        if values is None:  # left out; the map opens (hostile review 10, H4)
            problems.append(Problem(where, "history_entry_dropped"))
            continue
        stamp = values["time"]
        when = _time(stamp)
        if when is None:  # metadata: the map opens and the save is kept as written (N4)
            notes.append(Problem(f"{where}.time", "history_time_kept", {"got": describe(stamp)}))
        read.append((values, when))
    known = [when for _, when in read if when is not None]
    shown = known[0] if known else datetime(1970, 1, 1, tzinfo=UTC)  # before the first one
    entries: list[HistoryEntry] = []
    for values, when in read:
        shown = when or shown
        stamp = values["time"]
        entries.append(
            HistoryEntry(
                shown,
                values.get("author", ""),
                tuple(values.get("edits", ())),
                values.get("more", 0),
                "" if when is not None and _TIME.fullmatch(stamp) else stamp,
            )
        )
    if cut:
        most = max(n for _, n in cut)
        params = {"saves": len(cut), "count": most, "limit": MAX_LIST}
        problems.append(Problem(f"{cut[0][0]}.edits", "history_edits_cut", params))
    return entries
