"""Opening a big map: the fit and the build do per-line work once (issue 14, app15).

Counted, not timed: at 2,000 actors the fit mapped each of 8,000 lines to the screen four
times, and the build scanned an actor's list of lines for every line it added to it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from models import Actor, ActorKind, Case, Position, RelationKind, Relationship
from tests.ui.conftest import small_case
from ui.canvas.line_reach import on_screen
from ui.canvas.readable import READABLE_LIMIT
from ui.window.main_window import MainWindow


def _per_line(view: QGraphicsView, rects: list[QRectF]) -> list[QRectF]:
    """What the fit did before: each rectangle on its own."""
    return [view.mapFromScene(r).boundingRect().toRectF() for r in rects]


@pytest.mark.parametrize("zoom", [0.0137, 0.13, 0.5, 1.0, 2.7])
def test_the_lines_on_screen_as_one_rectangle_answer_as_each_line(
    qtbot: QtBot, zoom: float
) -> None:
    """The one rectangle is the union of the lines' own screen rectangles, to the pixel, and
    a viewport holds it exactly when it holds every one of them."""
    scene = QGraphicsScene(-5000, -5000, 10000, 10000)
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.setTransform(QTransform.fromScale(zoom, zoom))
    view.centerOn(123.4, -56.7)
    rng = random.Random(7)
    for _ in range(40):
        rects = []
        for _ in range(rng.randint(1, 30)):
            x, y = rng.uniform(-900, 900), rng.uniform(-900, 900)
            rects.append(QRectF(x, y, rng.uniform(0, 300), rng.uniform(0, 80)))
        each = _per_line(view, rects)
        (one,) = on_screen(view, rects)
        union = QRectF(each[0])
        for rect in each[1:]:
            union = union.united(rect)
        assert one == union
        port = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
        assert port.contains(one) == all(port.contains(r) for r in each)
    assert on_screen(view, []) == []


def test_a_rotated_view_maps_each_line(qtbot: QtBot) -> None:
    scene = QGraphicsScene()
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    view.rotate(30)
    rects = [QRectF(0, 0, 10, 10), QRectF(50, 50, 10, 10)]
    assert on_screen(view, rects) == _per_line(view, rects)


@pytest.fixture
def big_window(window: MainWindow) -> Iterator[MainWindow]:
    """The window on a generated map of more actors than the readability plan takes."""
    window.controller.replace_case(generate_case(READABLE_LIMIT + 50, seed=3), None)
    yield window
    window.controller.replace_case(small_case(), None)


def test_fitting_a_big_map_maps_its_lines_once_not_each(
    big_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fit asks up to four times whether the lines are in view: each time one rectangle
    goes to the screen, not one per line (8,000 lines four times at 2,000 actors)."""
    view = big_window.view
    scene = big_window.scene
    lines = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    shown = sum(e.isVisible() for e in lines)
    assert shown > 1000
    mapped: list[object] = []
    original = view.mapFromScene

    def counting(*args: Any) -> Any:
        mapped.append(args[0])
        return original(*args)

    monkeypatch.setattr(view, "mapFromScene", counting)
    view.fit_to_window()
    rects = [a for a in mapped if isinstance(a, QRectF)]
    assert len(rects) < 10  # was more than twice the shown lines
    assert view._lines_in_view()


class _Counted(list[Any]):
    """An actor's list of lines that counts the walks over it."""

    walks = 0

    def __iter__(self) -> Iterator[Any]:
        _Counted.walks += 1
        return super().__iter__()


class _Lists(dict[str, Any]):
    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = _Counted()
        return self[key]


def test_building_a_hub_walks_no_list_of_its_lines(window: MainWindow) -> None:
    """An actor with 300 lines: the build adds each line to both ends' lists without walking
    them (a check for a loop walked the hub's list for every line: 45,000 steps)."""
    base = small_case()
    actors = [*base.actors, Actor("hub", "Hub", ActorKind.MANAGER, position=Position(0, 0))]
    rels = [Relationship("loop", "hub", "hub", RelationKind.SIGNAL)]
    for k in range(300):
        actors.append(Actor(f"w{k}", f"Medewerker {k}", ActorKind.PROFESSIONAL))
        rels.append(Relationship(f"t{k}", "hub", f"w{k}", RelationKind.SIGNAL))
    case = Case.from_parts(base.info, actors, rels, [], [])
    scene = window.scene
    scene._edges_of = _Lists()
    _Counted.walks = 0
    window.controller.replace_case(case, None)
    assert _Counted.walks < 50  # was one walk per line added (601)
    assert len(scene.edges_of("hub")) == 301  # the loop once
    assert len(scene.edges_of("w7")) == 1


def _old_inside(specs: Any, x: Any, y: Any) -> Any:
    """Every kind's test for every row, as before (the reference)."""
    import numpy as np

    from ui.canvas.routing import ELLIPSE, MAX_VERTICES, ROUNDRECT

    x, y = x - specs.cx, y - specs.cy
    with np.errstate(divide="ignore", invalid="ignore"):
        ellipse = (x / specs.a) ** 2 + (y / specs.b) ** 2 <= 1.0
    ax, ay = np.abs(x), np.abs(y)
    kx, ky = ax - (specs.a - specs.r), ay - (specs.b - specs.r)
    corner = (kx <= 0) | (ky <= 0) | (kx * kx + ky * ky <= specs.r * specs.r)
    rounded = (ax <= specs.a) & (ay <= specs.b) & corner
    assert specs.vx.shape[1] == MAX_VERTICES
    ex = np.roll(specs.vx, -1, axis=1) - specs.vx
    ey = np.roll(specs.vy, -1, axis=1) - specs.vy
    cross = ex * (y[:, None] - specs.vy) - ey * (x[:, None] - specs.vx)
    polygon = np.all(cross >= 0, axis=1) | np.all(cross <= 0, axis=1)
    return np.where(
        specs.code == ELLIPSE, ellipse, np.where(specs.code == ROUNDRECT, rounded, polygon)
    )


def test_outlines_test_only_their_own_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A big map's actors are all plates: no polygon arrays are made for them (half of
    routing its lines); a mix of kinds answers as every test for every row did."""
    import numpy as np

    from exports.style import Shape
    from ui.canvas import routing
    from ui.canvas.geometry import outline

    rng = np.random.default_rng(5)
    kinds: tuple[Shape, ...] = ("ellipse", "roundrect", "hexagon", "diamond", "triangle", "circle")
    specs = []
    for k in range(60):
        rect = QRectF(-40 - k, -20, 80 + 2 * k, 40 + k / 2)
        shape = kinds[k % len(kinds)]
        specs.append(routing.outline_spec(shape, rect, outline(shape, rect)))
    rows = routing._Specs([specs[i] for i in rng.integers(0, len(specs), 500)])
    x, y = rng.uniform(-120, 120, 500), rng.uniform(-60, 60, 500)
    assert (rows.inside(x, y) == _old_inside(rows, x, y)).all()
    rolled: list[int] = []
    roll = np.roll

    def counting(*args: Any, **kwargs: Any) -> Any:
        rolled.append(1)
        return roll(*args, **kwargs)

    monkeypatch.setattr(np, "roll", counting)
    plates = routing._Specs([routing.roundrect_spec(QRectF(-50, -15, 100, 30))] * 100)
    assert plates.kinds == {routing.ROUNDRECT}
    assert not rolled
    px, py = rng.uniform(-60, 60, 100), rng.uniform(-20, 20, 100)
    assert (plates.inside(px, py) == _old_inside(plates, px, py)).all()


def test_a_big_maps_actors_are_made_as_plates(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big map's actors are plates at every zoom: each is made so, and its shape's outline
    (a path and its numbers) is made only when it is drawn as its shape (was: made for each
    actor, then replaced by the plate's)."""
    import ui.canvas.actor_item as actor_module
    from ui.canvas import routing
    from ui.canvas.actor_item import ActorItem

    made: list[str] = []
    spec = routing.outline_spec

    def counting(shape: Any, *rest: Any) -> Any:
        made.append(shape)
        return spec(shape, *rest)

    monkeypatch.setattr(actor_module, "outline_spec", counting)
    window.controller.replace_case(generate_case(READABLE_LIMIT + 50, seed=3), None)
    scene = window.scene
    shown = [i for i in scene.actor_items.values() if i.isVisible()]
    assert len(shown) > READABLE_LIMIT
    assert made == []  # was one per actor
    assert all(i.outline_rect() == i.plate_rect(0) for i in shown)
    item = shown[0]
    item.set_readable(1.0, True)  # its name hidden: its own shape
    fresh = ActorItem(item.actor, scene.lang)
    assert item.outline == fresh.outline
    assert item.shape().boundingRect() == fresh.shape().boundingRect()
    window.controller.replace_case(small_case(), None)
