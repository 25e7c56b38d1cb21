"""Automatic layouts of a case: force, hierarchy, spheres, grid and circle.

Every layout returns actor centres in scene coordinates (y grows downwards), spaced by the
real size of each actor (measured by the GUI, else estimated from the name) so that no two
overlap, and is deterministic for a given ``seed``.

Examples
--------
>>> from models import Actor, Case, CaseInfo, LayoutMethod, Relationship, RelationKind
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a1", "A"), Actor("a2", "B")],
...                        [Relationship("r1", "a1", "a2", RelationKind.HIERARCHY)])
>>> pos = layout(case, LayoutMethod.HIERARCHY)
>>> pos["a1"].y < pos["a2"].y
True
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

from mapper.layout._common import (
    NODE_H,
    NODE_W,
    SPHERE_ORDER,
    CancelFn,
    FloatArray,
    GraphArrays,
    LayoutCancelled,
    LayoutError,
    ProgressFn,
    Sizes,
    Ticker,
    estimated_size,
    graph_arrays,
    separate,
)
from mapper.layout.grouping import group_blocks, keep_groups_together
from mapper.layout.source import MapLike
from models.entities import Position
from models.enums import LayoutMethod, Practice
from models.value_words import MAX_COORDINATE

if TYPE_CHECKING:
    from mapper.layout.graphviz import graphviz_available
    from mapper.layout.grid import GridGeometry, grid_geometry
    from mapper.layout.spheres import sphere_bands
    from models import Case

__all__ = [
    "GRAPH_METHODS",
    "METHODS",
    "NODE_H",
    "NODE_W",
    "SPHERE_ORDER",
    "GridGeometry",
    "LayoutCancelled",
    "LayoutError",
    "LayoutMethod",
    "Sizes",
    "default_method",
    "estimated_size",
    "fit_to_map",
    "graphviz_available",
    "grid_geometry",
    "layout",
    "sphere_bands",
]

METHODS: tuple[LayoutMethod, ...] = tuple(LayoutMethod)

# imported on first use (PEP 562): a force layout does not load the others (issue 14, the
# start of `krachtenveld layout`)
_LAZY = {
    "graphviz_available": "mapper.layout.graphviz",
    "GridGeometry": "mapper.layout.grid",
    "grid_geometry": "mapper.layout.grid",
    "sphere_bands": "mapper.layout.spheres",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mapper.layout' has no attribute {name!r}")


def layout(
    case: Case | MapLike,
    method: LayoutMethod,
    *,
    practice: Practice | None = None,
    seed: int = 0,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    sizes: Sizes | None = None,
) -> dict[str, Position]:
    """Positions for every actor of ``case`` by ``method`` (one of :data:`METHODS`).

    ``practice`` limits the relationships and mandates that shape the layout to those of
    that practice (and of both). ``progress(fraction)`` is called now and then with a number
    in 0..1; ``cancel()`` is polled as often and a True answer raises
    :class:`LayoutCancelled`. An unknown method raises :class:`LayoutError`.
    ``sizes`` maps actor ids to the (width, height) they are drawn at (the GUI measures its
    items); actors without one get a generous estimate from their name. No two actors'
    boxes overlap in the result.

    The force and the hierarchy layout read only what :class:`MapLike` names, so ``case`` may
    also be the plain items of a map file (:mod:`models.leanmap`); the other methods need the
    case itself (a TypeError otherwise).
    """
    if method not in METHODS:  # a str from outside the typed code (a file, a setting)
        raise LayoutError.of("unknown_method", method=method, choices=", ".join(METHODS))
    method = LayoutMethod(method)
    tick = Ticker(progress, cancel)
    tick(0.0)
    g = graph_arrays(case, practice, sizes)
    xy = _positions(case, method, g, seed, tick.sub(0.0, 0.95))
    packed = method == LayoutMethod.FORCE and bool(group_blocks(g.groups))
    if (
        method != LayoutMethod.GRID and not packed
    ):  # the grid keeps its cells; it spaces its own members
        xy = separate(xy, g.sizes)  # (packing ends by pushing everything apart)
    if method in _GROUPED:
        xy = _grouped(case, g, xy, _GROUPED[method], pack=method == LayoutMethod.FORCE)
    xy = fit_to_map(xy)
    tick(1.0)
    ids = g.ids
    return {
        actor_id: Position(round(float(x), 1), round(float(y), 1))
        for actor_id, (x, y) in zip(ids, xy.tolist(), strict=True)
    }


def fit_to_map(xy: FloatArray) -> FloatArray:
    """``xy`` as it is when every place lies within ±:data:`MAX_COORDINATE`; else, per axis
    that does not fit, centred on 0 and, when still too long, compressed along that axis only
    (the hierarchy's levels move closer; actors may then overlap). A map can then always hold
    its layout: a hierarchy ~8,800 levels deep was refused with a message naming one actor
    (rev-hostile17 F3).

    >>> import numpy as np
    >>> fit_to_map(np.array([[0.0, 0.0], [10.0, 3.0e6]])).tolist()
    [[0.0, -990000.0], [10.0, 990000.0]]
    >>> fit_to_map(np.array([[0.0, 900000.0], [10.0, 1.1e6]])).tolist()
    [[0.0, -100000.0], [10.0, 100000.0]]
    """
    if len(xy) == 0 or float(abs(xy).max()) <= MAX_COORDINATE:
        return xy
    out = xy.copy()
    for axis in (0, 1):
        low, high = float(xy[:, axis].min()), float(xy[:, axis].max())
        if max(abs(low), abs(high)) <= MAX_COORDINATE:
            continue
        centre, half = (low + high) / 2, (high - low) / 2
        factor = min(1.0, 0.99 * MAX_COORDINATE / half) if half > 0 else 1.0
        out[:, axis] = (xy[:, axis] - centre) * factor
    return out


# the layouts that keep an organisation together, and the axis they may move it along (the
# hierarchy's and the spheres' rows stay rows); the circle places each organisation on one
# arc itself and stays a circle (drawn inwards into blocks it was none: new user, seventh
# round 5); the grid keeps its cells: an actor's cell is its
# influence and interest, and within a cell the actors of one organisation stand side by side
_GROUPED: dict[LayoutMethod, int | None] = {
    LayoutMethod.FORCE: None,
    LayoutMethod.HIERARCHY: 0,
    LayoutMethod.SPHERES: 0,
}


def _grouped(
    case: MapLike, g: GraphArrays, xy: FloatArray, axis: int | None, *, pack: bool = False
) -> FloatArray:
    prior = xy.copy()
    for i, actor in enumerate(case.actors):
        if actor.position is not None:
            prior[i] = (actor.position.x, actor.position.y)
    collapsed = [o.id for o in case.organisations if o.collapsed]
    return keep_groups_together(
        xy, g.sizes, g.groups, collapsed=collapsed, prior=prior, axis=axis, pack=pack
    )


def _force(g: GraphArrays, seed: int, tick: Ticker) -> FloatArray:
    # imported when asked: scipy.spatial (force) and scipy.optimize (hierarchy) are most of
    # the start of a `krachtenveld layout` command that uses the other one
    from mapper.layout.force import force_positions

    return force_positions(g, seed, tick)


def _hierarchy(g: GraphArrays, tick: Ticker) -> FloatArray:
    from mapper.layout.hierarchy import hierarchy_positions

    return hierarchy_positions(g, tick)


def _positions(
    case: Case | MapLike, method: LayoutMethod, g: GraphArrays, seed: int, tick: Ticker
) -> FloatArray:
    builders: dict[LayoutMethod, Callable[[], FloatArray]] = {
        LayoutMethod.FORCE: lambda: _force(g, seed, tick),
        LayoutMethod.HIERARCHY: lambda: _hierarchy(g, tick),
        LayoutMethod.SPHERES: lambda: _spheres(_whole(case), g, tick),
        LayoutMethod.GRID: lambda: _grid(_whole(case), g, tick),
        LayoutMethod.CIRCLE: lambda: _circle(_whole(case), g, tick),
    }
    return builders[method]()


def _spheres(case: Case, g: GraphArrays, tick: Ticker) -> FloatArray:
    from mapper.layout.spheres import spheres_positions

    return spheres_positions(case, g, tick)


def _grid(case: Case, g: GraphArrays, tick: Ticker) -> FloatArray:
    from mapper.layout.grid import grid_positions

    return grid_positions(case, tick, g.sizes)


def _circle(case: Case, g: GraphArrays, tick: Ticker) -> FloatArray:
    from mapper.layout.circle import circle_positions

    return circle_positions(case, tick, g.sizes)


#: the layouts that read only the graph (:class:`MapLike`), not the whole case
GRAPH_METHODS = frozenset({LayoutMethod.FORCE, LayoutMethod.HIERARCHY})


def _whole(case: Case | MapLike) -> Case:
    from models.case import Case

    if not isinstance(case, Case):
        raise TypeError("this layout needs the whole case, not only its graph")
    return case


def default_method(case: MapLike) -> LayoutMethod:
    """The layout a map gets by default: the hierarchy when it has mandates, else force."""
    return LayoutMethod.HIERARCHY if len(case.mandates) else LayoutMethod.FORCE
