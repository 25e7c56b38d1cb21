"""The edits behind connecting two actors on the map and turning a connection around.

The map view asks the user (kind chooser, target menu); these functions make the change
through the document controller, each one undo step.
"""

from __future__ import annotations

from models import Mandate, Relationship
from ui.canvas.menus import Choice
from ui.document.controller import DocumentController

__all__ = ["add_connection", "reverse_ends"]


def add_connection(
    controller: DocumentController, source: str, target: str, choice: Choice
) -> str | None:
    """Add the relationship or mandate ``choice`` from ``source`` to ``target`` and select it.

    Returns the new entity's id, or None when the choice names neither kind.
    """
    case = controller.case
    if choice.relation is not None:
        rel_id = case.new_id(Relationship)
        controller.add_relationship(Relationship(rel_id, source, target, choice.relation))
        controller.set_selection([rel_id])
        return rel_id
    if choice.power is not None:
        mandate_id = case.new_id(Mandate)
        # whether it was given in writing is not recorded until the user says so: the
        # finding on that (Awb 10:5) shows instead of being hidden by a default
        mandate = Mandate(mandate_id, source, target, choice.power, in_writing=None)
        controller.add_mandate(mandate)
        controller.set_selection([mandate_id])
        return mandate_id
    return None


def reverse_ends(controller: DocumentController, entity_id: str) -> None:
    """Swap the ends of a relationship or mandate (one undo step); other ids do nothing."""
    rel = controller.case.relationships.get(entity_id)
    if rel is not None:
        controller.update(entity_id, {"source": rel.target, "target": rel.source})
        return
    mandate = controller.case.mandates.get(entity_id)
    if mandate is not None:
        controller.update(entity_id, {"grantor": mandate.holder, "holder": mandate.grantor})
