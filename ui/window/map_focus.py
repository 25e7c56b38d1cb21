"""View › Focus on selected actor (Ctrl+G) and View › Show everything (Ctrl+Shift+G): what
the map shows and what the status bar says about it (new user at scale 15, G5: after Ctrl+G
the status said "the whole map is in the window"; after Ctrl+Shift+G the focused actors
stayed drawn large over the whole map)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mapper.wording import number, word
from ui.canvas.filters import MapFilter
from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["focus_on", "focus_said", "show_everything"]

FOCUS_MS = 20_000  # how long the status says what the focus shows


def focus_on(window: MainWindow, actor_id: str, depth: int) -> None:
    """Show ``actor_id`` and its neighbours up to ``depth`` steps, fitted, and say so."""
    window.scene.set_filter(MapFilter(focus=actor_id, depth=depth))
    window.view.fit_to_window()
    window.statusBar().showMessage(focus_said(window, actor_id, depth), FOCUS_MS)


def focus_said(window: MainWindow, actor_id: str, depth: int) -> str:
    """What the focus on ``actor_id`` shows: whom, how many of all, how to leave it, and
    whether every shown name can be read."""
    lang = current_language()
    case, view = window.controller.case, window.view
    actor = case.actors.get(actor_id)
    items = window.scene.actor_items.values()
    shown = sum(1 for item in items if item.isVisible())
    if depth == 1:
        said = QCoreApplication.translate(
            "MapFocus",
            "Focus: only ‘%1’ and the actors directly connected to it, %2 of the %3 actors. "
            "Ctrl+Shift+G shows the whole map again.",
        )
    else:
        said = QCoreApplication.translate(
            "MapFocus",
            "Focus: only ‘%1’ and the actors at most %4 steps away from it, %2 of the %3 "
            "actors. Ctrl+Shift+G shows the whole map again.",
        )
    said = (
        said.replace("%1", actor.name if actor is not None else actor_id)
        .replace("%2", number(shown, lang))
        .replace("%3", number(len(case.actors), lang))
        .replace("%4", word(depth, lang))
    )
    named = len(view.named())
    if named >= shown:
        return said
    if named == 0:
        return (
            said
            + " "
            + QCoreApplication.translate(
                "MapFocus",
                "At this zoom none of their names can be read: zoom in (mouse wheel or +).",
            )
        )
    return (
        said
        + " "
        + QCoreApplication.translate(
            "MapFocus", "At this zoom %1 of their %2 names can be read: zoom in (mouse wheel or +)."
        )
        .replace("%1", number(named, lang))
        .replace("%2", number(shown, lang))
    )


def show_everything(window: MainWindow) -> None:
    """Clear the filter and the focus; where something was left out, fit the whole map and
    say so (the fit says it where names cannot all be read)."""
    scene, view = window.scene, window.view
    was = scene.map_filter
    scene.set_filter(MapFilter())
    if not was.active:
        return
    view.fit_to_window()
    shown = sum(1 for item in scene.actor_items.values() if item.isVisible())
    if len(view.named()) >= shown:
        window.statusBar().showMessage(
            QCoreApplication.translate("MapFocus", "The whole map is shown again."), 6000
        )
