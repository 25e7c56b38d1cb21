"""Quick wheel steps zoom the map once (rev-user18 R5): at 10,000 actors eight quick steps made
eight zoom passes of 1-2 s each, one after the other, with no paint between. Counted, not timed:
the zoom passes (``zoom_changed``) for wheel events that arrive together."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from ui.canvas.scene import MapScene
from ui.canvas.view import ZOOM_STEP, MapView
from ui.document.controller import DocumentController


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[MapView]:
    """A 60-actor map at 100 % in a 900 x 700 view, painted."""
    scene = MapScene(DocumentController(generate_case(60, seed=3)))
    shown = MapView(scene)
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.zoom_reset()
    shown.viewport().repaint()
    yield shown
    shown.close()


def wheel_event(view: MapView, notches: int, at: QPoint) -> QWheelEvent:
    """A mouse wheel turned ``notches`` (up is positive) over ``at`` of the view's viewport."""
    return QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def _post_wheel(view: MapView, notches: int, at: QPoint) -> None:
    QApplication.postEvent(view.viewport(), wheel_event(view, notches, at))


def test_quick_wheel_steps_make_one_zoom_pass(view: MapView) -> None:
    passes: list[float] = []
    view.zoom_changed.connect(passes.append)
    at = QPoint(300, 200)
    for _ in range(8):  # eight notches out, arriving together
        _post_wheel(view, -1, at)
    QApplication.processEvents()
    QApplication.processEvents()
    assert len(passes) == 1  # old: 8, one pass per notch
    assert view.zoom() == pytest.approx(ZOOM_STEP**-8)  # all eight steps in the one zoom


def test_steps_after_the_paint_zoom_again(view: MapView, qtbot: QtBot) -> None:
    passes: list[float] = []
    view.zoom_changed.connect(passes.append)
    at = QPoint(450, 350)
    _post_wheel(view, -1, at)
    qtbot.waitUntil(lambda: len(passes) == 1)
    view.viewport().repaint()  # the zoom is painted: the next step is a zoom of its own
    for _ in range(3):
        _post_wheel(view, 1, at)
    qtbot.waitUntil(lambda: len(passes) == 2)
    QApplication.processEvents()
    assert len(passes) == 2
    assert view.zoom() == pytest.approx(ZOOM_STEP**2)
