"""The map view's edits: nudge, insert, connect, reverse, delete and in-place renaming.

:class:`EditingView` sits between :class:`~ui.canvas.view_fit.FittedView` (fit, legend,
readability) and :class:`~ui.canvas.view.MapView` (zoom, pan, mouse, keyboard, modes): every
edit goes through the scene's :class:`~ui.document.controller.DocumentController`, so it is
one undo step; a view without a controller is read-only and these do nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, Signal

from models import Actor, ActorKind, ModelError, Position
from models.enums import default_sphere
from models.kind_words import guess_kind
from ui.canvas.connecting import add_connection, reverse_ends
from ui.canvas.editor import InlineEditor
from ui.canvas.items import RelationshipItem
from ui.canvas.menus import Choice
from ui.canvas.scene_grid import ViewMode
from ui.canvas.view_fit import FittedView
from ui.document.controller import DocumentController

__all__ = ["EditingView", "like_members"]


def like_members(actor: Actor, actors: Iterable[Actor]) -> Actor:
    """``actor`` with the sphere most common among the other members of its organisation,
    and the kind most common among those of that sphere (the first met on a tie), so a new
    actor in the municipality's box is not an "Other" in "Society" (new user, sixth round 4);
    unchanged outside an organisation.

    Examples
    --------
    >>> team = [Actor("a", "A", ActorKind.PROFESSIONAL, organisation="g"),
    ...         Actor("b", "B", ActorKind.PROFESSIONAL, organisation="g"),
    ...         Actor("c", "C", ActorKind.MANAGER, organisation="g")]
    >>> new = like_members(Actor("n", "N", organisation="g"), team)
    >>> new.kind.name, new.effective_sphere.name
    ('PROFESSIONAL', 'ADMINISTRATIVE')
    >>> like_members(Actor("n", "N"), team).kind.name
    'OTHER'
    """
    members = [a for a in actors if actor.organisation and a.organisation == actor.organisation]
    members = [a for a in members if a.id != actor.id]
    if not members:
        return actor
    sphere = Counter(a.effective_sphere for a in members).most_common(1)[0][0]
    alike = (a.kind for a in members if a.effective_sphere == sphere)  # a kind of that sphere
    kind = Counter(alike).most_common(1)[0][0]
    return replace(actor, kind=kind, sphere=None if sphere == default_sphere(kind) else sphere)


class EditingView(FittedView):
    """Edits through the scene's controller; see the module docstring."""

    message = Signal(str)  # a short status-bar message
    new_actor_named = Signal(str)  # actor id: a new actor's first name was committed

    kind_chooser: Callable[..., Choice | None]  # (view, global point, source, target)
    last_press: QPointF | None
    _editor: InlineEditor | None
    _new_actor: str | None

    @property
    def controller(self) -> DocumentController | None:
        """The document controller edits go through (None: read-only view)."""
        return self.map_scene.controller

    def nudge(self, key: int, step: float) -> None:
        """Move the selected actors with the arrow keys (merged into one undo step)."""
        controller = self.controller
        if controller is None or self.map_scene.view_mode != ViewMode.MAP:
            return
        dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(Qt.Key(key), 0.0)
        dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(Qt.Key(key), 0.0)
        new = {}
        for actor_id in self.map_scene.selected_ids():
            item = self.map_scene.actor_items.get(actor_id)
            if item is not None:
                new[actor_id] = Position(round(item.x() + dx, 1), round(item.y() + dy, 1))
        if new:
            controller.nudge_actors(new)

    # ------------------------------------------------------------------ edits
    def delete_selection(self) -> None:
        """Remove the selected items (one undo step)."""
        if self.controller is not None:
            self.controller.remove(self.map_scene.selected_ids())

    def insert_actor(self) -> str | None:
        """Insert: a new actor where the user last clicked on the map, else in the middle."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        spot, centre = self.last_press, self.mapToScene(self.viewport().rect().center())
        return self.add_actor_at(spot if spot is not None and shown.contains(spot) else centre)

    def add_actor_at(
        self, scene_pos: QPointF, *, rename: bool = True, organisation: str | None = None
    ) -> str | None:
        """Add a new actor at ``scene_pos``, select it and open the name editor.

        ``organisation`` (an id; None: the organisation whose box is drawn at ``scene_pos``,
        if any) is the new actor's; it goes to free space in or at the edge of that box (the
        box grows round it), never in another organisation's box nor on an actor's plate.
        Its place is part of the one undo step that adds it."""
        controller = self.controller
        if controller is None:
            return None
        case = controller.case
        actor_id = case.new_id(Actor)
        name = QCoreApplication.translate("MapView", "New actor %1").replace(
            "%1", actor_id.removeprefix("a")
        )
        node = next(
            (
                n
                for n in self.map_scene.collapsed_items.values()
                if n.isVisible() and n.sceneBoundingRect().contains(scene_pos)
            ),
            None,
        )
        if organisation is None:
            organisation = node.org_id if node is not None else self.organisation_at(scene_pos)
        actor = like_members(
            Actor(actor_id, name, ActorKind.OTHER, organisation=organisation), case.actors
        )
        # on a collapsed organisation: a member, inside the node (whose count goes up), in
        # free space among the other members (see free_spot_for)
        spot = self.free_spot_for(actor, scene_pos)
        position = Position(round(spot.x(), 1), round(spot.y(), 1))
        controller.add_actor(replace(actor, position=position), named_next=rename)
        controller.set_selection([actor_id])
        if rename and self.start_rename(actor_id) is not None:
            self._new_actor = actor_id
        return actor_id

    def place_in_organisation(self, actor: Actor) -> Position | None:
        """Where ``actor`` (with its new organisation) goes on the map: in free space in its
        organisation's box, nearest to where it stands (beside its nearest fellow member where
        the organisation has no box yet; out of every other box); None where
        it can stay or is not drawn. The controller asks this when an actor's organisation
        changes (:attr:`DocumentController.placer`), so the move is part of that step."""
        scene = self.map_scene
        item = scene.actor_items.get(actor.id)
        if item is None or not item.isVisible() or scene.view_mode != ViewMode.MAP:
            return None
        wanted = item.pos()
        fellows = [
            i.pos()
            for k, i in scene.actor_items.items()
            if k != actor.id and i.isVisible() and i.actor.organisation == actor.organisation
        ]
        boxed = any(
            b.isVisible() and b.org_id == actor.organisation for b in scene.group_items.values()
        )
        if fellows and not boxed:  # no box yet (one member): beside the nearest, so it has one
            wanted = min(
                fellows, key=lambda p: (p.x() - wanted.x()) ** 2 + (p.y() - wanted.y()) ** 2
            )
        spot = self.free_spot_for(actor, wanted, skip=actor.id)
        if spot == item.pos():
            return None
        return Position(round(spot.x(), 1), round(spot.y(), 1))

    def organisation_at(self, scene_pos: QPointF) -> str:
        """The id of the organisation whose drawn box holds ``scene_pos`` ("" for none)."""
        boxes = [
            box
            for box in self.map_scene.group_items.values()
            if box.isVisible() and box.org_id and box.rect().contains(scene_pos)
        ]
        smallest = min(boxes, key=lambda b: b.rect().width() * b.rect().height(), default=None)
        return smallest.org_id if smallest is not None else ""

    def connect_actors(self, source: str, target: str, global_pos: QPoint) -> str | None:
        """Ask for the kind and add the relationship or mandate from ``source`` to ``target``."""
        controller = self.controller
        if controller is None:
            return None
        choice = self.kind_chooser(self, global_pos, source, target)
        if choice is None:
            return None
        return add_connection(controller, source, target, choice)

    def connect_from(self, source: str) -> None:
        """Keyboard path to a connection: choose the target from a menu, then the kind."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.setObjectName("target_menu")
        targets = {}
        for actor in sorted(self.map_scene.case.actors, key=lambda a: a.name.casefold()):
            if actor.id != source:
                targets[menu.addAction(actor.name)] = actor.id
        pos = self.viewport().mapToGlobal(self.viewport().rect().center())
        chosen = menu.exec(pos)
        menu.deleteLater()
        if chosen is not None and chosen in targets:
            self.connect_actors(source, targets[chosen], pos)

    def connect_selection(self) -> None:
        """Connect two selected actors (in the order selected), or ask for the target."""
        actors = [i for i in self.map_scene.selected_ids() if i in self.map_scene.actor_items]
        if len(actors) == 2:
            pos = self.viewport().mapToGlobal(self.viewport().rect().center())
            self.connect_actors(actors[0], actors[1], pos)
        elif len(actors) == 1:
            self.connect_from(actors[0])
        else:
            self.message.emit(
                QCoreApplication.translate("MapView", "Select one or two actors to connect.")
            )

    def reverse(self, entity_id: str) -> None:
        """Swap the ends of a relationship or mandate (one undo step)."""
        if self.controller is not None:
            reverse_ends(self.controller, entity_id)

    # ------------------------------------------------------------------ in-place editing
    def start_rename(self, entity_id: str) -> InlineEditor | None:
        """Open a line editor over an actor (name) or relationship (label)."""
        controller = self.controller
        if controller is None:
            return None
        self.cancel_rename()
        item = self.map_scene.item_for(entity_id)
        actor = controller.case.actors.get(entity_id)
        rel = controller.case.relationships.get(entity_id)
        if item is None or (actor is None and rel is None):
            return None
        if actor is not None:
            field, text = "name", actor.name
            centre = item.sceneBoundingRect().center()
        else:
            assert rel is not None
            assert isinstance(item, RelationshipItem)
            field, text = "label", rel.label
            centre = item.label_anchor()
        editor = InlineEditor(self.viewport(), text)
        width = 200
        point = self.mapFromScene(centre)
        editor.setGeometry(point.x() - width // 2, point.y() - 14, width, 28)
        editor.committed.connect(lambda value: self._finish_rename(entity_id, field, value))
        editor.cancelled.connect(self.cancel_rename)
        editor.show()
        editor.setFocus()
        self._editor = editor
        return editor

    def cancel_rename(self) -> None:
        """Close the in-place editor without changing anything."""
        editor, self._editor = self._editor, None
        self._new_actor = None
        if editor is not None:
            # Focus first: hiding the focused editor makes Qt move the focus on through
            # focusNextPrevChild, which here selects the next actor (Tab walks the actors).
            self.setFocus()
            editor.hide()
            editor.deleteLater()

    def _finish_rename(self, entity_id: str, field: str, value: str) -> None:
        new = entity_id == self._new_actor
        self.cancel_rename()
        controller = self.controller
        if controller is None or controller.case.entity(entity_id) is None:
            return
        values: dict[str, object] = {field: value}
        actor = controller.case.actors.get(entity_id)
        item = self.map_scene.actor_items.get(entity_id)
        if new and actor is not None and item is not None and field == "name":
            named = replace(actor, name=value)
            kind = None if actor.organisation else guess_kind(value)
            if kind is not None and kind != actor.kind:
                # outside a box, the kind its name suggests ("Wethouder Zorg": administrator),
                # in the same undo step; the kind chooser opens on it (eighth round N4)
                values["kind"] = kind
                named = replace(named, kind=kind)
            # its name is longer than "New actor 20": where the named plate would cover a
            # neighbour's name, it moves clear, in the same undo step (issue 12)
            spot = self.free_spot_for(named, item.pos(), skip=entity_id)
            if spot != item.pos():
                values["position"] = Position(round(spot.x(), 1), round(spot.y(), 1))
        try:
            controller.update(entity_id, values, joins_new=new)
        except ModelError as exc:
            self.message.emit(exc.render(self.map_scene.lang))
            return
        if new:
            self.new_actor_named.emit(entity_id)
