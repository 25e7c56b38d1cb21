"""Spacing for reading with every organisation in a block of its own, packed in rows.

:func:`mapper.layout.reading.spread_for_reading` first pushes the name plates apart with the
organisations kept together; on a small screen that can fail to fit (the laptop at 1366
pixels), and the plates then went apart one by one, so actors of other organisations stood
among an organisation's and its box was no longer drawn (new user, seventh round 2). Here
each organisation's plates are packed in rows into one block (with room for its box and
title), and the blocks and the other actors' plates are put in rows that fill the room: in
the layout's order from top to bottom, and within a row from left to right.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from mapper.layout._common import FloatArray, separate
from mapper.layout.grouping import BOX_PAD, BOX_TITLE, _pack, group_blocks

__all__ = ["blocks_in_rows"]

_WIDTHS = 48  # row widths tried, from the widest block to everything on one row


def _blocks(
    start: FloatArray,
    plate: FloatArray,
    keys: Sequence[str],
    collapsed: Collection[str],
    gap: float,
) -> tuple[list[list[int]], list[FloatArray], FloatArray, FloatArray]:
    """Each organisation's members, their offsets from its block's centre, and the blocks'
    and loose plates' centres and sizes (blocks first)."""
    folded = {c.strip().casefold() for c in collapsed}
    blocks = group_blocks(keys)
    grouped = np.zeros(len(start), dtype=np.bool_)
    offsets: list[FloatArray] = []
    centres, sizes = [], []
    for members in blocks:
        idx = np.asarray(members, dtype=np.int64)
        grouped[idx] = True
        centre = start[idx].mean(axis=0)
        if keys[members[0]].strip().casefold() in folded:  # as the user left them
            rel = separate(start[idx] - centre, plate[idx], gap, gap)
        else:
            rel = _pack(start[idx] - centre, plate[idx], gap, gap)
        lo = (rel - plate[idx] / 2).min(axis=0) - [BOX_PAD, BOX_PAD + BOX_TITLE]
        hi = (rel + plate[idx] / 2).max(axis=0) + BOX_PAD
        mid = (lo + hi) / 2
        offsets.append(rel - mid)
        centres.append(centre + mid)
        sizes.append(hi - lo)
    loose = np.flatnonzero(~grouped)
    xy = np.vstack([np.asarray(centres).reshape(-1, 2), start[loose]])
    size = np.vstack([np.asarray(sizes).reshape(-1, 2), plate[loose]])
    return [*blocks, *([int(i)] for i in loose)], offsets, xy, size


def _rows(
    xy: FloatArray, size: FloatArray, room: tuple[float, float], gap: float
) -> tuple[list[list[int]], float]:
    """The rectangles cut into rows in reading order, at the row width that needs the least
    shrinking to fit ``room``; and that shrink (at most 1: it fits)."""
    order = np.lexsort((xy[:, 0], xy[:, 1])).tolist()
    total = float(size[:, 0].sum()) + gap * (len(size) - 1)
    tries = np.linspace(float(size[:, 0].max()), max(total, float(size[:, 0].max())), _WIDTHS)
    best: tuple[float, list[list[int]]] | None = None
    for most in [*tries.tolist(), room[0]]:
        rows: list[list[int]] = [[]]
        width = 0.0
        for k in order:
            w = float(size[k, 0])
            if rows[-1] and width + gap + w > most + 1e-6:
                rows.append([])
                width = 0.0
            width += (gap if rows[-1] else 0.0) + w
            rows[-1].append(k)
        wide = max(float(size[r, 0].sum()) + gap * (len(r) - 1) for r in rows)
        high = sum(float(size[r, 1].max()) for r in rows) + gap * (len(rows) - 1)
        shrink = max(wide / room[0], high / room[1])
        if best is None or shrink < best[0] - 1e-9:
            best = (shrink, rows)
    assert best is not None
    return best[1], best[0]


def blocks_in_rows(
    start: FloatArray,
    plate: FloatArray,
    room: tuple[float, float],
    keys: Sequence[str],
    collapsed: Collection[str] = (),
    gap: float = 4.0,
) -> tuple[FloatArray, float]:
    """Plate centres (screen pixels) with every organisation of ``keys`` packed in a block
    and the blocks and other plates in rows across ``room``; and how much the whole must
    shrink to fit the room (at most 1.0: it fits, the spare room spread between the rows
    and between the plates of a row).

    ``start`` are the plates' centres as the layout put them (their order is kept: rows
    from top to bottom, left to right within a row), ``plate`` their sizes; ``collapsed``
    organisations keep their own arrangement inside their block.

    Examples
    --------
    >>> start = np.array([[0.0, 0.0], [50.0, 5.0], [25.0, 2.0], [400.0, 0.0]])
    >>> plate = np.full((4, 2), [100.0, 30.0])
    >>> xy, shrink = blocks_in_rows(start, plate, (600.0, 400.0), ["o", "o", "", ""])
    >>> shrink <= 1.0
    True
    >>> apart = (xy[2] < xy[[0, 1]].min(axis=0)) | (xy[2] > xy[[0, 1]].max(axis=0))
    >>> bool(apart.any())  # the outsider no longer stands between the members
    True
    """
    members, offsets, xy, size = _blocks(start, plate, keys, collapsed, gap)
    rows, shrink = _rows(xy, size, room, gap)
    fits = shrink <= 1.0
    heights = [float(size[r, 1].max()) for r in rows]
    spare_y = max(0.0, room[1] - sum(heights)) / (len(rows) + 1) if fits else gap
    placed = np.zeros_like(xy)
    y = spare_y if fits else 0.0
    for row, height in zip(rows, heights, strict=True):
        row = sorted(row, key=lambda k: float(xy[k, 0]))
        spare_x = max(0.0, room[0] - float(size[row, 0].sum())) / (len(row) + 1) if fits else gap
        x = spare_x if fits else 0.0
        for k in row:
            placed[k] = (x + size[k, 0] / 2, y + height / 2)
            x += float(size[k, 0]) + spare_x
        y += height + spare_y
    out = np.array(start, dtype=np.float64, copy=True)
    for b, group in enumerate(members):
        idx = np.asarray(group, dtype=np.int64)
        out[idx] = placed[b] + (offsets[b] if b < len(offsets) else 0.0)
    return out, shrink
