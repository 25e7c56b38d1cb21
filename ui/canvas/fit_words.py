"""What the fit says when it cannot show everything (issue 12)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsItem

__all__ = ["lines_out", "names_hidden"]


def lines_out() -> str:
    """The status message when lines or their labels run past the fitted window: the fit
    keeps every name readable first (a crowded map of long names), so they stay out."""
    return QCoreApplication.translate(
        "MapView",
        "Some lines run past the edge of the window: the map is fitted so that every name "
        "stays readable. Zoom out or scroll to see them.",
    )


def names_hidden(named: int, items: Iterable[QGraphicsItem], lines_beyond: bool = False) -> str:
    """The status message when the whole map is in the window but fewer than every one of
    the shown ``items`` (actors) shows its name, ``named`` of them, at that zoom; "" when
    each does. With ``lines_beyond``, that some lines run past the window's edge too.
    (Issue 14, new user 13 S5: at 2,000 actors the status said every name stayed readable,
    at a zoom where none was.)"""
    shown = sum(1 for item in items if item.isVisible())
    if named >= shown:
        return ""
    said = (
        QCoreApplication.translate(
            "MapView",
            "The whole map is in the window, but at this zoom only %1 of the %2 names can be "
            "read. Zoom in (mouse wheel or +) to read the others.",
        )
        .replace("%1", str(named))
        .replace("%2", str(shown))
    )
    if lines_beyond:
        said += " " + QCoreApplication.translate(
            "MapView", "Some lines run past the edge of the window; scroll to see them."
        )
    return said
