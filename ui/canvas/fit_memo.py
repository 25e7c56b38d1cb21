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
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance

from ui.canvas.readable import READABLE_LIMIT, importance

if TYPE_CHECKING:
    from ui.canvas.view_fit import FittedView

__all__ = ["Memo", "heard", "state"]


@dataclass(slots=True)
class Memo:
    """The state a fit started in and ended in, and what it said (signal and arguments)."""

    start: tuple[object, ...] | None
    end: tuple[object, ...] | None = None
    said: list[tuple[SignalInstance, tuple[object, ...]]] = field(default_factory=list)

    def holds(self, now: tuple[object, ...] | None) -> bool:
        """Whether a fit from ``now`` would change nothing (see the module docstring)."""
        return now is not None and self.start == self.end == now

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
