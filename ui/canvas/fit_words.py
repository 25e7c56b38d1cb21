"""What the fit says when it cannot show everything (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["lines_out"]


def lines_out() -> str:
    """The status message when lines or their labels run past the fitted window: the fit
    keeps every name readable first (a crowded map of long names), so they stay out."""
    return QCoreApplication.translate(
        "MapView",
        "Some lines run past the edge of the window: the map is fitted so that every name "
        "stays readable. Zoom out or scroll to see them.",
    )
