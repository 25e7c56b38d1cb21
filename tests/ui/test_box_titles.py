"""Organisation boxes keep their titles clear: no actor covers a box's title strip (issue 12,
item 3: "names beat group boxes on crowded maps"). Measured on the items' own bounding
rectangles after the layouts on a crowded map: a title moves along the box's top, or to its
bottom, where another organisation's actor covers it; with no clear place the box is not
drawn (its actors are mixed with others' there)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from models import Case, LayoutMethod, Organisation
from tests.ui.test_map_names import run_layout
from tests.ui.test_readable import long_names_case, window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]


def covered_titles(win: MainWindow) -> list[tuple[str, str]]:
    """(box, actor) for every shown actor whose bounding rectangle meets a shown box's title."""
    scene = win.scene
    hits = []
    for box in scene.group_items.values():
        if not box.isVisible():
            continue
        title = box.title_rect()
        for item in scene.actor_items.values():
            if item.isVisible() and item.sceneBoundingRect().intersects(title):
                hits.append((box.name, item.actor.name))
    return hits


def five_organisations(n: int = 20) -> Case:
    """Long names in five organisations of four actors each (their chains of command)."""
    base = long_names_case(n)
    orgs = [Organisation(f"o{k}", f"Organisatie {k} voor werk en inkomen") for k in range(5)]
    actors = [replace(a, organisation=f"o{int(a.id[1:]) * 5 // n}") for a in base.actors]
    return Case.from_parts(
        base.info,
        actors,
        list(base.relationships),
        list(base.mandates),
        list(base.needs),
        organisations=orgs,
    )


@pytest.mark.parametrize("method", [LayoutMethod.FORCE, LayoutMethod.HIERARCHY])
def test_no_actor_covers_a_box_title_on_a_crowded_map(
    window_at: object, qtbot: QtBot, method: LayoutMethod
) -> None:
    win = window_at(five_organisations(), (1366, 768))  # type: ignore[operator]
    run_layout(win, qtbot, method)
    shown = [b for b in win.scene.group_items.values() if b.isVisible()]
    if method == LayoutMethod.HIERARCHY:
        assert shown, "boxes are drawn, their titles moved where they are clear"
    assert covered_titles(win) == []  # a box whose title no clear place fits is not drawn
