"""Opening the legend at 1366 x 768 keeps the example's names (user review 6, finding 1: the
fit beside the wide legend took the map from 51 % to 27 % and seven names)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_readable import check_first_view, window_at

__all__ = ["window_at"]  # the fixture


def test_opening_the_legend_at_1366_keeps_the_names_and_covers_no_actor(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    view = win.view
    named_before, total = check_first_view(win)
    assert named_before == total
    zoom_before = view.zoom()
    view.toggle_legend_collapsed()
    qtbot.waitUntil(view.settled)
    assert not view.legend_item().collapsed
    named, _ = check_first_view(win)  # no actor under the legend, every name legible
    hidden = [i.actor.name for i in win.scene.actor_items.values() if i.label_hidden]
    # before: 12 of 19 named at 27 %; now the legend stands in one column beside the map,
    # which keeps its place in the corner away from it (measured: 18 of 19 at 48 %)
    assert named >= total - 1, hidden
    assert view.zoom() >= 0.85 * zoom_before
    view.toggle_legend_collapsed()  # closing gives every name back
    qtbot.waitUntil(view.settled)
    assert not any(i.label_hidden for i in win.scene.actor_items.values())
