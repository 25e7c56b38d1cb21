"""What the fit says when it cannot show everything (issue 12)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsItem

from mapper.wording import number
from ui.i18n import QT_TRANSLATE_NOOP, current_language

__all__ = ["WIDE", "lines_out", "map_shape", "names_hidden", "percent", "wide_words", "zoom_text"]

#: a map this many times as wide as it is tall is said to be so when none of its names can be
#: read (the hierarchy of 10,000 actors: 28 times, of 2,000: 11, whose band still shows its
#: structure at 1366 x 768; the force layout of 10,000: 1.5)
WIDE = 16.0


def percent(zoom: float) -> str:
    """A zoom as the status bar shows it: "3 %", and "<1 %" below one half per cent (a
    hierarchy of 10,000 actors fits at 0.3 %: it said "0 %" over a white window; new user at
    scale 15, G12)."""
    shown = round(zoom * 100)
    if shown == 0 and zoom > 0:
        return "<1 %"
    return f"{number(shown, current_language())} %"


def lines_out() -> str:
    """The status message when lines or their labels run past the fitted window: the fit
    keeps every name readable first (a crowded map of long names), so they stay out."""
    return QCoreApplication.translate(
        "MapView",
        "Some lines run past the edge of the window: the map is fitted so that every name "
        "stays readable. Zoom out or scroll to see them.",
    )


def names_hidden(
    named: int,
    items: Iterable[QGraphicsItem],
    lines_beyond: bool = False,
    zoom: float = 0.0,
    *,
    part: bool = False,
) -> str:
    """The status message when the whole map is in the window but fewer than every one of
    the shown ``items`` (actors) shows its name, ``named`` of them, at that zoom; "" when
    each does. With ``lines_beyond``, that some lines run past the window's edge too.
    (Issue 14, new user 13 S5: at 2,000 actors the status said every name stayed readable,
    at a zoom where none was.) Where none can be read at ``zoom`` (a map of 2,000 fitted at
    3 %), it says so with the zoom and the keys (new user at scale 14, F2/F10: the status
    said nothing after the fit). With ``part`` a filter or focus shows only part of the map,
    and it says "the shown part" (new user at scale 15, G5: after Ctrl+G it said "the whole
    map is in the window")."""
    items = [item for item in items if item.isVisible()]
    shown = len(items)
    if named >= shown:
        return ""
    lang = current_language()
    if named == 0 and zoom > 0:
        # where no name can be read, that some lines run past the edge is not what matters
        # (rev-user16 U2: the hierarchy of 10,000 at <1 %, a white window with a thin band,
        # sent the user scrolling for lines); a very wide map is said to be so
        lines_beyond = False
        shape = map_shape(items)
        if shape >= WIDE:
            return wide_words(zoom, shown, shape)
        said = (
            QCoreApplication.translate(
                "MapView",
                "At %1 the names of the %2 actors are too small to read. Zoom in with the "
                "mouse wheel or + to read them; Ctrl+Shift+F shows the whole map again.",
            )
            .replace("%1", percent(zoom))
            .replace("%2", number(shown, lang))
        )
    else:
        text = (
            QT_TRANSLATE_NOOP(
                "MapView",
                "The shown part of the map is in the window, but at this zoom only %1 of the "
                "%2 names can be read. Zoom in (mouse wheel or +) to read the others.",
            )
            if part
            else QT_TRANSLATE_NOOP(
                "MapView",
                "The whole map is in the window, but at this zoom only %1 of the %2 names can "
                "be read. Zoom in (mouse wheel or +) to read the others.",
            )
        )
        said = (
            QCoreApplication.translate("MapView", text)
            .replace("%1", number(named, lang))
            .replace("%2", number(shown, lang))
        )
    if lines_beyond:
        said += " " + QCoreApplication.translate(
            "MapView", "Some lines run past the edge of the window; scroll to see them."
        )
    return said


def zoom_text(zoom: float, named: Collection[str], actors: Mapping[str, QGraphicsItem]) -> str:
    """The status bar's zoom, "3 %", and "3 % (names too small)" while none of the shown
    ``actors``' names can be read (``named`` is empty; new user at scale 14, F2/F10): the
    message that said so after the fit goes after a few seconds, this stays while it holds."""
    shown = percent(zoom)
    if named or not any(item.isVisible() for item in actors.values()):
        return shown
    return QCoreApplication.translate("MapView", "%1 (names too small)").replace("%1", shown)


def map_shape(items: Iterable[QGraphicsItem]) -> float:
    """How many times as wide as tall the centres of ``items`` spread, with an actor's height
    (120 x 60 units) around them: 1.0 for a single actor."""
    xs = [item.x() for item in items]
    ys = [item.y() for item in items]
    if not xs:
        return 1.0
    return (max(xs) - min(xs) + 120.0) / (max(ys) - min(ys) + 60.0)


def wide_words(zoom: float, shown: int, shape: float) -> str:
    """The fit's message for a map ``shape`` times as wide as tall, fitted at ``zoom`` with
    no name of its ``shown`` actors readable: what it is and what to do instead of zooming
    in on a thin band (rev-user16 U2)."""
    lang = current_language()
    return (
        QCoreApplication.translate(
            "MapView",
            "At %1 the names of the %2 actors are too small to read: the map is %3 times as "
            "wide as it is tall. Find an actor with Ctrl+F, or choose Layout › Force-directed "
            "for a map that fills the window.",
        )
        .replace("%1", percent(zoom))
        .replace("%2", number(shown, lang))
        .replace("%3", number(round(shape), lang))
    )
