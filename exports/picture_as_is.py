"""A page's map of a big map drawn from the scene itself, not from a copy (issue 14, new user
at scale 14, F11: the nota from the app at 10,000 actors took the app from 503 to 852 MB).

A page (the nota's, the report's) keeps the actors in their places where their names fit,
stretched towards the page's shape, else moves them apart: each a copy of the scene, about
130 MB at 10,000 actors, and the anonymised nota drew from a scene of the anonymised case on
top. A map of thousands shows no name on a page: the copies gain nothing there. Where the
scene says it can be drawn as it is (``draws_as_is``: nothing filtered, collapsed or boxed,
and at the page's scale no name or label painted), the page draws it as it is, at the scale
that fits the page, and an anonymised picture may come from the named scene (no name of it
is painted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from exports.legend import Legend

__all__ = ["as_is", "page_as_is", "page_box", "picture_as_is"]

_UNIT_DPI = 96.0  # page units per inch (exports.image: one unit is a pixel at 96 DPI)


def page_box(
    page: tuple[float, float], title: str | None, legend: Legend | None
) -> tuple[tuple[float, float], bool]:
    """The map's room on ``page`` (inches) beside or below its title and legend, in inches,
    and whether the legend goes below (an upright page)."""
    from exports.image import map_room
    from exports.picture import PAGE_MARGIN

    below = page[1] > page[0]
    units = (page[0] * _UNIT_DPI, page[1] * _UNIT_DPI)
    room = map_room(units, title, legend, margin=PAGE_MARGIN, legend_below=below)
    return (room[0] / _UNIT_DPI, room[1] / _UNIT_DPI), below


def as_is(scene: Any, box: tuple[float, float], min_pt: float, dpi: float) -> float | None:
    """The page inches per scene unit at which ``scene`` fills ``box`` (inches) drawn as it
    is, as :func:`exports.picture.slide_scene` would scale it, when the scene may be drawn so
    at ``dpi`` picture pixels per inch (the most a page's PNG uses); None when it may not."""
    from exports.image import content_rect
    from exports.picture import _SCREEN_LABEL_PT

    check = getattr(scene, "draws_as_is", None)
    if check is None:
        return None
    area = content_rect(scene)
    most = min_pt / (_SCREEN_LABEL_PT * 1.05) / 96.0
    inch = min(box[0] / max(area.width(), 1.0), box[1] / max(area.height(), 1.0), most)
    return inch if check(inch * dpi) else None


def page_as_is(
    scene: Any, page: tuple[float, float], legend: Legend | None, title: str | None = None
) -> bool:
    """Whether the page picture of ``scene`` (:func:`exports.picture.map_png` on ``page``)
    draws the scene as it is, without painting a name of it."""
    from exports.picture import PRINT_DPI, PRINT_NAME_PT

    box, _below = page_box(page, title, legend)
    return as_is(scene, box, PRINT_NAME_PT, PRINT_DPI) is not None


def picture_as_is(
    scene: Any, fmt: str, title: str | None, legend: Legend | None, dpi: float
) -> bool:
    """Whether a picture export of ``scene`` (:func:`exports.picture.write_page`, ``fmt`` at
    ``dpi``) is a PNG overview at a scale where the scene paints no name of it: then an
    anonymised picture may be drawn from the named scene (its title and legend come from the
    anonymised case) instead of a scene of the anonymised case (118 MB at 10,000 actors)."""
    from exports.image import content_rect
    from exports.picture import _MOST_GROWTH, _SCREEN_LABEL_PT, PRINT_NAME_PT, page_for
    from exports.picture_big import full_size_box, png_caps

    check = getattr(scene, "draws_as_is", None)
    if fmt != "png" or check is None:
        return False
    box, _below = page_box(page_for(scene), title, legend)
    big = full_size_box(scene, box, PRINT_NAME_PT, _MOST_GROWTH)
    if big is None:  # a map a page or four holds: its names are painted
        return False
    area = content_rect(scene)
    size = (max(area.width(), 1.0), max(area.height(), 1.0))
    most = PRINT_NAME_PT / (_SCREEN_LABEL_PT * 1.05) / 96.0
    scale = min(big[0] / size[0], big[1] / size[1], most) * _UNIT_DPI  # as print_page draws it
    ratio = dpi / _UNIT_DPI
    caps, _overview = png_caps(size, scale, ratio)
    return bool(check(scale * ratio * caps))
