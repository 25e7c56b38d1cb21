"""The collapsed organisations on the map scene: each one node where its shown actors stand,
the counted ties between the nodes and the other actors, and the boxes a selection spans.

:class:`CollapsedScene` (on :class:`~ui.canvas.scene_grid.GridScene`) is the base of
:class:`~ui.canvas.scene_items.SceneItems`; the nodes and ties themselves are
:mod:`ui.canvas.collapse`'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF

from ui.canvas.collapse import CollapsedItem, TieItem, group_key, tie_text, ties
from ui.canvas.filters import Visible
from ui.canvas.groups import GroupItem
from ui.canvas.items import ActorItem, MandateItem, RelationshipItem
from ui.canvas.scene_grid import GridScene

__all__ = ["CollapsedScene"]


class CollapsedScene(GridScene):
    """The collapsed organisations' nodes and ties; see the module docstring."""

    relationship_items: dict[str, RelationshipItem]
    mandate_items: dict[str, MandateItem]
    group_items: dict[str, GroupItem]  # organisation name -> its box
    _visible: Visible
    _group_scale: float
    collapsed_items: dict[str, CollapsedItem]  # organisation id -> its node
    tie_items: dict[tuple[str, str], TieItem]  # (end, end) -> counted ties
    _collapsed: dict[str, list[str]]  # collapsed organisation id -> its shown actors

    def _sync_collapsed(self) -> None:
        """Place the collapsed organisations' nodes where their actors stand, and their
        counted ties (see :mod:`ui.canvas.collapse`)."""
        for org_id in [o for o in self.collapsed_items if o not in self._collapsed]:
            self.removeItem(self.collapsed_items.pop(org_id))
        scale = self._group_scale
        ends: dict[str, QPointF] = {}
        end_of: dict[str, str] = {}
        for org_id, members in self._collapsed.items():
            node = self.collapsed_items.get(org_id)
            if node is None:
                node = self.collapsed_items[org_id] = CollapsedItem(org_id)
                self.addItem(node)
            points = [self.actor_items[a].pos() for a in members]
            centre = QPointF(
                sum(p.x() for p in points) / len(points), sum(p.y() for p in points) / len(points)
            )
            count = (
                QCoreApplication.translate("MapScene", "1 actor")
                if len(members) == 1
                else QCoreApplication.translate("MapScene", "%1 actors").replace(
                    "%1", str(len(members))
                )
            )
            node.set_node(self.case.organisation_name(org_id), count, centre, scale)
            ends[group_key(org_id)] = centre
            end_of.update((a, group_key(org_id)) for a in members)
        shown = self._visible
        edges = [
            (r.source.entity_id, r.target.entity_id, False)
            for rel_id, r in self.relationship_items.items()
            if rel_id in shown.relationships
        ]
        edges += [
            (m.source.entity_id, m.target.entity_id, True)
            for mandate_id, m in self.mandate_items.items()
            if mandate_id in shown.mandates
        ]
        wanted = {}
        for tie in ties(edges, end_of) if self._collapsed else []:
            one = ends.get(tie.a) or self._actor_point(tie.a)
            other = ends.get(tie.b) or self._actor_point(tie.b)
            if one is not None and other is not None:
                wanted[(tie.a, tie.b)] = (tie, one, other)
        for key in [k for k in self.tie_items if k not in wanted]:
            self.removeItem(self.tie_items.pop(key))
        for key, (tie, a, b) in wanted.items():
            item = self.tie_items.get(key)
            if item is None:
                item = self.tie_items[key] = TieItem()
                self.addItem(item)
            item.set_tie(a, b, tie_text(tie), tie.mandates > 0, scale)

    def mark_spanned(self, ids: Iterable[str]) -> set[str]:
        """Where the selection (a finding's actors, say) spans two or more organisations,
        mark their boxes and collapsed nodes; returns the organisation ids marked. A collapsed
        node is marked too when one of its hidden actors is selected (from a table or a
        finding): the selection shows where it is."""
        orgs = set()
        for actor_id in ids:
            actor = self.case.actors.get(actor_id)
            if actor is not None and actor.organisation:
                orgs.add(actor.organisation)
        marked = orgs if len(orgs) >= 2 else set()
        boxes: list[GroupItem | CollapsedItem] = [
            *self.group_items.values(),
            *self.collapsed_items.values(),
        ]
        for box in boxes:
            on = box.org_id in marked or (isinstance(box, CollapsedItem) and box.org_id in orgs)
            if box.highlighted != on:
                box.highlighted = on
                box.update()
        return marked

    def hidden_members(self, org_id: str) -> list[ActorItem]:
        """The items of the actors hidden in the collapsed node of ``org_id`` (none when it
        is not collapsed on the map)."""
        return [self.actor_items[a] for a in self._collapsed.get(org_id, ())]

    def _actor_point(self, actor_id: str) -> QPointF | None:
        item = self.actor_items.get(actor_id)
        return item.pos() if item is not None and item.isVisible() else None
