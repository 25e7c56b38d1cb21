"""A PNG of a map far wider than tall is drawn in bands under each other (issue 14, rev-user16
U4: the app's PNG of the hierarchy of 10,000 actors, 28 times as wide as tall, was a band of
about 40 pixels along the top of a 4,600 x 1,132 page, the rest white). Fails on the old code
(no ``bands``; the picture kept the strip's shape)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import QApplication, QGraphicsScene

from exports.image import render_scene_bytes
from exports.image.bands import band_count
from exports.picture import picture_size


def _strip() -> QGraphicsScene:
    """Boxes in five rows across a strip 28 times as wide as tall, each a colour."""
    scene = QGraphicsScene()
    for i in range(280):
        box = scene.addRect(QRectF(i * 100.0, (i % 5) * 200.0, 80.0, 40.0))
        box.setBrush(QBrush(QColor("#2E86C1")))
    return scene


def _inked(data: bytes) -> float:
    """The share of the picture's pixels that are not white."""
    image = QImage.fromData(data).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(bytes(image.constBits()), np.uint8)
    pixels = rows.reshape(image.height(), image.bytesPerLine())[:, : 3 * image.width()]
    return float((pixels.reshape(image.height(), image.width(), 3).sum(axis=2) < 700).mean())


def test_a_strip_is_drawn_in_bands(qapp: QApplication) -> None:
    scene = _strip()
    area = scene.itemsBoundingRect()
    assert band_count(area.width(), area.height()) == 5  # 33 times as wide as tall
    strip = render_scene_bytes(scene, "png", title=None, legend=False, map_scale=0.2)
    bands = render_scene_bytes(scene, "png", title=None, legend=False, map_scale=0.2, bands=True)
    w, h = picture_size(strip) or (0, 0)
    assert w / h > 10  # as before: the strip
    w, h = picture_size(bands) or (0, 0)
    assert 1.0 < w / h < 3.0, (w, h)  # about 1.6
    # with the legend (as the app's picture): the page is mostly map, not white
    strip = render_scene_bytes(scene, "png", title="Kaart", map_scale=0.2)
    bands = render_scene_bytes(scene, "png", title="Kaart", map_scale=0.2, bands=True)
    assert _inked(bands) > 1.5 * _inked(strip), (_inked(bands), _inked(strip))


def test_an_ordinary_map_and_vector_pictures_keep_their_shape(qapp: QApplication) -> None:
    scene = QGraphicsScene()
    for i in range(12):
        scene.addRect(QRectF(i % 4 * 300.0, i // 4 * 300.0, 100.0, 60.0))
    plain = render_scene_bytes(scene, "png", title=None, legend=False)
    assert render_scene_bytes(scene, "png", title=None, legend=False, bands=True) == plain
    strip = _strip()
    svg = render_scene_bytes(strip, "svg", title=None, legend=False, bands=True)
    assert svg == render_scene_bytes(strip, "svg", title=None, legend=False)
