"""A tie bowed around the plates it crosses, on a small map (new user, seventh and tenth round).

Where a straight tie runs past three plates or more, or (a mandate) through the middle of
one, it read as a chain of arrows between them: on a map of up to :data:`DETOUR_LIMIT`
actors it bows to the first side and depth that clears them all
(:func:`ui.canvas.routing.clear_offsets`, on the items' own rectangles).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ui.canvas.routing import clear_offsets

if TYPE_CHECKING:
    from ui.canvas.items import EdgeItem

__all__ = ["DETOUR_LIMIT", "detoured"]

DETOUR_LIMIT = 200  # maps up to this many actors bow a tie around the plates it crosses


def detoured(
    curves: Sequence[EdgeItem],
    sources: Sequence[tuple[float, float]],
    targets: Sequence[tuple[float, float]],
    single: Callable[[EdgeItem], bool],
) -> list[float]:
    """Each tie's offset, a straight one through another actor's plate bowed around it
    (:func:`ui.canvas.routing.clear_offsets`, on the items' own rectangles); ``single``
    tells the ties bowed already where they run through the middle of one plate (mandates)."""
    offsets = [e.offset for e in curves]
    scene = curves[0].scene()
    actors = getattr(scene, "actor_items", None)
    if not actors or len(actors) > DETOUR_LIMIT:
        return offsets
    shown = [item for item in actors.values() if item.isVisible()]
    row = {id(item): k for k, item in enumerate(shown)}
    rects = []
    for item in shown:
        r = item.sceneBoundingRect()
        rects.append((r.left(), r.top(), r.right(), r.bottom()))
    # one detour per pair of actors, chosen for the line between their centres and shared
    # by every tie of the pair, so a fanned bundle bows as one
    pairs: dict[tuple[int, int], int] = {}
    for k, e in enumerate(curves):
        pairs.setdefault(_ends(e), k)
    firsts = list(pairs.values())
    shift = clear_offsets(
        [sources[k] for k in firsts],
        [targets[k] for k in firsts],
        [0.0] * len(firsts),
        rects,
        [(row.get(id(curves[k].source), -1), row.get(id(curves[k].target), -1)) for k in firsts],
        [single(curves[k]) for k in firsts],
    )
    bow = {pair: shift[n] for n, pair in enumerate(pairs)}
    out = []
    for e, offset in zip(curves, offsets, strict=True):
        extra = bow[_ends(e)]
        same_way = e.source is curves[pairs[_ends(e)]].source  # the bow is to the first's left
        out.append(offset + (extra if same_way else -extra))
    return out


def _ends(edge: EdgeItem) -> tuple[int, int]:
    a, b = id(edge.source), id(edge.target)
    return (a, b) if a <= b else (b, a)
