"""The map scene: one item per actor, relationship and mandate, kept in dicts.

Items are created, updated and removed on the case's signals; they read the model and never
write it. With a :class:`~ui.document.DocumentController` the scene also follows the
controller (new case, practice switch) and keeps the selection in sync both ways; with a bare
:class:`~models.Case` it is a read-only picture (exports, screenshots).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from typing import Literal

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from models import (
    Actor,
    Case,
    Mandate,
    Organisation,
    Position,
    Power,
    Practice,
    Relationship,
)
from models.i18n import Lang
from ui.canvas.bundles import layout_edges, pair_key
from ui.canvas.filters import MapFilter, Visible, visible
from ui.canvas.grid import GridBackgroundItem, grid_positions
from ui.canvas.groups import GroupItem, place_groups
from ui.canvas.items import ActorItem, EdgeItem, MandateItem, RelationshipItem, route_edges
from ui.canvas.placement import map_positions, unplaced_positions
from ui.document import DocumentController

__all__ = ["MapScene", "ViewMode"]

ViewMode = Literal["map", "grid"]
SCENE_MARGIN = 600.0
GROUP_LIMIT = 400  # actors up to which organisations get boxes


class MapScene(QGraphicsScene):
    """A QGraphicsScene showing one case; see the module docstring."""

    edges_moved = Signal()  # some edges were re-routed: their labels need placing again

    def __init__(
        self,
        source: DocumentController | Case,
        lang: Lang = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        if isinstance(source, DocumentController):
            self.controller = source
            case = source.case
            self._practice: Practice | None = source.practice
            source.case_replaced.connect(self._on_controller_case_replaced)
            source.practice_changed.connect(self._on_controller_practice_changed)
            source.selection_changed.connect(self._on_controller_selection_changed)
        else:
            case = source
            self._practice = None
        self.case = case
        self.lang: Lang = lang
        self.actor_items: dict[str, ActorItem] = {}
        self.relationship_items: dict[str, RelationshipItem] = {}
        self.mandate_items: dict[str, MandateItem] = {}
        self.group_items: dict[str, GroupItem] = {}  # organisation name -> its box
        self._edges_of: dict[str, set[EdgeItem]] = {}
        self._filter = MapFilter()
        self._visible = Visible()
        self._view_mode: ViewMode = "map"
        self._grid_item: GridBackgroundItem | None = None
        self._syncing_selection = False
        self._placing = False
        self._group_scale = 1.0
        self._selected_pairs: set[tuple[str, str]] = set()
        self._hover_pair: tuple[str, str] | None = None
        self._hover_close = QTimer(self)
        self._hover_close.setSingleShot(True)
        self._hover_close.setInterval(700)
        self._hover_close.timeout.connect(self._close_hovered_bundle)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.selectionChanged.connect(self._on_scene_selection_changed)
        self._connect(case)
        self._build()

    # ------------------------------------------------------------------ public
    @property
    def practice(self) -> Practice | None:
        """The practice shown (None: both)."""
        return self._practice

    @property
    def view_mode(self) -> ViewMode:
        """``"map"`` (positions from the model) or ``"grid"`` (power/interest grid)."""
        return self._view_mode

    @property
    def map_filter(self) -> MapFilter:
        """The active filter."""
        return self._filter

    def item_for(self, entity_id: str) -> ActorItem | EdgeItem | None:
        """The item showing ``entity_id``, if any."""
        return (
            self.actor_items.get(entity_id)
            or self.relationship_items.get(entity_id)
            or self.mandate_items.get(entity_id)
        )

    def selected_ids(self) -> tuple[str, ...]:
        """Ids of selected items, actors first, in model order."""
        chosen = {getattr(i, "entity_id", None) for i in self.selectedItems()}
        order = [*self.case.actors.ids(), *self.case.relationships.ids(), *self.case.mandates.ids()]
        return tuple(i for i in order if i in chosen)

    def model_ids(self) -> set[str]:
        """Ids of every item in the scene (for tests: must equal the model's ids)."""
        return {*self.actor_items, *self.relationship_items, *self.mandate_items}

    def set_practice(self, practice: Practice | None) -> None:
        """Show only relationships and mandates of this practice (or both)."""
        self._practice = None if practice is Practice.BOTH else practice
        self._refresh_visibility()

    def set_filter(self, flt: MapFilter) -> None:
        """Show only what passes ``flt``."""
        self._filter = flt
        self._refresh_visibility()

    def set_view_mode(self, mode: ViewMode) -> None:
        """Switch between the map and the power/interest grid."""
        if mode == self._view_mode:
            return
        self._view_mode = mode
        if mode == "grid":
            self._grid_item = GridBackgroundItem(self.lang)
            self.addItem(self._grid_item)
        elif self._grid_item is not None:
            self.removeItem(self._grid_item)
            self._grid_item = None
        self._place_all()
        self._refresh_visibility()

    def set_language(self, lang: Lang) -> None:
        """Re-label every item in ``lang``."""
        self.lang = lang
        for item in self.actor_items.values():
            item.set_language(lang)
        for rel_item in self.relationship_items.values():
            rel_item.set_language(lang)
        for mandate_item in self.mandate_items.values():
            mandate_item.set_language(lang)
        if self._grid_item is not None:
            self._grid_item.set_language(lang)
        self._update_pairs(self._all_pairs())  # bundle counts ("2 mandates") in ``lang``

    def _all_pairs(self) -> list[tuple[str, str]]:
        edges = [*self.relationship_items.values(), *self.mandate_items.values()]
        return [(e.source.entity_id, e.target.entity_id) for e in edges]

    def refresh_groups(self, title_scale: float | None = None) -> None:
        """Fit the organisations' boxes around their actors again (after moves or growth)."""
        if title_scale is not None:
            self._group_scale = title_scale
        if self._view_mode != "map" or len(self.actor_items) > GROUP_LIMIT:
            for box in self.group_items.values():
                box.setVisible(False)
            return
        created, gone = place_groups(
            self.actor_items, self.group_items, self._group_scale, self.case.organisation_name
        )
        for box in created:
            self.addItem(box)
        for name in gone:
            self.removeItem(self.group_items.pop(name))

    def backdrop_rect(self) -> QRectF:
        """What is drawn behind the actors (the power/interest grid), or a null rectangle."""
        if self._grid_item is None:
            return QRectF()
        return self._grid_item.sceneBoundingRect()

    def actor_sizes(self) -> dict[str, tuple[float, float]]:
        """Every actor item's own size (width, height of its bounding box at scale 1), for
        layouts that space actors by their real size."""
        sizes = {}
        for actor_id, item in self.actor_items.items():
            rect = item.natural_bounds()
            sizes[actor_id] = (round(rect.width(), 1), round(rect.height(), 1))
        return sizes

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
            return  # a full placement re-routes every edge afterwards
        edges = self._edges_of.get(item.entity_id)
        if edges:
            route_edges(list(edges))
        if item.actor.organisation:
            self.refresh_groups()

    # ------------------------------------------------------------------ building
    def _connect(self, case: Case) -> None:
        case.actor_added.connect(self._on_case_actor_added)
        case.actor_removed.connect(self._on_case_actor_removed)
        case.actor_changed.connect(self._on_case_actor_changed)
        case.positions_changed.connect(self._on_case_positions_changed)
        case.relationship_added.connect(self._on_case_relationship_added)
        case.relationship_removed.connect(self._on_case_edge_removed)
        case.relationship_changed.connect(self._on_case_relationship_changed)
        case.mandate_added.connect(self._on_case_mandate_added)
        case.mandate_removed.connect(self._on_case_edge_removed)
        case.mandate_changed.connect(self._on_case_mandate_changed)
        case.info_changed.connect(self._on_case_info_changed)
        case.organisation_changed.connect(self._on_case_organisation_changed)
        case.power_changed.connect(self._on_case_power_changed)

    def _disconnect(self, case: Case) -> None:
        case.actor_added.disconnect(self._on_case_actor_added)
        case.actor_removed.disconnect(self._on_case_actor_removed)
        case.actor_changed.disconnect(self._on_case_actor_changed)
        case.positions_changed.disconnect(self._on_case_positions_changed)
        case.relationship_added.disconnect(self._on_case_relationship_added)
        case.relationship_removed.disconnect(self._on_case_edge_removed)
        case.relationship_changed.disconnect(self._on_case_relationship_changed)
        case.mandate_added.disconnect(self._on_case_mandate_added)
        case.mandate_removed.disconnect(self._on_case_edge_removed)
        case.mandate_changed.disconnect(self._on_case_mandate_changed)
        case.info_changed.disconnect(self._on_case_info_changed)
        case.organisation_changed.disconnect(self._on_case_organisation_changed)
        case.power_changed.disconnect(self._on_case_power_changed)

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
        spots = self._spots()
        for actor in self.case.actors:
            self._add_actor_item(actor, spots.get(actor.id), add=False)
        for rel in self.case.relationships:
            self._add_relationship_item(rel, add=False)
        for mandate in self.case.mandates:
            self._add_mandate_item(mandate, add=False)
        self._mark_intent_owner()
        self._apply_visibility()
        self._layout_edges([*self.relationship_items.values(), *self.mandate_items.values()])
        for item_dict in (self.actor_items, self.relationship_items, self.mandate_items):
            for item in item_dict.values():
                self.addItem(item)
        self.refresh_groups()
        self._update_scene_rect()

    def set_case(self, case: Case) -> None:
        """Show another case (drops every item of the old one)."""
        self._disconnect(self.case)
        for item_dict in (self.relationship_items, self.mandate_items, self.actor_items):
            for item in list(item_dict.values()):
                self.removeItem(item)
            item_dict.clear()
        self._edges_of.clear()
        for box in self.group_items.values():
            self.removeItem(box)
        self.group_items.clear()
        self.case = case
        self._connect(case)
        self._build()

    def _add_actor_item(
        self, actor: Actor, pos: QPointF | None = None, *, add: bool = True
    ) -> ActorItem:
        item = ActorItem(actor, self.lang, pos)
        self.actor_items[actor.id] = item
        self._edges_of.setdefault(actor.id, set())
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
        self._edges_of.setdefault(edge.source.entity_id, set()).add(edge)
        self._edges_of.setdefault(edge.target.entity_id, set()).add(edge)
        if add:
            self.addItem(edge)

    def _detach(self, edge: EdgeItem) -> None:
        for end in (edge.source.entity_id, edge.target.entity_id):
            self._edges_of.get(end, set()).discard(edge)

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
        if self._view_mode == "grid":
            return grid_positions(self.case.actors)
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
        show_edges = self._view_mode == "map"
        for actor_id, item in self.actor_items.items():
            item.setVisible(actor_id in self._visible.actors)
        for rel_id, rel_item in self.relationship_items.items():
            rel_item.setVisible(show_edges and rel_id in self._visible.relationships)
        for mandate_id, mandate_item in self.mandate_items.items():
            mandate_item.setVisible(show_edges and mandate_id in self._visible.mandates)

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
        done: set[tuple[str, str]] = set()
        for a, b in pairs:
            key = (a, b) if a <= b else (b, a)
            if key in done:
                continue
            done.add(key)
            ends = {a, b}
            self._layout_edges(
                [
                    e
                    for e in self._edges_of.get(a, ())
                    if {e.source.entity_id, e.target.entity_id} == ends
                ]
            )

    def _layout_edges(self, edges: list[EdgeItem]) -> None:
        """Fan out, bundle and route ``edges`` (see :func:`ui.canvas.bundles.layout_edges`)."""
        layout_edges(edges, self._open_pairs(), self._hover_pair)

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
                previous, self._hover_pair = self._hover_pair, key
                self._update_pairs([p for p in (previous, key) if p is not None])
        elif self._hover_pair == key:
            self._hover_close.start()  # a moment later: the pointer may be between the lines

    def _close_hovered_bundle(self) -> None:
        key, self._hover_pair = self._hover_pair, None
        if key is not None:
            self._update_pairs([key])

    def _open_selected_bundles(self) -> None:
        """Bundles of selected edges and of selected actors are open."""
        wanted: set[tuple[str, str]] = set()
        for item in self.selectedItems():
            if isinstance(item, EdgeItem):
                wanted.add(pair_key(item))
            elif isinstance(item, ActorItem):
                wanted.update(pair_key(e) for e in self._edges_of.get(item.entity_id, ()))
        if wanted != self._selected_pairs:
            changed = wanted ^ self._selected_pairs
            self._selected_pairs = wanted
            self._update_pairs(changed)

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
        return self._filter.active or self._practice is not None

    def _mark_intent_owner(self) -> None:
        owner = self.case.info.intent_owner
        for actor_id, item in self.actor_items.items():
            mark = actor_id == owner
            if item.is_intent_owner != mark:
                item.is_intent_owner = mark
                item.update()

    # ------------------------------------------------------------------ model signals
    def _on_case_actor_added(self, actor: Actor, _index: int) -> None:
        item = self._add_actor_item(actor)
        if self._view_mode == "grid":
            self._place_all()
        elif actor.position is None:
            self._place_unplaced()
        else:
            item.setPos(actor.position.x, actor.position.y)
        if self._filtered:
            self._refresh_visibility()
        self.refresh_groups()
        self._grow_scene_rect(item)

    def _on_case_actor_removed(self, actor: Actor, _index: int) -> None:
        item = self.actor_items.pop(actor.id, None)
        if item is not None:
            self.removeItem(item)
        self._edges_of.pop(actor.id, None)
        self.refresh_groups()

    def _on_case_organisation_changed(self, _old: Organisation, _new: Organisation) -> None:
        self.refresh_groups()  # a renamed organisation names its box anew

    def _on_case_power_changed(self, _old: Power, new: Power) -> None:
        for item in self.mandate_items.values():
            if item.mandate.power == new.id:
                item.set_mandate(item.mandate)  # the label shows the power's new name

    def _on_case_actor_changed(self, old: Actor, new: Actor) -> None:
        item = self.actor_items[new.id]
        item.set_actor(new)
        for edge in self._edges_of.get(new.id, ()):
            if isinstance(edge, RelationshipItem):
                edge.set_relationship(edge.rel)
            elif isinstance(edge, MandateItem):
                edge.set_mandate(edge.mandate)
        if self._view_mode == "grid" and (old.influence, old.interest) != (
            new.influence,
            new.interest,
        ):
            self._place_all()
        if self._filtered and (old.kind, old.sphere, old.tags) != (new.kind, new.sphere, new.tags):
            self._refresh_visibility()
        if old.organisation != new.organisation or old.name != new.name:
            self.refresh_groups()

    def _on_case_positions_changed(self, positions: dict[str, Position | None]) -> None:
        for actor_id in positions:
            actor = self.case.actors.get(actor_id)
            item = self.actor_items.get(actor_id)
            if actor is not None and item is not None:
                item.actor = actor
        if self._view_mode == "grid":
            return
        if any(p is None for p in positions.values()):
            self._place_all()
            return
        many = len(positions) > 50  # a layout: route every edge once instead of per actor
        self._placing = many
        try:
            for actor_id, pos in positions.items():
                item = self.actor_items.get(actor_id)
                if item is not None and pos is not None:
                    item.setPos(pos.x, pos.y)
        finally:
            self._placing = False
        if many:
            self._update_edges()
        else:
            self.refresh_groups()
            self._update_scene_rect()

    def _edge_added(self, edge: EdgeItem) -> None:
        if self._filtered:
            self._refresh_visibility()  # also re-fans every edge
            return
        edge.setVisible(self._view_mode == "map")
        self._update_pairs([(edge.source.entity_id, edge.target.entity_id)])

    def _on_case_relationship_added(self, rel: Relationship, _index: int) -> None:
        self._edge_added(self._add_relationship_item(rel))

    def _on_case_mandate_added(self, mandate: Mandate, _index: int) -> None:
        self._edge_added(self._add_mandate_item(mandate))

    def _on_case_edge_removed(self, entity: Relationship | Mandate, _index: int) -> None:
        item: EdgeItem | None
        if isinstance(entity, Relationship):
            item = self.relationship_items.pop(entity.id, None)
        else:
            item = self.mandate_items.pop(entity.id, None)
        if item is None:
            return
        self._detach(item)
        self.removeItem(item)
        self._update_pairs([(item.source.entity_id, item.target.entity_id)])

    def _edge_changed(
        self, item: EdgeItem, old_ends: tuple[str, str], new_ends: tuple[str, str]
    ) -> None:
        if old_ends != new_ends:
            self._detach(item)
            item.set_ends(self.actor_items[new_ends[0]], self.actor_items[new_ends[1]])
            self._edges_of[new_ends[0]].add(item)
            self._edges_of[new_ends[1]].add(item)
        if self._filtered:
            self._refresh_visibility()
        else:
            self._update_pairs([old_ends, new_ends])

    def _on_case_relationship_changed(self, old: Relationship, new: Relationship) -> None:
        item = self.relationship_items[new.id]
        item.rel = new
        self._edge_changed(item, (old.source, old.target), (new.source, new.target))
        item.set_relationship(new)
        if new.label != old.label:
            self._update_pairs([(new.source, new.target)])

    def _on_case_mandate_changed(self, old: Mandate, new: Mandate) -> None:
        item = self.mandate_items[new.id]
        item.mandate = new
        self._edge_changed(item, (old.grantor, old.holder), (new.grantor, new.holder))
        item.set_mandate(new)

    def _on_case_info_changed(self, field: str, _old: object, _new: object) -> None:
        if field == "intent_owner":
            self._mark_intent_owner()

    # ------------------------------------------------------------------ controller
    def _on_controller_case_replaced(self, case: Case) -> None:
        self.set_case(case)

    def _on_controller_practice_changed(self, practice: Practice | None) -> None:
        self.set_practice(practice)

    def _on_controller_selection_changed(self, ids: tuple[str, ...]) -> None:
        if self._syncing_selection:
            return
        self._syncing_selection = True
        try:
            wanted = set(ids)
            for item in self.items():
                entity_id = getattr(item, "entity_id", None)
                if entity_id is not None:
                    item.setSelected(entity_id in wanted)
        finally:
            self._syncing_selection = False

    def _on_scene_selection_changed(self) -> None:
        self._open_selected_bundles()
        if self._syncing_selection or self.controller is None:
            return
        self._syncing_selection = True
        try:
            self.controller.set_selection(self.selected_ids())
        finally:
            self._syncing_selection = False
