"""Shared pieces of the layouts: the graph as arrays, progress/cancel, spacing, packing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from mapper.layout.source import MapLike, effective_sphere
from models import ActorKind, Practice, RelationKind, Sphere
from models.errors import KvmapError, Problem
from models.i18n import Catalogue, Lang
from models.shapes import ACTOR_SHAPES, shape_size, wrap_width

__all__ = [
    "NODE_H",
    "NODE_W",
    "SPHERE_ORDER",
    "CancelFn",
    "GraphArrays",
    "LayoutCancelled",
    "LayoutError",
    "ProgressFn",
    "Sizes",
    "Ticker",
    "distinct",
    "estimated_size",
    "graph_arrays",
    "pack_boxes",
    "remove_overlaps",
    "separate",
    "size_array",
]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]

NODE_W = 120.0  # actor shape width in scene pixels (without a measured size)
NODE_H = 50.0  # actor shape height
GAP_X = 36.0  # minimum free space between two shapes side by side
GAP_Y = 40.0  # minimum free space between two rows
#: rounds of pushing along one axis before what is left is swept apart (issue 14)
AXIS_ROUNDS = 30
CHAR_W = 7.6  # a generous average character width of the map's 9-pt label font
LINE_H = 16.0  # a line of that font (with leading)

#: beyond this, coordinates round so coarsely that :func:`separate` checks the radius itself
_FAR = 1e8

SPHERE_ORDER: tuple[Sphere, ...] = (
    Sphere.POLITICAL,
    Sphere.ADMINISTRATIVE,
    Sphere.PARTNER,
    Sphere.SOCIETY,
    Sphere.OVERSIGHT,
)

MESSAGES = Catalogue(
    {
        "unknown_method": (
            "unknown layout {method}; choose one of {choices}",
            "onbekende indeling {method}; kies een van {choices}",
        ),
        "graphviz_missing": (
            "Graphviz is not installed (the program {program} was not found); install it from "
            "graphviz.org or choose another layout",
            "Graphviz is niet geïnstalleerd (het programma {program} is niet gevonden); "
            "installeer het via graphviz.org of kies een andere indeling",
        ),
        "graphviz_failed": (
            "Graphviz {program} failed: {reason}",
            "Graphviz {program} is mislukt: {reason}",
        ),
    }
)


class LayoutError(KvmapError):
    """A layout that cannot run (unknown method, Graphviz missing or failing)."""

    def render(self, lang: Lang = "en") -> str:
        lines = [MESSAGES.text(p.key, lang, **p.params) for p in self.problems]
        return "\n".join(lines)

    @classmethod
    def of(cls, key: str, **params: object) -> LayoutError:
        """An error with one problem ``key``."""
        return cls([Problem("", key, params)])


class LayoutCancelled(Exception):  # noqa: N818 - not an error: the user stopped it
    """Raised inside a layout when its ``cancel()`` callback returned True."""


class Ticker:
    """Reports progress in ``[start, end]`` and polls for cancellation."""

    def __init__(
        self,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        start: float = 0.0,
        end: float = 1.0,
    ) -> None:
        self._progress = progress
        self._cancel = cancel
        self.start = start
        self.end = end

    def __call__(self, fraction: float) -> None:
        """Report ``fraction`` (0..1) of this stage; raise when cancelled."""
        if self._cancel is not None and self._cancel():
            raise LayoutCancelled
        if self._progress is not None:
            f = min(max(fraction, 0.0), 1.0)
            self._progress(self.start + (self.end - self.start) * f)

    def sub(self, start: float, end: float) -> Ticker:
        """A ticker for the part ``[start, end]`` of this one."""
        span = self.end - self.start
        return Ticker(
            self._progress, self._cancel, self.start + span * start, self.start + span * end
        )


# relationship kinds that tie actors together in the force layout, with a weight
_FORCE_WEIGHT: dict[RelationKind, float] = {
    RelationKind.HIERARCHY: 1.5,
    RelationKind.ACCOUNTABILITY: 1.0,
    RelationKind.SIGNAL: 1.0,
    RelationKind.ESCALATION: 1.0,
    RelationKind.TRUST: 0.8,
    RelationKind.COLLABORATION: 1.0,
    RelationKind.FEEDBACK: 0.8,
}
MANDATE_WEIGHT = 1.5
GROUP_WEIGHT = 0.8  # the pull between members of one organisation in the force layout


Sizes = Mapping[str, tuple[float, float]]


# The estimate wraps a name at most this wide. The drawing lets a name in a rectangle or a
# hexagon run to 108 px; the estimate has always wrapped those at 100 (a line more now and
# then, so a higher box: generous), and keeps it so that layouts stay what they were.
_ESTIMATE_WRAP_MAX = 100.0


def distinct(values: npt.NDArray[np.generic]) -> npt.NDArray[np.generic]:
    """The sorted distinct values of ``values`` (no NaN), what ``np.unique(values)`` gives,
    without importing ``numpy.ma`` as numpy 2's ``np.unique`` does (0.01 s CPU, issue 14).

    >>> distinct(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    ordered = np.sort(values, axis=None)
    keep = np.ones(len(ordered), dtype=np.bool_)
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _wrap(name: str, chars: float) -> list[str]:
    """Greedy word wrap at ``chars`` characters a line, at most three lines."""
    lines: list[str] = []
    for word in name.split() or [""]:
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and len(trial) <= chars:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines if len(lines) <= 3 else [*lines[:2], " ".join(lines[2:])]


def estimated_size(name: str, kind: ActorKind = ActorKind.OTHER) -> tuple[float, float]:
    """A generous guess of an actor's drawn size (w, h) from its name and kind, for callers
    that cannot measure text (the GUI passes the real sizes of its items).

    The name wraps like the map's labels (at most three lines) and the box is the one the
    canvas draws for the shape of the kind (:func:`models.shapes.shape_size`: a circle for a
    citizen, a diamond for an executive, ...), with the margin the map keeps around a shape
    for the selection halo.

    Examples
    --------
    >>> estimated_size("Raad")
    (86.0, 54.0)
    >>> w, h = estimated_size("Mevrouw Jansen", ActorKind.CITIZEN)  # a circle
    >>> w == h
    True
    """
    shape = ACTOR_SHAPES[kind]
    wrap = min(wrap_width(shape), _ESTIMATE_WRAP_MAX)
    # generous both ways: long lines for the width, many lines for the height
    wide = _wrap(name, wrap / 6.0)
    tall = _wrap(name, wrap / 8.2)
    tw = min(max(len(line) for line in wide) * CHAR_W, max(wrap, 165.0))
    th = len(tall) * LINE_H
    w, h = shape_size(shape, tw, th)
    w, h = w + 14.0, h + 14.0  # + the halo margin
    return round(w, 1), round(h, 1)


def size_array(case: MapLike, sizes: Sizes | None) -> FloatArray:
    """(n x 2) widths and heights of the actors in case order: given, else estimated."""
    given = sizes or {}
    rows = [given.get(actor.id) or estimated_size(actor.name, actor.kind) for actor in case.actors]
    return np.array(rows, dtype=np.float64).reshape(len(rows), 2)  # one array, not row by row


@dataclass(frozen=True)
class GraphArrays:
    """A case as index arrays: actor ids, and directed edges with their kinds."""

    ids: list[str]
    src: IntArray
    dst: IntArray
    weight: FloatArray
    #: True for edges that order actors top-down (hierarchy, mandate): src above dst
    ranking: npt.NDArray[np.bool_]
    spheres: list[Sphere]
    #: (n x 2) width and height of each actor as drawn
    sizes: FloatArray = field(default_factory=lambda: np.zeros((0, 2)))
    #: each actor's organisation ("" for none): layouts keep an organisation together
    groups: list[str] = field(default_factory=list)

    def group_edges(self, weight: float = GROUP_WEIGHT) -> tuple[IntArray, IntArray, FloatArray]:
        """Weak ties that pull the members of each organisation together (a chain each)."""
        members: dict[str, list[int]] = {}
        for i, group in enumerate(self.groups):
            if group:
                members.setdefault(group.casefold(), []).append(i)
        src = [m[k] for m in members.values() for k in range(len(m) - 1)]
        dst = [m[k + 1] for m in members.values() for k in range(len(m) - 1)]
        return (
            np.asarray(src, dtype=np.int64),
            np.asarray(dst, dtype=np.int64),
            np.full(len(src), weight, dtype=np.float64),
        )

    @property
    def n(self) -> int:
        return len(self.ids)

    def undirected(self) -> tuple[IntArray, IntArray, FloatArray]:
        """Edges with ``u < v``, duplicates merged (weights summed), self-loops dropped."""
        n = max(self.n, 1)
        u = np.minimum(self.src, self.dst)
        v = np.maximum(self.src, self.dst)
        keep = u != v
        u, v, w = u[keep], v[keep], self.weight[keep]
        if len(u) == 0:
            return u, v, w
        key = u * n + v
        uniq, inverse = np.unique(key, return_inverse=True)
        weights = np.bincount(inverse, weights=w, minlength=len(uniq)).astype(np.float64)
        return (uniq // n).astype(np.int64), (uniq % n).astype(np.int64), weights


def _counts(practice: Practice | None, item: Practice) -> bool:
    return practice is None or practice is Practice.BOTH or item in (practice, Practice.BOTH)


def graph_arrays(
    case: MapLike, practice: Practice | None = None, sizes: Sizes | None = None
) -> GraphArrays:
    """The actors and the ties between them that count for ``practice``, with their sizes."""
    ids = [a.id for a in case.actors]
    index = {actor_id: i for i, actor_id in enumerate(ids)}
    src: list[int] = []
    dst: list[int] = []
    weight: list[float] = []
    ranking: list[bool] = []
    for rel in case.relationships:
        if not _counts(practice, rel.practice):
            continue
        src.append(index[rel.source])
        dst.append(index[rel.target])
        weight.append(_FORCE_WEIGHT.get(rel.kind, 1.0))
        ranking.append(rel.kind is RelationKind.HIERARCHY)
    for mandate in case.mandates:
        if not _counts(practice, mandate.practice):
            continue
        src.append(index[mandate.grantor])
        dst.append(index[mandate.holder])
        weight.append(MANDATE_WEIGHT)
        ranking.append(True)
    return GraphArrays(
        ids=ids,
        src=np.asarray(src, dtype=np.int64),
        dst=np.asarray(dst, dtype=np.int64),
        weight=np.asarray(weight, dtype=np.float64),
        ranking=np.asarray(ranking, dtype=np.bool_),
        spheres=[effective_sphere(a) for a in case.actors],
        sizes=size_array(case, sizes),
        groups=[a.organisation.strip() for a in case.actors],
    )


def pack_boxes(
    sizes: Sequence[tuple[float, float]], gap: float = 80.0, aspect: float = 1.6
) -> list[tuple[float, float]]:
    """Top-left corners that put boxes of ``sizes`` (w, h) side by side in shelves.

    Boxes are placed largest first in rows about ``aspect`` times as wide as the total is tall.

    Examples
    --------
    >>> pack_boxes([(100.0, 50.0), (100.0, 50.0)], gap=10.0, aspect=10.0)
    [(0.0, 0.0), (110.0, 0.0)]
    """
    if not sizes:
        return []
    area = sum((w + gap) * (h + gap) for w, h in sizes)
    widest = max(w for w, _ in sizes)
    row_width = max(widest, float(np.sqrt(area * aspect)))
    order = sorted(range(len(sizes)), key=lambda i: (-sizes[i][1], -sizes[i][0], i))
    corners: list[tuple[float, float]] = [(0.0, 0.0)] * len(sizes)
    x = y = row_height = 0.0
    for i in order:
        w, h = sizes[i]
        if x > 0.0 and x + w > row_width:
            x = 0.0
            y += row_height + gap
            row_height = 0.0
        corners[i] = (x, y)
        x += w + gap
        row_height = max(row_height, h)
    return corners


def remove_overlaps(
    xy: FloatArray,
    width: float = NODE_W + GAP_X,
    height: float = NODE_H + GAP_Y / 2,
    rounds: int = 200,
) -> FloatArray:
    """Push apart centres closer than ``width`` horizontally and ``height`` vertically.

    Each round finds the overlapping pairs on a grid and moves both members half the
    overlap along the axis where the overlap is smallest. Returns a new array.
    """
    from mapper.layout.force_grid import close_pairs

    pos = np.array(xy, dtype=np.float64, copy=True)
    if len(pos) < 2:
        return pos
    scale = np.array([1.0 / width, 1.0 / height])
    rng = np.random.default_rng(12345)
    # the pairs within the radius and a skin, sought again only when a centre has moved half
    # the skin since: the last rounds move a few centres a little (issue 14, 2,000 actors)
    skin = 1.0
    searched_at: FloatArray | None = None
    candidates = np.empty((0, 2), dtype=np.int64)
    for _ in range(rounds):
        scaled = pos * scale
        if searched_at is None or np.abs(scaled - searched_at).max() > skin * (0.5 - 1e-6):
            searched_at = scaled
            candidates = close_pairs(scaled, 0.999 + skin)
        gap = scaled[candidates[:, 1]] - scaled[candidates[:, 0]]
        pairs = candidates[(np.abs(gap[:, 0]) <= 0.999) & (np.abs(gap[:, 1]) <= 0.999)]
        if len(pairs) == 0:
            break
        i, j = pairs[:, 0], pairs[:, 1]
        d = pos[j] - pos[i]
        same = (np.abs(d[:, 0]) < 1e-6) & (np.abs(d[:, 1]) < 1e-6)
        if same.any():
            d[same] = rng.normal(size=(int(same.sum()), 2))
        ox = width - np.abs(d[:, 0])
        oy = height - np.abs(d[:, 1])
        along_x = ox / width <= oy / height
        move = np.zeros_like(d)
        move[along_x, 0] = np.sign(d[along_x, 0]) * ox[along_x] * 0.5
        move[~along_x, 1] = np.sign(d[~along_x, 1]) * oy[~along_x] * 0.5
        shift = np.zeros_like(pos)
        for axis in (0, 1):
            shift[:, axis] -= np.bincount(i, weights=move[:, axis], minlength=len(pos))
            shift[:, axis] += np.bincount(j, weights=move[:, axis], minlength=len(pos))
        # a node in many pairs would overshoot: damp by how many pairs it is in
        count = np.bincount(np.concatenate([i, j]), minlength=len(pos)).astype(np.float64)
        pos += shift / np.maximum(count, 1.0)[:, None] * 1.05
    return pos


def separate(
    xy: FloatArray,
    sizes: FloatArray,
    gap_x: float = GAP_X,
    gap_y: float = GAP_Y / 2,
    rounds: int = 400,
    axis: int | None = None,
) -> FloatArray:
    """Push apart boxes (centres ``xy``, sizes ``sizes``) until none overlaps another.

    With ``axis`` (0: x, 1: y) every push goes along that axis (where the other has no room
    to spare); what a few rounds leave (:data:`AXIS_ROUNDS`) is swept apart along it at once
    (:func:`mapper.layout.sweep.sweep_apart`).

    Two boxes must be ``gap_x`` apart side by side or ``gap_y`` above each other. Each round
    finds the close pairs on a grid and moves both members half the overlap along the
    axis where it is smallest (the pairs sought by each box's own size,
    :func:`mapper.layout.box_pairs.touching_pairs`, above a hundred boxes). Returns a new array;
    boxes already apart do not move.
    """
    from mapper.layout.box_pairs import touching_pairs
    from mapper.layout.force_grid import SMALL, CloseTracker

    pos = np.array(xy, dtype=np.float64, copy=True)
    n = len(pos)
    if n < 2:
        return pos
    half = sizes / 2.0
    reach = np.array([sizes[:, 0].max() + gap_x, sizes[:, 1].max() + gap_y])
    rng = np.random.default_rng(12345)
    track = CloseTracker(1.0)
    ci = cj = np.empty(0, dtype=np.int64)
    if axis is not None:  # a few rounds, then one sweep ends every clash
        rounds = min(rounds, AXIS_ROUNDS)
    gaps = np.array([gap_x, gap_y])
    need = np.empty((0, 2))
    # every clash is within the radius of the tracker (a clashing pair is less than the largest
    # box apart), so its filter need not run; where rounding in coordinates this far out could
    # tell them apart, it still does
    far = bool(np.abs(pos).max() > _FAR)
    for _ in range(rounds):
        if n > SMALL:  # on grids by size: one large box does not make every search global
            pairs, fresh = touching_pairs(pos, sizes, gap_x, gap_y), True
        else:  # few: all pairs within the largest box, kept while nobody moves far
            scaled = pos / reach
            pairs, fresh = track.candidates(scaled)  # every close pair is among them
            if far:
                pairs = pairs[track.close(scaled, pairs)]
                fresh = True
        if fresh:
            ci, cj = pairs[:, 0], pairs[:, 1]
            # (x, y) of each pair at once: fewer numpy calls
            need = half.take(ci, axis=0) + half.take(cj, axis=0) + gaps
        # (take, not fancy indexing, and no reductions along an axis: on a few hundred pairs
        # numpy's overhead per call is most of a round)
        d = pos.take(cj, axis=0) - pos.take(ci, axis=0)
        over = need - np.abs(d)
        over_both = over > 1e-6
        clash = (over_both[:, 0] & over_both[:, 1]).nonzero()[0]
        if len(clash) == 0:
            return pos
        i, j = ci.take(clash), cj.take(clash)
        d, over = d.take(clash, axis=0), over.take(clash, axis=0)
        tiny = np.abs(d) < 1e-6
        if tiny.any():
            same = tiny[:, 0] & tiny[:, 1]
            if same.any():
                d[same] = rng.normal(size=(int(same.sum()), 2))
        if axis is None:
            share = over / need.take(clash, axis=0)
            along_y = (share[:, 0] > share[:, 1]).astype(np.int64)
        else:
            along_y = np.full(len(clash), axis, dtype=np.int64)
        # each pair pushed along one axis: its x or y, in bin 2k or 2k + 1 of its ends (each
        # bin summed in the pairs' order, as one bincount per axis summed it)
        at = 2 * np.arange(len(clash)) + along_y
        way, gap = d.ravel().take(at), over.ravel().take(at)
        push = gap * 0.5 + 0.5
        np.negative(push, out=push, where=way < 0)  # the sign of the way apart (0: onwards)
        # both axes moved (not ``axis`` alone: every later round's pushes would turn to y)
        root = np.sqrt(np.maximum(np.bincount(np.concatenate([i, j]), minlength=n), 1))
        to_j = np.bincount(2 * j + along_y, push, 2 * n)
        to_i = np.bincount(2 * i + along_y, push, 2 * n)
        pos += (to_j - to_i).reshape(n, 2) / root[:, None]
    if axis is not None:  # the rounds ran out: the rest apart in one sweep along the axis
        from mapper.layout.sweep import sweep_apart

        return sweep_apart(pos, sizes, gap_x, gap_y, axis)
    return pos
