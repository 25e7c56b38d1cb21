"""A PNG too large for the pixel limits names both limits, in Dutch number style, and a DPI
that does fit (issue 15, rev-dutch21 D5: 14477×13074 was refused "(grens 20000)", a limit
both sides were within; the 120 million pixels in all had applied)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

import exports.image.scene
from exports.errors import ExportFileError
from exports.image import render_scene_bytes
from exports.image._output import png_pixels, png_too_large


def _scene() -> QGraphicsScene:
    scene = QGraphicsScene()
    scene.addRect(QRectF(0, 0, 900, 800))
    scene.addText("Gemeente").setPos(20, 20)
    return scene


def test_the_refusal_names_both_limits_and_a_dpi_that_fits(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ExportFileError) as refused:
        render_scene_bytes(_scene(), "png", title="Kaart", dpi=2400, lang="nl")
    nl = refused.value.render("nl")
    en = refused.value.render("en")
    assert "te groot (hoogstens 120 miljoen pixels in totaal, of 20.000 per zijde)" in nl
    assert "(at most 120 million pixels in all, or 20,000 per side)" in en
    sides = re.search(r"zou (\d+\.\d{3}) × (\d+\.\d{3}) pixels", nl)
    assert sides is not None, nl  # 14.477 × 13.074, not 14477×13074
    advised = re.search(r"verlaag de DPI tot hoogstens ca\. ([\d.]+)$", nl)
    assert advised is not None, nl
    dpi = int(advised.group(1).replace(".", ""))
    assert 100 <= dpi < 2400
    assert f"lower the DPI to about {dpi:,} at most" in en

    drawn: list[tuple[float, float, float]] = []

    def record(_paint: object, width: float, height: float, _fmt: str, **kw: Any) -> bytes:
        drawn.append((width, height, kw["dpi"]))
        return b""

    monkeypatch.setattr(exports.image.scene, "emit", record)
    render_scene_bytes(_scene(), "png", title="Kaart", dpi=dpi, lang="nl")  # not refused
    width, height, at = drawn[0]
    assert not png_too_large(*png_pixels(width, height, at, 1.0))
