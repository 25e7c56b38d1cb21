"""Helpers of the canvas tests: the canvas on the small case (the ``canvas`` fixture in
tests/ui/conftest.py), scene and model in agreement, real mouse drags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import small_case
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document.controller import DocumentController


def model_ids(ctl: DocumentController) -> set[str]:
    case = ctl.case
    return {*case.actors.ids(), *case.relationships.ids(), *case.mandates.ids()}


def assert_agree(ctl: DocumentController, scene: MapScene) -> None:
    """Scene items are exactly the model's entities, at the model's positions."""
    assert scene.model_ids() == model_ids(ctl)
    for actor in ctl.case.actors:
        item = scene.actor_items[actor.id]
        assert item.actor == actor
        if actor.position is not None and scene.view_mode == "map":
            assert item.pos() == QPointF(actor.position.x, actor.position.y)
    for rel in ctl.case.relationships:
        r_item = scene.relationship_items[rel.id]
        assert r_item.rel == rel
        assert (r_item.source.entity_id, r_item.target.entity_id) == (rel.source, rel.target)


def open_canvas(qtbot: QtBot) -> tuple[DocumentController, MapScene, MapView]:
    """The map of :func:`small_case` in a view of 900 x 700, shown, at zoom 1."""
    ctl = DocumentController(small_case())
    scene = MapScene(ctl)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()
    view.centerOn(100, 75)
    return ctl, scene, view


def vp(view: MapView, x: float, y: float) -> QPoint:
    """Viewport point of a scene point."""
    return view.mapFromScene(QPointF(x, y))


def drag(view: MapView, start: QPoint, end: QPoint, modifiers: Any = None) -> None:
    """A real press-move-release on the viewport (QTest's mouseMove sends no buttons)."""
    mods = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, mods, start)
    steps = 6
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            mods,
        )
        QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, mods, end)
