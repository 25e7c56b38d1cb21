"""Opening the legend at 1366 x 768 keeps the example's names (user review 6, finding 1: the
fit beside the wide legend took the map from 51 % to 27 % and seven names)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_readable import check_first_view, window_at
from ui.i18n import set_language

__all__ = ["window_at"]  # the fixture


@pytest.mark.parametrize("language", ["en", "nl"])
def test_opening_the_legend_at_1366_keeps_the_names_and_covers_no_actor(
    window_at: object, qtbot: QtBot, language: str
) -> None:
    set_language(language, persist=False)
    try:
        _open_the_legend(window_at, qtbot)
    finally:
        set_language("en", persist=False)


def _open_the_legend(window_at: object, qtbot: QtBot) -> None:
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
    # before: 12 of 19 named at 27 %; then 18 of 19 at 48 % with the legend in one column
    # beside the map ("Invorderingsambtenaar van de Belastingsamenwerking" ran under it);
    # with the legend's rows 15 pixels high (were 17) every name shows, in either language
    assert named == total, hidden
    assert view.zoom() >= 0.85 * zoom_before
    view.toggle_legend_collapsed()  # closing gives every name back
    qtbot.waitUntil(view.settled)
    assert not any(i.label_hidden for i in win.scene.actor_items.values())
