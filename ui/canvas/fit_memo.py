"""A fit that cannot change anything is not run (issue 15, the suite's time).

After a window shows, it fits on every resize and twice more once the event loop has run
(:meth:`ui.canvas.view_fit.FittedView.showEvent`); after a layout the undo step, the
layout's end and the caller each fit. A fit is up to three readability passes
(:mod:`ui.canvas.readable`: plans, routes, labels). It reads only what :func:`state` holds
(the viewport, the view's transform, scroll and flags, the legend, the scene's rectangle,
every actor, line, box and collapsed organisation as drawn, the case's weights and undo
step, the selection) and sets only that, and says the zoom and perhaps a status message.
Where the last fit started and ended in the same state (it changed nothing) and the view is
still in it, the next fit would start from that state and change nothing either: it is not
run, and says again what the last one said (:class:`Memo`).

A fit reads the boxes and plates as the last readability pass drew them, at the zoom before
it: the example crept 0.299 -> 0.498 -> 0.506 -> 0.5061 over the fits after a show, each a
readability pass. Where the view is still as the last fit left it and a fit now would aim
at a zoom within :data:`SETTLED` of the last one's and a centre within a pixel, it is not
run either (:meth:`Memo.settled`): the map is fitted as far as a user can see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, SignalInstance

from ui.canvas.readable import READABLE_LIMIT, importance

if TYPE_CHECKING:
    from ui.canvas.view_fit import FittedView

__all__ = ["SETTLED", "Memo", "Plan", "heard", "state"]

#: a fit that would change the zoom by less than this share of it is not run (0.25 %: a
#: thousand-pixel map grows by two and a half pixels at most)
SETTLED = 0.0025


@dataclass(frozen=True, slots=True)
class Plan:
    """Where a fit puts the map: the zoom and centre it aims at (scene coordinates), the
    region of the viewport beside the legend and the zoom that fits the whole viewport."""

    aim: tuple[float, QPointF]
    region: QRectF
    whole: float


@dataclass(slots=True)
class Memo:
    """The state a fit started in and ended in, and what it said (signal and arguments)."""

    start: tuple[object, ...] | None
    end: tuple[object, ...] | None = None
    said: list[tuple[SignalInstance, tuple[object, ...]]] = field(default_factory=list)
    aim: tuple[float, QPointF] | None = None  # the zoom and centre the fit aimed at

    def holds(self, now: tuple[object, ...] | None) -> bool:
        """Whether a fit from ``now`` would change nothing (see the module docstring)."""
        return now is not None and self.start == self.end == now

    def settled(
        self, now: tuple[object, ...] | None, aim: Callable[[], tuple[float, QPointF] | None]
    ) -> bool:
        """Whether the view is in the state the fit left (``now``) and a fit would aim
        (``aim()``) at a zoom within :data:`SETTLED` of this one's and a centre within a
        pixel; then it :meth:`holds` from now on (see the module docstring)."""
        if now is None or now != self.end or self.aim is None:
            return False
        again = aim()
        if again is None:
            return False
        (zoom, centre), (last, was) = again, self.aim
        moved = centre - was
        if abs(zoom / last - 1) >= SETTLED or max(abs(moved.x()), abs(moved.y())) * zoom >= 1:
            return False
        self.start = now
        return True

    def say_again(self) -> None:
        """Say what the fit said, in the same order."""
        for signal, args in self.said:
            signal.emit(*args)


@contextmanager
def heard(view: FittedView, memo: Memo) -> Iterator[None]:
    """Keep in ``memo`` what ``view`` says while the block runs (the zoom, a message)."""

    def zoom(value: float) -> None:
        memo.said.append((view.zoom_changed, (value,)))

    def message(text: str) -> None:
        memo.said.append((view.message, (text,)))

    view.zoom_changed.connect(zoom)
    view.message.connect(message)
    try:
        yield
    finally:
        view.zoom_changed.disconnect(zoom)
        view.message.disconnect(message)


def state(view: FittedView) -> tuple[object, ...] | None:
    """Everything a fit of ``view`` reads and sets, compared with ``==``; None for a map of
    more than :data:`~ui.canvas.readable.READABLE_LIMIT` actors (its fits always run)."""
    scene = view.map_scene
    if len(scene.actor_items) > READABLE_LIMIT:
        return None
    legend = view.legend_item()
    controller = scene.controller
    stack = controller.undo_stack if controller else None
    actors = tuple(
        (k, i.actor, i.isVisible(), i.pos(), i.scale(), i.label_hidden, i.boundingRect())
        for k, i in scene.actor_items.items()
    )
    edges = tuple(
        (e.placement_state(), e.offset, e.label_t, e.boundingRect())
        for e in (*scene.relationship_items.values(), *scene.mandate_items.values())
    )
    boxes = tuple(
        (k, b.isVisible(), b.rect(), b.title_rect()) for k, b in scene.group_items.items()
    )
    nodes = tuple(
        (k, n.isVisible(), n.pos(), n.boundingRect()) for k, n in scene.collapsed_items.items()
    )
    look = (
        view.viewport().rect(),
        view.transform(),
        view.horizontalScrollBar().value(),
        view.verticalScrollBar().value(),
        scene.sceneRect(),
        view.show_legend,
        legend.collapsed,
        legend.one_column,
        legend.boundingRect(),
        view._legend_chosen,
        getattr(view, "_fitted", False),
        view._fit_due,
        view._readable_timer.isActive(),
        scene.backdrop_rect(),
        scene.view_mode,
        scene.map_filter,
        scene.lang,
        scene.labels_placed,
        controller.selection if controller else (),
        (stack.index(), stack.count()) if stack is not None else (),
    )
    return (look, scene.case, importance(scene.case), actors, edges, boxes, nodes)
