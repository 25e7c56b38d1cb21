"""Inserting an actor the way a user does, shared by the insert and kind-chooser tests
(issue 15, D1/D3): click, Insert, type a name, Return; the kind chooser then stands open."""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ui.canvas.kind_chooser import KindSphereChooser
from ui.canvas.view import MapView

__all__ = ["beside_each_actor", "emptiest_point", "insert_named", "named_ids"]


def named_ids(view: MapView) -> set[str]:
    """The actors shown with their name."""
    items = view.map_scene.actor_items
    return {k for k, i in items.items() if i.isVisible() and not i.label_hidden}


def emptiest_point(view: MapView) -> QPoint:
    """The viewport point farthest from every actor (a free spot the user would click)."""
    port = view.viewport().rect()
    centres = [i.scenePos() for i in view.map_scene.actor_items.values()]
    best, far = QPoint(), -1.0
    for x in range(port.width() // 8, port.width() * 7 // 8, 20):
        for y in range(port.height() // 8, port.height() * 7 // 8, 20):
            spot = view.mapToScene(QPoint(x, y))
            near = min(math.dist((spot.x(), spot.y()), (c.x(), c.y())) for c in centres)
            if near > far:
                best, far = QPoint(x, y), near
    return best


def beside_each_actor(view: MapView) -> Iterator[tuple[str, QPoint]]:
    """Each actor (by id) with the viewport point right beside its name, where that point is
    on screen."""
    for neighbour in sorted(view.map_scene.actor_items):
        item = view.map_scene.actor_items[neighbour]
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        click = QPoint(rect.right() + 6, rect.center().y())
        if view.viewport().rect().contains(click):
            yield neighbour, click


def insert_named(view: MapView, name: str, click: QPoint) -> KindSphereChooser:
    """Click at ``click``, press Insert, type ``name`` and Return: the open kind chooser."""
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=click)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    editor = view._editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, name)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    chooser = view.kind_chooser_widget
    assert isinstance(chooser, KindSphereChooser)
    return chooser
