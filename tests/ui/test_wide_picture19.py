"""The PNG of a wide hierarchy is mostly map (rev-user18 R2/U4, ux19): after the force-directed
layout and then the hierarchy of 10,000 actors, the far-out line sheet still reached down to
where the force layout had put the lines, the picture's content rectangle with it, and the
two bands cut from it were each ~300 px of map in a ~1,150 px slot: 81 % white."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exports.image import content_rect, render_scene_bytes
from exports.image.bands import band_count
from models import Position
from tests.ui.test_line_sheet17 import far_map
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document.controller import DocumentController


@pytest.fixture
def wide_hierarchy(qtbot: QtBot) -> Iterator[tuple[DocumentController, MapScene, MapView]]:
    """A 450-actor map seen far out (the sheet draws the lines), then laid out in one row
    of columns 40 times as wide as tall, as the hierarchy lays out hundreds of organisations."""
    ctl, scene, view = far_map(qtbot)
    before = _actors_rect(scene)
    across = before.height() * 40 / len(ctl.case.actors)  # a width of 40 times the height
    columns = {
        a.id: Position(before.left() + (i // 4) * across * 4, before.top() + (i % 4) * 120.0)
        for i, a in enumerate(ctl.case.actors)
    }
    ctl.set_positions(columns, "Hiërarchie")
    QApplication.processEvents()  # the loop runs, as after the app's layout
    view.viewport().repaint()
    yield ctl, scene, view
    view.close()


def _actors_rect(scene: MapScene) -> QRectF:
    rect = QRectF()
    for item in scene.actor_items.values():
        rect = rect.united(item.sceneBoundingRect())
    return rect


def _lines_rect(scene: MapScene) -> QRectF:
    rect = QRectF()
    for line in [*scene.relationship_items.values(), *scene.mandate_items.values()]:
        if line.isVisible():
            rect = rect.united(line.sceneBoundingRect())
    return rect


def test_the_far_out_sheet_shrinks_to_the_lines_after_a_layout(wide_hierarchy: Any) -> None:
    _ctl, scene, _view = wide_hierarchy
    sheet = scene.line_sheet
    assert sheet.active
    assert sheet.isVisible()
    lines = _lines_rect(scene)
    # old: the rectangle kept where the lines were before the layout, 30 times as tall
    assert sheet.sceneBoundingRect().height() <= lines.height() + 1
    assert content_rect(scene).height() <= lines.united(_actors_rect(scene)).height() + 1


def test_the_bands_of_a_wide_map_are_mostly_map(wide_hierarchy: Any) -> None:
    _ctl, scene, _view = wide_hierarchy
    source = content_rect(scene)
    assert band_count(source.width(), source.height()) >= 3  # old: 1, one thin strip
    data = render_scene_bytes(scene, "png", legend=None, bands=True, map_scale=0.05)
    image = QImage.fromData(data).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    rows = pixels.reshape(height, image.bytesPerLine())[:, :width]
    inked = (rows < 250).any(axis=1)  # a row with some map in it
    assert inked.mean() > 0.6  # old: under a third of the rows, the strip in its white slot
