"""A cause's map with its agreement ties (see :mod:`exports.cause_ties`): the lines from the
holders of the powers an agreement covers to its decider, dashed in the agreement's own
colour and labelled with its name. Only a picture of a cause draws them: the scene is a copy
for an export, so the ties are items of their own, not relationships or mandates."""

from __future__ import annotations

from collections.abc import Sequence

from exports.cause_ties import AgreementTie
from exports.style import EdgeStyle
from models import Case
from models.i18n import Lang
from ui.canvas.items import EdgeItem, route_edges
from ui.canvas.scene import MapScene

__all__ = ["AGREEMENT_STYLE", "AgreementTieItem", "TiedScene"]

AGREEMENT_STYLE = EdgeStyle("#7D3C98", "dash", 1.8)  # an agreement's purple, dashed


class AgreementTieItem(EdgeItem):
    """One agreement tie: holder to decider, labelled with the agreement's name."""

    def __init__(self, tie: AgreementTie, scene: MapScene) -> None:
        holder, decider = scene.actor_items[tie.holder], scene.actor_items[tie.decider]
        super().__init__(f"agreement:{tie.name}:{tie.holder}", holder, decider)
        self.edge_style = AGREEMENT_STYLE
        self.text = tie.name
        self.setToolTip(f"{holder.actor.name} → {decider.actor.name}\n{tie.name}")


class TiedScene(MapScene):
    """A map scene of ``case`` that also draws ``ties`` (those between drawn actors)."""

    def __init__(self, case: Case, lang: Lang, ties: Sequence[AgreementTie]) -> None:
        super().__init__(case, lang)
        self.ties = tuple(ties)
        self.tie_lines = [
            AgreementTieItem(t, self)
            for t in self.ties
            if t.holder in self.actor_items and t.decider in self.actor_items
        ]
        for line in self.tie_lines:
            self.addItem(line)
        route_edges(self.tie_lines)

    def for_slide(
        self, box: tuple[float, float], min_pt: float, *, spread: bool = True, stretch: bool = False
    ) -> MapScene:
        copy = super().for_slide(box, min_pt, spread=spread, stretch=stretch)
        return TiedScene(copy.case, self.lang, self.ties)

    def readable_at(self, zoom: float, min_pt: float) -> float:
        from ui.canvas import readable

        edges: list[EdgeItem] = [
            *self.relationship_items.values(),
            *self.mandate_items.values(),
            *self.tie_lines,
        ]
        plan = readable.apply(self.actor_items, edges, self.case, zoom, min_pt=min_pt, labels=False)
        readable.groups_and_labels(self, edges, zoom, plan.scale)
        return plan.scale
