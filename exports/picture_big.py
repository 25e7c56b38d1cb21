"""The picture of a big map (issue 14, new user 13 S2): at its size on screen, or an overview
that says it is one.

A picture export keeps the actors where the user put them and grows its page past A4 until
every name is legible (:func:`exports.picture.print_page`), at most four times. A map of
10,000 actors needs far more: the page stopped at four times A4 and the PNG came out at
1577 × 849 pixels of coloured dashes, without a word. Here such a map is drawn at its size
on the screen at 100 % in one go, where the pixel caps of :mod:`exports.image` allow; where
they do not, no size would show its names, and an overview of :data:`OVERVIEW_SIDE` pixels is
written. :func:`picture_note` says which it was, and for an overview what to export instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mapper.wording import number
from models.i18n import Lang

if TYPE_CHECKING:
    from exports.legend import Legend

__all__ = [
    "OVERVIEW_SIDE",
    "READABLE_PX",
    "PictureNote",
    "full_size_box",
    "page_and_note",
    "picture_note",
    "picture_words",
    "png_caps",
]

#: a name (9 pt: 12 units of 1/96 inch) stays readable down to this many picture pixels per
#: unit (9 pixels)
READABLE_PX = 0.75
#: an overview, whose names cannot be read at any size the caps allow, is drawn this many
#: pixels on its long side (as the report's map picture: exports.picture.MAX_PICTURE_SIDE)
OVERVIEW_SIDE = 4_000


@dataclass(frozen=True, slots=True)
class PictureNote:
    """What a picture export wrote: its pixels, the map's scale against its size on the
    screen at 100 % (picture pixels per scene unit), the size of its names, the actors drawn
    and whether a name was left out for want of room."""

    width: int
    height: int
    screen: float
    text: float  # picture pixels per printed unit of 1/96 inch: a name of 9 pt is 12 units
    actors: int
    names_hidden: bool

    @property
    def readable(self) -> bool:
        """Whether every name can be read in the picture."""
        return self.text >= READABLE_PX and not self.names_hidden


def full_size_box(
    scene: Any, box: tuple[float, float], min_pt: float, limit: float
) -> tuple[float, float] | None:
    """The box (inches) that holds the map of ``scene`` at its size on screen (the most a
    page grows it to: :func:`exports.picture.slide_scene`) when that is more than ``limit``
    times ``box``; None for a map a page of up to ``limit`` times ``box`` holds."""
    from exports.image import content_rect
    from exports.picture import _SCREEN_LABEL_PT

    area = content_rect(scene)
    return grown_box(
        (area.width(), area.height()), box, min_pt / (_SCREEN_LABEL_PT * 1.05) / 96.0, limit
    )


def grown_box(
    area: tuple[float, float], box: tuple[float, float], most: float, limit: float
) -> tuple[float, float] | None:
    """``box`` grown to hold ``area`` (scene units) at ``most`` inches per unit, when that
    is more than ``limit`` times ``box``; else None.

    >>> [round(side, 1) for side in grown_box((40_000.0, 20_000.0), (10.0, 7.0), 1 / 96, 4.0)]
    [416.7, 291.7]
    >>> grown_box((1_500.0, 900.0), (10.0, 7.0), 1 / 96, 4.0) is None
    True
    """
    grow = max(area[0] * most / box[0], area[1] * most / box[1])
    return (box[0] * grow, box[1] * grow) if grow > limit else None


def png_caps(area: tuple[float, float], scale: float, ratio: float) -> tuple[float, bool]:
    """The factor the pixel caps put on a PNG of a map of ``area`` (scene units) drawn at
    ``scale`` page units per unit and ``ratio`` pixels per page unit, and whether it is an
    overview of :data:`OVERVIEW_SIDE` pixels (no size the caps allow shows its names). A map
    far wider than tall counts in the bands a PNG draws it in (:mod:`exports.image.bands`)."""
    from exports.image.bands import banded
    from exports.image.scene import png_map_fit

    area = banded(*area)
    caps = png_map_fit(area[0] * scale, area[1] * scale, ratio)
    longest = max(area[0], area[1], 1.0) * scale * ratio  # before the caps
    if ratio * caps < READABLE_PX and longest * caps > OVERVIEW_SIDE:
        return OVERVIEW_SIDE / longest, True
    return caps, False


def picture_note(name: str, note: PictureNote, lang: Lang) -> str:
    """The line the command line prints after a picture: its size and whether its names can
    be read; for an overview, what gives readable names instead. Numbers as ``lang`` writes
    them (rev-user15 G8: "de namen van de 10000 actoren" beside the app's "10.000").

    >>> print(picture_note("m.png", PictureNote(12000, 8000, 0.18, 0.2, 2000, False), "en"))
    m.png: an overview of 12,000 × 8,000 px, the map at 18 % of its size on screen: the names of its 2,000 actors are too small to read. For readable names, export to .svg or .pdf and zoom in there, or select a part in the app and export that.
    """  # noqa: E501
    return f"{name}: {picture_words(note, lang)}"


def picture_words(note: PictureNote, lang: Lang) -> str:
    """What :func:`picture_note` says after the file's name (the app says it after "Saved
    …", rev-user15 G8: its PNG export was silent where the command line said the names
    were too small to read).

    >>> print(picture_words(PictureNote(3731, 4589, 0.07, 0.1, 10_000, False), "nl")[:76])
    een overzicht van 3.731 × 4.589 px, de kaart op 7 % van de schermgrootte: de
    """
    size = f"{number(note.width, lang)} × {number(note.height, lang)} px"
    share = f"{note.screen * 100:.0f} %"
    actors = number(note.actors, lang)
    if note.readable:
        if lang == "nl":
            return f"{size}, de kaart op {share} van de schermgrootte; elke naam leesbaar."
        return f"{size}, the map at {share} of its size on screen; every name readable."
    if lang == "nl":
        return (
            f"een overzicht van {size}, de kaart op {share} van de schermgrootte: de namen van"
            f" de {actors} actoren zijn te klein om te lezen. Voor leesbare namen: exporteer"
            " naar .svg of .pdf en zoom daar in, of selecteer in de app een deel en exporteer"
            " dat."
        )
    return (
        f"an overview of {size}, the map at {share} of its size on screen: the names of its"
        f" {actors} actors are too small to read. For readable names, export to .svg or .pdf"
        " and zoom in there, or select a part in the app and export that."
    )


def shown_actors(scene: Any) -> int:
    """The actors a scene draws."""
    items = getattr(scene, "actor_items", {})
    return sum(1 for i in items.values() if i.isVisible())


def page_and_note(
    scene: Any,
    fmt: str,
    title: str | None,
    legend: Legend | None,
    lang: Lang,
    page: tuple[float, float] | None,
    dpi: float,
) -> tuple[bytes, PictureNote]:
    """:func:`exports.picture.page_bytes` of a picture export (the actors in their places,
    names of :data:`exports.picture.PRINT_NAME_PT`), and what it drew."""
    from exports.image import content_rect, render_scene_bytes
    from exports.picture import (
        PAGE_MARGIN,
        PRINT_NAME_PT,
        _names_hidden,
        page_for,
        picture_size,
        print_page,
    )

    unit_dpi = 96.0  # page units per inch
    page = page if page is not None else page_for(scene)
    shown, scale, below = print_page(
        scene, page, title=title, legend=legend, min_pt=PRINT_NAME_PT, places=True
    )
    dpi = dpi if fmt == "png" else unit_dpi
    area = content_rect(shown)
    ratio = dpi / unit_dpi  # picture pixels per page unit (a name of 9 pt is 12 units)
    text, screen = ratio, scale * ratio  # pixels per page unit, and per scene unit
    if fmt == "png":
        caps, overview = png_caps((area.width(), area.height()), scale, ratio)
        if overview:  # no size the caps allow shows the names: OVERVIEW_SIDE pixels
            scale *= caps  # (within the caps: render_scene_bytes shrinks it no further)
        text, screen = ratio * caps, screen * caps
    data = render_scene_bytes(
        shown,
        fmt,
        title=title,
        legend=legend,
        lang=lang,
        map_scale=scale,
        margin=PAGE_MARGIN,
        legend_below=below,
        dpi=dpi,
        bands=True,
    )
    size = picture_size(data) if fmt == "png" else None
    width, height = size if size is not None else (0, 0)
    hidden = _names_hidden(shown)
    return data, PictureNote(width, height, screen, text, shown_actors(shown), hidden)
