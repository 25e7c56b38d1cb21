"""The case timeline kept inside a map: dated snapshots of the map and the history of saves.

A :class:`Snapshot` holds the whole state of the map on a date (``state``: the ``case`` header
and one list per entity kind, exactly as the ``.kvmap`` body writes them). In the file each
snapshot's state is stored as the difference from the snapshot before it (the first one from an
empty map), see :func:`encode_states` and ``docs/file-format.md``: a new snapshot adds a block
at the end and leaves the earlier ones untouched, so the file still diffs cleanly.

A :class:`HistoryEntry` records one save: when, by whom and the edits since the save before.

The :class:`Timeline` on a case holds both and is the only way to change them; it emits
``changed`` after each change. Pure Python; reading and validating the states lives in
:mod:`models.timeline_io`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from models.errors import ModelError, Problem
from models.signals import Signal

__all__ = [
    "HISTORY_EDITS",
    "HistoryEntry",
    "KeptSnapshot",
    "Snapshot",
    "Timeline",
    "decode_state",
    "encode_states",
]

HISTORY_EDITS = 30  # edits listed per save; the rest are counted in ``more``


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The map as it was on ``date``, saved under ``label``.

    ``state`` is the map's body (``case`` and the entity lists, as JSON values); treat it as
    read-only: snapshots are shared between copies of a case.
    """

    id: str
    date: date
    label: str
    state: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One save: its time (UTC, whole seconds), its author and what was edited since the
    previous save (``edits``, the undo texts in order; ``more`` edits beyond those).

    ``written``: the time as another tool wrote it in the file when that was not UTC with a
    ``Z`` (a local time without a zone, or one with an offset): ``time`` holds it read as the
    machine's local time or at its offset, and a save writes ``written`` back unchanged
    (hostile review 7, F5); empty for the app's own saves."""

    time: datetime
    author: str
    edits: tuple[str, ...] = ()
    more: int = 0
    written: str = ""


@dataclass(frozen=True, slots=True)
class KeptSnapshot:
    """A damaged snapshot of a file, kept as it was written (hostile review 7, F5).

    Its state does not read as a map (a mandate whose holder the state lacks, a value out of
    range): the timeline, compare, the trend, the casebook and the anonymised copy never see
    it, but a save writes it back where it was, so nothing in the file is lost. ``after``: the
    id of the snapshot before it in the file (None when it came first)."""

    snapshot: Snapshot
    after: str | None


class Timeline:
    """The snapshots (in date order) and the history of saves of one map."""

    changed = Signal()

    def __init__(
        self,
        snapshots: Iterable[Snapshot] = (),
        history: Iterable[HistoryEntry] = (),
        kept: Iterable[KeptSnapshot] = (),
    ) -> None:
        self._snapshots = list(snapshots)
        self._history = list(history)
        self._kept = tuple(kept)

    @property
    def snapshots(self) -> tuple[Snapshot, ...]:
        """The snapshots, oldest first."""
        return tuple(self._snapshots)

    @property
    def history(self) -> tuple[HistoryEntry, ...]:
        """The saves, oldest first."""
        return tuple(self._history)

    @property
    def kept(self) -> tuple[KeptSnapshot, ...]:
        """The damaged snapshots of the file, kept unread to be written back."""
        return self._kept

    def in_file_order(self) -> list[Snapshot]:
        """The snapshots as a save writes them: the readable ones with each kept one back in
        its place (after the snapshot it followed, when that is still there and the dates
        allow it; else at its date)."""
        out = list(self._snapshots)
        for kept in self._kept:
            snap = kept.snapshot
            ids = [s.id for s in out]
            pos = -1
            if kept.after is None:
                pos = 0
            elif kept.after in ids:
                pos = ids.index(kept.after) + 1
            fits = pos >= 0 and (pos == 0 or out[pos - 1].date <= snap.date)
            if not (fits and (pos == len(out) or snap.date <= out[pos].date)):
                pos = next((i for i, s in enumerate(out) if s.date > snap.date), len(out))
            out.insert(pos, snap)
        return out

    def __bool__(self) -> bool:
        return bool(self._snapshots or self._history or self._kept)

    def snapshot(self, snapshot_id: str) -> Snapshot | None:
        """The snapshot with ``snapshot_id``, or None."""
        return next((s for s in self._snapshots if s.id == snapshot_id), None)

    def new_id(self) -> str:
        """A snapshot id not in use: ``s1``, ``s2`` ..."""
        taken = {s.id for s in self._snapshots} | {k.snapshot.id for k in self._kept}
        n = len(self._snapshots) + 1
        while f"s{n}" in taken:
            n += 1
        return f"s{n}"

    def copy(self) -> Timeline:
        """An independent timeline sharing the (immutable) snapshots and entries."""
        return Timeline(self._snapshots, self._history, self._kept)

    def check_new(self, when: date, label: str, today: date | None = None) -> list[Problem]:
        """What is wrong with a new snapshot on ``when`` named ``label`` (empty when fine):
        a date after ``today``, before the last snapshot's date, or an empty label."""
        problems: list[Problem] = []
        if not label.strip():
            problems.append(Problem("label", "snapshot_label_empty"))
        if today is not None and when > today:
            problems.append(Problem("date", "snapshot_future", {"date": when, "today": today}))
        if self._snapshots and when < self._snapshots[-1].date:
            last = self._snapshots[-1]
            params = {"date": when, "before": last.date, "label": last.label}
            problems.append(Problem("date", "snapshot_order", params))
        return problems

    def add_snapshot(self, snapshot: Snapshot, index: int | None = None) -> int:
        """Insert ``snapshot`` (at the end, or at ``index`` to undo a removal); returns its
        index. Raises :class:`ModelError` for a used id or a date out of order."""
        if self.snapshot(snapshot.id) is not None or any(
            k.snapshot.id == snapshot.id for k in self._kept
        ):
            raise ModelError([Problem("id", "snapshot_id_taken", {"id": snapshot.id})])
        pos = len(self._snapshots) if index is None else index
        before = self._snapshots[pos - 1] if pos > 0 else None
        after = self._snapshots[pos] if pos < len(self._snapshots) else None
        if (before is not None and snapshot.date < before.date) or (
            after is not None and snapshot.date > after.date
        ):
            near = before if before is not None else after
            assert near is not None
            params = {"date": snapshot.date, "before": near.date, "label": near.label}
            raise ModelError([Problem("date", "snapshot_order", params)])
        self._snapshots.insert(pos, snapshot)
        self.changed.emit()
        return pos

    def remove_snapshot(self, snapshot_id: str) -> tuple[Snapshot, int]:
        """Remove a snapshot; returns it and its index (for undo)."""
        for i, snap in enumerate(self._snapshots):
            if snap.id == snapshot_id:
                del self._snapshots[i]
                self.changed.emit()
                return snap, i
        raise ModelError([Problem("id", "snapshot_unknown", {"id": snapshot_id})])

    def record(self, entry: HistoryEntry, limit: int | None = None) -> tuple[HistoryEntry, ...]:
        """Append a save to the history; when it would then hold more than ``limit`` saves,
        the oldest go, so a map at the limit can still be saved. Returns what went."""
        self._history.append(entry)
        dropped: tuple[HistoryEntry, ...] = ()
        if limit is not None and len(self._history) > limit:
            cut = len(self._history) - limit
            dropped = tuple(self._history[:cut])
            del self._history[:cut]
        self.changed.emit()
        return dropped

    def forget(self, entry: HistoryEntry, dropped: Sequence[HistoryEntry] = ()) -> None:
        """Take back the last recorded save (the write failed), and the oldest saves that
        :meth:`record` dropped for it."""
        if self._history and self._history[-1] is entry:
            self._history.pop()
            self._history[:0] = dropped
            self.changed.emit()


# --------------------------------------------------------------------------- the stored form
def _ids(items: Sequence[Mapping[str, Any]]) -> list[str]:
    return [str(item.get("id")) for item in items]


def encode_states(
    states: Sequence[Mapping[str, Any]], sections: Sequence[str]
) -> list[dict[str, Any]]:
    """Each state as its difference from the one before (the first from an empty map).

    A difference holds ``case`` (the header fields that changed) and, per section that changed,
    ``set`` (entities new or changed, whole), ``drop`` (ids gone) and, only when the order
    differs from what applying those gives, ``order`` (all ids in order). Empty parts are left
    out, so an unchanged map is ``{}``. :func:`decode_state` is the inverse.
    """
    out: list[dict[str, Any]] = []
    prev: Mapping[str, Any] = {}
    for state in states:
        delta: dict[str, Any] = {}
        old_case = prev.get("case", {})
        new_case = state.get("case", {})
        header = {k: v for k, v in new_case.items() if k not in old_case or old_case[k] != v}
        if header:
            delta["case"] = header
        for section in sections:
            if section in state and state[section] is prev.get(section):
                continue  # shared with the state before: unchanged (issue 14)
            if part := _section_delta(prev.get(section, []), state.get(section, [])):
                delta[section] = part
        out.append(delta)
        prev = state
    return out


def _held(section: Sequence[Any]) -> tuple[list[object], list[str], Sequence[Any]]:
    """A section's entries as held, their ids and the section as dicts. An entry that a
    snapshot shares with the one before (:class:`models.timeline_state.Entities`) is the same
    object, and is not dumped to be compared (issue 14: 3.1 s to write 200 snapshots)."""
    from models.timeline_state import Entities, entry_id

    if isinstance(section, Entities):
        return section.entries, [entry_id(e) for e in section.entries], section
    items = list(section)
    return items, _ids(items), items


def _section_delta(before: Sequence[Any], after: Sequence[Any]) -> dict[str, Any]:
    """The ``set``, ``drop`` and ``order`` that make the section ``after`` of ``before``."""
    old_entries, old_ids, old = _held(before)
    new_entries, new_ids, new = _held(after)
    at = {key: k for k, key in enumerate(old_ids)}  # the last of an id given twice
    changed: list[Any] = []
    for k, key in enumerate(new_ids):
        j = at.get(key)
        if j is not None and old_entries[j] is new_entries[k]:
            continue  # the same entity, shared
        made = new[k]
        if j is None or old[j] != made:
            changed.append(made)
    part: dict[str, Any] = {}
    present = set(new_ids)
    dropped = [key for key in at if key not in present]
    if changed:
        part["set"] = changed
    if dropped:
        part["drop"] = dropped
    if _apply_ids(old_ids, _ids(changed), dropped) != new_ids:
        part["order"] = new_ids
    return part


def _apply_ids(ids: list[str], changed: list[str], dropped: list[str]) -> list[str]:
    """The ids in the order :func:`_apply` gives them."""
    gone = set(dropped)
    kept = [key for key in ids if key not in gone]
    where = set(kept)
    for key in changed:
        if key not in where:
            where.add(key)
            kept.append(key)
    return kept


def _apply(
    items: list[Mapping[str, Any]], changed: Sequence[Mapping[str, Any]], dropped: Iterable[str]
) -> list[Mapping[str, Any]]:
    gone = set(dropped)
    kept = [e for e in items if str(e.get("id")) not in gone]
    where = {str(e.get("id")): i for i, e in enumerate(kept)}
    for entity in changed:
        key = str(entity.get("id"))
        if key in where:
            kept[where[key]] = entity
        else:
            where[key] = len(kept)
            kept.append(entity)
    return kept


def decode_state(
    prev: Mapping[str, Any], delta: object, sections: Sequence[str], location: str
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The state that ``delta`` makes of ``prev``, or None and the problems with ``delta``
    (located under ``location``, e.g. ``snapshots[1].state``)."""
    problems: list[Problem] = []
    if not isinstance(delta, dict):
        return None, [Problem(location, "expected_object", {"got": _describe(delta)})]
    for key in delta:
        if key != "case" and key not in sections:
            problems.append(Problem(f"{location}.{key}", "unknown_field", {"name": f'"{key}"'}))
    state: dict[str, Any] = {}
    header = delta.get("case", {})
    if not isinstance(header, dict):
        problems.append(Problem(f"{location}.case", "expected_object", {"got": _describe(header)}))
        header = {}
    state["case"] = {**prev.get("case", {}), **header}
    for section in sections:
        where = f"{location}.{section}"
        if section not in delta:  # unchanged: shared, not copied (issue 14, F1)
            state[section] = prev.get(section, [])
            continue
        part = delta[section]
        before = list(prev.get(section, []))
        if not isinstance(part, dict):
            problems.append(Problem(where, "expected_object", {"got": _describe(part)}))
            state[section] = before
            continue
        for key in part:
            if key not in ("set", "drop", "order"):
                problems.append(Problem(f"{where}.{key}", "unknown_field", {"name": f'"{key}"'}))
        changed = _list(part.get("set", []), f"{where}.set", problems)
        dropped = _list(part.get("drop", []), f"{where}.drop", problems)
        have = set(_ids(before))
        set_at: dict[str, int] = {}  # id -> its first index in ``set``
        for i, entity in enumerate(changed):
            if not isinstance(entity, dict) or not isinstance(entity.get("id"), str):
                problems.append(Problem(f"{where}.set[{i}]", "snapshot_entity_no_id"))
                continue
            key = entity["id"]
            if key in set_at:  # two versions of one entity: which one holds is not defined
                twice = {"id": _describe(key), "other": set_at[key]}
                problems.append(Problem(f"{where}.set[{i}]", "snapshot_set_twice", twice))
            set_at.setdefault(key, i)
        for i, gone in enumerate(dropped):
            if isinstance(gone, str) and gone in set_at:  # set and dropped: contradictory
                both = {"id": _describe(gone)}
                problems.append(Problem(f"{where}.drop[{i}]", "snapshot_set_and_drop", both))
        for i, gone in enumerate(dropped):
            if gone not in have:
                problems.append(
                    Problem(f"{where}.drop[{i}]", "snapshot_drop_unknown", {"id": _describe(gone)})
                )
        items = _apply(before, [e for e in changed if isinstance(e, dict)], map(str, dropped))
        if "order" in part:
            order = _list(part["order"], f"{where}.order", problems)
            by_id = {str(e.get("id")): e for e in items}
            if sorted(map(str, order)) != sorted(by_id) or len(order) != len(by_id):
                problems.append(Problem(f"{where}.order", "snapshot_order_ids"))
            else:
                items = [by_id[str(i)] for i in order]
        state[section] = items
    return (None if problems else state), problems


def _list(value: object, where: str, problems: list[Problem]) -> list[Any]:
    if isinstance(value, list):
        return value
    problems.append(Problem(where, "expected_list", {"got": _describe(value)}))
    return []


def _describe(value: object) -> str:
    from models.fields import describe

    return describe(value)
