"""Hostile review 10, H2, the renderers' own guard: whatever a scene holds, a picture of it is
never sized from its raw extent. A PNG's map is shrunk to a bounded number of pixels (and a
whole PNG beyond :data:`exports.image._output.MAX_PIXELS` is refused before it is allocated);
a PDF page stays within the 14,400 points a side a PDF reader opens."""

from __future__ import annotations

import re
import struct
import time
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from exports.errors import ExportFileError
from exports.image import render_scene_bytes
from exports.image._output import MAX_PIXELS, emit


def _far_scene(far: float) -> QGraphicsScene:
    scene = QGraphicsScene()
    scene.addRect(QRectF(0, 0, 120, 40))
    scene.addRect(QRectF(far, far / 2, 120, 40))
    text = scene.addText("Gemeente")
    text.setPos(far / 3, 0)
    return scene


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("far", [2e6, 1e9])
def test_a_png_of_a_far_flung_scene_is_bounded(qapp: Any, far: float) -> None:
    scene = _far_scene(far)
    start = time.process_time()
    width, height = _png_size(render_scene_bytes(scene, "png", title="Ver", legend=None))
    assert width * height <= 45_000_000
    assert max(width, height) <= 13_000
    assert time.process_time() - start < 20


def test_a_pdf_page_stays_within_what_a_reader_opens(qapp: Any) -> None:
    data = render_scene_bytes(_far_scene(1e6), "pdf", title="Ver", legend=None)
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None
    assert max(float(box.group(1)), float(box.group(2))) <= 14_400


def test_a_png_beyond_the_pixel_limit_is_refused_before_it_is_drawn(qapp: Any) -> None:
    painted: list[object] = []
    side = int(MAX_PIXELS**0.5) + 100  # each side within 20,000, the whole far beyond
    with pytest.raises(ExportFileError) as refused:
        emit(painted.append, side, side, "png")
    assert not painted
    assert "lower the DPI" in refused.value.render("en")
