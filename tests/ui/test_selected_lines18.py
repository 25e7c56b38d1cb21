"""A selected actor's lines are drawn as while the pointer is on it: thicker (rev-user18; the
code thickened them on hover only, and a new user expected the selection to show them too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from ui.canvas.items import EdgeItem


def ink(edge: EdgeItem) -> int:
    """The pixels the line's own paint covers at 100 %."""
    rect = edge.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-rect.left() + 1, -rect.top() + 1)
    edge.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    )


def test_a_selected_actors_lines_are_drawn_thicker(canvas: Any, qtbot: QtBot) -> None:
    controller, scene, _view = canvas
    line = scene.relationship_items["r2"]
    other = scene.relationship_items["r1"]
    assert line in scene.edges_of("a3")
    assert other not in scene.edges_of("a3")
    controller.set_selection(["a3"])
    qtbot.wait(20)
    # old: no line of a3 was emphasised (only the pointer thickened them)
    assert {e.entity_id for e in scene.edges_of("a3") if e.emphasised} == {
        "r2",
        "r3",
        "r4",
        "m2",
    }
    assert not other.emphasised
    thick = ink(line)
    line.emphasised = False
    assert thick > ink(line)  # drawn wider, as under the pointer
    line.emphasised = True
    line.hovered = True
    assert ink(line) == thick  # the same emphasis as the pointer's, not more
    line.hovered = False
    controller.set_selection([])
    qtbot.wait(20)
    assert not any(e.emphasised for e in scene.edges_of("a3"))
