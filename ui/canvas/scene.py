"""The map scene: one item per actor, relationship and mandate, kept in dicts.

Items are created, updated and removed on the case's signals; they read the model and never
write it. With a :class:`~ui.document.controller.DocumentController` the scene also follows the
controller (new case, practice switch) and keeps the selection in sync both ways; with a bare
:class:`~models.Case` it is a read-only picture (exports, screenshots).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QToolTip,
)

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
from ui.canvas.filters import MapFilter, Visible
from ui.canvas.grid import GridBackgroundItem
from ui.canvas.item_base import tip_of
from ui.canvas.items import ActorItem, EdgeItem, MandateItem, RelationshipItem
from ui.canvas.line_sheet import LineSheet
from ui.canvas.scene_copies import SceneCopies
from ui.canvas.scene_items import GROUP_LIMIT, SCENE_MARGIN, ViewMode
from ui.document.controller import DocumentController

__all__ = ["GROUP_LIMIT", "SCENE_MARGIN", "MapScene", "ViewMode"]


class MapScene(SceneCopies):
    """A QGraphicsScene showing one case; see the module docstring."""

    def __init__(
        self,
        source: DocumentController | Case,
        lang: Lang = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = None
        if isinstance(source, DocumentController):
            self.controller = source
            case = source.case
            self._practice = source.practice
            source.case_replaced.connect(self._on_controller_case_replaced)
            source.practice_changed.connect(self._on_controller_practice_changed)
            source.selection_changed.connect(self._on_controller_selection_changed)
        else:
            case = source
            self._practice = None
        self.case = case
        self.lang = lang
        self.actor_items = {}
        self.relationship_items = {}
        self.mandate_items = {}
        self.group_items = {}  # organisation name -> its box
        self._edges_of = {}
        self._filter = MapFilter()
        self._visible = Visible()
        self._view_mode = ViewMode.MAP
        self._grid_item = None
        self._syncing_selection = False
        self._bulk_selecting = False
        self._placing = False
        self._group_scale = 1.0
        self._selected_pairs = set()
        self._hover_pair = None
        self._hover_label = None
        self.collapsed_items = {}
        self.tie_items = {}
        self._collapsed = {}
        self._hover_close = QTimer(self)
        self._hover_close.setSingleShot(True)
        self._hover_close.setInterval(700)
        self._hover_close.timeout.connect(self._close_hovered_bundle)
        self.setItemIndexMethod(self.ItemIndexMethod.NoIndex)
        self.selectionChanged.connect(self._on_scene_selection_changed)
        self.line_sheet = LineSheet(self._lines)
        self.addItem(self.line_sheet)
        self._connect(case)
        self._build()

    def _lines(self) -> list[EdgeItem]:
        """Every relationship and mandate item (the line sheet draws them far out)."""
        return [*self.relationship_items.values(), *self.mandate_items.values()]

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """The tooltip of the topmost item under the pointer that has one, as Qt's own, but
        made when asked (:func:`ui.canvas.item_base.tip_of`): actors and lines keep none."""
        widget = event.widget()
        view = widget.parentWidget() if widget is not None else None
        transform = view.viewportTransform() if isinstance(view, QGraphicsView) else QTransform()
        order = Qt.SortOrder.DescendingOrder
        shape = Qt.ItemSelectionMode.IntersectsItemShape
        for item in self.items(event.scenePos(), shape, order, transform):
            text = tip_of(item)
            if text:
                QToolTip.showText(event.screenPos(), text, widget)
                event.setAccepted(True)
                return
        QToolTip.hideText()
        event.setAccepted(False)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A click on a bundle's count label ("3 mandates") selects that bundle, although the
        pointer opened it and another line may run where the label was (new user 5, item 4)."""
        label = self._hover_label
        if (
            label is not None
            and event.button() == Qt.MouseButton.LeftButton
            and label[1].contains(event.scenePos())
            and label[0].scene() is self
        ):
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.clearSelection()
            label[0].setSelected(True)
            event.accept()
            return
        super().mousePressEvent(event)

    # ------------------------------------------------------------------ public
    @property
    def practice(self) -> Practice | None:
        """The practice shown (None: both)."""
        return self._practice

    @property
    def view_mode(self) -> ViewMode:
        """The map (positions from the model) or the power/interest grid."""
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
        """Show only what passes ``flt``; views make the shown actors readable again (the
        actors a focus had grown stayed large over the whole map after it: new user at
        scale 15, G5)."""
        self._filter = flt
        self._refresh_visibility()
        self.edges_moved.emit()

    def set_view_mode(self, mode: ViewMode) -> None:
        """Switch between the map and the power/interest grid."""
        if mode == self._view_mode:
            return
        self._view_mode = mode
        if mode == ViewMode.GRID:
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
        # every edge routed once, all at once (labels and bundle counts such as "2 mandates"
        # in ``lang``): one by one, a language switch took seconds on the example
        self._layout_edges([*self.relationship_items.values(), *self.mandate_items.values()])
        self.edges_moved.emit()

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

    def set_case(self, case: Case) -> None:
        """Show another case (drops every item of the old one)."""
        self._disconnect(self.case)
        # a selected item's removal says selectionChanged, each at once: with everything of a
        # 1,500-actor map selected, opening another map synced the selection to the controller
        # and the tables 7,500 times (minutes, frozen: rev-hostile19b N4); the controller
        # clears its selection itself when the case is replaced
        self._bulk_selecting = True
        try:
            for item_dict in (self.relationship_items, self.mandate_items, self.actor_items):
                for item in list(item_dict.values()):
                    self.removeItem(item)
                item_dict.clear()
            self._edges_of.clear()
            for extra in (self.group_items, self.collapsed_items, self.tie_items):
                for box in list(extra.values()):
                    self.removeItem(box)
                extra.clear()
        finally:
            self._bulk_selecting = False
        self._collapsed = {}
        self.case = case
        self._connect(case)
        self._build()

    # ------------------------------------------------------------------ model signals
    def _on_case_actor_added(self, actor: Actor, _index: int) -> None:
        item = self._add_actor_item(actor)
        if self._view_mode == ViewMode.GRID:
            self._place_all()
        elif actor.position is None:
            self._place_unplaced()
        else:
            item.setPos(actor.position.x, actor.position.y)
        if self._filtered or (actor.organisation and self._any_collapsed()):
            self._refresh_visibility()  # a new member of a collapsed organisation hides in it
        self.refresh_groups()
        self._grow_scene_rect(item)

    def _on_case_actor_removed(self, actor: Actor, _index: int) -> None:
        item = self.actor_items.pop(actor.id, None)
        if item is not None:
            self.removeItem(item)
        self._edges_of.pop(actor.id, None)
        if any(actor.id in members for members in self._collapsed.values()):
            self._refresh_visibility()  # its collapsed organisation counts one fewer
        self.refresh_groups()

    def _on_case_organisation_changed(self, old: Organisation, new: Organisation) -> None:
        if old.collapsed != new.collapsed:
            self._refresh_visibility()  # members and their lines hide or show again
        else:
            self.refresh_groups()  # a renamed organisation names its box anew

    def request_collapse(self, org_id: str, collapsed: bool) -> None:
        """Collapse (or expand) an organisation, one undo step through the controller."""
        controller = self.controller
        org = self.case.organisations.get(org_id)
        if controller is None or org is None or org.collapsed == collapsed:
            return
        text = (self.tr("Collapse %1") if collapsed else self.tr("Expand %1")).replace(
            "%1", org.name
        )
        controller.set_fields([(org_id, "collapsed", collapsed)], text)

    def _on_case_power_changed(self, _old: Power, new: Power) -> None:
        for item in self.mandate_items.values():
            if item.mandate.power == new.id:
                item.set_mandate(item.mandate)  # the label shows the power's new name

    def _on_case_actor_changed(self, old: Actor, new: Actor) -> None:
        item = self.actor_items[new.id]
        before = item.outline, item.boundingRect()
        item.set_actor(new)
        if old.position != new.position and new.position is not None:
            # a move set with other fields in one step (the kind chooser moves a new actor
            # clear of its neighbours' names): the item goes there too
            self._on_case_positions_changed({new.id: new.position})
        # its lines take the new name in their tooltips; they are routed again only where
        # the actor's outline changed (an influence or a note leaves every line where it is,
        # and its label where the last placing put it: issue 14, the edit at 200 actors)
        route = (item.outline, item.boundingRect()) != before
        for edge in self._edges_of.get(new.id, ()):
            if isinstance(edge, RelationshipItem):
                edge.set_relationship(edge.rel, route=route)
            elif isinstance(edge, MandateItem):
                edge.set_mandate(edge.mandate, route=route)
        if self._view_mode == ViewMode.GRID and (old.influence, old.interest) != (
            new.influence,
            new.interest,
        ):
            self._place_all()
        if self._filtered and (old.kind, old.sphere, old.tags) != (new.kind, new.sphere, new.tags):
            self._refresh_visibility()
        if old.organisation != new.organisation and (self._collapsed or self._any_collapsed()):
            self._refresh_visibility()
        elif old.organisation != new.organisation or old.name != new.name:
            self.refresh_groups()

    def _on_case_positions_changed(self, positions: dict[str, Position | None]) -> None:
        for actor_id in positions:
            actor = self.case.actors.get(actor_id)
            item = self.actor_items.get(actor_id)
            if actor is not None and item is not None:
                item.actor = actor
        if self._view_mode == ViewMode.GRID:
            return
        if any(p is None for p in positions.values()):
            self._place_all()
            return
        many = len(positions) > 50  # a layout: route every edge once instead of per actor
        self._placing = len(positions) > 1  # routed once below, every actor in its place
        moved = []
        try:
            for actor_id, pos in positions.items():
                item = self.actor_items.get(actor_id)
                if item is not None and pos is not None and item.pos() != QPointF(pos.x, pos.y):
                    item.setPos(pos.x, pos.y)
                    moved.append(actor_id)  # (one put where it stands does not move)
        finally:
            self._placing = False
        if many:
            self._update_edges()
        else:
            if len(positions) > 1:
                self.route_moved(moved)
            self.refresh_groups()
            self._update_scene_rect()

    def _any_collapsed(self) -> bool:
        return any(o.collapsed for o in self.case.organisations)

    def _edge_added(self, edge: EdgeItem) -> None:
        if self._filtered:
            self._refresh_visibility()  # also re-fans every edge
            return
        edge.setVisible(self._view_mode == ViewMode.MAP)
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
        if self._filtered:
            self._refresh_visibility()  # the filter's or a collapsed group's ties count again
            return
        self._update_pairs([(item.source.entity_id, item.target.entity_id)])

    def _edge_changed(
        self, item: EdgeItem, old_ends: tuple[str, str], new_ends: tuple[str, str]
    ) -> None:
        if old_ends != new_ends:
            self._detach(item)
            item.set_ends(self.actor_items[new_ends[0]], self.actor_items[new_ends[1]])
            self._attach(item, add=False)
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
        self.mark_spanned(ids)
        if self._syncing_selection:
            return
        self._syncing_selection = True
        self._bulk_selecting = True  # the scene's per-item selectionChanged waits (user 13, S6)
        changed = False
        try:
            # the selected items and the wanted ones, not every item of the map (a find's
            # jump at 10,000 actors walked 50,000 items: 0.3 s of its 0.7 s)
            wanted = set(ids)
            for item in self.selectedItems():
                entity_id = getattr(item, "entity_id", None)
                if entity_id is not None and entity_id not in wanted:
                    item.setSelected(False)
                    changed = True
            for entity_id in ids:
                chosen = self.item_for(entity_id)
                if chosen is not None and not chosen.isSelected():
                    chosen.setSelected(True)
                    changed = True
        finally:
            self._bulk_selecting = False
            self._syncing_selection = False
        if changed:  # bundles opened and lines laid out once for the whole selection
            self._open_selected_bundles()
            self.edges_moved.emit()

    def _on_scene_selection_changed(self) -> None:
        if self._bulk_selecting:
            return
        self._open_selected_bundles()
        self.edges_moved.emit()  # the selected lines' labels are placed first
        self.mark_spanned(self.controller.selection if self.controller else self.selected_ids())
        if self._syncing_selection or self.controller is None:
            return
        self._syncing_selection = True
        try:
            self.controller.set_selection(self.selected_ids())
        finally:
            self._syncing_selection = False
