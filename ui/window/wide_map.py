"""After a layout that leaves the map far wider than the window: its full height, from the left.

The hierarchy of 10,000 actors puts hundreds of organisations side by side: the map is about
29 times as wide as it is tall, and fitted whole it was a thin grey band across a white window
at <1 % (rev-user16 U2). There the view shows the map's full height at its left end instead,
where its chains from the top down can be seen, and the status bar says so, with what to do:
scroll right for the rest, Ctrl+Shift+F for the whole map, Ctrl+F to find an actor, or the
force-directed layout for a map that fills the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF

from mapper.wording import number
from ui.canvas.fit_words import WIDE, map_shape
from ui.canvas.fit_zoom import FIT_MARGIN, fit_zoom
from ui.canvas.view_subject import CLOSEST, look_at
from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["SAID_MS", "show_start", "start_words"]

SAID_MS = 30_000  # the message stays this long (a map the user reads, not a passing note)


def show_start(window: MainWindow) -> bool:
    """Where the fitted map is at least :data:`WIDE` times as wide as tall and a fit to the
    window's height shows it larger, show its full height at its left end and say so; False
    (the whole-map fit stays) otherwise."""
    view = window.view
    items = [i for i in view.map_scene.actor_items.values() if i.isVisible()]
    shape = map_shape(items)
    if len(items) < 2 or shape < WIDE:
        return False
    xs, ys = [i.x() for i in items], [i.y() for i in items]
    plate_w = max(i.plate_rect().width() for i in items) + 2 * FIT_MARGIN
    plate_h = max(i.plate_rect().height() for i in items) + 2 * FIT_MARGIN
    port = view.viewport().rect()
    legend = view.legend_viewport_rect()
    top = legend.bottom() + 1 if not legend.isEmpty() else 0.0  # the map below the legend
    room_h = port.height() - top
    zoom = min(fit_zoom(max(ys) - min(ys), plate_h, room_h), CLOSEST)
    if zoom < view.zoom() * 2:
        return False  # the whole map shows about as large: nothing gained
    # the left end: the first actors half a plate from the window's left edge, the map's
    # middle height in the middle of the room below the legend
    centre = QPointF(
        min(xs) + (port.width() / 2 - plate_w / 2) / zoom,
        (min(ys) + max(ys)) / 2 - (top / 2) / zoom,
    )
    look_at(view, centre, zoom)
    window.messages.show(start_words(len(items), shape), SAID_MS)
    return True


def start_words(shown: int, shape: float) -> str:
    """What the status bar says after :func:`show_start` showed a map of ``shown`` actors,
    ``shape`` times as wide as tall."""
    lang = current_language()
    return (
        QCoreApplication.translate(
            "WideMap",
            "The map of the %1 actors is %2 times as wide as it is tall; the window shows its "
            "full height at the left. Scroll right for the rest, or press Ctrl+Shift+F for the "
            "whole map. Find an actor with Ctrl+F, or choose Layout › Force-directed for a map "
            "that fills the window.",
        )
        .replace("%1", number(shown, lang))
        .replace("%2", number(round(shape), lang))
    )
