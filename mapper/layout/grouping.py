"""Keep each organisation together after a layout: its actors in one block, blocks apart.

A layout places actors one by one; the map draws a box around an organisation only where
its actors sit together with nobody else among them. This pass makes that so:

1. each organisation with two or more actors is drawn together around its centre: with
   ``pack`` (the force layout) its actors are packed in rows, top to bottom and left to
   right as they stood; else, spread wider than its actors need, it is shrunk towards that
   centre (along ``axis`` only, when given, so the rows of the hierarchy and of the spheres
   stay rows), then its own actors are pushed apart;
2. a collapsed organisation is one node on the map: its hidden actors keep their
   arrangement from before (their ``prior`` positions) and are placed around the centre
   the layout gave them, not one by one;
3. every organisation (its box, with room for the title) and every other actor is a block;
   overlapping blocks are pushed apart as wholes, so no two boxes overlap and no actor
   stands in another organisation's box.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from mapper.layout._common import GAP_X, GAP_Y, FloatArray, separate

if TYPE_CHECKING:
    from models import Case

__all__ = [
    "BOX_PAD",
    "BOX_TITLE",
    "MIN_FILL",
    "group_blocks",
    "keep_groups_together",
    "organisations_of",
]

BOX_PAD = 14.0  # room between an organisation's box and its actors (the map pads 12)
BOX_TITLE = 26.0  # room above the actors for the box's title strip
#: the map draws an organisation's box only where its actors' own shapes fill this share of
#: it or more (a ring's arc would give a mostly empty box: ui.canvas.groups)
MIN_FILL = 0.12
_ROOM = 2.2  # an organisation may take this many times the area its actors need
_ASPECT = 1.6  # a packed organisation's block is about this much wider than high


def organisations_of(case: Case) -> tuple[dict[str, str], list[str]]:
    """Each actor's organisation (id, "" for none) and the collapsed organisations' ids."""
    groups = {a.id: a.organisation.strip() for a in case.actors}
    return groups, [o.id for o in case.organisations if o.collapsed]


def group_blocks(groups: Sequence[str]) -> list[list[int]]:
    """Indices of each organisation (case-insensitive) with two or more actors, in order."""
    members: dict[str, list[int]] = {}
    for i, group in enumerate(groups):
        if group.strip():
            members.setdefault(group.strip().casefold(), []).append(i)
    return [m for m in members.values() if len(m) >= 2]


def _pack(rel: FloatArray, sizes: FloatArray, gap_x: float, gap_y: float) -> FloatArray:
    """Offsets from the centre of a block of rows, a little wider than high: the members in
    rows from top to bottom as they stood, each row in its order from left to right.

    Nothing overlaps by construction: one pass, where pushing the members apart took tens of
    rounds per organisation (hundreds at 10,000 actors).
    """
    widths = sizes[:, 0] + gap_x
    room = float((widths * (sizes[:, 1] + gap_y)).sum()) * _ASPECT
    cols = max(1, round(float(np.sqrt(room)) / float(widths.mean())))
    by_height = np.lexsort((rel[:, 0], rel[:, 1])).tolist()  # top to bottom
    xs = rel[:, 0].tolist()
    out = np.empty_like(rel)
    top = 0.0
    for start in range(0, len(by_height), cols):
        row = sorted(by_height[start : start + cols], key=xs.__getitem__)
        idx = np.asarray(row, dtype=np.int64)
        row_widths = widths[idx]
        left = np.concatenate([[0.0], np.cumsum(row_widths)[:-1]])
        span = float(row_widths.sum()) - gap_x
        height = float(sizes[idx, 1].max())
        out[idx, 0] = left + sizes[idx, 0] / 2 - span / 2
        out[idx, 1] = top + height / 2
        top += height + gap_y
    out[:, 1] -= (top - gap_y) / 2
    return out


def _compact(
    rel: FloatArray, sizes: FloatArray, axis: int | None, gap_x: float, gap_y: float
) -> FloatArray:
    """Offsets from the centre shrunk to about the room the members need, then apart."""
    lo = (rel - sizes / 2).min(axis=0)
    hi = (rel + sizes / 2).max(axis=0)
    span = np.maximum(hi - lo, 1.0)
    need = float(((sizes[:, 0] + gap_x) * (sizes[:, 1] + gap_y)).sum()) * _ROOM
    if axis is None:  # each side about the square root of the room needed
        target = np.maximum(np.sqrt(need), sizes.max(axis=0))
    else:  # only along the axis: the other keeps its rows (its span is the rows' own)
        target = np.maximum(need / span[::-1], sizes.max(axis=0))
        target[1 - axis] = span[1 - axis]
    rel = rel * np.minimum(1.0, target / span)
    return separate(rel, sizes, gap_x, gap_y, axis=axis)


def keep_groups_together(
    xy: FloatArray,
    sizes: FloatArray,
    groups: Sequence[str],
    *,
    collapsed: Collection[str] = (),
    prior: FloatArray | None = None,
    axis: int | None = None,
    pack: bool = False,
    gap_x: float = GAP_X,
    gap_y: float = GAP_Y / 2,
) -> FloatArray:
    """Centres (n x 2) with every organisation of ``groups`` in a block of its own.

    ``groups`` names each actor's organisation ("" for none); ``collapsed`` lists the
    organisations (as in ``groups``) drawn as one node, whose actors keep their ``prior``
    arrangement (n x 2, the positions before the layout). With ``axis`` (0: x) actors and
    blocks move along that axis only; with ``pack`` (and no ``axis``) each organisation's
    actors are packed in rows.
    Returns a new array; without organisations of two or more actors, ``xy`` unchanged.
    """
    pos = np.array(xy, dtype=np.float64, copy=True)
    blocks = group_blocks(groups)
    if not blocks:
        return pos
    folded = {g.strip().casefold() for g in collapsed}
    grouped = np.zeros(len(pos), dtype=np.bool_)
    centres: list[FloatArray] = []
    extents: list[FloatArray] = []
    pad = np.array([BOX_PAD, BOX_PAD + BOX_TITLE])
    for members in blocks:
        idx = np.asarray(members, dtype=np.int64)
        grouped[idx] = True
        here, half = pos[idx], sizes[idx] / 2
        centre = here.mean(axis=0)
        key = groups[members[0]].strip().casefold()
        if prior is not None and key in folded:  # as the user left them, only apart
            rel = separate(prior[idx] - prior[idx].mean(axis=0), sizes[idx], gap_x, gap_y)
        elif pack and axis is None:
            rel = _pack(here - centre, sizes[idx], gap_x, gap_y)
        else:
            rel = _compact(here - centre, sizes[idx], axis, gap_x, gap_y)
        here = centre + rel
        pos[idx] = here
        lo = (here - half).min(axis=0) - pad
        hi = (here + half).max(axis=0) + BOX_PAD
        centres.append((lo + hi) / 2)
        extents.append(hi - lo)
    loose = np.flatnonzero(~grouped)
    box_xy = np.vstack([np.asarray(centres), pos[loose]])
    box_size = np.vstack([np.asarray(extents), sizes[loose]])
    moved = separate(box_xy, box_size, gap_x, gap_y, axis=axis)
    shift = moved - box_xy
    for b, members in enumerate(blocks):
        pos[members] += shift[b]
    pos[loose] += shift[len(blocks) :]
    # a last push apart: loose actors the layout left on top of each other, and on large maps
    # a few pairs that still touch where the rounds ran out (small moves)
    return separate(pos, sizes, gap_x, gap_y, axis=axis)
