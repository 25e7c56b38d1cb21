"""The map scene's copies for pictures: a slide's or a page's map with the actors moved
apart or stretched so that every name fits, a cause's map with its agreement ties, and the
growth a picture makes for readable names. :class:`~ui.canvas.scene.MapScene` is built on
:class:`SceneCopies`; a copy is a read-only ``MapScene`` of a copy of the case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from exports.cause_ties import AgreementTie
from mapper.layout.placing import drawable
from ui.canvas.item_base import LOD_TEXT
from ui.canvas.items import EdgeItem
from ui.canvas.readable import READABLE_LIMIT
from ui.canvas.scene_grid import ViewMode
from ui.canvas.scene_items import SceneItems

if TYPE_CHECKING:
    from ui.canvas.scene import MapScene

__all__ = ["SceneCopies"]

_FEW_ON_SLIDE = 3  # a slide of at most this many actors draws them as close as they allow
_FEW_GAP = 50.0  # scene units between their plates along one axis (room for a line's arrow)


def _map_scene() -> type[MapScene]:
    from ui.canvas.scene import MapScene

    return MapScene


class SceneCopies(SceneItems):
    """Copies of the scene's case drawn for a picture; see the module docstring."""

    def actor_sizes(self) -> dict[str, tuple[float, float]]:
        """Every actor item's own size (width, height of its bounding box at scale 1), for
        layouts that space actors by their real size."""
        sizes = {}
        for actor_id, item in self.actor_items.items():
            rect = item.natural_bounds()
            sizes[actor_id] = (round(rect.width(), 1), round(rect.height(), 1))
        return sizes

    def for_slide(
        self, box: tuple[float, float], min_pt: float, *, spread: bool = True, stretch: bool = False
    ) -> MapScene:
        """A scene of a copy of this case with the actors moved apart so that every name
        plate fits when the map fills ``box`` (inches) with names at ``min_pt``, as a layout
        makes room for names on screen (:func:`mapper.layout.reading.spread_for_reading`).
        Without ``spread`` the copy keeps the actors' places (the picture export), with
        ``stretch`` spaced out along one axis towards the box's shape
        (:func:`mapper.layout.reading.stretched`: the nota's and the deck's map)."""
        if not spread:
            if stretch:
                return self._stretched(box)
            if len(self.actor_items) > READABLE_LIMIT and self.shows_as_copy():
                return cast("MapScene", self)  # the same places: no copy (130 MB at 10,000)
            return _map_scene()(self.case.copy(), self.lang)
        import numpy as np

        from mapper.layout.grouping import organisations_of
        from mapper.layout.reading import draw_close, spread_for_reading
        from mapper.layout.reading_ring import on_a_ring
        from ui.canvas.readable import MIN_LABEL_PT

        case = self.case.copy()
        positions = {a.id: a.position for a in case.actors if a.position is not None}
        plates = {}
        for actor_id, item in self.actor_items.items():
            rect = item.plate_rect()
            plates[actor_id] = (rect.width(), rect.height())
        # a name of MIN_LABEL_PT on a 96 dpi screen; on the slide it is to be min_pt
        room = tuple(v * 96.0 * MIN_LABEL_PT / min_pt for v in box)
        groups, collapsed = organisations_of(case)
        # a slide cannot be zoomed: every name first (3ddb0af's trade of a few names for the
        # boxes is the window's, where the user can zoom)
        apart = spread_for_reading(
            positions,
            self.actor_sizes(),
            plates,
            (room[0], room[1]),
            groups,
            collapsed,
            names_first=True,
            # after the circle layout the picture keeps the ring, as the screen does (issue 12)
            ring=on_a_ring(np.array([[p.x, p.y] for p in positions.values()])),
        )
        if len(apart) <= _FEW_ON_SLIDE:  # a cause's few actors: as close as their plates allow
            grown = {k: (w * 1.1, h * 1.1) for k, (w, h) in plates.items()}
            apart = draw_close(apart, grown, _FEW_GAP)
        case.set_positions(drawable(apart))
        return _map_scene()(case, self.lang)

    def shows_as_copy(self) -> bool:
        """Whether a copy of this scene's case at the same places draws what this scene draws:
        the map, not the grid, with nothing filtered out or collapsed (a picture leaves the
        selection's highlight out itself: :func:`exports.image.scene.render_scene_bytes`)."""
        if self._view_mode != ViewMode.MAP or self.collapsed_items or self.tie_items:
            return False
        items = self.actor_items.values()
        edges = (*self.relationship_items.values(), *self.mandate_items.values())
        return all(i.isVisible() for i in items) and all(e.isVisible() for e in edges)

    def draws_as_is(self, scale: float) -> bool:
        """Whether a page's picture at ``scale`` (picture pixels per scene unit) draws this
        scene itself rather than a copy stretched or moved apart for its names: a map of more
        than :data:`READABLE_LIMIT` actors (no page holds their names, and none grows) that
        :meth:`shows_as_copy` and draws no name, label or box title at that scale
        (:data:`LOD_TEXT`). At 10,000 actors a copy took 130 MB (new user at scale 14, F11);
        a copy of the anonymised case is not needed either where no name is drawn."""
        actors = self.actor_items.values()
        if len(actors) <= READABLE_LIMIT or not self.shows_as_copy():
            return False
        if any(box.isVisible() for box in self.group_items.values()):
            return False
        if any(not i.label_hidden and scale * i.scale() >= LOD_TEXT for i in actors):
            return False
        edges = (*self.relationship_items.values(), *self.mandate_items.values())
        return not any(e.label_shown() and scale * e.label_scale >= LOD_TEXT for e in edges)

    def _stretched(self, box: tuple[float, float]) -> MapScene:
        """A copy with the actors' places stretched towards the shape of ``box``
        (:func:`mapper.layout.reading.stretched`), as far as every organisation box this
        scene shows is still shown (a box its actors fill too thinly is not drawn)."""
        from mapper.layout.reading import STRETCH_MOST, stretched

        boxes = {name for name, item in self.group_items.items() if item.isVisible()}
        places = {a.id: a.position for a in self.case.actors if a.position is not None}
        aspect = box[0] / max(box[1], 1e-6)
        most = STRETCH_MOST
        while True:
            case = self.case.copy()
            case.set_positions(drawable(stretched(places, aspect, most)))
            copy = _map_scene()(case, self.lang)
            copy.boxes_kept = frozenset(boxes)
            copy.refresh_groups()
            kept = {name for name, item in copy.group_items.items() if item.isVisible()}
            if most <= 1.0 or boxes <= kept:
                return copy
            most = max(1.0, most - 0.2)

    def with_ties(self, ties: Sequence[AgreementTie]) -> MapScene:
        """A copy that also draws a cause's agreement ties (:mod:`ui.canvas.agreement_ties`)."""
        from ui.canvas.agreement_ties import TiedScene

        return TiedScene(self.case.copy(), self.lang, ties)

    def readable_at(self, zoom: float, min_pt: float) -> float:
        """Grow actors and labels as the view does at ``zoom`` (names at least ``min_pt``) for a
        picture, whose actors move apart, not a plate aside; returns the growth."""
        from ui.canvas import readable

        edges: list[EdgeItem] = [*self.relationship_items.values(), *self.mandate_items.values()]
        plan = readable.apply(
            self.actor_items, edges, self.case, zoom, min_pt=min_pt, labels=False, aside=False
        )
        readable.groups_and_labels(self, edges, zoom, plan.scale)  # labels off the boxes' borders
        return plan.scale
