"""A slide's map smaller than its box is painted on its white page in one go (issue 15, the
suite's time and the deck's): it was rendered to PNG by Qt, decoded by Pillow, pasted on a
white page and encoded again, a third of the CPU of a deck of the example (0.31 of 0.89 s).
The pixels are what the old composition gave (to a step of one in a few antialiased ones)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsScene

from exports.image._output import emit
from exports.picture import picture_size, slide_png


def _paint(painter: QPainter) -> None:
    """Antialiased edges and text: what a translation by part of a pixel would change."""
    painter.setBrush(QColor("#C0392B"))
    painter.drawEllipse(QRectF(3.3, 4.7, 120.2, 50.9))
    painter.setFont(QFont("DejaVu Sans", 9))
    painter.drawText(QRectF(10, 60, 200, 30), "Wijkteam Rivierstad")
    painter.drawLine(0, 0, 233, 101)


def _composed(data: bytes, page: tuple[int, int]) -> Image.Image:
    """The old way (exports.picture._on_page before): the PNG pasted centred on white."""
    with Image.open(io.BytesIO(data)) as image:
        out = Image.new("RGB", page, "white")
        rgba = image.convert("RGBA")
        out.paste(rgba, ((page[0] - image.width) // 2, (page[1] - image.height) // 2), rgba)
    return out


@pytest.mark.parametrize("page", [(400, 300), (241, 500), (1000, 103)])
def test_a_picture_painted_on_its_page_is_the_old_composition_pixel_for_pixel(
    qapp: Any, page: tuple[int, int]
) -> None:
    alone = emit(_paint, 240.5, 102.2, "png", dpi=96.0 * 1.37)
    size = picture_size(alone)
    assert size is not None
    on_page = emit(
        _paint, 240.5, 102.2, "png", dpi=96.0 * 1.37, page_of=lambda w, h: (max(page[0], w), h + 7)
    )
    wanted = (max(page[0], size[0]), size[1] + 7)
    assert picture_size(on_page) == wanted
    with Image.open(io.BytesIO(on_page)) as got:
        new, old = got.convert("RGB").tobytes(), _composed(alone, wanted).tobytes()
    # Qt's rasteriser rounds a few antialiased pixels by one when the picture sits at another
    # place in the image: never more than one step, never more than a few pixels
    off = [i for i, (a, b) in enumerate(zip(new, old, strict=True)) if a != b]
    assert all(abs(new[i] - old[i]) <= 1 for i in off)
    assert len(off) <= 12, len(off)


def _two_ellipses(far: float) -> QGraphicsScene:
    """A map of two ellipses, the second ``far`` below the first (taller than wide)."""
    scene = QGraphicsScene()
    scene.addEllipse(QRectF(0, 0, 120, 50), brush=QColor("#2E86C1"))
    scene.addEllipse(QRectF(10, far, 120, 50), brush=QColor("#C0392B"))
    return scene


def _opens(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every ``Image.open`` from now on (a PNG decoded again), recorded."""
    opened: list[object] = []
    real = Image.open

    def counting(*args: Any, **kwargs: Any) -> Any:
        opened.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(Image, "open", counting)
    return opened


def test_a_small_map_on_a_slide_is_not_decoded_and_encoded_again(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fails on the old code: slide_png padded the picture with Pillow (Image.open, paste, save)
    scene = _two_ellipses(300)  # taller than the box
    opened = _opens(monkeypatch)
    data = slide_png(scene, "nl", box=(7.9, 4.0), places=False)
    size = picture_size(data)
    assert size is not None
    assert size[0] > size[1], size  # a tall map on the wide box's page: padded at the sides
    assert opened == []


def test_a_tall_map_in_the_nota_is_not_decoded_and_encoded_again(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fails on the old code: map_png padded a map higher than the page's shape with Pillow
    from exports.picture import map_png
    from models.example import example_case

    scene = _two_ellipses(900)  # far taller than wide
    opened = _opens(monkeypatch)
    data = map_png(example_case(), "nl", scene=scene, page=(6.3, 4.0))
    assert data is not None
    size = picture_size(data)
    assert size is not None
    assert abs(size[0] / size[1] - 6.3 / 4.0) < 0.01, size  # white at the sides: the page's shape
    assert opened == []
