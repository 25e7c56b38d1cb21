"""Far out, one item draws every line (issue 14: the open of 2,000 actors and rev-user16 G9,
a wheel step far out at 10,000 actors painted 25,000 lines one item at a time, 0.65 s).

Counted, not timed: the line items' ``paint`` calls per repaint far out (old: one per shown
line; now none but a selected line's), the joined paths made (once per change of the lines,
none per wheel step), and pictures that must look as before: a picture at its own scale
while the view is far out, and the lines that a filter hides.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from models import Position
from ui.canvas import items
from ui.canvas.filters import MapFilter
from ui.canvas.item_base import LOD_ARROWS
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document.controller import DocumentController

Painted = dict[str, int]


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> Painted:
    """How often each line item painted itself (by entity id)."""
    counts: Painted = {}
    own = items.EdgeItem.paint

    def paint(self: items.EdgeItem, painter: QPainter, option: Any, widget: Any = None) -> None:
        counts[self.entity_id] = counts.get(self.entity_id, 0) + 1
        own(self, painter, option, widget)

    for cls in (items.EdgeItem, items.RelationshipItem, items.MandateItem):
        monkeypatch.setattr(cls, "paint", paint)
    return counts


def far_map(qtbot: QtBot) -> tuple[DocumentController, MapScene, MapView]:
    """A 450-actor map (more than READABLE_LIMIT: plates at their own size) in a 900 x 700
    view, zoomed out under LOD_ARROWS, painted once (the caller closes the view)."""
    ctl = DocumentController(generate_case(450, seed=3))
    scene = MapScene(ctl)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_window()
    view.zoom_by(0.15 / view.zoom())
    qtbot.waitUntil(view.settled)
    assert view.zoom() < LOD_ARROWS
    view.viewport().repaint()
    return ctl, scene, view


@pytest.fixture
def far(qtbot: QtBot) -> Iterator[tuple[DocumentController, MapScene, MapView]]:
    """:func:`far_map`, closed after the test."""
    ctl, scene, view = far_map(qtbot)
    yield ctl, scene, view
    view.close()


def _shown_lines(scene: MapScene) -> list[items.EdgeItem]:
    return [
        e
        for e in [*scene.relationship_items.values(), *scene.mandate_items.values()]
        if e.isVisible()
    ]


def _wheel_step(view: MapView) -> None:
    view.zoom_by(1.2)
    QApplication.processEvents()
    view.viewport().repaint()


def test_a_wheel_step_far_out_paints_no_line_item(painted: Painted, far: Any) -> None:
    """Old: every shown line in the viewport painted itself at each step (hundreds here,
    25,000 at 10,000 actors); now the sheet draws them and no line item paints."""
    _ctl, scene, view = far
    assert len(_shown_lines(scene)) > 500
    painted.clear()
    _wheel_step(view)
    assert view.zoom() < LOD_ARROWS
    assert sum(painted.values()) == 0, len(painted)
    assert scene.line_sheet.active
    assert scene.line_sheet.isVisible()


def test_a_wheel_step_far_out_joins_no_path_again(far: Any) -> None:
    """The joined paths are made when the lines change, not per repaint or zoom."""
    _ctl, scene, view = far
    sheet = scene.line_sheet
    before = sheet.builds
    for _ in range(3):
        _wheel_step(view)
    assert view.zoom() < LOD_ARROWS
    assert sheet.builds == before
    assert sheet.joined == len(_shown_lines(scene))


def test_closer_in_the_lines_paint_themselves(painted: Painted, far: Any) -> None:
    """Over LOD_ARROWS (arrowheads, dashes, labels) each line is its own item again."""
    _ctl, scene, view = far
    view.zoom_by(1.0 / view.zoom())
    QApplication.processEvents()
    painted.clear()
    view.viewport().repaint()
    assert not scene.line_sheet.active
    assert not scene.line_sheet.isVisible()
    assert painted  # the lines in the viewport at 100 %


def test_a_selected_line_far_out_paints_its_halo(painted: Painted, far: Any) -> None:
    ctl, scene, view = far
    line = _shown_lines(scene)[0]
    ctl.set_selection([line.entity_id])
    QApplication.processEvents()
    painted.clear()
    view.viewport().repaint()
    assert set(painted) == {line.entity_id}
    ctl.set_selection([])
    QApplication.processEvents()
    painted.clear()
    view.viewport().repaint()
    assert not painted


def _picture(scene: MapScene, rect: QRectF, scale: float) -> np.ndarray:
    image = QImage(
        int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    bits = image.constBits()
    return np.frombuffer(bits, np.uint8).reshape(image.height(), image.width(), 4).copy()


def test_a_picture_at_its_own_scale_far_out_is_the_one_closer_in(far: Any) -> None:
    """A picture drawn at 100 % while the view is far out (the app's PNG of a big map is its
    own scene) shows every line in full, as when the view is close: the same pixels."""
    _ctl, scene, view = far
    rect = scene.actor_items[next(iter(scene.actor_items))].sceneBoundingRect()
    rect = rect.adjusted(-400, -300, 400, 300)
    far_out = _picture(scene, rect, 1.0)
    view.zoom_by(1.0 / view.zoom())
    QApplication.processEvents()
    assert not scene.line_sheet.active
    close = _picture(scene, rect, 1.0)
    assert (far_out != close).any(axis=2).sum() == 0


def test_lines_a_filter_hides_are_not_drawn_far_out(far: Any) -> None:
    """The sheet draws the shown lines only: a filter that hides the trust ties leaves them
    out of its paths, and they come back with the filter off."""
    _ctl, scene, view = far
    sheet = scene.line_sheet
    every = sheet.joined
    scene.set_filter(MapFilter(edge_kinds=frozenset({"signal"})))
    QApplication.processEvents()
    view.viewport().repaint()
    assert sheet.joined == len(_shown_lines(scene)) < every
    scene.set_filter(MapFilter())
    QApplication.processEvents()
    view.viewport().repaint()
    assert sheet.joined == every


def test_a_removed_line_leaves_the_sheet(far: Any) -> None:
    ctl, scene, view = far
    sheet = scene.line_sheet
    before = sheet.joined
    rel = next(iter(ctl.case.relationships))
    ctl.remove([rel.id])
    QApplication.processEvents()
    view.viewport().repaint()
    assert sheet.joined == before - 1


def _view_picture(view: MapView) -> np.ndarray:
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    bits = image.constBits()
    return np.frombuffer(bits, np.uint8).reshape(image.height(), image.width(), 4).copy()


def test_a_move_far_out_makes_its_tiles_again_not_the_map(far: Any) -> None:
    """A moved actor's lines go to their tiles again (a drag far out re-joined all 8,000
    lines per mouse move otherwise); the picture is the one a whole new sheet draws."""
    ctl, scene, view = far
    sheet = scene.line_sheet
    actor = max(scene.actor_items, key=lambda a: len(scene.edges_of(a)))
    item = scene.actor_items[actor]
    view.centerOn(item)
    QApplication.processEvents()
    view.viewport().repaint()
    builds = sheet.builds
    before = _view_picture(view)
    spot = item.pos() + QPointF(900, 600)
    ctl.set_positions({actor: Position(spot.x(), spot.y())})
    QApplication.processEvents()
    view.viewport().repaint()
    assert item.pos() == spot
    assert sheet.builds == builds  # its tiles only
    moved = _view_picture(view)
    assert (moved != before).any(axis=2).sum() > 1000  # its lines went elsewhere
    sheet.refresh()  # every tile made anew
    view.viewport().repaint()
    assert sheet.builds == builds + 1
    # the same lines; a few pixels where two smooth mandates cross are shaded once where
    # they share one joined path and twice where they lie in two tiles
    assert (moved != _view_picture(view)).any(axis=2).sum() < 100
