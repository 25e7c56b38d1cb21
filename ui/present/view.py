"""The presentation's map: a second, read-only view on the editor's scene.

It highlights what one step is about (the rest dims), moves to it with a smooth animated zoom
and pan (a :class:`QVariantAnimation` on the view's transform), and keeps names large: actors
and labels grow to at least :attr:`PresentView.min_pt` on screen (see
:mod:`ui.canvas.readable`). Every opacity it changes is remembered and given back by
:meth:`PresentView.restore`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QPointF, QRect, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QResizeEvent, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView, QWidget

from ui.canvas import readable
from ui.canvas.collapse import collapsed_members
from ui.canvas.groups import PRESENTING
from ui.canvas.items import EdgeItem
from ui.canvas.route_later import RouteLater
from ui.canvas.scene import MapScene

__all__ = ["DIMMED", "DIMMED_TIE", "PresentView"]

# the opacity of what a step is not about: calm, yet its names still read, so the room can
# follow the story around the point (0.12 left pale shapes nobody could read: new user,
# fourth round, 9 and 10)
DIMMED = 0.4
DIMMED_TIE = 0.22  # a tie the step is not about: fainter, so the step's own ties stand out
MOVE_MS = 700  # the length of the animated move
MAX_ZOOM = 2.0  # a step about one actor does not fill the screen with it
MARGIN = 0.12  # share of the viewport kept free around what a step shows
#: what a step shows stays at least this share of the screen from its edge after the move
#: (at 1920 x 1080 the overview's box touched the top edge: new user, seventh round)
EDGE = 0.03
OVERVIEW_SHARE = 0.7  # names on the overview, relative to a step's
_REFITS = 5  # moves after the first that may fit the grown names again (3 left the
# example's point 4 at 1366 with its top plate past the edge: test_presentation_edges)
_FIT_SAFETY = 0.98  # a fit again leaves this much slack (names grow a little as it zooms)


class PresentView(QGraphicsView):
    """Read-only view: highlight, animated moves, large names."""

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map_scene = scene
        self.min_pt = 16.0
        self.overview = False  # the whole map: names a little smaller, so more of them fit
        self.animate = True
        self._opacity: dict[QGraphicsItem, float] = {}
        self._highlighted: tuple[str, ...] = ()  # their names come first
        self._focus: tuple[str, ...] = ()  # the actors the view moves to
        self._refit = False  # after the move: fit once more around the grown actors
        self._refits = 0  # how many more times a move may fit again (bounded: no ping-pong)
        self._named: frozenset[str] = frozenset()  # actors whose names show now
        self._target: tuple[float, QPointF] | None = None
        self._from: tuple[float, QPointF] = (1.0, QPointF())
        self.setObjectName("present_view")
        self.setProperty(PRESENTING, True)  # read-only: the boxes draw no collapse button
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the presentation window
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(MOVE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._on_animation_value_changed)
        self.animation.finished.connect(self._on_animation_finished)
        self.setScene(scene)

    # ------------------------------------------------------------------ highlight
    def highlight(self, actors: tuple[str, ...], edges: tuple[str, ...]) -> None:
        """Dim everything but ``actors`` and ``edges`` (none: nothing is dimmed)."""
        scene = self.map_scene
        keep_actors = set(actors)
        # the step's own ties, and every tie among its own actors (the line a cause of backing
        # runs along, the hierarchy between a decider and the handler): at full strength
        keep_edges = set(edges) | {
            e.entity_id
            for e in self._edges()
            if e.source.entity_id in keep_actors and e.target.entity_id in keep_actors
        }
        everything = not keep_actors and not keep_edges
        self._highlighted = tuple(keep_actors)
        for actor_id, item in scene.actor_items.items():
            self._set_opacity(item, everything or actor_id in keep_actors)
        for edge in self._edges():
            self._set_opacity(edge, everything or edge.entity_id in keep_edges, DIMMED_TIE)
        # a collapsed organisation stands for its actors: shown when one of them is involved
        involved = self._collapsed_with(keep_actors)
        for org_id, node in scene.collapsed_items.items():
            self._set_opacity(node, everything or org_id in involved)
        for tie in scene.tie_items.values():
            self._set_opacity(tie, everything)
        for box in scene.group_items.values():  # shown again (a step may leave a cut one out)
            self._set_opacity(box, True)

    def _collapsed_with(self, actors: set[str]) -> set[str]:
        """The collapsed organisations (ids) that hold one of ``actors``."""
        scene = self.map_scene
        members = collapsed_members(scene.case, scene.actor_items)
        return {org for org, ids in members.items() if actors & set(ids)}

    def _edges(self) -> list[EdgeItem]:
        scene = self.map_scene
        return [*scene.relationship_items.values(), *scene.mandate_items.values()]

    def _set_opacity(self, item: QGraphicsItem, shown: bool, dimmed: float = DIMMED) -> None:
        if item not in self._opacity:
            self._opacity[item] = item.opacity()
        item.setOpacity(self._opacity[item] if shown else dimmed)

    def dimmed(self) -> set[str]:
        """The ids of the actors and ties now dimmed (tests)."""
        scene = self.map_scene
        items: list[tuple[str, QGraphicsItem]] = [*scene.actor_items.items()]
        items += [(e.entity_id, e) for e in self._edges()]
        return {i for i, item in items if item.opacity() <= DIMMED + 1e-6}

    def restore(self) -> None:
        """Give every item back the opacity it had."""
        self.animation.stop()
        for item, opacity in self._opacity.items():
            item.setOpacity(opacity)
        self._opacity.clear()

    # ------------------------------------------------------------------ moves
    def focus_rect(self, actors: tuple[str, ...]) -> QRectF:
        """The scene rectangle a step shows: its actors, or the whole map."""
        items = self.map_scene.actor_items
        chosen = [items[a] for a in actors if a in items and items[a].isVisible()]
        if not chosen and not self._collapsed_with(set(actors)):
            chosen = [i for i in items.values() if i.isVisible()]
        rect = QRectF()
        for item in chosen:
            rect = rect.united(item.sceneBoundingRect())
        if not actors:  # the whole map: its organisations' boxes and their titles too
            for box in self.map_scene.group_items.values():
                if box.isVisible():
                    rect = rect.united(box.rect())
        for org_id in self._collapsed_with(set(actors)):  # actors inside a collapsed box
            node = self.map_scene.collapsed_items.get(org_id)
            if node is not None:
                rect = rect.united(node.sceneBoundingRect())
        return rect

    def target(self, actors: tuple[str, ...]) -> tuple[float, QPointF] | None:
        """The zoom and centre at which ``actors`` (none: all) fill the view."""
        rect = self.focus_rect(actors)
        room = self.viewport().rect()
        if rect.isEmpty() or room.width() < 10 or room.height() < 10:
            return None
        if not actors or len(actors) > 2:
            return self._overview_target(room, actors) or _around(rect, room)
        return _around(rect.united(self._nearest_context(actors, rect)), room)

    def _nearest_context(self, actors: tuple[str, ...], rect: QRectF) -> QRectF:
        """The actor nearest to a step of one or two actors, not one of them: the step shows
        it whole, so some of the story around the point is in view (a plate the screen's
        edge cuts is left out, :meth:`_leave_out_cut`)."""
        centre = rect.center()
        others = [
            item.sceneBoundingRect()
            for actor_id, item in self.map_scene.actor_items.items()
            if actor_id not in actors and item.isVisible()
        ]
        if not others:
            return rect
        return min(others, key=lambda r: (r.center() - centre).manhattanLength())

    def _overview_target(
        self, room: QRect, actors: tuple[str, ...] = ()
    ) -> tuple[float, QPointF] | None:
        """The whole map as the editor fits it: zoomed out, every actor is its name plate on
        screen (a fixed size), so the spread of the centres fills the room less one plate."""
        chosen = self.map_scene.actor_items
        items = [i for a, i in chosen.items() if i.isVisible() and (not actors or a in actors)]
        if len(items) < 2 or self._collapsed_with(set(actors)):
            return None
        xs, ys = [i.x() for i in items], [i.y() for i in items]
        for box in self.map_scene.group_items.values():
            if box.isVisible() and not actors:  # its title stays in view (as the editor's fit)
                ys.append(box.rect().top() + box.title_rect().height())
        spread_w, spread_h = max(xs) - min(xs), max(ys) - min(ys)
        plate_w = max(i.plate_rect().width() for i in items) * OVERVIEW_SHARE
        plate_h = max(i.plate_rect().height() for i in items) * OVERVIEW_SHARE
        free_w, free_h = room.width() * (1 - MARGIN / 2), room.height() * (1 - MARGIN / 2)
        zooms = [(free_w - plate_w) / spread_w if spread_w > 1 else MAX_ZOOM]
        zooms.append((free_h - plate_h) / spread_h if spread_h > 1 else MAX_ZOOM)
        zoom = min(zooms)
        if zoom <= 0:
            return None
        centre = QPointF((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
        return max(0.02, min(MAX_ZOOM, zoom)), centre

    def move_to(self, goal: tuple[float, QPointF] | None) -> None:
        """Zoom to ``goal`` (zoom, centre), animated unless :attr:`animate` is off."""
        if goal is None:
            return
        self._target = goal
        self._from = (self.zoom(), self.mapToScene(self.viewport().rect().center()))
        self.animation.stop()
        if self.animate and self.isVisible():
            self.animation.start()
        else:
            self._on_animation_value_changed(1.0)
            self._on_animation_finished()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._target is not None:  # the caption grew or the screen changed: fit again
            animate, self.animate = self.animate, False
            self._refit = True
            self.move_to(self.target(self._focus))
            self.animate = animate

    def zoom(self) -> float:
        """The current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def moving(self) -> bool:
        """Whether an animated move is under way."""
        return self.animation.state() == QVariantAnimation.State.Running

    def _on_animation_value_changed(self, value: object) -> None:
        if self._target is None:
            return
        t = float(value)  # type: ignore[arg-type]
        (z0, c0), (z1, c1) = self._from, self._target
        zoom = math.exp(math.log(z0) + (math.log(z1) - math.log(z0)) * t) if z0 > 0 else z1
        centre = c0 + (c1 - c0) * t
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(centre)

    def show_actors(self, actors: tuple[str, ...]) -> None:
        """Move to ``actors`` (none: the whole map); once there and their names have grown,
        move once more if the grown actors no longer fit."""
        self._focus = actors
        self._refit = True
        self._refits = _REFITS
        self.move_to(self.target(actors))

    def _on_animation_finished(self) -> None:
        self.refresh_readability()
        if self._target is not None:
            self.centerOn(self._target[1])
        if self._refit:
            self._refits -= 1
            self._refit = self._refits > 0
            rect = self.focus_rect(self._focus)
            if not self.in_view().contains(rect):
                wide = not self._focus or len(self._focus) > 2
                goal = self._just_inside(rect) if wide else None
                self.move_to(goal or _around(rect, self.viewport().rect()))
                return
        self._refit = False
        self._leave_out_cut()

    def _just_inside(self, rect: QRectF) -> tuple[float, QPointF] | None:
        """The zoom at which ``rect`` (the whole map, or a step of many actors, with names
        grown at the current zoom) just fits the view less :data:`EDGE`: the plates keep
        their size on screen as the zoom changes, only the space between them scales. The
        margins of a step (:data:`MARGIN`) made a sparse map's overview fill half the
        screen with names 8 px high (new user, eleventh round A8)."""
        room = self.viewport().rect()
        zoom = self.zoom()
        centres = [
            item.pos()
            for actor_id, item in self.map_scene.actor_items.items()
            if item.isVisible() and (not self._focus or actor_id in self._focus)
        ]
        if len(centres) < 2 or zoom <= 0:
            return None
        xs, ys = [p.x() for p in centres], [p.y() for p in centres]
        zooms = []
        for spread, extent, free in (
            (max(xs) - min(xs), rect.width(), room.width() * (1 - 2 * EDGE)),
            (max(ys) - min(ys), rect.height(), room.height() * (1 - 2 * EDGE)),
        ):
            fixed = (extent - spread) * zoom  # the plates (and boxes) around the centres
            if spread > 1:
                zooms.append((free - fixed) / spread)
        best = min(zooms, default=0.0) * _FIT_SAFETY
        if best <= 0:
            return None
        return max(0.02, min(MAX_ZOOM, best)), rect.center()

    def in_view(self, edge: float = EDGE) -> QRectF:
        """The scene rectangle on screen, less ``edge`` (a share of the viewport's shorter
        side) all round: what a step shows stays that far from the screen's edge."""
        room = self.viewport().rect()
        free = round(edge * min(room.width(), room.height()))
        return self.mapToScene(room.adjusted(free, free, -free, -free)).boundingRect()

    def _leave_out_cut(self) -> None:
        """In a step, the dimmed context the screen's edge cuts is left out, and so is an
        organisation's box the edge cuts: half a plate or a box without its top looked
        broken (new user, seventh round: points 1 and 3 at 1366 x 768)."""
        if not self._highlighted or self.overview:
            return
        scene, focus = self.map_scene, set(self._highlighted)
        shown = self.in_view(0.0)
        cut: set[str] = set()
        for actor_id, item in scene.actor_items.items():
            context = actor_id not in focus and item.opacity() > 0
            if context and not shown.contains(item.sceneBoundingRect()):
                self._set_opacity(item, False, 0.0)
                self._named = self._named - {actor_id}
                cut.add(actor_id)
        for box in scene.group_items.values():
            if box.isVisible() and not shown.contains(box.rect()):
                self._set_opacity(box, False, 0.0)
        for edge in self._edges():  # a context tie to what is left out, or with a cut label
            label = edge.label_rect()
            context = 0 < edge.opacity() <= DIMMED_TIE + 1e-6
            ends = {edge.source.entity_id, edge.target.entity_id}
            cut_label = edge.label_shown() and not label.isEmpty() and not shown.contains(label)
            if context and (ends & cut or cut_label):
                self._set_opacity(edge, False, 0.0)

    def _pt(self) -> float:
        return self.min_pt * (OVERVIEW_SHARE if self.overview else 1.0)

    def refresh_readability(self) -> None:
        """Names at least :attr:`min_pt` on screen at this zoom; where the highlighted actors
        do not all get their names at that size, a little smaller (down to 70 %)."""
        scene = self.map_scene
        wanted = set(self._highlighted) & set(scene.actor_items)
        if self.overview:  # the opening slide: every name, a little smaller where needed
            wanted = {a for a, item in scene.actor_items.items() if item.isVisible()}
        later = RouteLater()  # the lines routed for the plan kept only (route_later)
        try:
            for share in (1.0, 0.85, 0.7, 0.6, 0.5):
                plan = self._apply(later, self._pt() * share)
                if plan.scale == 1.0 or wanted <= plan.grown:
                    break
                if not self._highlighted:
                    continue
                # the step's own actors keep their names, each in the plate that leaves the
                # others room, where their plates then stay apart; at the smallest size in
                # any case (new user, twelfth round B1: in a row of plates the wide plates
                # of the weightier actors left 'Huisarts' and 'Intern begeleider school'
                # blank bars)
                plan = self._apply(later, self._pt() * share, self._highlighted)
                if self._apart(self._highlighted):
                    break
        finally:
            later.done()
        shown = {a for a, item in scene.actor_items.items() if item.isVisible()}
        self._named = frozenset(shown if plan.scale == 1.0 else shown & plan.grown)
        self._leave_out_nameless()
        # the boxes, then the labels inside or outside them, as the main view places them
        # (issue 12: the overview at 1366 drew 'Bijzondere bijstand verlenen (signing on
        # behalf)' across the Gemeente Rivierstad box's border)
        readable.groups_and_labels(scene, self._edges(), self.zoom(), plan.scale)

    def _apply(self, later: RouteLater, pt: float, keep: tuple[str, ...] = ()) -> readable.Plan:
        """Names of at least ``pt`` at this zoom, the highlighted actors' first; the actors
        ``keep`` named in any case (see :func:`ui.canvas.readable.apply`); the lines routed
        by ``later``."""
        scene = self.map_scene
        return readable.apply(
            scene.actor_items,
            self._edges(),
            scene.case,
            self.zoom(),
            (),
            pt,
            self._highlighted,
            keep,
            labels=False,
            later=later,
        )

    def _apart(self, actors: tuple[str, ...]) -> bool:
        """Whether the name plates of ``actors`` lie clear of each other."""
        items = self.map_scene.actor_items
        plates = [
            items[a].mapToScene(items[a].shape()).boundingRect()
            for a in actors
            if a in items and items[a].isVisible()
        ]
        return not any(a.intersects(b) for k, a in enumerate(plates) for b in plates[k + 1 :])

    def _leave_out_nameless(self) -> None:
        """In a step, the dimmed context that got no name is left out, with its dimmed ties:
        a pale shape without a name told the room nothing (new user, third round 8)."""
        if not self._highlighted or self.overview:
            return
        scene, focus = self.map_scene, set(self._highlighted)
        gone = {
            a for a, item in scene.actor_items.items() if a not in focus and a not in self._named
        }
        for actor_id, item in scene.actor_items.items():
            if actor_id not in focus:
                self._set_opacity(item, False, 0.0 if actor_id in gone else DIMMED)
        for edge in self._edges():
            if edge.opacity() <= DIMMED_TIE + 1e-6:  # a tie the step is not about
                ends = {edge.source.entity_id, edge.target.entity_id}
                self._set_opacity(edge, False, 0.0 if ends & gone else DIMMED_TIE)

    def named(self) -> frozenset[str]:
        """The actors whose names show on screen now."""
        return self._named


def _around(rect: QRectF, room: QRect) -> tuple[float, QPointF]:
    """The zoom and centre at which ``rect`` fills ``room`` within the margins."""
    free = 1.0 - 2 * MARGIN
    zoom = min(room.width() * free / rect.width(), room.height() * free / rect.height())
    return max(0.02, min(MAX_ZOOM, zoom)), rect.center()
