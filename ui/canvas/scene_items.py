"""The scene's items: building, placing, showing and bundling the map's items.

:class:`SceneItems` (on :class:`~ui.canvas.scene_collapsed.CollapsedScene`, the collapsed
organisations, itself on :class:`~ui.canvas.scene_grid.GridScene`, the grid's placement) is
the base of :class:`~ui.canvas.scene.MapScene`, which adds the public switches and follows the
case's and the controller's signals. Items read the model and never write it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem

from models import Actor, Case, Mandate, Practice, Relationship
from models.i18n import Lang
from ui.canvas.actor_item import PIXMAP_CACHE_LIMIT
from ui.canvas.bundles import layout_edges, merge_same_labels, pair_key
from ui.canvas.collapse import collapsed_members
from ui.canvas.filters import MapFilter, visible
from ui.canvas.grid import GridBackgroundItem, grid_positions
from ui.canvas.groups import place_groups
from ui.canvas.items import ActorItem, EdgeItem, MandateItem, RelationshipItem, route_edges
from ui.canvas.line_sheet import LineSheet
from ui.canvas.placement import map_positions, unplaced_positions
from ui.canvas.readable import READABLE_LIMIT
from ui.canvas.scene_collapsed import CollapsedScene
from ui.canvas.scene_grid import ViewMode
from ui.document.controller import DocumentController

__all__ = ["GROUP_LIMIT", "OPEN_AT_MOST", "SCENE_MARGIN", "SceneItems", "ViewMode"]

SCENE_MARGIN = 600.0
GROUP_LIMIT = 400  # actors up to which organisations get boxes
BUILD_STEP = 500  # items made between two reports of :attr:`SceneItems.build_progress`
# the most bundles a selection opens: a grouped finding's 1,135 items on a 2,000-actor map
# would open 3,766, fanned out where none can be told apart at the zoom that shows them,
# and their layout held the window a second (rev-user15 G6; longer at 10,000)
OPEN_AT_MOST = 500


class SceneItems(CollapsedScene):
    """One item per actor, relationship and mandate; see the module docstring."""

    edges_moved = Signal()  # some edges were re-routed: their labels need placing again

    controller: DocumentController | None
    case: Case
    lang: Lang
    actor_items: dict[str, ActorItem]
    line_sheet: LineSheet  # draws every line far out (ui.canvas.line_sheet)
    _practice: Practice | None
    _edges_of: dict[str, list[EdgeItem]]  # lists, not sets: 5 MB less at 10,000 actors
    _filter: MapFilter
    _view_mode: ViewMode
    _grid_item: GridBackgroundItem | None
    _placing: bool
    _syncing_selection: bool
    _bulk_selecting: bool
    #: organisations whose box is drawn however thinly its actors fill it: a picture's copy
    #: stretched apart shows the boxes the screen shows (``MapScene.for_slide``)
    boxes_kept: frozenset[str] = frozenset()
    #: the state the labels were last placed in (ui.canvas.label_memo): none placed again
    #: while it holds
    labels_placed: tuple[object, ...] | None = None
    # told the share of the build done (0 to 1) every few hundred items while the map's
    # items are built: a big map's open shows how far it is (ui.window.map_progress)
    build_progress: Callable[[float], None] | None = None
    _selected_pairs: set[tuple[str, str]]
    _emphasised: frozenset[EdgeItem] = frozenset()  # the selected actors' lines, drawn thicker
    _far_out = False  # the view shows the map too far out to tell fanned lines apart
    _hover_pair: tuple[str, str] | None
    _hover_close: QTimer
    _hover_label: tuple[EdgeItem, QRectF] | None  # the opened bundle's count label, where it was

    def refresh_groups(self, title_scale: float | None = None) -> None:
        """Fit the organisations' boxes around their actors again (after moves or growth)."""
        if title_scale is not None:
            self._group_scale = title_scale
        if self._view_mode != ViewMode.MAP or len(self.actor_items) > GROUP_LIMIT:
            for box in self.group_items.values():
                box.setVisible(False)
            return
        created, gone = place_groups(
            self.actor_items,
            self.group_items,
            self._group_scale,
            self.case.organisation_name,
            kept=self.boxes_kept,
        )
        for box in created:
            self.addItem(box)
        for name in gone:
            self.removeItem(self.group_items.pop(name))
        self._sync_collapsed()

    def backdrop_rect(self) -> QRectF:
        """What is drawn behind the actors (the power/interest grid), or a null rectangle."""
        if self._grid_item is None:
            return QRectF()
        return self._grid_item.sceneBoundingRect()

    def content_rect(self) -> QRectF:
        """The bounding rectangle of the visible content."""
        rect = QRectF()
        for item in self.items():
            if item.isVisible() and item.parentItem() is None:
                rect = rect.united(item.sceneBoundingRect())
        return rect

    def edges_of(self, actor_id: str) -> list[EdgeItem]:
        """The relationship and mandate items touching ``actor_id``."""
        return list(self._edges_of.get(actor_id, ()))

    def refresh_placement(self) -> None:
        """Put every actor item back where the model (or the grid) says."""
        self._place_all()

    def on_actor_item_moved(self, item: ActorItem) -> None:
        """An actor item moved (drag or model): its edges follow."""
        if self._placing:
            return  # a full placement, or a move of several, routes the edges afterwards
        edges = self._edges_of.get(item.entity_id)
        if edges:
            route_edges(list(edges))
        if item.actor.organisation:
            self.refresh_groups()

    def route_moved(self, actor_ids: Iterable[str]) -> None:
        """Route the edges of the actors moved together once, each in its new place (moved
        one by one, each actor routed its own edges and the boxes again: an edge twice, and
        a bow chosen while a neighbour still stood where it was; issue 15)."""
        edges = dict.fromkeys(e for a in actor_ids for e in self._edges_of.get(a, ()))
        if edges:
            route_edges(list(edges))

    def _build(self) -> None:
        """Create, place and route every item first, then add them all to the scene: items
        outside a scene change geometry without index and repaint bookkeeping."""
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new objects, no cycles: skip the collector's scans
        try:
            self._build_items()
        finally:
            if collecting:
                gc.enable()

    def _build_items(self) -> None:
        told = self.build_progress
        case = self.case
        total = len(case.actors) + len(case.relationships) + len(case.mandates) or 1
        spots = self._spots()
        for done, actor in enumerate(case.actors, 1):
            self._add_actor_item(actor, spots.get(actor.id), add=False)
            if told is not None and not done % BUILD_STEP:  # items made: the first half
                told(done / total / 2)
        done = len(case.actors)
        for rel in case.relationships:
            self._add_relationship_item(rel, add=False)
            done += 1
            if told is not None and not done % BUILD_STEP:
                told(done / total / 2)
        for mandate in case.mandates:
            self._add_mandate_item(mandate, add=False)
        self._mark_intent_owner()
        self._apply_visibility()
        self._as_readable_plans()
        if told is not None:
            told(0.5)  # the lines routed: the next third
        self._layout_edges([*self.relationship_items.values(), *self.mandate_items.values()])
        if told is not None:
            told(0.85)
        for item_dict in (self.actor_items, self.relationship_items, self.mandate_items):
            for item in item_dict.values():
                self.addItem(item)
        self.line_sheet.take_all()
        self.refresh_groups()
        self._update_scene_rect()

    def _as_readable_plans(self) -> None:
        """On the app's map of more actors than :data:`ui.canvas.readable.READABLE_LIMIT`
        every shown actor is its plate at its own size, whatever the zoom (see
        :func:`ui.canvas.readable.plan`): make them so before the lines are routed, so the
        view's first fit routes nothing again (40,000 lines routed twice at 10,000 actors).
        A picture for an export keeps its actors as they are until its own plan."""
        if self.controller is None:
            return
        shown = [item for item in self.actor_items.values() if item.isVisible()]
        if len(shown) > READABLE_LIMIT:
            for item in shown:
                item.set_readable(1.0, False, 0)

    def _add_actor_item(
        self, actor: Actor, pos: QPointF | None = None, *, add: bool = True
    ) -> ActorItem:
        cached = len(self.case.actors) <= PIXMAP_CACHE_LIMIT
        # a big map's actors are plates at every zoom (_as_readable_plans): made so, their
        # shapes' outlines are made when one is drawn as its shape
        plate = self.controller is not None and len(self.case.actors) > READABLE_LIMIT
        item = ActorItem(actor, self.lang, pos, cached=cached, plate=plate)
        self.actor_items[actor.id] = item
        self._edges_of.setdefault(actor.id, [])
        if add:
            self.addItem(item)
        return item

    def _add_relationship_item(self, rel: Relationship, *, add: bool = True) -> RelationshipItem:
        src, tgt = self.actor_items[rel.source], self.actor_items[rel.target]
        item = RelationshipItem(rel, src, tgt, self.lang)
        self.relationship_items[rel.id] = item
        self._attach(item, add)
        return item

    def _add_mandate_item(self, mandate: Mandate, *, add: bool = True) -> MandateItem:
        src, tgt = self.actor_items[mandate.grantor], self.actor_items[mandate.holder]
        item = MandateItem(mandate, src, tgt, self.lang, self.case.power_name)
        self.mandate_items[mandate.id] = item
        self._attach(item, add)
        return item

    def _attach(self, edge: EdgeItem, add: bool = True) -> None:
        source, target = edge.source.entity_id, edge.target.entity_id
        # a loop is listed once; no scan of the actor's list (quadratic in its lines)
        for end in (source,) if source == target else (source, target):
            self._edges_of.setdefault(end, []).append(edge)
        if add:
            self.addItem(edge)
            self.line_sheet.adopt(edge)

    def _detach(self, edge: EdgeItem) -> None:
        self.line_sheet.forget(edge)
        for end in (edge.source.entity_id, edge.target.entity_id):
            edges = self._edges_of.get(end, [])
            edges[:] = [e for e in edges if e is not edge]

    # ------------------------------------------------------------------ placement
    def _place_all(self, *, edges: bool = True) -> None:
        self._placing = True
        try:
            for actor_id, spot in self._spots().items():
                self.actor_items[actor_id].setPos(spot)
        finally:
            self._placing = False
        if edges:
            self._update_edges()

    def _spots(self) -> dict[str, QPointF]:
        """Where every actor item goes: the model's position, or the grid's."""
        if self._view_mode == ViewMode.GRID:
            return grid_positions(self.case.actors, *self.grid_bands())
        return map_positions(list(self.case.actors))

    def _place_unplaced(self) -> None:
        for actor_id, spot in unplaced_positions(list(self.case.actors)).items():
            self.actor_items[actor_id].setPos(spot)

    # ------------------------------------------------------------------ visibility
    def _refresh_visibility(self) -> None:
        self._apply_visibility()
        self._update_edges()

    def _apply_visibility(self) -> None:
        self._visible = visible(self.case, self._filter, self._practice)
        show_edges = self._view_mode == ViewMode.MAP
        for actor_id, item in self.actor_items.items():
            item.setVisible(actor_id in self._visible.actors)
        for rel_id, rel_item in self.relationship_items.items():
            rel_item.setVisible(show_edges and rel_id in self._visible.relationships)
        for mandate_id, mandate_item in self.mandate_items.items():
            mandate_item.setVisible(show_edges and mandate_id in self._visible.mandates)
        self._collapsed = collapsed_members(self.case, self._visible.actors) if show_edges else {}
        hidden = {a for members in self._collapsed.values() for a in members}
        # an actor that goes into a collapsed node stays selected (Properties still shows
        # it, and the node is marked): hiding it must not take it out of the selection
        keep, self._syncing_selection = self._syncing_selection, True
        try:
            for actor_id in hidden:
                self.actor_items[actor_id].setVisible(False)
        finally:
            self._syncing_selection = keep
        if hidden:
            for edge in [*self.relationship_items.values(), *self.mandate_items.values()]:
                if edge.source.entity_id in hidden or edge.target.entity_id in hidden:
                    edge.setVisible(False)
        self.line_sheet.refresh()

    def _update_edges(self) -> None:
        """Bend and route every edge (after a full refresh or a new placement)."""
        self._layout_edges([*self.relationship_items.values(), *self.mandate_items.values()])
        self.refresh_groups()
        self._update_scene_rect()

    def _update_pairs(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Re-fan only the edges between these pairs of actors (after an edge came or went,
        or a bundle opened or closed); views place the labels again (``edges_moved``)."""
        self._refan(pairs)
        self.edges_moved.emit()

    def _refan(self, pairs: Iterable[tuple[str, str]]) -> None:
        """One layout for the edges of all ``pairs`` together: a finding's 2,000 items
        opened 700 bundles, laid out one by one over every mandate (user 13, S6)."""
        done: set[tuple[str, str]] = set()
        edges: list[EdgeItem] = []
        for a, b in pairs:
            key = (a, b) if a <= b else (b, a)
            if key in done:
                continue
            done.add(key)
            ends = {a, b}
            edges.extend(
                e
                for e in self._edges_of.get(a, ())
                if {e.source.entity_id, e.target.entity_id} == ends
            )
        if done:
            self._layout_edges(edges)

    def _layout_edges(self, edges: list[EdgeItem]) -> None:
        """Fan out, bundle and route ``edges`` (see :func:`ui.canvas.bundles.layout_edges`)."""
        opened = self._open_pairs()
        layout_edges(edges, opened, self._hover_pair)
        merge_same_labels(self.mandate_items.values(), opened)

    # ------------------------------------------------------------------ bundles
    def _open_pairs(self) -> set[tuple[str, str]]:
        opened = set(self._selected_pairs)
        if self._hover_pair is not None:
            opened.add(self._hover_pair)
        return opened

    def bundle_open(self, a: str, b: str) -> bool:
        """Whether the edges between actors ``a`` and ``b`` are fanned out now."""
        return ((a, b) if a <= b else (b, a)) in self._open_pairs()

    def on_edge_hovered(self, edge: EdgeItem, on: bool) -> None:
        """The pointer came onto (or left) an edge: its bundle opens (or closes again)."""
        key = pair_key(edge)
        if on:
            self._hover_close.stop()
            if self._hover_pair != key:
                if edge.bundle_text and edge.label_shown():  # its count label, before it fans
                    self._hover_label = (edge, edge.mapRectToScene(edge.label_rect()))
                previous, self._hover_pair = self._hover_pair, key
                self._update_pairs([p for p in (previous, key) if p is not None])
        elif self._hover_pair == key:
            self._hover_close.start()  # a moment later: the pointer may be between the lines

    def _close_hovered_bundle(self) -> None:
        key, self._hover_pair, self._hover_label = self._hover_pair, None, None
        if key is not None:
            self._update_pairs([key])

    def set_far_out(self, far: bool) -> None:
        """Whether the view shows the map under :data:`LOD_ARROWS` (the view says so at each
        zoom): the selection's bundles close there and open again closer in."""
        if far != self._far_out:
            self._far_out = far
            self._open_selected_bundles()
            self.line_sheet.set_active(far, self.selectedItems())

    def _open_selected_bundles(self) -> None:
        """Bundles of selected edges and of selected actors are open, unless that is more
        than :data:`OPEN_AT_MOST` of them, or the view is far out: fanned lines a pixel apart
        are not told apart, and laying them out moved lines across the map, so that a click
        on one actor of 2,000 at 13 % repainted the whole map (0.43 s; about 2 s at 10,000,
        rev-user15 G2); now its plate alone."""
        wanted: set[tuple[str, str]] = set()
        lines: set[EdgeItem] = set()
        self.line_sheet.select(self.selectedItems())
        for item in self.selectedItems():
            if isinstance(item, EdgeItem):
                wanted.add(pair_key(item))
            elif isinstance(item, ActorItem):
                edges = self._edges_of.get(item.entity_id, ())
                wanted.update(pair_key(e) for e in edges)
                lines.update(edges)
        self._emphasise(lines)
        if len(wanted) > OPEN_AT_MOST or self._far_out:
            wanted = set()
        if wanted != self._selected_pairs:
            changed = wanted ^ self._selected_pairs
            self._selected_pairs = wanted
            self._update_pairs(changed)

    def _emphasise(self, lines: set[EdgeItem]) -> None:
        """A selected actor's lines are drawn thicker, as while the pointer is on it (a new
        user expected the selection to show them too: rev-user18). Far out the lines are one
        plain stroke either way (:mod:`ui.canvas.line_sheet`), as with the pointer."""
        for edge in self._emphasised.symmetric_difference(lines):
            edge.emphasised = edge in lines
            edge.update()
        self._emphasised = frozenset(lines)

    def _update_scene_rect(self) -> None:
        rect = self.itemsBoundingRect()
        m = max(SCENE_MARGIN, rect.width(), rect.height())
        self.setSceneRect(rect.adjusted(-m, -m, m, m).united(self.sceneRect()))

    def _grow_scene_rect(self, item: QGraphicsItem) -> None:
        rect = item.sceneBoundingRect().adjusted(
            -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
        )
        if not self.sceneRect().contains(rect):
            self.setSceneRect(self.sceneRect().united(rect))

    @property
    def _filtered(self) -> bool:
        """Whether some items are hidden (filter, practice or a collapsed organisation)."""
        return self._filter.active or self._practice is not None or bool(self._collapsed)

    def _mark_intent_owner(self) -> None:
        owner = self.case.info.intent_owner
        for actor_id, item in self.actor_items.items():
            mark = actor_id == owner
            if item.is_intent_owner != mark:
                item.is_intent_owner = mark
                item.update()
