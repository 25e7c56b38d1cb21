"""The power/interest grid on a crowded map: busy cells get the room, the most important
actors keep their names, and each name stays near its own cell (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from models import Actor, ActorKind
from tests.ui.test_map_names import named_clear
from tests.ui.test_readable import check_first_view, three_districts, window_at
from ui.canvas.grid import CELL_H, CELL_W, GridBands, grid_bands, grid_positions
from ui.canvas.readable import importance

__all__ = ["window_at"]

# Named at the first view of the sixty-actor grid, before this change: 16 at 1366 x 768 and
# 34 at 1920 x 1080 (the plates of crowded cells pushed out and piled up at the grid's edge).
AT_LEAST = {(1366, 768): 33, (1920, 1080): 57}


@pytest.mark.parametrize("size", sorted(AT_LEAST))
def test_a_sixty_actor_grid_names_most_actors_near_their_cells(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win = window_at(three_districts(), size)  # type: ignore[operator]
    win.set_view_mode("grid")
    qtbot.waitUntil(win.view.settled)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    check_first_view(win)
    assert named_clear(win) >= AT_LEAST[size]
    bands, _ = win.scene.grid_bands()
    band = bands.rect()
    named = [i for i in win.scene.actor_items.values() if not i.label_hidden]
    for item in win.scene.actor_items.values():
        assert band.contains(item.pos()), item.actor.name
    for item in win.scene.actor_items.values():  # never far from its own cell
        cell = bands.cell(item.actor.influence, item.actor.interest)
        near = cell.adjusted(
            -0.7 * cell.width(), -0.7 * cell.height(), 0.7 * cell.width(), 0.7 * cell.height()
        )
        assert near.contains(item.pos()), item.actor.name
    # the most important actors keep theirs first: no nameless actor outranks every named one
    weight = importance(win.scene.case)
    nameless = [weight[i.entity_id] for i in win.scene.actor_items.values() if i.label_hidden]
    assert max(nameless, default=0.0) <= max(weight[i.entity_id] for i in named)


def _actors(cells: dict[tuple[int, int], int]) -> list[Actor]:
    return [
        Actor(f"{inf}_{itr}_{k}", f"A {k}", ActorKind.PROFESSIONAL, influence=inf, interest=itr)
        for (inf, itr), count in cells.items()
        for k in range(count)
    ]


def test_the_busiest_cell_widens_its_column_and_row_only() -> None:
    slot = (150.0, 50.0)
    actors = _actors({(3, 2): 9, (0, 5): 1})
    bands = grid_bands(actors, slot)
    widths = [b - a for a, b in zip(bands.xs, bands.xs[1:], strict=False)]
    heights = [b - a for a, b in zip(bands.ys, bands.ys[1:], strict=False)]
    busy = bands.cell(3, 2)
    assert busy.width() >= 2 * slot[0]
    assert busy.height() >= 3 * slot[1]
    assert widths[2] == max(widths) > CELL_W
    assert heights[5 - 3] == max(heights) > CELL_H
    assert [w for k, w in enumerate(widths) if k != 2] == [CELL_W] * 5
    assert [h for k, h in enumerate(heights) if k != 2] == [CELL_H] * 5
    spots = grid_positions(actors, bands, slot)
    for actor in actors:  # every actor in its own cell, the grid reads back its values
        assert bands.cell(actor.influence, actor.interest).contains(spots[actor.id])
        assert bands.values(spots[actor.id]) == (actor.influence, actor.interest)
    inside = bands.cell(3, 2)
    xs = sorted({round(spots[a.id].x()) for a in actors if a.influence == 3})
    assert len(xs) >= 2
    assert inside.left() < xs[0] < xs[-1] < inside.right()


def test_default_bands_keep_the_grid_as_it_was() -> None:
    bands = GridBands()
    assert bands.centre(5, 0) == QPointF(0, 0)
    assert bands.centre(0, 5) == QPointF(5 * CELL_W, 5 * CELL_H)
    assert bands.values(QPointF(4 * CELL_W, 1 * CELL_H)) == (4, 4)
    assert bands.values(QPointF(-1000, 9000)) == (0, 0)
