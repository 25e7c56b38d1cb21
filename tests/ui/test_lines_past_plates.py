"""A mandate runs under no plate but its own two ends where a bow can clear it (issue 12;
new user, tenth round: the new mandate from the manager to Jurist Wonen ran under the
Teamleider Wijkteam Noord plate and seemed to start there). Until now a tie bowed only past
three plates or more; a relationship still does (bowing every line past one plate put more
lines through the labels: test_labels_off_lines). Tested on the items' own rectangles."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, QRectF
from pytestqt.qtbot import QtBot

from models import Actor, ActorKind, LayoutMethod, Mandate, Position
from models.example import example_case
from tests.ui.test_map_names import run_layout
from tests.ui.test_readable import window_at
from ui.canvas.items import ActorItem, EdgeItem
from ui.window.main_window import MainWindow

__all__ = ["window_at"]  # the fixture


def _under(win: MainWindow, edge: EdgeItem, *, inner: bool = False) -> list[str]:
    """The actors other than its ends whose drawn rectangle (``inner``: its middle half)
    the line runs through."""
    path = edge.line_path()
    points = [path.pointAtPercent(k / 40) for k in range(1, 40)]

    def rect(a: ActorItem) -> QRectF:
        r = a.sceneBoundingRect()
        w, h = r.width() / 4, r.height() / 4
        return r.adjusted(w, h, -w, -h) if inner else r

    return [
        a.actor.name
        for a in win.scene.actor_items.values()
        if a.isVisible()
        and a not in (edge.source, edge.target)
        and any(rect(a).contains(p) for p in points)
    ]


def _named(win: MainWindow, name: str) -> str:
    return next(a.id for a in win.controller.case.actors if a.name.startswith(name))


def test_a_new_mandate_past_the_team_leader_bows_around_its_plate(
    window_at: object, qtbot: QtBot
) -> None:
    win: MainWindow = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    controller = win.controller
    leader = win.scene.actor_items[_named(win, "Teamleider")]
    spot = leader.pos() + QPointF(150, 60)  # just below and right of the team leader
    jurist = Actor(controller.case.new_id(Actor), "Jurist Wonen", ActorKind.PROFESSIONAL)
    controller.add_actor(replace(jurist, position=Position(spot.x(), spot.y())))
    model = controller.case.mandates.get(controller.case.mandates.ids()[0])
    assert model is not None
    new_id = controller.case.new_id(Mandate)
    controller.add_mandate(
        replace(model, id=new_id, grantor=_named(win, "Manager"), holder=jurist.id)
    )
    qtbot.wait(20)
    qtbot.waitUntil(win.view.settled)
    assert _under(win, win.scene.mandate_items[new_id]) == []


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366", "1920"])
def test_after_the_hierarchy_no_mandate_runs_through_a_plate(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win: MainWindow = window_at(example_case(), size)  # type: ignore[operator]
    run_layout(win, qtbot, LayoutMethod.HIERARCHY)
    passing = {
        (e.source.actor.name, e.target.actor.name): _under(win, e, inner=True)
        for e in win.scene.mandate_items.values()
        if e.isVisible()
    }
    assert passing
    assert not any(passing.values()), passing
