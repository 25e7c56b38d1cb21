"""Pictures of a scene, the grid and the scorecard: they open, have the right size and text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsSimpleTextItem

from exports.errors import ExportFileError
from exports.image import (
    ScoreLine,
    content_rect,
    grid_points,
    render_grid,
    render_scene,
    render_scene_bytes,
    render_scorecard,
)
from exports.legend import legend_for_case
from models import Case


@pytest.fixture
def scene(qapp: QApplication) -> QGraphicsScene:
    """Two ellipses with labels sticking out far to the left and right, and a line."""
    scene = QGraphicsScene()
    a = scene.addEllipse(QRectF(0, 0, 120, 50), brush=QColor("#C0392B"))
    b = scene.addEllipse(QRectF(400, 300, 120, 50), brush=QColor("#2E86C1"))
    scene.addLine(60, 25, 460, 325)
    label = QGraphicsSimpleTextItem("A very long label that sticks out on the left", a)
    label.setPos(-300, 55)
    other = QGraphicsSimpleTextItem("Right-hand label far beyond the node", b)
    other.setPos(500, 300)  # item coordinates equal scene coordinates here
    a.setFlag(a.GraphicsItemFlag.ItemIsSelectable)
    b.setFlag(b.GraphicsItemFlag.ItemIsSelectable)
    return scene


def test_content_rect_includes_child_labels(scene: QGraphicsScene) -> None:
    rect = content_rect(scene)
    assert rect.left() <= -300
    assert rect.right() >= 700


def test_png_size_follows_dpi_and_holds_margins(scene: QGraphicsScene, tmp_path: Path) -> None:
    low, high = tmp_path / "low.png", tmp_path / "high.png"
    render_scene(scene, low, title="Kaart", legend=None, dpi=96, margin=40)
    render_scene(scene, high, title="Kaart", legend=None, dpi=192, margin=40)
    a, b = QImage(str(low)), QImage(str(high))
    assert not a.isNull()
    assert not b.isNull()
    assert abs(b.width() - 2 * a.width()) <= 2
    assert abs(b.height() - 2 * a.height()) <= 2
    assert round(b.dotsPerMeterX() * 0.0254) == 192
    rect = content_rect(scene)
    assert a.width() >= rect.width() + 80
    # the margins are blank: nothing is drawn in the outer 30 px on the left and right
    for x in (*range(30), *range(a.width() - 30, a.width())):
        for y in range(0, a.height(), 7):
            assert a.pixelColor(x, y) == QColor("#FFFFFF"), (x, y)


def test_legend_makes_the_picture_wider(scene: QGraphicsScene, case: Case) -> None:
    bare = QImage.fromData(render_scene_bytes(scene, "png", legend=None))
    legend = legend_for_case(case, "en")
    with_legend = QImage.fromData(render_scene_bytes(scene, "png", legend=legend))
    assert with_legend.width() * with_legend.height() > bare.width() * bare.height()


def test_svg_has_real_text_and_title(scene: QGraphicsScene, case: Case, tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    render_scene(scene, out, title="Titel & <kaart>", legend=legend_for_case(case, "nl"))
    text = out.read_text(encoding="utf-8")
    assert "<text" in text
    assert "Legenda" in text
    assert "Right-hand label" in text
    assert "Titel &amp; &lt;kaart&gt;" in text


def test_pdf_is_one_page_the_size_of_the_drawing(scene: QGraphicsScene, tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    render_scene(scene, out, title="Kaart", legend=True)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ")
    assert pages + data.count(b"/Type/Page") >= 1


def test_selection_only(scene: QGraphicsScene) -> None:
    first = scene.items()[-1]
    first.setSelected(True)
    whole = QImage.fromData(render_scene_bytes(scene, "png", legend=None))
    part = QImage.fromData(render_scene_bytes(scene, "png", legend=None, selection_only=True))
    assert part.width() < whole.width()
    assert first.isSelected(), "the selection comes back"
    assert all(item.isVisible() for item in scene.items())


def test_empty_scene_and_bad_extension(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(ExportFileError, match="nothing to draw"):
        render_scene(QGraphicsScene(), tmp_path / "x.png")
    with pytest.raises(ExportFileError, match=r"\.bmp"):
        render_scene(QGraphicsScene(), tmp_path / "x.bmp")


def test_map_scene_renders(qapp: QApplication, case: Case, tmp_path: Path) -> None:
    from ui.canvas.scene import MapScene

    scene = MapScene(case, "nl")
    out = tmp_path / "map.png"
    render_scene(scene, out, title=case.info.title, legend=legend_for_case(case, "nl"))
    assert not QImage(str(out)).isNull()


def test_grid_and_scorecard(qapp: QApplication, case: Case, tmp_path: Path) -> None:
    render_grid(grid_points(case), tmp_path / "grid.png", lang="en", title="Grid")
    lines = [ScoreLine("1. Intent", "green", "ok"), ScoreLine("2. Signals", "red", "bad")]
    render_scorecard(lines, tmp_path / "score.svg", lang="en", title="Scorecard")
    render_scorecard(lines, tmp_path / "score.pdf")
    image = QImage(str(tmp_path / "grid.png"))
    assert image.width() > 700
    assert image.height() > 640
    assert "Signals" in (tmp_path / "score.svg").read_text(encoding="utf-8")
    assert (tmp_path / "score.pdf").read_bytes().startswith(b"%PDF")


def test_cached_items_still_give_real_text(qapp: QApplication, tmp_path: Path) -> None:
    scene = QGraphicsScene()
    item = QGraphicsSimpleTextItem("Cached label")
    item.setCacheMode(item.CacheMode.DeviceCoordinateCache)
    scene.addItem(item)
    data = render_scene_bytes(scene, "svg", legend=None)
    assert b"Cached label" in data
    assert item.cacheMode() == item.CacheMode.DeviceCoordinateCache


def test_huge_map_png_is_shrunk_to_the_pixel_budget(qapp: QApplication, tmp_path: Path) -> None:
    from exports.image.scene import PNG_MAX_LONG_SIDE, PNG_MAX_PIXELS

    big = QGraphicsScene()
    for x in range(0, 30_000, 3_000):
        for y in range(0, 20_000, 4_000):
            big.addRect(QRectF(x, y, 120, 50))
    out = tmp_path / "huge.png"
    render_scene(big, out, title="Groot", dpi=300)
    image = QImage(str(out))
    assert not image.isNull()
    legend_room = 600 * 300 / 96  # the legend and title are not shrunk
    assert image.width() <= PNG_MAX_LONG_SIDE + legend_room
    assert image.width() * image.height() <= PNG_MAX_PIXELS * 1.5
    # a small map at the same DPI is not shrunk: 300 DPI is 3.125 pixels per scene unit
    small = QGraphicsScene()
    small.addRect(QRectF(0, 0, 400, 200))
    render_scene(small, tmp_path / "small.png", legend=None, dpi=300, margin=0)
    assert QImage(str(tmp_path / "small.png")).width() >= 400 * 3


def test_a_png_is_deflated_at_zlib_level_4(scene: QGraphicsScene) -> None:
    """Qt's default (level 6) took 14 % longer for 0.9 % fewer bytes (issue 15; PNG_QUALITY).
    Fails on the old encoding: its zlib stream began 78 9C (level 6), not 78 5E (levels 2-5)."""
    data = render_scene_bytes(scene, "png", legend=False)
    start = data.index(b"IDAT") + 4
    assert data[start : start + 2] == b"\x78\x5e"
    assert not QImage.fromData(data).isNull()
