"""What the map shows: the practice switch, filters by kind/sphere/tag/relationship kind, focus.

Pure functions of a case (no Qt), so the scene, exports and tests agree on what is visible.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from models import ActorKind, Case, Practice, RelationKind, Sphere

__all__ = ["MANDATES", "MapFilter", "Visible", "practice_matches", "visible"]

MANDATES = "mandate"  # stands for mandates in MapFilter.edge_kinds


def practice_matches(item_practice: Practice, shown: Practice | None) -> bool:
    """Whether a relationship or mandate of ``item_practice`` shows under ``shown``."""
    return shown is None or shown is Practice.BOTH or item_practice in (shown, Practice.BOTH)


@dataclass(frozen=True, slots=True)
class MapFilter:
    """Which actors and edges to show; empty sets mean "no restriction"."""

    kinds: frozenset[ActorKind] = frozenset()
    spheres: frozenset[Sphere] = frozenset()
    tags: frozenset[str] = frozenset()
    edge_kinds: frozenset[str] = frozenset()  # RelationKind values and/or MANDATES
    focus: str | None = None  # actor id
    depth: int = 1  # steps out from the focus

    @property
    def active(self) -> bool:
        """Whether anything is filtered at all."""
        return bool(self.kinds or self.spheres or self.tags or self.edge_kinds or self.focus)


@dataclass(frozen=True, slots=True)
class Visible:
    """Ids of what is drawn."""

    actors: frozenset[str] = field(default_factory=frozenset)
    relationships: frozenset[str] = field(default_factory=frozenset)
    mandates: frozenset[str] = field(default_factory=frozenset)


def visible(case: Case, flt: MapFilter, practice: Practice | None = None) -> Visible:
    """The actors, relationships and mandates shown under ``flt`` and ``practice``.

    Actors pass when they match every non-empty criterion; edges pass when their kind and
    practice pass and both ends are shown. With a focus, only actors within ``depth`` steps of
    the focus actor (over shown edges, either direction) remain.
    """
    actors = {
        a.id
        for a in case.actors
        if (not flt.kinds or a.kind in flt.kinds)
        and (not flt.spheres or a.effective_sphere in flt.spheres)
        and (not flt.tags or flt.tags.intersection(a.tags))
    }
    if flt.focus is not None and flt.focus in case.actors.ids():
        actors.add(flt.focus)
    kinds = flt.edge_kinds
    rels = {
        r.id
        for r in case.relationships
        if (not kinds or RelationKind(r.kind).value in kinds)
        and practice_matches(r.practice, practice)
        and r.source in actors
        and r.target in actors
    }
    mands = {
        m.id
        for m in case.mandates
        if (not kinds or MANDATES in kinds)
        and practice_matches(m.practice, practice)
        and m.grantor in actors
        and m.holder in actors
    }
    if flt.focus is not None and flt.focus in actors:
        adjacency: dict[str, set[str]] = {a: set() for a in actors}
        for r in case.relationships:
            if r.id in rels:
                adjacency[r.source].add(r.target)
                adjacency[r.target].add(r.source)
        for m in case.mandates:
            if m.id in mands:
                adjacency[m.grantor].add(m.holder)
                adjacency[m.holder].add(m.grantor)
        reached = {flt.focus: 0}
        queue = deque([flt.focus])
        while queue:
            current = queue.popleft()
            if reached[current] >= flt.depth:
                continue
            for other in adjacency[current]:
                if other not in reached:
                    reached[other] = reached[current] + 1
                    queue.append(other)
        actors = set(reached)
        rels = {r for r in rels if _ends(case, r, actors)}
        mands = {m for m in mands if _ends(case, m, actors)}
    return Visible(frozenset(actors), frozenset(rels), frozenset(mands))


def _ends(case: Case, edge_id: str, actors: set[str]) -> bool:
    rel = case.relationships.get(edge_id)
    if rel is not None:
        return rel.source in actors and rel.target in actors
    mandate = case.mandates.get(edge_id)
    return mandate is not None and mandate.grantor in actors and mandate.holder in actors
