"""Rendering any QGraphicsScene to PNG, SVG or PDF with a title, a legend and margins.

The area drawn is the bounding rectangle of every visible item *including its children and
labels*, plus a margin, so no label is clipped. Selection highlights are switched off while
drawing; with ``selection_only`` only the selected items (and their children) are drawn.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from exports.errors import ExportFileError, problem
from exports.image._output import (
    UNIT_DPI,
    PageOf,
    emit,
    ensure_gui,
    format_of,
    png_pixels,
    png_too_large,
    too_large,
)
from exports.image._paint import LEGEND_GAP, draw_legend, draw_title, legend_size, title_height
from exports.image.bands import band_count, banded, render_bands
from exports.legend import Legend, full_legend
from exports.output import write_bytes
from models.i18n import Lang

__all__ = [
    "EXPORTING",
    "PDF_MAX_LONG_SIDE",
    "PNG_MAX_LONG_SIDE",
    "PNG_MAX_PIXELS",
    "content_rect",
    "map_room",
    "png_map_fit",
    "render_scene",
    "render_scene_bytes",
]


def _top_level(item: Any) -> bool:
    # not ``item.parentItem() is None``: on PySide6 6.12 that call can delete a scene-owned
    # item whose Python wrapper is temporary (an item made by scene.addEllipse & co.)
    top = item.topLevelItem()
    return top is item or top == item


def _item_rect(item: Any) -> QRectF:
    rect: QRectF = item.sceneBoundingRect()
    children = item.childrenBoundingRect()
    if not children.isEmpty():
        rect = rect.united(item.mapRectToScene(children))
    return rect


def content_rect(
    scene: Any, selection_only: bool = False, items: list[Any] | None = None
) -> QRectF:
    """The area with visible content (or with the selected items, or with ``items``)."""
    rect = QRectF()
    if items is None:
        items = scene.selectedItems() if selection_only else scene.items()
    for item in items:
        if item.isVisible() and (selection_only or _top_level(item)):
            rect = rect.united(_item_rect(item))
    return rect


#: Scene property set while a picture is drawn: items then leave out their editing chrome.
EXPORTING = "krachtenveld_exporting"


@contextmanager
def _prepared(scene: Any, selection_only: bool) -> Iterator[list[Any]]:
    """Clear the selection (no highlight) and, for a selection export, hide the rest."""
    selected = list(scene.selectedItems())
    keep: set[int] = set()
    hidden: list[Any] = []
    if selection_only:
        for item in selected:
            keep.add(id(item))
            stack = list(item.childItems())
            while stack:
                child = stack.pop()
                keep.add(id(child))
                stack.extend(child.childItems())
    blocker = scene.blockSignals(True)
    cached: list[tuple[Any, Any]] = []
    scene.setProperty(EXPORTING, True)  # items leave out their editing chrome (buttons)
    try:
        # Item caches are pixmaps: they would put bitmaps (no text) into SVG and PDF and
        # blur a high-DPI PNG. Paint every item directly while exporting.
        for item in scene.items():
            mode = item.cacheMode()
            if mode != item.CacheMode.NoCache:
                cached.append((item, mode))
                item.setCacheMode(item.CacheMode.NoCache)
        for item in selected:
            item.setSelected(False)
        if selection_only:
            for item in scene.items():
                if _top_level(item) and id(item) not in keep and item.isVisible():
                    item.setVisible(False)
                    hidden.append(item)
        yield selected
    finally:
        scene.setProperty(EXPORTING, False)
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in hidden:
            item.setVisible(True)
        for item in selected:
            item.setSelected(True)
        scene.blockSignals(blocker)


def map_room(
    page: tuple[float, float],
    title: str | None,
    legend: Legend | None,
    *,
    margin: float = 32.0,
    legend_below: bool = False,
) -> tuple[float, float]:
    """What a ``page`` (width, height in units) leaves for the map beside its title and
    legend (below the map with ``legend_below``, else beside it) and its margins."""
    top = margin + title_height(title)
    width, height = page[0] - 2 * margin, page[1] - top - margin
    if legend is not None:
        lw, lh = legend_size(legend, 2 if legend_below else 1)
        if legend_below:
            height -= LEGEND_GAP + lh
        else:
            width -= LEGEND_GAP + lw
    return max(width, 1.0), max(height, 1.0)


def _layout(
    source: QRectF,
    title: str | None,
    legend: Legend | None,
    margin: float,
    legend_below: bool | None = None,
) -> tuple[float, float, Callable[[QPainter], None], QRectF]:
    """Page size and a paint function placing title, map and legend (the legend below the
    map or beside it as ``legend_below`` says; None: whichever suits the map's shape)."""
    top = margin + title_height(title)
    lw, lh = legend_size(legend) if legend is not None else (0.0, 0.0)
    sw, sh = source.width(), source.height()
    beside = (legend is not None and sw >= sh * 0.6 and sw / max(sh, 1) < 2.2) or (
        legend is not None and lh > sh
    )
    columns = 1
    if legend_below is not None:
        beside = legend is not None and not legend_below
        columns = 2 if legend_below else 1  # a legend under a page's map: two columns
        if legend is not None:
            lw, lh = legend_size(legend, columns)
    if legend is None:
        width, height = sw + 2 * margin, top + sh + margin
        legend_at = QPointF()
    elif beside:
        width = sw + LEGEND_GAP + lw + 2 * margin
        height = top + max(sh, lh) + margin
        legend_at = QPointF(margin + sw + LEGEND_GAP, top)
    else:
        width = max(sw, lw) + 2 * margin
        height = top + sh + LEGEND_GAP + lh + margin
        legend_at = QPointF(margin, top + sh + LEGEND_GAP)
    # a map narrower than the legend under it: centred above it (beside it, the map is left)
    left = margin if beside else margin + (width - 2 * margin - sw) / 2
    target = QRectF(left, top, sw, sh)

    def paint_page(painter: QPainter) -> None:
        if title:
            draw_title(
                painter, title, QRectF(margin, margin * 0.5, width - 2 * margin, top - margin * 0.5)
            )
        if legend is not None:
            draw_legend(painter, legend, legend_at, columns)

    return width, height, paint_page, target


PNG_MAX_PIXELS = 40_000_000  # of the map part of a PNG (about 8,000 x 5,000)
PNG_MAX_LONG_SIDE = 12_000
# the map part of a PDF page: 14,400 points (200 inches) a side is all a PDF reader opens;
# an actor 1,000,000 units out made a page of 1,500,000 points (hostile review 10, H2)
PDF_MAX_LONG_SIDE = 16_000.0


def png_map_fit(width: float, height: float, factor: float) -> float:
    """How much to shrink a map of ``width`` x ``height`` scene units drawn at ``factor``
    pixels per unit so that it stays within :data:`PNG_MAX_PIXELS` and
    :data:`PNG_MAX_LONG_SIDE` (1.0 when it already fits).

    A map of thousands of actors at print resolution would otherwise make a picture of
    hundreds of megapixels that takes many seconds to encode and that no viewer opens well.

    Examples
    --------
    >>> png_map_fit(1000, 800, 2.0)
    1.0
    >>> round(png_map_fit(20000, 10000, 1.0), 2)
    0.45
    """
    w, h = max(width * factor, 1.0), max(height * factor, 1.0)
    return min(1.0, math.sqrt(PNG_MAX_PIXELS / (w * h)), PNG_MAX_LONG_SIDE / max(w, h))


def _refuse_too_large(
    size_at: Callable[[float], tuple[float, float]], dpi: float, scale: float
) -> None:
    """Refuse a PNG beyond the pixel limits, naming the highest DPI that fits: found by
    halving, as the map is capped but its title and legend grow with the DPI (rev-dutch21 D5)."""
    w, h = png_pixels(*size_at(dpi), dpi, scale)
    if not png_too_large(w, h):
        return
    low, high = 0.0, dpi
    while high - low > 1:
        middle = (low + high) / 2
        low, high = (
            (middle, high)
            if not png_too_large(*png_pixels(*size_at(middle), middle, scale))
            else (low, middle)
        )
    raise ExportFileError([too_large(w, h, max(low, 1.0))])


def render_scene_bytes(
    scene: Any,
    fmt: str,
    *,
    title: str | None = None,
    legend: Legend | bool | None = True,
    dpi: float = UNIT_DPI,
    scale: float = 1.0,
    margin: float = 32.0,
    selection_only: bool = False,
    lang: Lang = "nl",
    background: str = "#FFFFFF",
    map_scale: float = 1.0,
    legend_below: bool | None = None,
    bands: bool = False,
    page_of: PageOf | None = None,
) -> bytes:
    """The picture of ``scene`` as PNG, SVG or PDF bytes (see :func:`render_scene`).
    With ``bands`` a PNG of a map far wider than tall is drawn in bands under each other
    (:mod:`exports.image.bands`).

    ``map_scale`` shrinks (or grows) only the map, not the title and legend: a big map then
    fits a given picture size with a legend that can still be read. ``legend_below`` puts
    the legend under the map (True) or beside it (False); None chooses by the map's shape.
    ``page_of``: a PNG's page around the picture (:func:`exports.image._output.emit`).
    """
    ensure_gui()
    chosen = full_legend(lang) if legend is True else (legend or None)
    with _prepared(scene, selection_only) as selected:
        source = content_rect(scene, selection_only, selected if selection_only else None)
        if source.isEmpty():
            raise ExportFileError([problem("empty_scene")])
        sw, sh = source.width(), source.height()
        banding = bands and fmt == "png" and band_count(sw, sh) > 1
        if banding:
            sw, sh = banded(sw, sh)
            legend_below = None  # beside or below, as suits the bands' shape
        asked = map_scale

        def page(at: float) -> tuple[float, float, Callable[[QPainter], None], QRectF]:
            shrunk = asked  # the map shrinks to its limit at ``at`` DPI; title, legend do not
            if fmt == "png":
                shrunk *= png_map_fit(sw * asked, sh * asked, at / UNIT_DPI * scale)
            elif fmt == "pdf":  # a page no reader opens: the map is drawn smaller (vector)
                shrunk *= min(
                    1.0, PDF_MAX_LONG_SIDE / (max(source.width(), source.height()) * asked)
                )
            room = QRectF(0.0, 0.0, sw * shrunk, sh * shrunk)
            return _layout(room, title, chosen, margin, legend_below)

        width, height, paint_page, target = page(dpi)
        if fmt == "png":
            _refuse_too_large(lambda at: page(at)[:2], dpi, scale)

        def paint(painter: QPainter) -> None:
            if banding:
                render_bands(scene, painter, target, source)
            else:
                scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
            paint_page(painter)

        return emit(
            paint,
            width,
            height,
            fmt,
            dpi=dpi,
            scale=scale,
            title=title or "",
            background=background,
            page_of=page_of,
        )


def render_scene(
    scene: Any,
    out_path: str | os.PathLike[str],
    *,
    title: str | None = None,
    legend: Legend | bool | None = True,
    dpi: float = UNIT_DPI,
    scale: float = 1.0,
    margin: float = 32.0,
    selection_only: bool = False,
    lang: Lang = "nl",
    background: str = "#FFFFFF",
) -> None:
    """Write a picture of ``scene`` to ``out_path`` (.png, .svg or .pdf).

    ``legend`` is a :class:`exports.legend.Legend` (e.g. from
    :func:`exports.legend.legend_for_case`), True for the full legend, or None/False for none.
    ``dpi`` and ``scale`` set the PNG's pixel size (scene units are pixels at 96 DPI);
    ``margin`` is kept free around everything. Raises :class:`ExportFileError` naming the file.
    """
    fmt = format_of(out_path)
    try:
        data = render_scene_bytes(
            scene,
            fmt,
            title=title,
            legend=legend,
            dpi=dpi,
            scale=scale,
            margin=margin,
            selection_only=selection_only,
            lang=lang,
            background=background,
        )
    except ExportFileError as exc:
        raise ExportFileError(exc.problems, str(out_path)) from None
    write_bytes(out_path, data)
