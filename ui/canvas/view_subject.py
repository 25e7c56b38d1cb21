"""Show what a finding is about: its own actors in the window, with their names readable
where the window allows it.

A click on a finding or a cause in the Findings panel selects everything it names; the view
then moves to the actors its title is about (a grouped finding: every member's), zoomed so
they are all in the window and, up to 100 %, close enough to read their names. Where they are
already in view and named, the view stays. (New user at scale 14, F8: a click on cause 3, "De
manager 26.0.1 mag het mandaat … niet doormandateren aan de teamleider 26.0.1 …", scrolled
to the organisation of the cause's first consequence, the consulent 18.6.)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from mapper.wording import number
from ui.canvas.fit_words import percent
from ui.canvas.fit_zoom import FIT_MARGIN, FIT_MIN, fit_zoom
from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.canvas.actor_item import ActorItem
    from ui.canvas.view_fit import FittedView

__all__ = ["clear_of_legend", "show_subject", "subject_words", "subject_zoom"]

# the closest a subject is shown: its names read at their own size, no closer
CLOSEST = 1.0


def subject_zoom(
    spread: tuple[float, float], box: tuple[float, float], room: QRectF, now: float
) -> float:
    """The zoom that shows centres ``spread`` apart (scene units) with an actor ``box`` (screen
    pixels) around each in ``room``: no closer than :data:`CLOSEST` unless the view is closer
    already (``now``), and further out where they need it.

    >>> subject_zoom((0.0, 0.0), (120.0, 40.0), QRectF(0, 0, 1000, 600), 0.03)
    1.0
    >>> subject_zoom((10_000.0, 2_000.0), (120.0, 40.0), QRectF(0, 0, 1000, 600), 0.03)
    0.088
    >>> subject_zoom((100.0, 100.0), (120.0, 40.0), QRectF(0, 0, 1000, 600), 2.0)
    2.0
    """
    across = fit_zoom(spread[0], box[0], room.width())
    fits = min(across, fit_zoom(spread[1], box[1], room.height()))
    return max(FIT_MIN, min(fits, max(now, CLOSEST)))


def look_at(view: FittedView, centre: QPointF, zoom: float) -> None:
    """Show the map at ``zoom`` around ``centre`` (scene coordinates): the user's view from
    now on, so a resize keeps it as a zoom does; the scene grows where an actor at its edge
    must come to the middle. One way for a finding's subject and a found actor (search16)."""
    if abs(zoom / view.zoom() - 1.0) > 0.01:
        view.setTransform(view.transform().fromScale(zoom, zoom))
        view.zoom_changed.emit(view.zoom())
    view._fitted = False
    port = view.viewport().rect()
    seen = QRectF(0, 0, port.width() / zoom + 2, port.height() / zoom + 2)
    seen.moveCenter(centre)
    scene = view.map_scene
    if not scene.sceneRect().contains(seen):
        scene.setSceneRect(scene.sceneRect().united(seen))
    view.centerOn(centre)
    view.refresh_readability()


def clear_of_legend(
    view: FittedView, spread: tuple[float, float], box: tuple[float, float]
) -> QRectF:
    """Where in the viewport to show a subject of centres ``spread`` apart (scene units) with
    an actor ``box`` (pixels) round each: all of it, unless the subject shown in its middle
    would lie under the legend (open, it covers the top right: 266 x 463 pixels at 1366 x
    768); then the room left of the legend or below it, whichever shows it larger (the left
    on a tie). The map's legend overlay hid a found actor or a finding's (lead, session 16)."""
    port = QRectF(view.viewport().rect())
    legend = view.legend_viewport_rect()
    if legend.isEmpty():
        return port
    zoom = subject_zoom(spread, box, port, view.zoom())
    shown = QRectF(0, 0, spread[0] * zoom + box[0], spread[1] * zoom + box[1])
    shown.moveCenter(port.center())
    if not shown.intersects(legend):
        return port
    rooms = [
        QRectF(port.left(), port.top(), legend.left() - port.left(), port.height()),
        QRectF(port.left(), legend.bottom(), port.width(), port.bottom() - legend.bottom()),
    ]
    rooms = [r for r in rooms if r.width() > box[0] and r.height() > box[1]]
    if not rooms:
        return port
    return max(rooms, key=lambda r: (subject_zoom(spread, box, r, view.zoom()), -r.top()))


def show_subject(view: FittedView, actor_ids: Iterable[str]) -> bool:
    """Bring the shown ones of ``actor_ids`` into the window (see the module docstring);
    False when the view stayed (none shown, or all in view with their names). Of more than
    two, the status bar says how many and whether their names can be read (rev-user15 G6: a
    click on a group of 81 pairs at 13 % said nothing, the selection hardly showed)."""
    items = view.map_scene.actor_items
    shown = [items[a] for a in dict.fromkeys(actor_ids) if a in items and items[a].isVisible()]
    if not shown:
        return False
    port = QRectF(view.viewport().rect())
    inside = port.adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
    legend = view.legend_viewport_rect()
    named = view.named()

    def seen(item: ActorItem) -> bool:  # in the window, its name read, not under the legend
        drawn = view.mapFromScene(item.sceneBoundingRect()).boundingRect().toRectF()
        clear = legend.isEmpty() or not drawn.intersects(legend)
        return inside.contains(view.mapFromScene(item.pos())) and clear

    if all(seen(i) and i.entity_id in named for i in shown):
        _say(view, shown, len(shown), view.zoom())
        return False
    xs, ys = [i.x() for i in shown], [i.y() for i in shown]
    spread = (max(xs) - min(xs), max(ys) - min(ys))
    box = (
        max(i.plate_rect().width() for i in shown) + 2 * FIT_MARGIN,
        max(i.plate_rect().height() for i in shown) + 2 * FIT_MARGIN,
    )
    room = clear_of_legend(view, spread, box)
    zoom = subject_zoom(spread, box, room, view.zoom())
    centre = QPointF(min(xs) + spread[0] / 2, min(ys) + spread[1] / 2)
    look_at(view, centre + (port.center() - room.center()) / zoom, zoom)
    named = view.named()
    _say(view, shown, sum(1 for i in shown if i.entity_id in named), zoom)
    return True


def _say(view: FittedView, shown: list[ActorItem], named: int, zoom: float) -> None:
    if len(shown) > 2:
        items = view.map_scene.actor_items.values()
        selected = sum(1 for i in items if i.isSelected() and i.isVisible())
        view.message.emit(subject_words(len(shown), named, zoom, selected))


def subject_words(count: int, named: int, zoom: float, selected: int = 0) -> str:
    """The status message after a subject of ``count`` actors was selected and shown, of which
    ``named`` show their names at ``zoom``, in the number format of the app's language; with
    more ``selected`` (a cause: the actors of its consequences too), how many are."""
    lang = current_language()
    said = QCoreApplication.translate(
        "MapView", "The %1 actors this is about are selected and shown together."
    ).replace("%1", number(count, lang))
    if selected > count:
        said = (
            QCoreApplication.translate(
                "MapView",
                "The %1 actors this is about are shown together; with its consequences %2 "
                "actors are selected.",
            )
            .replace("%1", number(count, lang))
            .replace("%2", number(selected, lang))
        )
    if named == 0:
        said += " " + QCoreApplication.translate(
            "MapView",
            "At %1 their names are too small to read; zoom in with the mouse wheel or + to "
            "read them.",
        ).replace("%1", percent(zoom))
    elif named < count:
        said += " " + QCoreApplication.translate(
            "MapView",
            "At this zoom %1 of their names can be read; zoom in with the mouse wheel or + "
            "to read the others.",
        ).replace("%1", number(named, lang))
    return said
