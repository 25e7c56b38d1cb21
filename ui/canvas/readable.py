"""Readable at any zoom: names keep a minimum size on screen, the most important ones first.

Far out, an actor's name would shrink with the map until nobody can read it. Instead the view
grows actors (shape and name together, around their centre) so the name stays at least
:data:`MIN_LABEL_PT` on screen. Where grown actors would run into each other, the most
important actors (influence, handlers of needed decisions, holders and grantors of mandates,
the owner of the intent) grow first; the others stay small and without a name (their tooltip
still names them). Edge labels grow the same way and are shown only where they cover no actor
and no other label; a hidden edge label shows when the pointer is on the line.

Pure planning (:func:`plan`) is apart from applying (:func:`apply`), so tests can check the
plan; :func:`apply` works on a :class:`~ui.canvas.scene.MapScene`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from models import Case
from ui.canvas import label_memo
from ui.canvas.actor_item import PLATE_SHIFTS
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.items import ActorItem, EdgeItem, route_edges
from ui.canvas.line_index import LineIndex, cell_keys
from ui.canvas.overlap import Boxes
from ui.canvas.route_later import RouteLater

if TYPE_CHECKING:
    from ui.canvas.scene_items import SceneItems

__all__ = [
    "MIN_LABEL_PT",
    "READABLE_LIMIT",
    "Plan",
    "apply",
    "groups_and_labels",
    "importance",
    "label_scale",
    "place_labels",
    "plan",
    "plate_at",
]

MIN_LABEL_PT = 9.0  # names are never drawn smaller than this on screen
READABLE_LIMIT = 400  # shown actors up to which names keep their size (beyond: they drop out)
MAX_SCALE = 40.0  # far enough out for a laptop fit of sixty very long names (zoom 2.5 %)
MARGIN_PX = 2.0  # screen pixels around a grown actor: its bounding box (PLATE_BOUND) and a half
VARIANTS = (0, 1)  # the plate with a glyph, then the narrow plate
# the two moved away from the legend (left, down): only where a centred plate reaches under it
AWAY = tuple(range(len(VARIANTS), len(VARIANTS) * 3))
# every moved plate (also up): for a name a neighbour's plate would cost
ASIDE = tuple(range(len(VARIANTS), len(VARIANTS) * (1 + len(PLATE_SHIFTS))))
LABEL_GAP_PX = 3.0  # screen pixels an edge label keeps from actors and other labels


def label_scale(zoom: float, min_pt: float = MIN_LABEL_PT) -> float:
    """How much to grow actors at ``zoom`` so a name is at least ``min_pt`` on screen.

    Examples
    --------
    >>> label_scale(1.0), label_scale(0.5), label_scale(2.0)
    (1.0, 2.0, 1.0)
    """
    if zoom <= 0:
        return 1.0
    scale = min_pt / (LABEL_FONT_SIZE * zoom)
    return 1.0 if scale < 1.0 + 1e-6 else min(MAX_SCALE, scale)


def importance(case: Case) -> dict[str, float]:
    """How much each actor's name matters on a crowded map (higher first).

    Influence counts most; handlers of needed decisions, holders of the power a need asks
    for, grantors and holders of mandates and the owner of the intent come on top.
    """
    score = {a.id: float(a.influence) for a in case.actors}
    powers_needed = {n.power for n in case.needs}
    for need in case.needs:
        if need.handler in score:
            score[need.handler] += 3.0
    for mandate in case.mandates:
        if mandate.holder in score:
            score[mandate.holder] += 1.0 + (1.5 if mandate.power in powers_needed else 0.0)
        if mandate.grantor in score:
            score[mandate.grantor] += 1.0
    owner = case.info.intent_owner
    if owner in score:
        score[owner] += 3.0
    return score


@dataclass(frozen=True, slots=True)
class Plan:
    """What to grow and what to hide at one zoom."""

    scale: float
    grown: frozenset[str]  # actors drawn at ``scale`` with their name; the rest stay small
    narrow: frozenset[str] = frozenset()  # grown actors drawn as the narrow plate
    variants: dict[str, int] = field(default_factory=dict)  # each grown actor's plate


def _grown_rect(item: ActorItem, scale: float, pad: float, variant: int | None = 0) -> QRectF:
    """The scene rectangle of ``item`` at ``scale`` (its plate ``variant``, or its own shape
    for None), ``pad`` wider on every side."""
    rect = item.natural_rect() if variant is None else item.plate_rect(variant)
    centre = item.pos() + rect.center() * scale  # a plate moved off the legend is off centre
    w, h = rect.width() * scale + 2 * pad, rect.height() * scale + 2 * pad
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)


def plate_at(item: ActorItem, zoom: float, min_pt: float = MIN_LABEL_PT) -> QRectF:
    """Where ``item``'s name plate lies at ``zoom`` when it keeps its name (scene
    coordinates, with the margin a plan keeps), shown or not; empty where names need no
    plate (close up)."""
    scale = label_scale(zoom, min_pt)
    if scale == 1.0:
        return QRectF()
    return _grown_rect(item, scale, MARGIN_PX / max(zoom, 1e-6), 0)


def plan(
    items: Sequence[ActorItem],
    zoom: float,
    weight: dict[str, float],
    obstacles: Sequence[QRectF] = (),
    min_pt: float = MIN_LABEL_PT,
    keep: Iterable[str] = (),
    *,
    aside: bool = True,
) -> Plan:
    """Which ``items`` grow (and keep their name) at ``zoom``; the rest go nameless.

    The most important actors are placed first, each as its plate or, where that does not
    fit, its narrow plate; a plate may touch but not lie over much of another actor (a
    nameless actor is drawn above the plates, and a plate over it would hide the place it
    might get a name in). Those left over get a name after all where their plate covers
    only nameless actors. ``obstacles`` are scene rectangles no grown actor may touch (the
    legend's place). The actors ``keep`` (the ones the user is editing) always keep their
    name, in the plate that leaves the most neighbours a place for theirs. A plate that
    would reach into an obstacle may stand a quarter of its size left or down, away from
    the legend (seventh round 3: a name lost when the legend grows). With ``aside`` a plate
    that touches a neighbour's may also stand a quarter of its size up.
    """
    scale = label_scale(zoom, min_pt)
    ids = [i.entity_id for i in items]
    if scale == 1.0 or len(items) > READABLE_LIMIT:
        # close enough to read every name in its shape (or too many actors to plan: names
        # then drop out far out, as the items' own level of detail decides)
        return Plan(1.0, frozenset(ids))
    pad = MARGIN_PX / max(zoom, 1e-6)
    own = {i.entity_id: _grown_rect(i, 1.0, 0.0, None) for i in items}
    big = {i.entity_id: [(v, _grown_rect(i, scale, pad, v)) for v in VARIANTS] for i in items}
    rank = {actor_id: k for k, actor_id in enumerate(ids)}
    order = sorted(ids, key=lambda i: (-weight.get(i, 0.0), rank[i]))
    cell = max((r[0][1].width() for r in big.values()), default=100.0)
    plates = Boxes(cell)
    for rect in obstacles:
        plates.add(rect)
    if obstacles:  # off the centre only where a centred plate reaches into an obstacle
        for item in items:
            if any(plates.hits(rect) for _, rect in big[item.entity_id]):
                big[item.entity_id] += [(v, _grown_rect(item, scale, pad, v)) for v in AWAY]
    shapes = Boxes(cell)
    for actor_id, rect in own.items():
        shapes.add(rect, actor_id)
    chosen: dict[str, int] = {}
    # 0. the actors the user is editing keep their name whatever happens, in the plate that
    # takes the fewest neighbours' places (a neighbour's narrow plate is where it could
    # still be named): they go first but need not push a neighbour out
    for actor_id in dict.fromkeys(keep):
        if actor_id not in big or actor_id in chosen:
            continue
        others = [big[o][len(VARIANTS) - 1][1] for o in ids if o != actor_id and o not in chosen]

        def cost(option: tuple[int, QRectF], others: list[QRectF] = others) -> tuple[int, int, int]:
            variant, rect = option
            return (int(plates.hits(rect)), sum(rect.intersects(o) for o in others), variant)

        variant, rect = min(big[actor_id], key=cost)
        plates.add(rect, actor_id)
        chosen[actor_id] = variant
    # 1. every plate clear of the plates placed and of every other actor's own shape;
    # 2. then plates that lie over actors left nameless (those stay drawn on top)
    for careful in (True, False):
        for actor_id in order:
            if actor_id in chosen:
                continue
            for variant, rect in big[actor_id]:
                if plates.hits(rect):
                    continue
                if careful and shapes.covers(rect, actor_id, set()):
                    continue
                if not careful and shapes.covers(rect, actor_id, set(chosen), 0.6):
                    continue
                plates.add(rect, actor_id)
                chosen[actor_id] = variant
                break
    # 3. an actor still without a name where its plate touches a neighbour's: the plate a
    # quarter of its size left or down, where that clears it (new user, tenth round N3: a
    # fit a few per cent further out than before the layouts cost a name by two pixels),
    # else up (eleventh round A0: two actors stacked closer than their plates are
    # tall, and the upper one, the top cause's, went nameless)
    for actor_id in order:
        if actor_id in chosen:
            continue
        item = items[rank[actor_id]]
        for variant in ASIDE if aside else AWAY:
            rect = _grown_rect(item, scale, pad, variant)
            if not plates.hits(rect) and not shapes.covers(rect, actor_id, set(chosen), 0.6):
                plates.add(rect, actor_id)
                chosen[actor_id] = variant
                break
    narrow = frozenset(i for i, v in chosen.items() if v % 2)
    return Plan(scale, frozenset(chosen), narrow, chosen)


def apply(
    actors: dict[str, ActorItem],
    edges: Sequence[EdgeItem],
    case: Case,
    zoom: float,
    obstacles: Sequence[QRectF] = (),
    min_pt: float = MIN_LABEL_PT,
    first: Iterable[str] = (),
    keep: Iterable[str] = (),
    *,
    labels: bool = True,
    aside: bool = True,
    later: RouteLater | None = None,
) -> Plan:
    """Plan at ``zoom`` and set it on the items: grow, hide names, route, place edge labels
    (unless ``labels`` is off: the caller places them with :func:`place_labels`).

    The actors ``first`` keep their names before any other (presentation mode's highlight);
    the actors ``keep`` (selected, being edited) keep theirs in any case; ``aside``: see
    :func:`plan`. With ``later`` (and ``labels`` off) the lines are routed once the next
    plan is known, or by ``later.done()`` (:mod:`ui.canvas.route_later`).
    """
    shown = [i for i in actors.values() if i.isVisible()]
    weight = importance(case)
    top = max(weight.values(), default=0.0) + 1.0
    keep = tuple(keep)
    for actor_id in first:
        weight[actor_id] = weight.get(actor_id, 0.0) + top
    result = plan(shown, zoom, weight, obstacles, min_pt, keep, aside=aside)
    edge_scale = result.scale if result.grown else 1.0
    if later is not None:  # the routing kept: done now, or dropped where all are routed
        every = any(edge.label_scale != edge_scale for edge in edges)
        later.before_change([e for e in edges if e.isVisible()] if every else None)
    route = route_edges if later is None or labels else later.ask
    changed = set()
    for item in shown:
        grow = item.entity_id in result.grown
        variant = result.variants.get(item.entity_id, 0)
        if item.set_readable(result.scale if grow else 1.0, not grow, variant):
            changed.add(item.entity_id)
    grown = [edge.set_label_scale(edge_scale) for edge in edges]
    visible_edges = [e for e in edges if e.isVisible()]
    if any(grown):
        route(visible_edges)
    elif changed:  # only the lines of the actors whose plate changed (an edit, a selection)
        route([e for e in visible_edges if {e.source.entity_id, e.target.entity_id} & changed])
    if len(shown) > READABLE_LIMIT:  # a big map: its labels follow the level of detail
        for edge in edges:
            if edge.label_hidden:
                edge.label_hidden = False
                edge.update()
        return result
    if labels:
        place_labels(shown, visible_edges, obstacles, zoom)
    return result


def place_labels(
    actors: Sequence[ActorItem],
    edges: Sequence[EdgeItem],
    obstacles: Sequence[QRectF],
    zoom: float,
    boxes: Sequence[QRectF] = (),
) -> None:
    """Place the shown edges' labels at ``zoom`` clear of ``actors``, ``obstacles`` (the
    legend, organisation titles) and each other; off other lines and across no border of
    the organisations' ``boxes`` where there is room."""
    if len(actors) > READABLE_LIMIT:  # a big map: its labels follow the level of detail
        return
    shown = [e for e in edges if e.isVisible()]
    _place_edge_labels(actors, shown, obstacles, LABEL_GAP_PX / max(zoom, 1e-6), boxes)


def groups_and_labels(
    scene: SceneItems,
    edges: Sequence[EdgeItem],
    zoom: float,
    scale: float,
    obstacles: Sequence[QRectF] = (),
) -> None:
    """Draw the boxes of ``scene`` at ``scale``, then place the labels of ``edges`` at
    ``zoom`` clear of ``obstacles`` and the boxes' titles, inside or outside each box and
    not across its border where there is room (:func:`place_labels`)."""
    scene.refresh_groups(scale)
    shown = [i for i in scene.actor_items.values() if i.isVisible()]
    if len(shown) > READABLE_LIMIT:  # a big map: its labels follow the level of detail
        return
    boxes = [b for b in scene.group_items.values() if b.isVisible()]
    titles = [b.title_rect() for b in boxes]
    clear, rects = [*obstacles, *titles], [b.rect() for b in boxes]
    now = label_memo.state(shown, edges, clear, rects, zoom)
    if now == scene.labels_placed:
        return  # nothing a label's place depends on changed since they were placed
    place_labels(shown, edges, clear, zoom, rects)
    scene.labels_placed = label_memo.placed(now, edges)


def _crosses(rect: QRectF, boxes: Sequence[QRectF]) -> bool:
    """Whether ``rect`` lies across the border of one of ``boxes`` (partly in, partly out)."""
    return any(rect.intersects(b) and not b.contains(rect) for b in boxes)


def _place_edge_labels(
    actors: Sequence[ActorItem],
    edges: Sequence[EdgeItem],
    obstacles: Sequence[QRectF],
    gap: float = 0.0,
    boxes: Sequence[QRectF] = (),
) -> None:
    """Show an edge label only where it keeps ``gap`` (scene units) from every actor,
    obstacle and other label and off other pairs' arrowheads and line starts; of the places
    that do, the first that sits best (:func:`_rank`: across no border of the ``boxes``,
    off other lines, off its own lines' ends), in one line, else in two or three (a label
    across a box's border reads as neither inside nor outside it: the g2 label on the
    example's slide, issue 12; a new tie ran through a mandate's one-line label: B6)."""
    labelled = [e for e in edges if e.shown_text()]
    if not labelled:
        return
    cell = max(r.width() for r in (e.label_rect() for e in labelled)) + 1.0
    taken = Boxes(cell)
    for item in actors:
        taken.add(item.sceneBoundingRect())
    for rect in obstacles:
        taken.add(rect)
    heads = _heads(edges, cell)
    lines = _lines(edges, cell)
    # bundles and mandates first: they carry the most; each label where the route put it,
    # else further along its line, else hidden (it shows when the pointer is on the line)
    # the selected lines' labels before all others: the user is looking at them
    order = sorted(
        labelled, key=lambda e: (not e.isSelected(), not e.bundle_text, not e.bold_label)
    )
    for edge in order:
        own = _pair(edge)
        spot, rank = None, 10
        for count in (1, 2, 3):  # on one line; on another line or a border: in two or three
            for x, y, w, h in edge.label_spots(count):
                if taken.hits_around(x, y, w, h, gap):
                    continue
                rect = QRectF(x, y, w, h)
                here = _rank(rect, boxes, (heads, lines), own, cell)
                if here < rank:
                    spot, rank = rect, here
                if rank == 0:
                    break
            if rank < 2:
                break
        hidden = spot is None
        if spot is not None:
            edge.move_label(spot)
            taken.add(spot)
        if hidden != edge.label_hidden:
            edge.label_hidden = hidden
            edge.update()


_Heads = dict[tuple[int, int], list[tuple[QRectF, QPainterPath, str]]]


def _rank(
    rect: QRectF, boxes: Sequence[QRectF], drawn: tuple[_Heads, LineIndex], own: str, cell: float
) -> int:
    """How badly ``rect`` would sit, 0 best: 10 on another pair's arrowhead or line start
    (never taken), 5 across a border of ``boxes``, 2 on another line, 1 on its own lines'
    heads or starts (a label between a short bundle's ends touched its tails: "8
    connections" at 1366; off them only where that puts it on no other line, or
    test_labels_off_lines gets worse). Across a border, or on another line, in one line
    the label tries two lines and then three: between a box's border and a line bowed
    inside it, two lines of "Bijzondere bijstand verlenen (signing on behalf)" were still
    too wide (new user, eleventh round A4), and after a new tie a mandate's one-line label
    had no place off its line (new user, twelfth round B6)."""
    heads, lines = drawn
    others, mine = _on_head(heads, rect, own, cell)
    if others:
        return 10
    return 5 * _crosses(rect, boxes) + 2 * lines.hits(rect, own) + mine


def _heads(edges: Sequence[EdgeItem], cell: float) -> _Heads:
    """Every arrowhead drawn (its box, its shape and its line's pair) on a grid of ``cell``,
    so a label asks only the heads near it (all of them for every spot made the placing
    quadratic: tests/ui/test_label_work.py)."""
    cells: _Heads = {}
    for edge in edges:
        pair, facts = _pair(edge), edge.route_facts()
        if facts.marks is None:  # made once per route (ui.canvas.route_facts)
            facts.marks = [(s.boundingRect(), s) for s in (*edge.head_shapes(), edge.tail_shape())]
        for box, shape in facts.marks:
            for key in cell_keys(box.left(), box.top(), box.right(), box.bottom(), cell):
                cells.setdefault(key, []).append((box, shape, pair))
    return cells


def _on_head(heads: _Heads, rect: QRectF, own: str, cell: float) -> tuple[bool, bool]:
    """Whether ``rect`` covers an arrowhead or line start of another pair's line, and one of
    its own pair's (those only where a place off them is free: a label between them still
    reads as theirs)."""
    others = mine = False
    for key in cell_keys(rect.left(), rect.top(), rect.right(), rect.bottom(), cell):
        for box, shape, pair in heads.get(key, ()):
            if box.intersects(rect) and shape.intersects(rect):
                if pair != own:
                    return True, mine
                mine = True
    return others, mine


def _pair(edge: EdgeItem) -> str:
    """The two actors an edge joins, as one key (its bundle's lines share it)."""
    a, b = sorted((edge.source.entity_id, edge.target.entity_id))
    return f"{a}\n{b}"


def _lines(edges: Sequence[EdgeItem], cell: float) -> LineIndex:
    """Every line's pieces on a grid of ``cell``, owned by its pair (see
    :mod:`ui.canvas.line_index`: built once a pass, asked only near a label)."""
    index = LineIndex(cell)
    for edge in edges:
        index.add_points(edge.route_facts().polygons(), _pair(edge))
    return index
