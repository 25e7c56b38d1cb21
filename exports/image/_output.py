"""Painting a page to PNG, SVG or PDF with QtGui/QtSvg only (no QtWidgets).

A page is measured in *scene units*: one unit is one pixel at 96 DPI. PNG output scales the
painter by ``dpi / 96`` but keeps the image at 96 DPI while painting (point-sized fonts then
keep their size relative to the drawing) and writes the chosen DPI into the file afterwards.
SVG (QSvgGenerator, real ``<text>``) and PDF (QPdfWriter, a page the size of the drawing) are
painted at 96 DPI too.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from exports.errors import ExportFileError, SheetProblem, problem
from exports.output import write_bytes

__all__ = [
    "FORMATS",
    "MAX_SIDE",
    "UNIT_DPI",
    "emit",
    "ensure_gui",
    "format_of",
    "png_pixels",
    "png_too_large",
    "too_large",
]

FORMATS = ("png", "svg", "pdf")
UNIT_DPI = 96.0
MAX_SIDE = 20_000  # pixels per side of a PNG
MAX_PIXELS = 120_000_000  # of a whole PNG (480 MB while painting): refused, never allocated

Paint = Callable[[QPainter], None]
#: the pixel size of the page a PNG of ``w`` x ``h`` pixels is centred on (white around it)
PageOf = Callable[[int, int], tuple[int, int]]
_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Make sure a Q(Gui)Application exists (fonts need one); creates a QGuiApplication."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])


def format_of(path: str | os.PathLike[str]) -> str:
    """``png``, ``svg`` or ``pdf`` from the file extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        choices = ", ".join(f".{f}" for f in FORMATS)
        raise ExportFileError(
            [problem("unknown_format", suffix=f".{suffix}", choices=choices)], str(path)
        )
    return suffix


def _hints(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def png_pixels(width: float, height: float, dpi: float, scale: float) -> tuple[int, int]:
    """The pixels of a PNG of ``width`` × ``height`` scene units at ``dpi`` and ``scale``."""
    factor = dpi / UNIT_DPI * scale
    return math.ceil(width * factor), math.ceil(height * factor)


def png_too_large(w: int, h: int) -> bool:
    """Whether a ``w`` × ``h`` PNG is beyond :data:`MAX_SIDE` or :data:`MAX_PIXELS`."""
    return w > MAX_SIDE or h > MAX_SIDE or w * h > MAX_PIXELS


def too_large(w: int, h: int, within: float) -> SheetProblem:
    """The refusal of a ``w`` × ``h`` picture: both limits, and ``within`` (a DPI that fits)
    rounded down (rev-dutch21 D5: 14,477 × 13,074 broke the 120 million, not the 20,000
    named).

    >>> too_large(14_477, 13_074, 1_760).message("nl")[-38:]
    'verlaag de DPI tot hoogstens ca. 1.700'
    """
    step = 100 if within >= 200 else 10 if within >= 20 else 1
    fits = max(1, math.floor(within / step) * step)
    return problem(
        "image_too_large",
        millions=MAX_PIXELS // 1_000_000,
        width=w,
        height=h,
        limit=MAX_SIDE,
        dpi=fits,
        width_en=f"{w:,}",
        height_en=f"{h:,}",
        limit_en=f"{MAX_SIDE:,}",
        dpi_en=f"{fits:,}",
        width_nl=_dutch(w),
        height_nl=_dutch(h),
        limit_nl=_dutch(MAX_SIDE),
        dpi_nl=_dutch(fits),
    )


#: Qt's PNG "quality" sets zlib's level (50: level 4; Qt's default is level 6). The same pixels,
#: encoded 14 % faster for 0.9 % more bytes over 13 pictures of six exports (docs/performance.md)
PNG_QUALITY = 50


def _png(
    paint: Paint,
    width: float,
    height: float,
    dpi: float,
    scale: float,
    background: str,
    page_of: PageOf | None = None,
) -> bytes:
    factor = dpi / UNIT_DPI * scale
    w, h = png_pixels(width, height, dpi, scale)
    if png_too_large(w, h):  # a page of fixed size: the pixels grow with the DPI
        within = min(MAX_SIDE / w, MAX_SIDE / h, math.sqrt(MAX_PIXELS / (w * h))) * dpi
        raise ExportFileError([too_large(w, h, within * 0.999)])
    w, h = max(w, 1), max(h, 1)
    # a page around the picture is painted with it: the picture centred on it whole pixels
    # in, so every pixel is what the picture alone has (issue 15: a slide's picture was
    # encoded, decoded and encoded again with Pillow to pad it, a third of a deck's CPU)
    pw, ph = page_of(w, h) if page_of is not None else (w, h)
    image = QImage(pw, ph, QImage.Format.Format_ARGB32_Premultiplied)
    dots = round(UNIT_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        _hints(painter)
        if (pw, ph) != (w, h):
            painter.translate((pw - w) // 2, (ph - h) // 2)
            painter.setClipRect(QRectF(0, 0, w, h))  # as the picture alone: cut at its edge
        painter.scale(factor, factor)
        paint(painter)
    finally:
        painter.end()
    if QColor(background).alpha() == 255:  # opaque: written as RGB, no alpha channel (a
        image = image.convertToFormat(QImage.Format.Format_RGB32)  # tenth smaller, faster)
    target = round(dpi / 0.0254)
    image.setDotsPerMeterX(target)
    image.setDotsPerMeterY(target)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stub says bytes; str works
    image.save(buffer, "PNG", PNG_QUALITY)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def _svg(paint: Paint, width: float, height: float, title: str, background: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(int(UNIT_DPI))
    generator.setSize(QSize(math.ceil(width), math.ceil(height)))
    generator.setViewBox(QRectF(0, 0, math.ceil(width), math.ceil(height)))
    generator.setTitle(title)
    generator.setDescription("Krachtenveld")
    painter = QPainter(generator)
    try:
        _hints(painter)
        painter.fillRect(QRectF(0, 0, width, height), QColor(background))
        paint(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _pdf(paint: Paint, width: float, height: float, title: str, background: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(int(UNIT_DPI))
    writer.setTitle(title)
    writer.setCreator("Krachtenveld")
    points = QSizeF(width * 72 / UNIT_DPI, height * 72 / UNIT_DPI)
    size = QPageSize(points, QPageSize.Unit.Point, "map", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        _hints(painter)
        painter.fillRect(QRectF(0, 0, width, height), QColor(background))
        paint(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def emit(
    paint: Paint,
    width: float,
    height: float,
    fmt: str,
    *,
    dpi: float = UNIT_DPI,
    scale: float = 1.0,
    title: str = "",
    background: str = "#FFFFFF",
    page_of: PageOf | None = None,
) -> bytes:
    """The bytes of a ``width`` × ``height`` page (scene units) painted by ``paint``; a PNG
    centred on a page of ``page_of(w, h)`` pixels when given (``background`` around it)."""
    ensure_gui()
    if fmt == "png":
        return _png(paint, width, height, dpi, scale, background, page_of)
    if fmt == "svg":
        return _svg(paint, width, height, title, background)
    if fmt == "pdf":
        return _pdf(paint, width, height, title, background)
    raise ValueError(fmt)


def emit_to(
    path: str | os.PathLike[str], paint: Paint, width: float, height: float, **options: object
) -> None:
    """Paint to ``path``; the format comes from its extension."""
    fmt = format_of(path)
    try:
        data = emit(paint, width, height, fmt, **options)  # type: ignore[arg-type]
    except ExportFileError as exc:
        raise ExportFileError(exc.problems, str(path)) from None
    write_bytes(path, data)
