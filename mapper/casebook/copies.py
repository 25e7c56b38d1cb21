"""Copies of one case in a casebook: the same case counts once.

A folder of maps often holds one case twice: the map saved again under another name, a copy
with the plates moved, or a copy kept on after more work (new user, ninth round: "two copies of
the same example count as 2 of the 5 cases"). Files with the same bytes are already left out
when read; these copies differ in their bytes. Two maps are copies of one case when

- their content is the same: :func:`case_digest` reads what the map says (the case, actors,
  powers, relationships, mandates, needs, agreements, rules, deviations, accepted risks) and
  leaves out where the plates stand, which boxes are folded, the snapshots and the saves; or
- one is a later state of the other: the other's content is one of its snapshots (a copy kept
  on after more work, with the earlier state saved as a snapshot).

Of a group of copies the latest state is counted (the one no other copy holds as a snapshot;
between equal ones, the first file in the folder).

Examples
--------
>>> groups = copies_of([("a", ()), ("b", ()), ("a", ()), ("c", ("b",))])
>>> [(g.counted, g.members) for g in groups]
[(0, (0, 2)), (3, (1, 3))]
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models import Case
from models.fileformat import case_to_dict

__all__ = ["CopyGroup", "case_digest", "copies_of"]

#: what a copy may differ in and still be the same case: the layout and the history
_LAYOUT = {"actors": ("position",), "organisations": ("collapsed",)}
_HISTORY = ("snapshots", "saves", "format", "version")


def case_digest(case: Case) -> str:
    """A hash of what ``case`` says, without its layout, snapshots and saves (so a map saved
    again, or with its plates moved, has the same digest)."""
    doc: dict[str, Any] = {k: v for k, v in case_to_dict(case).items() if k not in _HISTORY}
    for part, keys in _LAYOUT.items():
        doc[part] = [{k: v for k, v in row.items() if k not in keys} for row in doc.get(part, ())]
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class CopyGroup:
    """Copies of one case: the index of the one counted and of every copy (itself too), in the
    order given; ``later`` when the counted one is a later state of another copy."""

    counted: int
    members: tuple[int, ...]
    later: bool = False


def copies_of(cases: Sequence[tuple[str, Sequence[str]]]) -> list[CopyGroup]:
    """The groups of copies among ``cases`` (per case: its digest and its snapshots' digests),
    only groups of two or more, in the order of their first member."""
    parent = list(range(len(cases)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, (digest, _) in enumerate(cases):
        if digest:
            parent[find(i)] = find(first.setdefault(digest, i))
    for i, (_, earlier) in enumerate(cases):
        for d in earlier:
            if d in first:
                parent[find(first[d])] = find(i)
    members: dict[int, list[int]] = {}
    for i in range(len(cases)):
        members.setdefault(find(i), []).append(i)
    held = {d for _, earlier in cases for d in earlier}
    groups = []
    for group in members.values():
        if len(group) < 2:
            continue
        latest = [i for i in group if cases[i][0] not in held] or group
        counted = latest[0]
        later = any(cases[i][0] != cases[counted][0] for i in group)
        groups.append(CopyGroup(counted, tuple(group), later))
    return sorted(groups, key=lambda g: g.members[0])
