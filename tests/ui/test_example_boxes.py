"""The shipped example shows its municipality's box at once, before any layout, and the box
stays at every zoom (issue 12: the newspaper stood inside the box, so it was never drawn; and
a box drawn or not by how densely its grown actors filled it came and went with the zoom)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from models import Sphere
from models.example import example_case
from tests.ui.test_readable import SIZES, window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]  # the fixture, shared with test_readable


def _municipality(win: MainWindow) -> tuple[str, list[str], list[str]]:
    """The example's organisation with most actors: (its name, its actors, the others)."""
    case = win.controller.case
    org = max(case.organisations, key=lambda o: sum(a.organisation == o.id for a in case.actors))
    members = [a.id for a in case.actors if a.organisation == org.id]
    others = [a.id for a in case.actors if a.organisation != org.id]
    return org.name, members, others


def _check_box(win: MainWindow, where: str, clear: bool = True) -> None:
    name, members, others = _municipality(win)
    box = win.scene.group_items[name]
    assert box.isVisible(), f"{name}: no box ({where})"
    rect = box.rect()
    for actor_id in members:
        item = win.scene.actor_items[actor_id]
        assert rect.contains(item.sceneBoundingRect()), (where, item.actor.name)
    for actor_id in others if clear else ():  # nobody else stands in it, not even partly
        item = win.scene.actor_items[actor_id]
        assert not rect.intersects(item.sceneBoundingRect()), (where, item.actor.name)


@pytest.mark.parametrize("size", SIZES)
def test_the_example_shows_the_municipality_box_at_first_view_and_at_every_zoom(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win = window_at(example_case(), size)  # type: ignore[operator]
    _, members, others = _municipality(win)
    assert len(members) >= 10
    assert others
    media = [a for a in win.controller.case.actors if a.effective_sphere is Sphere.SOCIETY]
    assert media, "the example has a newspaper and a citizen outside the municipality"
    _check_box(win, "first view")
    fitted = win.view.zoom()
    for factor in (1 / 1.2, 1.2, 1.2, 1.2):  # further out (plates grow), then closer
        win.view.zoom_by(factor)
        qtbot.wait(10)
        _check_box(win, f"zoom {win.view.zoom():.2f}", win.view.zoom() >= fitted - 1e-9)
    win.view.zoom_reset()
    qtbot.wait(10)
    _check_box(win, "100 %")
