"""Spheres layout: one horizontal band per sphere, actors ordered to reduce crossings."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from mapper.layout._common import (
    GAP_X,
    GAP_Y,
    NODE_H,
    NODE_W,
    SPHERE_ORDER,
    FloatArray,
    GraphArrays,
    IntArray,
    Ticker,
)
from models import Case, Position, Sphere

__all__ = ["BAND_GAP", "BAND_PAD", "sphere_bands", "spheres_positions"]

BAND_PAD = 40.0  # free space above the first and below the last row of a band (labels)
BAND_GAP = 30.0  # space between two bands
_SWEEPS = 6
STAGGER = 0.9  # a staggered row's every other actor is this many plate heights lower
STAGGER_FROM = 4  # actors in a row before it is staggered


def _linked_inside(band: IntArray, src: IntArray, dst: IntArray, n: int) -> bool:
    """Whether two members of ``band`` share a relationship or mandate."""
    inside = np.zeros(n, dtype=bool)
    inside[band] = True
    return bool(np.any(inside[src] & inside[dst]))


def _row_capacity(n: int) -> int:
    return max(10, math.ceil(math.sqrt(n) * 1.5))


def _order_by_barycentre(
    bands: list[IntArray], src: IntArray, dst: IntArray, n: int, tick: Ticker
) -> list[IntArray]:
    """Reorder each band by the mean rank of its neighbours in the other bands."""
    rank = np.zeros(n)
    band_of = np.full(n, -1, dtype=np.int64)
    for b, members in enumerate(bands):
        band_of[members] = b
        rank[members] = (np.arange(len(members)) + 0.5) / max(len(members), 1)
    keep = band_of[src] != band_of[dst]
    a = np.concatenate([src[keep], dst[keep]])
    b_ = np.concatenate([dst[keep], src[keep]])
    count = np.bincount(a, minlength=n).astype(np.float64)
    for sweep in range(_SWEEPS):
        tick(sweep / _SWEEPS)
        order = range(len(bands)) if sweep % 2 == 0 else range(len(bands) - 1, -1, -1)
        for b in order:
            members = bands[b]
            if len(members) < 2:
                continue
            total = np.bincount(a, weights=rank[b_], minlength=n)[members]
            c = count[members]
            key = np.where(c > 0, total / np.maximum(c, 1), rank[members])
            members = members[np.argsort(key, kind="stable")]
            bands[b] = members
            rank[members] = (np.arange(len(members)) + 0.5) / len(members)
    return bands


def spheres_positions(case: Case, g: GraphArrays, tick: Ticker) -> FloatArray:
    """Centres (n x 2): bands top-down in :data:`SPHERE_ORDER`, rows centred on x = 0."""
    actors = list(case.actors)
    n = len(actors)
    out = np.zeros((n, 2))
    if n == 0:
        return out
    groups: dict[Sphere, list[int]] = {s: [] for s in SPHERE_ORDER}
    for i, actor in enumerate(actors):
        groups[actor.effective_sphere].append(i)
    bands: list[IntArray] = []
    for sphere in SPHERE_ORDER:
        chosen = sorted(
            groups[sphere],
            key=lambda i: (actors[i].organisation.casefold(), actors[i].kind.value, i),
        )
        bands.append(np.asarray(chosen, dtype=np.int64))
    bands = _order_by_barycentre(bands, g.src, g.dst, n, tick.sub(0.0, 0.9))
    capacity = _row_capacity(n)
    sizes = g.sizes if len(g.sizes) == n else np.tile([NODE_W, NODE_H], (n, 1))
    top = 0.0
    for band in bands:
        if len(band) == 0:
            continue
        rows = math.ceil(len(band) / capacity)
        cols = math.ceil(len(band) / rows)
        tallest = float(sizes[band, 1].max())
        row_h = tallest + GAP_Y
        y0 = top + BAND_PAD + tallest / 2
        # fill column by column, so x follows the crossing-reducing order
        col, row = np.divmod(np.arange(len(band)), rows)
        widths = np.zeros(cols)
        np.maximum.at(widths, col, sizes[band, 0])
        lefts = np.concatenate([[0.0], np.cumsum(widths + GAP_X)])
        centres = lefts[:-1] + widths / 2
        out[band, 0] = centres[col] - (lefts[-1] - GAP_X) / 2
        out[band, 1] = y0 + row * row_h
        drop = 0.0
        if rows == 1 and len(band) >= STAGGER_FROM and _linked_inside(band, g.src, g.dst, n):
            # one row whose members are linked to each other: every other one a little
            # lower, so the lines between neighbours do not run along the row and merge
            # with its plates into one band (new user, sixth round 6: spheres at 1920)
            drop = tallest * STAGGER
            out[band, 1] += (col % 2) * drop
        top = y0 + (rows - 1) * row_h + drop + tallest / 2 + BAND_PAD + BAND_GAP
    tick(1.0)
    return out


def sphere_bands(
    case: Case, positions: Mapping[str, Position] | None = None
) -> dict[Sphere, tuple[float, float]]:
    """The band ``(top, bottom)`` in scene y of each sphere that has placed actors.

    ``positions`` defaults to the actors' own positions. A band reaches from above its
    highest actor to below its lowest, with room for the band label.
    """
    spans: dict[Sphere, tuple[float, float]] = {}
    for actor in case.actors:
        pos = positions.get(actor.id) if positions is not None else actor.position
        if pos is None:
            continue
        sphere = actor.effective_sphere
        top, bottom = pos.y - NODE_H / 2 - BAND_PAD, pos.y + NODE_H / 2 + BAND_PAD
        if sphere in spans:
            old = spans[sphere]
            spans[sphere] = (min(old[0], top), max(old[1], bottom))
        else:
            spans[sphere] = (top, bottom)
    return {s: spans[s] for s in SPHERE_ORDER if s in spans}
