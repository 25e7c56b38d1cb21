"""Whether a map has places of its own, and a copy laid out when it has none.

A map written by a script or imported from a table without coordinates has every actor at
the same point (often (0, 0)) or none at all. Drawn as it is, that is a pile of plates with
one name readable. The rule, used by the app when it opens a map and by every export that
draws the map (picture, nota, deck, report): a map of two or more actors is *unplaced* when
more than half of its actors have no position or share their position with another actor
(within :data:`SAME_SPOT` scene units). Such a map is laid out with the default layout
(:func:`mapper.layout.default_method`: the hierarchy for a map with mandates) before it is
drawn; a map the user placed keeps its places, also where a few actors stand on one spot.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Position
>>> pile = Case.from_parts(CaseInfo("t"), [Actor("a", "A", position=Position(0, 0)),
...                                        Actor("b", "B", position=Position(0, 0))], [])
>>> unplaced(pile)
True
>>> laid = with_places(pile)
>>> a, b = (actor.position for actor in laid.actors)
>>> a != b
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from mapper.layout._common import Sizes
from models import Case, EntityKind, Position
from models.value_words import MAX_COORDINATE

__all__ = ["SAME_SPOT", "drawable", "unplaced", "with_places"]

SAME_SPOT = 1.0  # scene units: two actors closer than this on both axes stand on one spot


def unplaced(case: Case) -> bool:
    """Whether ``case`` has no places of its own (see the module's rule)."""
    actors = list(case.actors)
    if len(actors) < 2:
        return False
    spots = Counter(
        (round(a.position.x / SAME_SPOT), round(a.position.y / SAME_SPOT))
        for a in actors
        if a.position is not None
    )
    lost = sum(1 for a in actors if a.position is None)
    lost += sum(count for count in spots.values() if count > 1)
    return 2 * lost > len(actors)


def with_places(case: Case, sizes: Sizes | None = None) -> Case:
    """``case`` itself when it has places, else a copy laid out with the default layout,
    spaced by ``sizes`` (each actor's drawn width and height; else estimated from names)."""
    if not unplaced(case):
        return case
    from mapper.layout import default_method, layout

    copy = case.copy()
    for actor_id, position in layout(copy, default_method(copy), sizes=sizes).items():
        copy.update(EntityKind.ACTOR, actor_id, {"position": position})
    return copy


def drawable(positions: Mapping[str, Position]) -> dict[str, Position]:
    """``positions`` as they are when all lie within ±:data:`MAX_COORDINATE`; else moved
    (and, past twice that extent, shrunk) about their centre until they do. For places a
    picture computes from places at the limit (the deck's stretched or spread map): a map at
    x=1e6 is valid, and its picture must not be refused as if the file held a far position
    (hostile review 11, N7). Moving all by one offset does not change the picture.

    >>> drawable({"a": Position(1e6, 0), "b": Position(1.4e6, 10)})
    {'a': Position(x=-200000.0, y=-5.0), 'b': Position(x=200000.0, y=5.0)}
    """
    if all(abs(p.x) <= MAX_COORDINATE and abs(p.y) <= MAX_COORDINATE for p in positions.values()):
        return dict(positions)
    xs = [p.x for p in positions.values()]
    ys = [p.y for p in positions.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2
    factor = min(1.0, 0.99 * MAX_COORDINATE / half)
    return {k: Position((p.x - cx) * factor, (p.y - cy) * factor) for k, p in positions.items()}
