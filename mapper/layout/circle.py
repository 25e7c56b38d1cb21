"""Circle layout: actors around one circle, grouped by sphere with a gap between groups.

The actors of one organisation stand next to each other on the circle (in the sphere most of
them belong to), so that the layout's grouping pass (:mod:`mapper.layout.grouping`) can draw
each organisation together in one block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from mapper.layout._common import GAP_X, NODE_W, SPHERE_ORDER, FloatArray, Ticker

if TYPE_CHECKING:
    from models import Case

__all__ = ["circle_positions"]


def _most_common(ranks: list[int]) -> int:
    """The rank most often in ``ranks`` (the lowest on a tie)."""
    return min(set(ranks), key=lambda k: (-ranks.count(k), k))


def circle_positions(case: Case, tick: Ticker, sizes: FloatArray | None = None) -> FloatArray:
    """Centres (n x 2): spheres in the fixed order, then organisation and name, clockwise.

    Each actor takes a piece of the circle as long as its own diagonal (plus a gap), so
    actors of any size stay apart; a gap one average actor long separates two spheres.
    """
    actors = list(case.actors)
    n = len(actors)
    out = np.zeros((n, 2))
    if n == 0:
        return out
    if sizes is None:
        sizes = np.tile([NODE_W, NODE_W / 2.4], (n, 1))
    rank = {s: i for i, s in enumerate(SPHERE_ORDER)}
    # an organisation's place: the sphere most of its actors are in (the first in the order
    # on a tie), so its actors stand together even where their spheres differ
    spheres: dict[str, list[int]] = {}
    for actor in actors:
        org = actor.organisation.strip().casefold()
        if org:
            spheres.setdefault(org, []).append(rank[actor.effective_sphere])
    home = {o: _most_common(r) for o, r in spheres.items()}

    def place(i: int) -> tuple[int, str, int, str, int]:
        actor = actors[i]
        org = actor.organisation.strip().casefold()
        own = rank[actor.effective_sphere]
        return (home.get(org, own), org, own, actor.name.casefold(), i)

    order = sorted(range(n), key=place)
    tick(0.5)
    if n == 1:
        return out
    diagonal = np.hypot(sizes[:, 0], sizes[:, 1]) + GAP_X
    sphere_gap = float(diagonal.mean())
    # arc position of each actor's centre, walking clockwise from the top
    arc = np.zeros(n)
    walked = 0.0
    previous = None
    for k, i in enumerate(order):
        sphere = place(i)[0]
        if previous is not None and sphere != previous:
            walked += sphere_gap
        half = diagonal[i] / 2
        walked += half if k else 0.0
        arc[i] = walked
        walked += half
        previous = sphere
    first = order[0]
    walked += diagonal[first] / 2
    if len({place(i)[0] for i in range(n)}) > 1:
        walked += sphere_gap
    # the chord between neighbours is shorter than the arc: widen the circle a little
    radius = max(walked / (2 * np.pi) * 1.04, float(diagonal.max()))
    angle = -np.pi / 2 + 2 * np.pi * arc / walked
    out[:, 0] = radius * np.cos(angle)
    out[:, 1] = radius * np.sin(angle)
    return out
