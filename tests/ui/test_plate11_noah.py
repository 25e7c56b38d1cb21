"""A plain open of the new user's case at laptop size names every actor (issue 12; new user,
eleventh round A0: 'Directeur Passend Onderwijs', the actor of the top cause, was a bare
diamond over the Consulent plate at 1366 x 768)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.fileformat import load
from tests.ui.test_readable import window_at

__all__ = ["window_at"]  # the fixture, shared with test_readable


NOAH = Path(__file__).parent / "data" / "user11_noah.kvmap"


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_actor_of_the_new_users_case_keeps_its_name_on_open(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win = window_at(load(NOAH), size)  # type: ignore[operator]
    nameless = [i.actor.name for i in win.scene.actor_items.values() if not i.shown_name()]
    assert nameless == []
    win.view.fit_to_window()  # Fit again, as the user did
    qtbot.waitUntil(win.view.settled)
    nameless = [i.actor.name for i in win.scene.actor_items.values() if not i.shown_name()]
    assert nameless == []
