"""The map view's fit and readability: what the first view of a map shows.

:class:`FittedView` is the base of :class:`~ui.canvas.view.MapView`: it fits the map clear
of the legend (a collapsible overlay at the top right, :mod:`ui.canvas.view_legend`), keeps
fitting while the window settles, and grows actors and labels so names stay readable
(:mod:`ui.canvas.readable`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QTimer, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent, QShowEvent

from models import Actor
from ui.canvas import fit_memo, readable
from ui.canvas.fit_words import lines_out, names_hidden
from ui.canvas.fit_zoom import FIT_MARGIN, FIT_MAX, FIT_MIN, ZOOM_MIN
from ui.canvas.fit_zoom import fit_zoom as _fit_zoom
from ui.canvas.item_base import LOD_TEXT
from ui.canvas.items import ActorItem, EdgeItem
from ui.canvas.legend import ROW
from ui.canvas.line_reach import line_rects, on_screen
from ui.canvas.placement import free_spot
from ui.canvas.view_legend import LegendView

__all__ = ["FIT_MARGIN", "FIT_MAX", "FIT_MIN", "ZOOM_MIN", "FittedView"]


class FittedView(LegendView):
    """Fit, legend and readability; see the module docstring."""

    zoom_changed = Signal(float)

    _fitted: bool
    _readable_timer: QTimer
    message: SignalInstance  # a status-bar message (MapView's, ui.canvas.view_edit)
    _fits_after_show = 0  # the fits still to come after a show (see showEvent)
    _fit_lines = False  # this fit takes the lines in (a line was out of view)
    _fit_due = False  # the open legend grew over the fitted map: fit again (legend_after_edit)
    _fit_memo = fit_memo.Memo(None)  # the last fit's states and words (ui.canvas.fit_memo)

    def zoom(self) -> float:
        """The current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def fit_to_window(self) -> None:
        """Show the whole map, clear of the legend, with names at a readable size.

        Far out, actors grow back to their own size on screen (see :mod:`ui.canvas.readable`),
        so the fit reserves their screen size around the spread of their centres. The lines
        and labels are in it too (a tie bowed around a row of plates ran off the screen), fit
        again at most twice as routes follow the zoom, unless that costs a name: then the
        status bar says that some lines are out of view. A fit that would change nothing is
        not run (:mod:`ui.canvas.fit_memo`).
        """
        now = fit_memo.state(self)
        if self._fit_memo.holds(now) or self._fit_memo.settled(now, self._planned_aim):
            self._fit_memo.say_again()
            return
        memo = fit_memo.Memo(now)
        with fit_memo.heard(self, memo):
            memo.aim = self._fit_to_window()
        memo.end = fit_memo.state(self) if now is not None else None
        self._fit_memo = memo

    def _planned_aim(self) -> tuple[float, QPointF] | None:
        """The zoom and centre a fit would aim at now, the legend's layout left as it is."""
        one = self._legend.one_column
        plan = self._fit_plan()
        self._legend.set_one_column(one)
        return None if plan is None else plan.aim

    def _fit_to_window(self) -> tuple[float, QPointF] | None:
        """Fit (see :meth:`fit_to_window`); the zoom and centre its first fit aimed at."""
        self._fit_lines = False  # as before where every line is in view (the usual case)
        aim = self._fit_once()
        if self._lines_in_view():
            self._names_hidden(True)  # in view: not asked again (8,000 lines at 2,000 actors)
            return aim
        # names before lines: the fit that takes the lines in stays only where it costs no
        # name (sixty long names on a laptop lost eleven to their labels at the border)
        named, kept = len(self.named()), self.transform()
        centre = self.mapToScene(self.viewport().rect().center())
        for _ in range(2):
            self._fit_lines = True
            self._fit_once()
            self._fit_lines = False
            if self._lines_in_view():
                break
        if len(self.named()) < named:
            self.setTransform(kept)
            self.centerOn(centre)
            self.refresh_readability()
            self.zoom_changed.emit(self.zoom())
        inside = self._lines_in_view()
        if not self._names_hidden(inside) and not inside:  # names before lines
            self.message.emit(lines_out())
        return aim

    def _names_hidden(self, lines_in: bool) -> bool:
        """Whether fewer names show than actors; the status bar then says so (new user 13 S5)."""
        items = self.map_scene.actor_items.values()
        part = self.map_scene.map_filter.active  # a filter or focus: not the whole map
        said = names_hidden(len(self.named()), items, not lines_in, self.zoom(), part=part)
        if said:
            self.message.emit(said)
        return bool(said)

    def _edge_rects(self) -> list[QRectF]:
        """The shown lines' routes and labels (scene coordinates)."""
        scene = self.map_scene
        return line_rects([*scene.relationship_items.values(), *scene.mandate_items.values()])

    def _lines_in_view(self) -> bool:
        """Whether every shown line and label lies inside the viewport (or the grid's)."""
        if not self.map_scene.backdrop_rect().isNull():
            return True  # the grid's fit shows the grid, which its ties keep to
        port = QRectF(self.viewport().rect()).adjusted(-1, -1, 1, 1)
        return all(port.contains(r) for r in self._shown_lines())

    def _fit_plan(self) -> fit_memo.Plan | None:
        """Where a fit puts the map now: its zoom and centre, the legend's layout and the
        region beside it (the legend is laid out so; None for an empty map)."""
        scene = self.map_scene
        items = [i for i in scene.actor_items.values() if i.isVisible()]
        nodes = [n for n in scene.collapsed_items.values() if n.isVisible()]
        if not items and not nodes:
            return None
        xs = [i.x() for i in items] + [n.x() for n in nodes]
        ys = [i.y() for i in items] + [n.y() for n in nodes]
        for box in scene.group_items.values():
            if box.isVisible():  # its title stays in view
                ys.append(box.rect().top() + box.title_rect().height())
        sized = items or nodes
        box_w = max(i.boundingRect().width() for i in sized) + 2 * FIT_MARGIN
        box_h = max(i.boundingRect().height() for i in sized) + 2 * FIT_MARGIN
        if items:  # far out, actors are their name plates on screen
            plate_w = max(i.plate_rect().width() for i in items) + 2 * FIT_MARGIN
            plate_h = max(i.plate_rect().height() for i in items) + 2 * FIT_MARGIN
        else:
            plate_w, plate_h = box_w, box_h
        # the lines and labels as routed now (a bowed tie, a label), where they reach past
        # the room the fit keeps around the actors' centres (half a plate on every side)
        now = max(self.zoom(), FIT_MIN)
        reach_x, reach_y = (plate_w / 2 - FIT_MARGIN) / now, (plate_h / 2 - FIT_MARGIN) / now
        for rect in self._edge_rects() if self._fit_lines else ():
            mid = rect.center()
            xs += [min(rect.left() + reach_x, mid.x()), max(rect.right() - reach_x, mid.x())]
            ys += [min(rect.top() + reach_y, mid.y()), max(rect.bottom() - reach_y, mid.y())]
        backdrop = self.map_scene.backdrop_rect()  # the grid's quadrants and axes
        if not backdrop.isNull():
            # the grid holds its actors and their plates (ui.canvas.grid_spread): the fit
            # shows the grid itself, which every actor's place lies in
            xs, ys = [backdrop.left(), backdrop.right()], [backdrop.top(), backdrop.bottom()]
            box_w = box_h = plate_w = plate_h = 2 * FIT_MARGIN
        left, top = min(xs), min(ys)
        spread_w, spread_h = max(xs) - left, max(ys) - top
        self._auto_collapse_legend()
        best: tuple[float, bool, QRectF] | None = None
        # an open legend in two columns, or in one beside the map where that leaves the map
        # more room (1366 x 768: the wide legend took the map from 51 % to 27 % and seven
        # names; the narrow one stands in the strip the map leaves at the right)
        layouts = [False, True] if not self._legend.collapsed else [self._legend.one_column]
        for one in layouts:
            self._legend.set_one_column(one)
            for region in self._fit_regions():
                zoom = min(
                    _fit_zoom(spread_w, plate_w, region.width()),
                    _fit_zoom(spread_h, plate_h, region.height()),
                    FIT_MAX,
                )
                if zoom > 1.0:  # close up, actors are their own shapes
                    zoom = min(
                        _fit_zoom(spread_w, box_w, region.width()),
                        _fit_zoom(spread_h, box_h, region.height()),
                        FIT_MAX,
                    )
                gain = 1.02 if best is not None and one != best[1] else 1.0
                if best is None or zoom > best[0] * gain:  # two columns unless one gains
                    best = (zoom, one, region)
        assert best is not None
        zoom, one, region = best
        self._legend.set_one_column(one)
        full = QRectF(self.viewport().rect())
        whole = min(  # the fit to the whole viewport, legend or not
            _fit_zoom(spread_w, plate_w, full.width()),
            _fit_zoom(spread_h, plate_h, full.height()),
            FIT_MAX,
        )
        zoom = max(FIT_MIN, zoom)
        centre = QPointF(left + spread_w / 2, top + spread_h / 2)
        offset = QPointF(self.viewport().rect().center()) - region.center()
        return fit_memo.Plan((zoom, centre + offset / zoom), region, whole)

    def _fit_once(self) -> tuple[float, QPointF] | None:
        """Fit the map by :meth:`_fit_plan`; the zoom and centre it aimed at."""
        plan = self._fit_plan()
        if plan is None:
            return None
        scene = self.map_scene
        (zoom, target), region, whole = plan.aim, plan.region, plan.whole
        full = QRectF(self.viewport().rect())
        self.setTransform(self.transform().fromScale(zoom, zoom))
        # far out the viewport may reach past the scene's rectangle, which would stop the
        # scroll short and leave the map under the legend: the scene makes room first
        port = QRectF(self.viewport().rect())
        seen = QRectF(0, 0, port.width() / zoom + 2, port.height() / zoom + 2)
        seen.moveCenter(target)
        if not scene.sceneRect().contains(seen):
            scene.setSceneRect(scene.sceneRect().united(seen))
        self.centerOn(target)
        self.refresh_readability()
        if not self._legend.collapsed and region != full and whole > zoom * 1.02:
            self._fit_around_legend(zoom, whole)
        self.zoom_changed.emit(self.zoom())
        self._fitted = True  # until the user zooms or pans, a resize fits again
        return plan.aim

    def _fit_around_legend(self, region_zoom: float, top: float) -> None:
        """A fit beside or below the open legend can shrink the map until names go; the map
        needs no rectangle of its own. Try larger zooms, up to the fit of the whole viewport,
        with the map in the corner away from the legend (bottom left), and keep the one that
        names the most actors with none under the legend (the largest of those)."""
        scene = self.map_scene
        full = QRectF(self.viewport().rect())
        legend = self.legend_viewport_rect()
        items = [i for i in scene.actor_items.values() if i.isVisible()]
        best = (sum(not i.label_hidden for i in items), 0.0)
        fitted = (self.transform(), self.mapToScene(self.viewport().rect().center()))
        zoom, last = top, 0.0
        while zoom > region_zoom * 1.02 and best[0] < len(items):
            named, last = self._place_bottom_left(zoom, full, legend), zoom
            if named > best[0]:
                best = (named, zoom)
            zoom *= 0.97
        if best[1] and best[1] != last:
            self._place_bottom_left(best[1], full, legend)
        elif not best[1]:
            self.setTransform(fitted[0])
            self.centerOn(fitted[1])
            self.refresh_readability()

    def _place_bottom_left(self, zoom: float, full: QRectF, legend: QRectF) -> int:
        """Show the map at ``zoom`` in the viewport's corner away from the legend; how many
        names show then (-1 when an actor is out of view or under the legend)."""
        scene = self.map_scene
        self.setTransform(self.transform().fromScale(zoom, zoom))
        self.refresh_readability()
        room = full.adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
        for _ in range(2):  # to place, and again after the names moved off the legend
            shown = self._shown_rects() + (self._shown_lines() if self._fit_lines else [])
            bbox = QRectF(shown[0]) if shown else QRectF()
            for rect in shown[1:]:
                bbox = bbox.united(rect)
            if bbox.isEmpty() or bbox.width() > room.width() or bbox.height() > room.height():
                return -1
            shift = QPointF(room.left() - bbox.left(), room.bottom() - bbox.bottom())
            centre = self.mapToScene(self.viewport().rect().center()) - shift / zoom
            seen = QRectF(0, 0, full.width() / zoom + 2, full.height() / zoom + 2)
            seen.moveCenter(centre)
            if not scene.sceneRect().contains(seen):
                scene.setSceneRect(scene.sceneRect().united(seen))
            self.centerOn(centre)
            self.refresh_readability()
        if any(r.intersects(legend) or not full.contains(r) for r in self._shown_rects()):
            return -1
        if self._fit_lines and not all(full.contains(r) for r in self._shown_lines()):
            return -1
        return sum(not i.label_hidden for i in scene.actor_items.values() if i.isVisible())

    def _shown_rects(self) -> list[QRectF]:
        """The shown actors, collapsed organisations and box titles on screen (pixels)."""
        scene = self.map_scene
        shown = [*scene.actor_items.values(), *scene.collapsed_items.values()]
        rects = [self.mapFromScene(i.sceneBoundingRect()) for i in shown if i.isVisible()]
        rects += [
            self.mapFromScene(b.title_rect()) for b in scene.group_items.values() if b.isVisible()
        ]
        return [r.boundingRect().toRectF() for r in rects]

    def _shown_lines(self) -> list[QRectF]:
        """The shown lines' routes and labels on screen (pixels), as one rectangle around them
        all: every caller unites them or asks whether all lie inside (ui.canvas.line_reach)."""
        return on_screen(self, self._edge_rects())

    def reading(self) -> tuple[dict[str, tuple[float, float]], tuple[float, float]]:
        """The actors' name plates on screen (pixels) and the room a fit puts the map in:
        what a layout needs to make room for every name (see
        :func:`mapper.layout.reading.spread_for_reading`)."""
        plates = {}
        for actor_id, item in self.map_scene.actor_items.items():
            rect = item.plate_rect()
            plates[actor_id] = (round(rect.width(), 1), round(rect.height(), 1))
        self._auto_collapse_legend()
        regions = self._fit_regions()
        room = max(regions, key=lambda r: r.width() * r.height())
        margin = 2 * FIT_MARGIN
        return plates, (room.width() - margin, room.height() - margin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_fitted", False):  # the window settles (docks, first show)
            self.fit_to_window()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first show is not the final size: the window manager maximises, docks settle
        # and the layout runs once more. Fit once the event loop has done all that.
        self._fits_after_show = 2
        QTimer.singleShot(0, self, self._fit_again)
        QTimer.singleShot(150, self, self._fit_again)

    def _fit_again(self) -> None:
        self._fits_after_show = max(0, self._fits_after_show - 1)
        if getattr(self, "_fitted", False) and shiboken6.isValid(self) and self.isVisible():
            self.fit_to_window()

    def _fit_regions(self) -> list[QRectF]:
        """Where a fitted map may lie in the viewport: left of the legend, or below it."""
        full = QRectF(self.viewport().rect())
        if not self.show_legend or not self.map_scene.actor_items:
            return [full]
        legend = QRectF(self._legend_viewport_rect())
        left_of = QRectF(full.left(), full.top(), legend.left() - full.left(), full.height())
        below = QRectF(full.left(), legend.bottom(), full.width(), full.bottom() - legend.bottom())
        return [r for r in (left_of, below) if r.width() > 40 and r.height() > 40] or [full]

    def toggle_legend_collapsed(self) -> None:
        """Open or close the legend (the user's choice sticks)."""
        self._legend_chosen = True
        self._legend.set_collapsed(not self._legend.collapsed)
        self.viewport().update()
        if getattr(self, "_fitted", False):  # the fitted map makes room for the open legend
            self.fit_to_window()

    def legend_after_edit(self) -> None:
        """The case changed: the legend follows it. Where the open legend grows over a fitted
        map (a new kind of actor adds a row), the map fits again clear of it with the next
        readability refresh, or a name just under the legend would be lost (new user,
        seventh and eighth round 3)."""
        before, was = self._legend.boundingRect().height(), self._legend_viewport_rect()
        if self._legend.refresh(self.map_scene.case, self.map_scene.lang):  # not the map
            self.viewport().update(was.united(self._legend_viewport_rect()))
        grew = self._legend.boundingRect().height() > before
        if grew and not self._legend.collapsed and getattr(self, "_fitted", False):
            self._fit_due = True

    def _readability_due(self) -> None:
        """The readability refresh after a burst of changes; where the open legend grew and
        took a name, the fit that gives it back (kept only where it names no fewer: a fit
        that takes in a new actor far out can cost more names than the legend took)."""
        due, self._fit_due = self._fit_due, False
        before = self.named()
        self.refresh_readability()
        if not due or not getattr(self, "_fitted", False) or not before - self.named():
            return
        named, kept = len(self.named()), self.transform()
        centre = self.mapToScene(self.viewport().rect().center())
        self.fit_to_window()
        if len(self.named()) < named:
            self.setTransform(kept)
            self.centerOn(centre)
            self.refresh_readability()
            self.zoom_changed.emit(self.zoom())

    def named(self) -> set[str]:
        """The shown actors that show their name now: a big map's names drop out below
        :data:`LOD_TEXT` (new user at scale 14, F2: at 3 % all 2,000 counted as named)."""
        items, zoom = self.map_scene.actor_items, self.zoom()
        shown = (k for k, i in items.items() if i.isVisible() and not i.label_hidden)
        return {k for k in shown if zoom * items[k].scale() >= LOD_TEXT}

    # ------------------------------------------------------------------ readability
    def refresh_readability(self) -> None:
        """Grow actors and place labels for the current zoom (see :mod:`ui.canvas.readable`)."""
        self._readable_timer.stop()
        scene = self.map_scene
        obstacles = []
        legend = self.legend_viewport_rect()
        if not legend.isEmpty():
            obstacles.append(self.mapToScene(legend.toAlignedRect()).boundingRect())
        edges: list[EdgeItem] = [*scene.relationship_items.values(), *scene.mandate_items.values()]
        controller = scene.controller
        keep = [i for i in controller.selection if i in scene.actor_items] if controller else []
        scene.spread_grid(self.zoom(), readable.label_scale(self.zoom()))
        plan = readable.apply(
            scene.actor_items, edges, scene.case, self.zoom(), obstacles, keep=keep, labels=False
        )
        readable.groups_and_labels(scene, edges, self.zoom(), plan.scale, obstacles)

    def free_spot_for(self, actor: Actor, wanted: QPointF, skip: str = "") -> QPointF:
        """Where ``actor`` can stand nearest to ``wanted`` with its name readable now: clear
        of every shown actor (as drawn at this zoom, with a few pixels between) and the legend."""
        probe = ActorItem(actor, self.map_scene.lang)
        scale = readable.label_scale(self.zoom())
        rect = probe.plate_rect() if scale > 1.0 else probe.natural_bounds()
        gap = 2 * readable.MARGIN_PX / max(self.zoom(), 1e-6) + 4.0
        size = (rect.width() * scale + gap, rect.height() * scale + gap)
        # clear of where each neighbour's name goes too, shown or not: a new actor placed
        # over a nameless neighbour's place would take its name (the new one keeps its own)
        taken = [
            item.sceneBoundingRect().united(readable.plate_at(item, self.zoom()))
            for item in self.map_scene.actor_items.values()
            if item.isVisible() and item.actor.id != skip  # skip: the actor being placed
        ]
        legend = self.legend_viewport_rect()  # nor under the legend, nor its rows to come
        if not legend.isEmpty():
            legend = legend.adjusted(-ROW, 0, 0, 0 if self._legend.collapsed else 2 * ROW)
            taken.append(self.mapToScene(legend.toAlignedRect()).boundingRect())
        # never in another organisation's box (its lines would cross it, and the box
        # goes when another actor stands in it); in or at the edge of its own, which grows
        own = None
        for box in self.map_scene.group_items.values():
            if not box.isVisible():
                continue
            if actor.organisation and box.org_id == actor.organisation:
                own = box.rect()
            else:
                taken.append(box.rect())
        # a member of a collapsed organisation goes among its members, hidden in the node
        # (nearest to the node's middle), so the box holds it once expanded, on no plate
        hidden = self.map_scene.hidden_members(actor.organisation) if actor.organisation else []
        taken += [
            item.sceneBoundingRect().united(readable.plate_at(item, self.zoom()))
            for item in hidden
            if item.actor.id != skip
        ]
        for node in self.map_scene.collapsed_items.values():
            if node.org_id == actor.organisation and hidden:
                wanted = node.pos()
            else:
                taken.append(node.sceneBoundingRect())
        if own is not None and not own.contains(wanted):
            wanted = QPointF(
                min(max(wanted.x(), own.left()), own.right()),
                min(max(wanted.y(), own.top()), own.bottom()),
            )
        return free_spot(wanted, size, taken, step=max(size[1] / 3, 8.0))

    @contextmanager
    def at_own_size(self) -> Iterator[None]:
        """Every actor and label at its own size for the duration (pictures and exports of
        the scene are drawn at their own scale, not at this view's zoom)."""
        scene = self.map_scene
        edges: list[EdgeItem] = [*scene.relationship_items.values(), *scene.mandate_items.values()]
        readable.apply(scene.actor_items, edges, scene.case, 1.0)
        scene.refresh_groups(1.0)
        try:
            yield
        finally:
            self.refresh_readability()

    def schedule_readability(self) -> None:
        """Refresh readability once the current burst of changes is over."""
        self._readable_timer.start()

    def settled(self) -> bool:
        """Whether the view has done what the last change asked of it: no readability refresh
        is waiting and the fits after a show have run (tests wait on this, not on a time)."""
        return not self._readable_timer.isActive() and not self._fits_after_show
