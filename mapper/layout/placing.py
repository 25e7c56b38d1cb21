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

from mapper.layout._common import Sizes
from models import Case, EntityKind

__all__ = ["SAME_SPOT", "unplaced", "with_places"]

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
