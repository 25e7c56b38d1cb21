"""The passes over every line while a big map opens copy no line's path (issue 14, the open
of 2,000 actors).

Counted, not timed: the fit's reach of the lines (:func:`ui.canvas.line_reach.line_rects`,
asked at least once per fit) and the far-out sheet's joined paths
(:class:`ui.canvas.line_sheet.LineSheet`) each copied every shown line's path
(``EdgeItem.line_path``): 8,000 copies per pass at 2,000 actors. They read the route itself
now (``EdgeItem.route``), and give what the copies gave.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from ui.canvas import items
from ui.canvas.item_base import LOD_ARROWS
from ui.canvas.line_reach import line_rects
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView
from ui.document.controller import DocumentController


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lines whose path was copied (``EdgeItem.line_path``), one entry per copy."""
    made: list[str] = []
    own = items.EdgeItem.line_path

    def line_path(self: items.EdgeItem) -> object:
        made.append(self.entity_id)
        return own(self)

    monkeypatch.setattr(items.EdgeItem, "line_path", line_path)
    return made


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[tuple[MapScene, MapView]]:
    """A 450-actor map (more than READABLE_LIMIT) fitted in a 900 x 700 view: far out."""
    scene = MapScene(DocumentController(generate_case(450, seed=3)))
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_window()
    qtbot.waitUntil(view.settled)
    yield scene, view
    view.close()


def _lines(scene: MapScene) -> list[items.EdgeItem]:
    return [*scene.relationship_items.values(), *scene.mandate_items.values()]


def test_a_fit_copies_no_line(copies: list[str], opened: tuple[MapScene, MapView]) -> None:
    """Old: every fit copied each shown line's path to measure it (hundreds here)."""
    scene, view = opened
    assert len(_lines(scene)) > 500
    copies.clear()
    view.fit_to_window()
    assert view.zoom() < LOD_ARROWS
    assert copies == []


def test_the_sheet_joins_the_lines_without_copies(
    copies: list[str], opened: tuple[MapScene, MapView]
) -> None:
    """Old: the sheet copied each shown line's path into its joined paths."""
    scene, _view = opened
    sheet = scene.line_sheet
    assert sheet.active
    copies.clear()
    before = sheet.builds
    sheet.refresh()
    assert sheet.builds == before + 1
    assert sheet.joined == sum(e.isVisible() for e in _lines(scene))
    assert copies == []


def test_the_reach_is_the_one_the_copies_gave(opened: tuple[MapScene, MapView]) -> None:
    """The same rectangles, in the same order, as measured on copies of the paths."""
    scene, _view = opened
    lines = _lines(scene)
    by_copies: list[QRectF] = []
    for edge in lines:
        if edge.isVisible():
            by_copies.append(edge.line_path().boundingRect())
            if edge.label_shown():
                by_copies.append(edge.label_rect())
    assert line_rects(lines) == [r for r in by_copies if not r.isNull()]


def test_the_route_is_the_line_drawn(opened: tuple[MapScene, MapView]) -> None:
    """``route`` is the path ``line_path`` copies (the sheet draws what the line would)."""
    scene, _view = opened
    for edge in _lines(scene)[:50]:
        assert edge.route() == edge.line_path()
        assert not edge.route().isEmpty()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often a line asked Qt for a geometry change or a repaint."""
    counts = {"prepareGeometryChange": 0, "update": 0}
    for name in counts:
        own = getattr(items.EdgeItem, name)

        def counted(
            self: items.EdgeItem, *args: object, _own: Any = own, _name: str = name
        ) -> None:
            counts[_name] += 1
            _own(self, *args)

        monkeypatch.setattr(items.EdgeItem, name, counted)
    return counts


def test_lines_routed_before_the_scene_holds_them_ask_qt_nothing(
    qtbot: QtBot, asked: dict[str, int]
) -> None:
    """A map's lines are routed before they are added to the scene (its build): old, each
    asked Qt for a geometry change and a repaint there, where there is nothing to change;
    in the scene they ask as before."""
    ctl = DocumentController(generate_case(60, seed=3))
    case = ctl.case
    scene = MapScene(ctl)
    actors = scene.actor_items
    fresh = [
        items.RelationshipItem(r, actors[r.source], actors[r.target], "en")
        for r in case.relationships
    ]
    items.route_edges(fresh)
    assert all(not e.route().isEmpty() for e in fresh)
    assert asked == {"prepareGeometryChange": 0, "update": 0}
    held = list(scene.relationship_items.values())
    items.route_edges(held)
    assert asked["prepareGeometryChange"] >= len(held)
    assert asked["update"] >= len(held)
