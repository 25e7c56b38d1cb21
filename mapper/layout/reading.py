"""Spacing for reading: after a layout, room around every actor for its name on screen.

A map shown whole in a window is zoomed out; there every name is drawn at a fixed size on
screen (a name plate of so many pixels), while the space between actors shrinks with the
zoom. :func:`spread_for_reading` moves actors apart, as little as it can, so that at the zoom
that fits the map in ``room`` every plate is clear of the others: it works in screen pixels,
pushes overlapping plates apart, scales the whole back into the room, and repeats. Where
that cannot make every plate fit (forty or sixty long names on a laptop screen), the plates go
into rows that fill the room, in the layout's order from top to bottom and left to right.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

import numpy as np

from mapper.layout._common import separate
from mapper.layout.grouping import BOX_PAD, BOX_TITLE, MIN_FILL, group_blocks, keep_groups_together
from mapper.layout.reading_blocks import blocks_in_rows
from mapper.layout.reading_ring import on_ring, rounder
from mapper.layout.reading_room import names_can_fit
from mapper.layout.reading_shelves import shelves
from models import Position

__all__ = [
    "GROUPS_SHRINK",
    "READING_GAP",
    "clear_plates",
    "draw_close",
    "spread_for_reading",
    "stretched",
]

READING_GAP = 4.0  # screen pixels between two plates
#: where the room holds them so, plates keep this much more between them: at 4 pixels the
#: grown plates of the grid and circle layouts looked as if they touched (new user 6, 6)
ROOMY_PAD = 6.0
#: organisations stay together in their blocks where the map then needs to shrink by no more
#: than this to fit (new user, seventh round 2: their boxes went at 1366); beyond it, on a
#: crowded map, the names come first
GROUPS_SHRINK = 1.25
#: the reading spread leaves an organisation's box this much fuller than the map's least
_FILL_MARGIN = 1.15
#: names the organisations' blocks may cost (see :func:`few_lost`)
FEW_LOST = 3
ROOMY_MOST = 400  # a map one reads name by name; a larger one goes straight to the close fit
_ROUNDS = 40
#: after this many rounds of pushing apart, a map that has come no closer than
#: :data:`_HOPELESS` to fitting the room is given up on: on the 60-actor test maps every
#: such try went on for all :data:`_ROUNDS` rounds without fitting (80 % of a layout's time
#: at 1366 x 768), while every try that fitted had come within 13 % by its third round
_PATIENCE = 8
_HOPELESS = 0.75


def _axis_zooms(xy: np.ndarray, box: np.ndarray, room: tuple[float, float]) -> np.ndarray:
    """Per axis, the zoom at which centres ``xy`` plus one plate ``box`` (screen pixels) fit
    in ``room`` (1.0 where the spread is nil)."""
    spread = xy.max(axis=0) - xy.min(axis=0)
    out = np.ones(2)
    for k in (0, 1):
        if spread[k] > 1e-9 and room[k] > box[k]:
            out[k] = (room[k] - box[k]) / spread[k]
    return out


def _fit_zoom(xy: np.ndarray, box: np.ndarray, room: tuple[float, float]) -> float:
    """The zoom at which centres ``xy`` plus one plate ``box`` (screen pixels) fit in ``room``."""
    return float(_axis_zooms(xy, box, room).min())


def _fitted(
    screen: np.ndarray,
    plate: np.ndarray,
    box: np.ndarray,
    room: tuple[float, float],
    keys: list[str],
    collapsed: Collection[str],
    give_up: bool = False,
) -> tuple[np.ndarray, bool]:
    """``screen`` pushed apart (every organisation of ``keys`` together) and scaled into
    ``room`` until every plate is clear and the whole fits; and whether it does. With
    ``give_up`` (a try whose places are dropped unless it fits) it stops after
    :data:`_PATIENCE` rounds that came no closer than :data:`_HOPELESS`; the other tries'
    places feed the rows of plates, which keep more names after all the rounds."""

    def apart(at: np.ndarray, axis: int | None) -> np.ndarray:
        at = separate(at, plate, READING_GAP, READING_GAP, axis=axis)
        if not keys:
            return at
        return keep_groups_together(
            at,
            plate,
            keys,
            collapsed=collapsed,
            prior=at,
            axis=axis,
            gap_x=READING_GAP,
            gap_y=READING_GAP,
        )

    axis: int | None = None
    best = 0.0
    for done in range(1, _ROUNDS + 1):
        screen = apart(screen, axis)
        shrink = _axis_zooms(screen, box, room)
        if shrink.min() >= 1.0 - 1e-3:
            return screen, True  # every plate clear, and the whole fits the room
        best = max(best, float(shrink.min()))
        if give_up and done >= _PATIENCE and best < _HOPELESS:
            return screen, False  # pushing apart swings about far from fitting
        # each axis into the room on its own: a row too wide for the screen folds up, a
        # column too tall spreads sideways, where the other axis has room to spare
        screen = screen * np.minimum(shrink, 1.0)
        axis = None if abs(shrink[0] - shrink[1]) < 0.02 else int(np.argmax(shrink))
    return screen, False


def spread_for_reading(
    positions: Mapping[str, Position],
    shapes: Mapping[str, tuple[float, float]],
    plates: Mapping[str, tuple[float, float]],
    room: tuple[float, float],
    groups: Mapping[str, str] | None = None,
    collapsed: Collection[str] = (),
    *,
    ring: bool = False,
    names_first: bool = False,
    progress: Callable[[float], None] = lambda _: None,
) -> dict[str, Position]:
    """``positions`` moved apart so that, fitted in ``room``, no two name plates overlap.
    ``progress`` is told the share done (0 to 1) after each of the tries below.

    ``shapes`` are the actors' own sizes (scene units at 100 %), ``plates`` the sizes of
    their name plates on screen (pixels, whatever the zoom); ``room`` is the screen area the
    map is fitted in. Where all plates do not fit in the room, the map is spread as far as
    the plates need (the view then shows fewer names, the most important first). Actors
    never overlap at their own size either. Positions of actors without a size stay put.
    ``groups`` (each actor's organisation) and ``collapsed`` (the organisations drawn as
    one node) keep every organisation together, as the layouts do
    (:func:`mapper.layout.grouping.keep_groups_together`), where every name still fits
    that way; where it does not, the names come first. Where pushed together an
    organisation's actors would fill its box too thinly for the map to draw it
    (:data:`mapper.layout.grouping.MIN_FILL`), each organisation is packed in a block.
    With ``ring`` (after the circle layout) the actors stay on one ring in their order,
    spaced along it (:func:`mapper.layout.reading_ring.on_ring`), where their plates fit
    on the ring in the room. With ``names_first`` (a slide or a page, which cannot be
    zoomed) no name is given up to keep an organisation's box: the boxes stay together only
    where every name still fits.

    Examples
    --------
    >>> pos = {"a": Position(0, 0), "b": Position(100, 0), "c": Position(2000, 0)}
    >>> size = {k: (90.0, 40.0) for k in pos}
    >>> out = spread_for_reading(pos, size, size, (1000.0, 700.0))
    >>> round(out["b"].x - out["a"].x) > 100
    True
    """
    ids = [i for i in positions if i in shapes and i in plates]
    if len(ids) < 2:
        return dict(positions)
    xy = np.array([[positions[i].x, positions[i].y] for i in ids], dtype=np.float64)
    own = np.array([shapes[i] for i in ids], dtype=np.float64)
    plate = np.array([plates[i] for i in ids], dtype=np.float64)
    box = plate.max(axis=0) + 2 * READING_GAP
    zoom = _fit_zoom(xy, box, room)
    if zoom >= 1.0 or not names_can_fit(plate, room, READING_GAP):
        return dict(positions)  # at 100 % the layout's own spacing holds; too many plates
        # for the room: no spread makes them fit (mapper.layout.reading_room)
    # an actor without its name is drawn at its own size, which can be wider than a plate
    plate = np.maximum(plate, own * zoom)
    start = xy * zoom
    keys = [groups.get(i, "") for i in ids] if groups else []
    fits = False
    # the circle stays a circle where its names fit on it (new user 8, s10_L5: pushed apart
    # and in rows, it was an arc and a column); a crowded one puts the names first
    rooms = (rounder(room, plate.max(axis=0)), room) if ring else ()
    for ring_room, pad in ((r, p) for r in rooms for p in (ROOMY_PAD, 0.0)):
        screen, fits = on_ring(start, plate + pad, ring_room, READING_GAP)
        if fits:
            break
    progress(0.1)
    if not fits and len(ids) <= ROOMY_MOST:  # plates that do not touch, where they fit so
        screen, fits = _on_screen(start, plate + ROOMY_PAD, room, keys, collapsed, roomy=True)
    progress(0.5)
    if not fits:  # else as close as READING_GAP
        screen, fits = _on_screen(start, plate, room, keys, collapsed, last=not names_first)
    progress(0.9)
    # back to scene units at the zoom the layout was shown at, clear at the actors' own size
    out_xy = separate(screen / zoom, own)
    if not (ring and fits) and _thin(out_xy, own, keys, collapsed):
        # a slide or a page (names_first) packs the boxes only where every name still fits
        most = 1.0 if names_first else GROUPS_SHRINK
        out_xy = _packed(out_xy, start, plate, own, room, zoom, keys, collapsed, most)
    centre = xy.mean(axis=0) - out_xy.mean(axis=0)
    out = dict(positions)
    for k, actor_id in enumerate(ids):
        x, y = out_xy[k] + centre
        out[actor_id] = Position(round(float(x), 1), round(float(y), 1))
    return out


def _thin(xy: np.ndarray, own: np.ndarray, keys: list[str], collapsed: Collection[str]) -> bool:
    """Whether an organisation's actors (centres ``xy``, own sizes ``own``: scene units)
    fill less of their box than the map needs to draw it (new user 8, s09_force: pushed
    together into the laptop's room, the municipality's thirteen actors were spread over
    the map, and its box was not drawn)."""
    folded = {c.strip().casefold() for c in collapsed}
    for members in group_blocks(keys):
        if keys[members[0]].strip().casefold() in folded:
            continue  # one node on the map: no box
        idx = np.asarray(members, dtype=np.int64)
        lo = (xy[idx] - own[idx] / 2).min(axis=0) - [BOX_PAD, BOX_PAD + BOX_TITLE]
        hi = (xy[idx] + own[idx] / 2).max(axis=0) + BOX_PAD
        if float(own[idx].prod(axis=1).sum()) < _FILL_MARGIN * MIN_FILL * float((hi - lo).prod()):
            return True
    return False


def _packed(
    out_xy: np.ndarray,
    start: np.ndarray,
    plate: np.ndarray,
    own: np.ndarray,
    room: tuple[float, float],
    zoom: float,
    keys: list[str],
    collapsed: Collection[str],
    most: float = GROUPS_SHRINK,
) -> np.ndarray:
    """``out_xy`` with every organisation packed in a block and the blocks in rows
    (:func:`mapper.layout.reading_blocks.blocks_in_rows`), where the map then shrinks by no
    more than ``most`` (:data:`GROUPS_SHRINK`; 1.0 on a slide or a page) and the boxes are
    full enough to be drawn; else ``out_xy``."""
    rows, shrink = blocks_in_rows(start, plate, room, keys, collapsed, READING_GAP)
    if shrink > most or not few_lost(rows, plate, shrink):
        return out_xy
    packed = separate(separate(rows, plate, READING_GAP, READING_GAP) / zoom, own)
    return out_xy if _thin(packed, own, keys, collapsed) else packed


def few_lost(screen: np.ndarray, plate: np.ndarray, shrink: float) -> bool:
    """Whether plates at ``screen`` (pixels), drawn ``shrink`` times closer together at
    their own size, cost no more than :data:`FEW_LOST` names: each kept where it lies half
    :data:`READING_GAP` clear of those kept before it (the view keeps a gap between names;
    a narrower plate makes up the rest). Blocks packed close lose every other name when
    they shrink 2 %: the
    first 45 actors of a sixty-actor map kept their boxes and 32 names, where all sixty
    went names first and kept every name (issue 12); the trade is for a few.

    Examples
    --------
    >>> row = np.array([[x * 104.0, 0.0] for x in range(10)])
    >>> plate = np.full((10, 2), [100.0, 30.0])
    >>> few_lost(row, plate, 1.0), few_lost(row, plate, 1.02)
    (True, False)
    """
    at = screen / max(shrink, 1.0)
    kept: list[int] = []
    lost = 0
    for k in range(len(at)):
        reach = (plate[kept] + plate[k]) / 2 + READING_GAP / 2 if kept else np.empty((0, 2))
        if kept and np.any(np.all(np.abs(at[kept] - at[k]) < reach, axis=1)):
            lost += 1
            if lost > FEW_LOST:
                return False
        else:
            kept.append(k)
    return True


def _on_screen(
    start: np.ndarray,
    plate: np.ndarray,
    room: tuple[float, float],
    keys: list[str],
    collapsed: Collection[str],
    last: bool = False,
    roomy: bool = False,
) -> tuple[np.ndarray, bool]:
    """The plates' places on screen (pixels) from ``start``, clear of each other, and
    whether they fit ``room``: every organisation together where that fits, else the names
    first (pushed apart, or rows of plates). On the ``last`` try, the organisations stay
    together when the whole then shrinks by no more than :data:`GROUPS_SHRINK` (a few
    names may go; the boxes stay). A ``roomy`` try is dropped unless it fits, so each of
    its pushes apart may give up early (:func:`_fitted`)."""
    box = plate.max(axis=0) + 2 * READING_GAP
    fits = False
    if any(keys):  # every organisation together, where the names fit that way
        # the boxes reach past their actors: the fit of the whole map leaves them room
        boxed = (room[0] - 2 * BOX_PAD, room[1] - 2 * BOX_PAD - BOX_TITLE)
        screen, fits = _fitted(start, plate, box, boxed, keys, collapsed, give_up=True)
        if not fits:  # each organisation packed in a block, the blocks in rows
            rows, shrink = blocks_in_rows(start, plate, room, keys, collapsed, READING_GAP)
            if shrink <= 1.0 or (
                last and shrink <= GROUPS_SHRINK and few_lost(rows, plate, shrink)
            ):
                return separate(rows, plate, READING_GAP, READING_GAP), shrink <= 1.0
    if not fits:  # else the names first: pushed apart, or rows of plates
        screen, fits = _fitted(start, plate, box, room, [], (), give_up=roomy)
    if not fits:  # pushing apart could not make it fit: a grid of plates does, where it can
        screen = shelves(screen, plate + READING_GAP, room, READING_GAP)
    return separate(screen, plate, READING_GAP, READING_GAP), fits


def clear_plates(
    positions: Mapping[str, tuple[float, float]],
    plates: Mapping[str, tuple[float, float]],
    zoom: float,
) -> dict[str, tuple[float, float]]:
    """``positions`` (scene units) moved as little as needed so that, shown at ``zoom``, no
    two name plates (``plates``: screen pixels) overlap. For views whose places are fixed
    by values, such as the power/interest grid: actors sharing a cell move into the room
    around it instead of losing their names.

    Examples
    --------
    >>> plates = {"a": (100.0, 30.0), "b": (100.0, 30.0)}
    >>> out = clear_plates({"a": (0.0, 0.0), "b": (0.0, 10.0)}, plates, 0.5)
    >>> abs(out["a"][1] - out["b"][1]) * 0.5 >= 30
    True
    """
    ids = [i for i in positions if i in plates]
    if len(ids) < 2 or zoom <= 0:
        return {i: positions[i] for i in positions}
    screen = np.array([positions[i] for i in ids], dtype=np.float64) * zoom
    size = np.array([plates[i] for i in ids], dtype=np.float64)
    moved = separate(screen, size, READING_GAP, READING_GAP) / zoom
    out = {i: positions[i] for i in positions}
    for k, actor_id in enumerate(ids):
        out[actor_id] = (float(moved[k, 0]), float(moved[k, 1]))
    return out


def draw_close(
    positions: Mapping[str, Position], sizes: Mapping[str, tuple[float, float]], gap: float
) -> dict[str, Position]:
    """``positions`` drawn towards their centre, the arrangement kept, until two of the
    actors (``sizes``: their plates, scene units) are ``gap`` apart along one axis: the
    closest every two stay clear of each other. For a picture of a few actors (a cause's
    slide): two plates far apart diagonally read as unrelated boxes in an empty field (new
    user, fifth round, 6); a fixed spacing left two narrow plates 74 px apart. Never
    spread out: positions already that close stay.

    Examples
    --------
    >>> pos = {"a": Position(0, 0), "b": Position(200, 100)}
    >>> out = draw_close(pos, {"a": (80.0, 40.0), "b": (80.0, 40.0)}, 20.0)
    >>> out["b"].x - out["a"].x, out["b"].y - out["a"].y
    (100.0, 50.0)
    """
    ids = [i for i in positions if i in sizes]
    factor = 0.0
    for k, a in enumerate(ids):
        for b in ids[k + 1 :]:
            pa, pb = positions[a], positions[b]
            (wa, ha), (wb, hb) = sizes[a], sizes[b]
            need = [
                (extent + gap) / abs(d) if abs(d) > 1e-6 else np.inf
                for extent, d in (((wa + wb) / 2, pb.x - pa.x), ((ha + hb) / 2, pb.y - pa.y))
            ]
            factor = max(factor, min(need))
    if not 0.0 < factor < 1.0:
        return dict(positions)
    cx = sum(positions[i].x for i in ids) / len(ids)
    cy = sum(positions[i].y for i in ids) / len(ids)
    out = dict(positions)
    for i in ids:
        p = positions[i]
        out[i] = Position(round(cx + (p.x - cx) * factor, 1), round(cy + (p.y - cy) * factor, 1))
    return out


STRETCH_MOST = 1.8  # a picture stretches the map at most this much along one axis


def stretched(
    positions: Mapping[str, Position], aspect: float, most: float = STRETCH_MOST
) -> dict[str, Position]:
    """``positions`` stretched along one axis (about their centre, at most ``most`` times)
    towards the shape of a picture ``aspect`` (width / height) wide: a map as high as wide
    on a wide slide gets room between its actors across. Only the spacing along one axis
    changes, so who is left, right, above or below whom stays, and an organisation's box
    keeps its actors in and the others out, as on the screen.

    Examples
    --------
    >>> pos = {"a": Position(0, 0), "b": Position(100, 100)}
    >>> out = stretched(pos, 2.0)
    >>> out["b"].x - out["a"].x, out["b"].y - out["a"].y
    (180.0, 100.0)
    """
    if len(positions) < 2 or aspect <= 0:
        return dict(positions)
    xs = [p.x for p in positions.values()]
    ys = [p.y for p in positions.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    fx = fy = 1.0
    if width > height * aspect and height > 1e-6:  # wider than the picture: more room down
        fy = min(most, width / aspect / height)
    elif height * aspect > width and width > 1e-6:  # higher: more room across
        fx = min(most, height * aspect / width)
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {
        k: Position(round(cx + (p.x - cx) * fx, 1), round(cy + (p.y - cy) * fy, 1))
        for k, p in positions.items()
    }
