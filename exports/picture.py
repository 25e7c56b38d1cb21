"""A PNG of the map for the report workbook, from the best renderer available.

1. a scene (the map as the user sees it) through :mod:`exports.image`;
2. Graphviz (neato with the actors' positions pinned, or sfdp when they have none);
3. a plain drawing with Pillow, so the report always has a picture
(2 and 3: :mod:`exports.picture_fallback`).
"""

from __future__ import annotations

import io
import math
import os
from typing import TYPE_CHECKING, Any

from exports.errors import ExportFileError
from exports.picture_big import PictureNote, full_size_box
from models.case import Case
from models.i18n import Lang

if TYPE_CHECKING:
    from exports.image._output import PageOf
    from exports.legend import Legend

__all__ = [
    "A4_LANDSCAPE",
    "A4_PORTRAIT",
    "MAX_PICTURE_PIXELS",
    "MAX_PICTURE_SIDE",
    "NOTA_MAP_PAGE",
    "PAGE_MARGIN",
    "PRINT_DPI",
    "PRINT_KEPT_PT",
    "PRINT_NAME_PT",
    "SLIDE_KEPT_PT",
    "SLIDE_MAP_BOX",
    "SLIDE_NAME_PT",
    "fit_picture",
    "fit_scale",
    "kept_scene",
    "map_png",
    "page_bytes",
    "page_for",
    "picture_size",
    "print_page",
    "slide_png",
    "slide_scene",
    "within_caps",
    "write_page",
]

#: The map on a slide: this many pixels on its long side (sharp on a 1920 × 1080 projector).
SLIDE_PIXELS = (2400, 1350)
SLIDE_MAP_BOX = (13.03, 5.75)  # inches: the map slide's picture area (exports.sessie)
_SCREEN_LABEL_PT = 9.0  # the screen's name size at zoom 1 (ui.canvas.item_base.LABEL_FONT_SIZE)
SLIDE_NAME_PT = 12.5  # names on a slide's map at least this size (legible at 12 pt and up)

#: A4 less margins of 1.5 cm (inches): the most a printed picture of the map takes.
A4_LANDSCAPE = (26.7 / 2.54, 18.0 / 2.54)
A4_PORTRAIT = (A4_LANDSCAPE[1], A4_LANDSCAPE[0])
#: The nota's map: the text width of its A4 page (17 cm) and at most 21 cm high.
NOTA_MAP_PAGE = (17.0 / 2.54, 21.0 / 2.54)
PRINT_NAME_PT = 9.0  # names on a printed map at least this (a printed nota is read at 9 pt and up)
#: a page's map keeps the places of the screen with names of this size where they fit,
#: else its actors are spaced for reading, the boxes kept (so the example on the nota's
#: upright page, its legend below; at 7 to 8 pt it kept the places, too small on paper for
#: the new user, eighth round)
PRINT_KEPT_PT = 9.0
#: and a slide's map down to this (read from across a meeting room on a 16:9 projection)
SLIDE_KEPT_PT = 11.0
PRINT_DPI = 200.0  # pixels per printed inch of a PNG page
PAGE_MARGIN = 16.0  # page units (1/96 inch) free around a printed page's content
_UNIT_DPI = 96.0  # page units per inch (exports.image: one unit is a pixel at 96 DPI)

MAX_PICTURE_SIDE = 4_000  # pixels on the long side of the report's map picture
MAX_PICTURE_PIXELS = 12_000_000  # and at most this many pixels in all
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def fit_scale(width: float, height: float) -> float:
    """The factor (at most 1) that brings a ``width`` × ``height`` picture within the caps."""
    width, height = max(width, 1.0), max(height, 1.0)
    return min(
        1.0,
        MAX_PICTURE_SIDE / max(width, height),
        math.sqrt(MAX_PICTURE_PIXELS / (width * height)),
    )


def within_caps(size: tuple[int, int] | None) -> bool:
    """Whether a picture of ``size`` pixels is within :data:`MAX_PICTURE_SIDE` and
    :data:`MAX_PICTURE_PIXELS`."""
    return size is not None and fit_scale(*size) >= 1.0


def picture_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a picture, read from its header (nothing is decoded).

    PNG is read directly; other formats through Pillow's lazy ``open`` (which only reads
    the header, and raises on a decompression bomb). None when it is no picture.
    """
    if data[:8] == _PNG_SIGNATURE and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError):
        return None
    return width, height


def fit_picture(data: bytes) -> bytes | None:
    """``data`` as it is when within the caps, else scaled down (aspect kept) as PNG.

    None when the picture cannot be used: not a picture, or so large that Pillow refuses it
    as a decompression bomb (the caller then renders its own picture of the map).
    """
    size = picture_size(data)
    if size is None:
        return None
    if within_caps(size):
        return data
    from PIL import Image

    if size[0] * size[1] > (Image.MAX_IMAGE_PIXELS or 0):
        return None  # decoding it would need more memory than Pillow allows
    factor = fit_scale(*size)
    target = (max(1, int(size[0] * factor)), max(1, int(size[1] * factor)))
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", target)  # JPEG decodes smaller at once; PNG ignores it
        shrunk = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        shrunk.thumbnail(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    buffer = io.BytesIO()
    shrunk.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def print_page(
    scene: Any,
    page: tuple[float, float],
    *,
    title: str | None,
    legend: Legend | None,
    min_pt: float = PRINT_NAME_PT,
    places: bool = False,
    dpi: float = PRINT_DPI,
) -> tuple[Any, float, bool]:
    """The scene to print on ``page`` (inches, its title and legend on it too) as the screen
    draws it, grown into name plates so every name shown is at least ``min_pt`` printed.
    Returns that scene, the map's scale (page units of 1/96 inch per scene unit) and whether
    the legend goes below the map (on an upright page) rather than beside it.

    With ``places`` the actors keep the places the user gave them on the map (the picture
    export: it looks like the screen), and where the page cannot hold every name at
    ``min_pt`` the picture grows past the page until it can; else the actors are moved apart
    to fit the page (:func:`slide_scene`: the nota's and the report's page is fixed)."""
    from exports.picture_as_is import as_is, page_box

    box, below = page_box(page, title, legend)
    if not places:
        if (inch := as_is(scene, box, min_pt, dpi)) is not None:  # a big map: no copy
            return scene, inch * _UNIT_DPI, below
        kept = kept_scene(scene, box, min_pt, PRINT_KEPT_PT)
        shown, inch = kept if kept is not None else slide_scene(scene, box, min_pt)
        return shown, inch * _UNIT_DPI, below
    big = full_size_box(scene, box, min_pt, _MOST_GROWTH)
    if big is not None:  # a map of thousands: at its size on screen, in one go
        shown, inch = slide_scene(scene, big, min_pt, spread=False)
        return shown, inch * _UNIT_DPI, below
    grow = 1.0
    while True:
        shown, inch = slide_scene(scene, (box[0] * grow, box[1] * grow), min_pt, spread=False)
        if grow >= _MOST_GROWTH or not _names_hidden(shown):
            return shown, inch * _UNIT_DPI, below
        grow *= 1.25


_MOST_GROWTH = 4.0  # a picture export grows at most to this many times its page


def kept_scene(
    scene: Any, box: tuple[float, float], min_pt: float, least_pt: float
) -> tuple[Any, float] | None:
    """The scene for a fixed page or slide ``box`` (inches) with the actors in their places
    on the map, spaced out along one axis towards the box's shape (an organisation's box
    stays as on the screen: new user, seventh round, 6), with names of ``min_pt`` or, where
    those do not all fit, down to ``least_pt`` in half points; None when even then a name
    would be left out (the caller moves the actors apart instead, :func:`slide_scene`)."""
    if getattr(scene, "for_slide", None) is None:
        return None
    pt = min_pt
    while pt >= least_pt - 1e-6:
        shown, inch = slide_scene(scene, box, pt, spread=False, stretch=True)
        if not _names_hidden(shown):
            return shown, inch
        pt -= 0.5
    return None


def _names_hidden(scene: Any) -> bool:
    """Whether the scene leaves out the name of an actor it shows (too little room)."""
    items = getattr(scene, "actor_items", {})
    return any(i.isVisible() and getattr(i, "label_hidden", False) for i in items.values())


def page_for(scene: Any) -> tuple[float, float]:
    """A4 across for a map wider than high, else A4 upright (inches, less margins)."""
    from exports.image import content_rect

    area = content_rect(scene)
    return A4_LANDSCAPE if area.width() >= area.height() else A4_PORTRAIT


def page_bytes(
    scene: Any,
    fmt: str,
    *,
    title: str | None,
    legend: Legend | None,
    lang: Lang = "nl",
    page: tuple[float, float] | None = None,
    min_pt: float = PRINT_NAME_PT,
    dpi: float = PRINT_DPI,
    places: bool = False,
    page_of: PageOf | None = None,
) -> bytes:
    """The map on a printed page (PNG, SVG or PDF): at most ``page`` (inches; None: A4 in
    the orientation that suits the map), drawn as on screen with names of at least
    ``min_pt`` printed, the title and legend at print size (16.5 and 9 pt). The page is cut
    to what it holds; a PNG has ``dpi`` pixels per printed inch (and says so). ``places``:
    the actors where the user put them (:func:`print_page`)."""
    from exports.image import render_scene_bytes

    page = page if page is not None else page_for(scene)
    shown, scale, below = print_page(
        scene,
        page,
        title=title,
        legend=legend,
        min_pt=min_pt,
        places=places,
        dpi=dpi if fmt == "png" else _UNIT_DPI,
    )
    return render_scene_bytes(
        shown,
        fmt,
        title=title,
        legend=legend,
        lang=lang,
        map_scale=scale,
        margin=PAGE_MARGIN,
        legend_below=below,
        dpi=dpi if fmt == "png" else _UNIT_DPI,
        page_of=page_of,
    )


def write_page(
    scene: Any,
    out_path: str | os.PathLike[str],
    case: Case,
    lang: Lang = "nl",
    *,
    page: tuple[float, float] | None = None,
    title: str | None = None,
    dpi: float = PRINT_DPI,
) -> PictureNote:
    """Write the map of ``case`` drawn by ``scene`` to ``out_path`` (.png, .svg or .pdf) as
    a printed page (:func:`page_bytes`): ``title`` (default the case's) above it and the
    legend of what it shows. The actors keep their places on the map, as on the screen; the
    page grows past A4 where it needs to for every name to be legible, for a map of
    thousands to its size on screen (:mod:`exports.picture_big`). Returns what it drew."""
    from exports.image import format_of
    from exports.legend import legend_for_case
    from exports.output import write_bytes
    from exports.picture_big import page_and_note

    fmt = format_of(out_path)
    try:
        heading = title if title is not None else case.info.title
        data, note = page_and_note(
            scene, fmt, heading, legend_for_case(case, lang), lang, page, dpi
        )
    except ExportFileError as exc:
        raise ExportFileError(exc.problems, str(out_path)) from None
    write_bytes(out_path, data)
    return note


def _scene_png(
    case: Case, lang: Lang, scene: Any, page: tuple[float, float] | None, titled: bool
) -> bytes:
    """The scene as a printed page (:func:`page_bytes`), within the picture caps."""
    from exports.legend import legend_for_case

    legend = legend_for_case(case, lang)
    title = case.info.title if titled else None
    dpi = PRINT_DPI
    drawn: list[tuple[int, int]] = []  # the picture's own size, the page's aside

    def on_page(width: int, height: int) -> tuple[int, int]:
        drawn[:] = [(width, height)]
        if page is not None and height * page[0] > width * page[1]:
            # higher than the page's shape: white at the sides, so that the picture fitted to
            # the page's width (the nota's text width) stays within its height; painted with
            # it in one go (issue 15: it was decoded and encoded again with Pillow)
            return math.ceil(height * page[0] / page[1]), height
        return width, height

    for _ in range(3):
        data = page_bytes(
            scene, "png", title=title, legend=legend, lang=lang, page=page, dpi=dpi, page_of=on_page
        )
        size = drawn[0] if drawn else picture_size(data)
        if size is None or within_caps(size):
            break
        dpi *= fit_scale(*size) * 0.99
    return data


def slide_scene(
    scene: Any,
    box: tuple[float, float],
    min_pt: float,
    *,
    spread: bool = True,
    stretch: bool = False,
) -> tuple[Any, float]:
    """The scene to draw on a slide, and the slide inches per scene unit: where the scene can
    (the app's map), a copy with the actors moved apart so every name has room
    (``for_slide``; with ``spread`` off, a copy with the actors in their places), grown as
    the view grows them far out (``readable_at``) so each name is at least ``min_pt`` when
    the map fills ``box`` (inches)."""
    from exports.image import content_rect

    copy = getattr(scene, "for_slide", None)
    if copy is not None:
        scene = copy(box, min_pt, spread=spread, stretch=stretch)
    grow = getattr(scene, "readable_at", None)
    # a small map (a cause's two actors) is not blown up: at most the zoom at which the
    # screen draws its actors as name plates with names of min_pt, the rest left free
    most = min_pt / (_SCREEN_LABEL_PT * 1.05) / 96.0 if grow is not None else math.inf
    area = content_rect(scene)
    inch = 0.0
    for _ in range(3 if grow is not None else 1):
        width, height = max(area.width(), 1.0), max(area.height(), 1.0)
        inch = min(box[0] / width, box[1] / height, most)  # slide inches per scene unit
        if grow is not None:
            grow(96.0 * inch, min_pt)  # the view's zoom at which the slide shows the map
            area = content_rect(scene)
    width, height = max(area.width(), 1.0), max(area.height(), 1.0)
    return scene, min(box[0] / width, box[1] / height, most)


def slide_png(
    scene: Any,
    lang: Lang = "nl",
    *,
    box: tuple[float, float] = SLIDE_MAP_BOX,
    min_pt: float = SLIDE_NAME_PT,
    places: bool = True,
) -> bytes:
    """The scene as the screen draws it, for a slide: no title and no legend (the slide has
    its own), a thin margin, the map scaled to :data:`SLIDE_PIXELS` so it fills the slide.

    The picture goes into ``box`` (inches) on the slide: a scene that can
    (``readable_at``, the app's map) grows its actors as the view does far out, so that each
    name shown is at least ``min_pt`` on the slide (a 9 pt name on a wide map would come
    out at about 7 pt). With ``places`` the actors keep their places on the map where the
    names fit so (:func:`kept_scene`, down to :data:`SLIDE_KEPT_PT`), as the picture export
    does; a cause's few actors are drawn close together instead (``places`` off)."""
    from exports.image import content_rect, render_scene_bytes

    kept = kept_scene(scene, box, min_pt, min(min_pt, SLIDE_KEPT_PT)) if places else None
    scene, inch = kept if kept is not None else slide_scene(scene, box, min_pt)
    area = content_rect(scene)
    width, height = max(area.width(), 1.0), max(area.height(), 1.0)
    scale = min(SLIDE_PIXELS[0] / width, SLIDE_PIXELS[1] / height, 4.0)
    scale = min(scale, SLIDE_PIXELS[0] * inch / box[0], SLIDE_PIXELS[1] * inch / box[1])
    # a map smaller than the box keeps its size on the slide: centred on a white page of the
    # box's shape (the slide fits the picture to the box), painted with it in one go
    page = (math.ceil(box[0] / inch * scale), math.ceil(box[1] / inch * scale))

    def on_page(width: int, height: int) -> tuple[int, int]:
        if width >= page[0] - 2 and height >= page[1] - 2:
            return width, height
        return max(page[0], width), max(page[1], height)

    return render_scene_bytes(
        scene,
        "png",
        title=None,
        legend=False,
        lang=lang,
        map_scale=scale,
        margin=12.0,
        page_of=on_page,
    )


def map_png(
    case: Case,
    lang: Lang = "nl",
    *,
    scene: Any = None,
    page: tuple[float, float] | None = None,
    titled: bool = True,
) -> bytes | None:
    """PNG bytes of the map within the caps, or None when there is nothing to draw.

    With a ``scene`` (the app's drawing) the map is a printed page of at most ``page``
    (inches; None: A4 across or upright, whichever suits the map), with the case's title
    above it when ``titled``: see :func:`page_bytes`.

    The picture has at most :data:`MAX_PICTURE_SIDE` pixels on its long side and
    :data:`MAX_PICTURE_PIXELS` in all, whatever the size of the map.
    """
    if not len(case.actors):
        return None
    if scene is not None:
        return _scene_png(case, lang, scene, page, titled)
    from exports.picture_fallback import graphviz_png, simple_png

    data = graphviz_png(case, lang)
    return data if data is not None else simple_png(case)
