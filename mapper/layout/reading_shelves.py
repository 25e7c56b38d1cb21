"""Spacing for reading, the last resort: name plates in rows that fill the room.

Where pushing the plates apart (:func:`mapper.layout.reading.spread_for_reading`) cannot make
every plate fit the room (forty or sixty long names on a laptop screen), the plates go into
rows that fill it, in the layout's order from top to bottom and left to right; where even the
rows cannot hold them all, the lowest go nameless into the gaps between rows.
"""

from __future__ import annotations

import numpy as np

__all__ = ["shelves"]


def _rows_that_fit(
    order: np.ndarray,
    plate: np.ndarray,
    room: tuple[float, float],
    edge: float,
    gap: float,
    widest_at_ends: bool = False,
    overflow: bool = False,
) -> list[np.ndarray] | None:
    """``order`` cut into as few rows as fit across ``room`` (plates side by side, centres
    ``edge`` in from either side), in order; None when more rows are needed than fit.
    ``widest_at_ends``: each row's two widest plates go at its ends (they reach furthest
    into the margin the view's fit keeps), the others between them in order. ``overflow``:
    the rows as many to a row as fit, however many rows that takes."""
    pitch = float(plate[:, 1].max()) + gap
    most_rows = max(1, int((room[1] + gap) // pitch))

    def fits(row: np.ndarray) -> bool:
        w = plate[row, 0]
        ends = np.sort(w)[-2:].sum() if widest_at_ends and len(w) > 1 else w[0] + w[-1]
        return bool(w.sum() + gap * (len(row) - 1) <= room[0] - 2 * edge + ends / 2)

    for count in range(1, most_rows + 1):  # balanced rows: the layout's order survives best
        rows = [r for r in np.array_split(order, count) if len(r)]
        if all(fits(r) for r in rows):
            return rows
    rows, row = [], np.empty(0, dtype=np.int64)  # else as many to a row as fit
    for k in order:
        longer = np.append(row, k)
        if len(row) and not fits(longer):
            rows.append(row)
            longer = np.array([k])
        row = longer
    rows.append(row)
    return rows if len(rows) <= most_rows or overflow else None


def shelves(
    screen: np.ndarray, plate: np.ndarray, room: tuple[float, float], gap: float
) -> np.ndarray:
    """``screen`` packed as rows of plates that fill ``room``: top to bottom in the layout's
    order from top to bottom, left to right within a row, every plate clear of the others
    (``gap`` screen pixels between rows).
    Unchanged where the plates do not fit the room even so.

    Centres keep half the widest (tallest) plate in from the room's edges, as the view's
    fit reserves that much around the centres."""
    edge_x, edge_y = float(plate[:, 0].max()) / 2, float(plate[:, 1].max()) / 2
    by_y = np.lexsort((screen[:, 0], screen[:, 1]))
    rows, ends = _rows_that_fit(by_y, plate, room, edge_x, gap), False
    if rows is None:  # a tight fit: the widest plates at the rows' ends make the room
        rows, ends = _rows_that_fit(by_y, plate, room, edge_x, gap, widest_at_ends=True), True
    extra: list[np.ndarray] = []
    if rows is None:  # more plates than the room holds: as many rows as fit, the rest
        # (the lowest in the layout) nameless in the gaps between rows
        rows = _rows_that_fit(by_y, plate, room, edge_x, gap, widest_at_ends=True, overflow=True)
        assert rows is not None
        most = max(1, int((room[1] + gap) // (float(plate[:, 1].max()) + gap)))
        if len(rows) > 2 * most or most < 2:
            return screen
        rows, extra = rows[:most], rows[most:]
    out = np.array(screen, copy=True)
    ys = np.linspace(edge_y, room[1] - edge_y, len(rows)) if len(rows) > 1 else [room[1] / 2]
    for y, row in zip(ys, rows, strict=True):
        row = row[np.argsort(screen[row, 0], kind="stable")]
        if ends and len(row) > 2:
            wide = np.argsort(-plate[row, 0], kind="stable")[:2]
            middle = np.delete(row, wide)
            row = np.concatenate(([row[wide[0]]], middle, [row[wide[1]]]))
        w = plate[row, 0]
        if len(row) == 1:
            out[row[0]] = (room[0] / 2, y)
            continue
        # the first and last centres where the view's fit keeps them, the rest evenly between
        first, last = edge_x, room[0] - edge_x
        free = (last - first) - (w.sum() - (w[0] + w[-1]) / 2)
        gap = free / (len(row) - 1)
        x = first
        for k, index in enumerate(row):
            if k:
                x += (w[k - 1] + w[k]) / 2 + gap
            out[index] = (x, y)
    left = np.concatenate(extra) if extra else np.empty(0, dtype=np.int64)
    for k, index in enumerate(left):  # evenly along the gaps between rows
        gap_row = k % (len(rows) - 1)
        slot, slots = k // (len(rows) - 1), -(-len(left) // (len(rows) - 1))
        out[index] = (
            edge_x + (room[0] - 2 * edge_x) * (slot + 0.5) / slots,
            (ys[gap_row] + ys[gap_row + 1]) / 2,
        )
    return out
