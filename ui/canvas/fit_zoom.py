"""The zoom limits of the map view and the zoom of a fit."""

from __future__ import annotations

__all__ = ["FIT_MARGIN", "FIT_MAX", "FIT_MIN", "ZOOM_MIN", "fit_zoom"]

ZOOM_MIN = 0.05  # the wheel's and the zoom buttons' limit
#: the fit may go further out than the wheel: a map of thousands of actors is wider than
#: twenty windows (new user 13, S5: at 2,000 actors "Show the whole map" stopped at 5 %)
FIT_MIN = 0.002
FIT_MAX = 1.5  # a fit never zooms in further than this
FIT_MARGIN = 14.0  # screen pixels kept free around the fitted map


def fit_zoom(spread: float, box: float, room: float) -> float:
    """The zoom at which centres ``spread`` apart, plus one actor ``box`` (screen pixels
    below 100 %, where actors keep their own size), fit in ``room`` pixels.

    >>> fit_zoom(1000.0, 100.0, 600.0)
    0.5
    >>> fit_zoom(200_000.0, 100.0, 600.0)  # far wider than the wheel goes: 0.25 %
    0.0025
    """
    if spread <= 0:
        return FIT_MAX
    zoom = (room - box) / spread
    if zoom > 1.0:  # above 100 % the boxes grow with the map
        zoom = room / (spread + box)
    return max(zoom, FIT_MIN)
