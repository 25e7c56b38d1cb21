"""An actor looks the same at every zoom: its name plate, also above 100 % (new user, fifth
round 6: "at 104 % actors switch to hexagons, ellipses and a large circle instead of the
plates used elsewhere")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTransform
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.test_readable import window_at

__all__ = ["window_at"]


@pytest.mark.parametrize("zoom", [1.04, 2.0])
def test_named_actors_are_plates_above_100_percent(
    window_at: object, qtbot: QtBot, zoom: float
) -> None:
    win = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    first = {a: i.outline_rect() for a, i in win.scene.actor_items.items()}
    win.view.setTransform(QTransform.fromScale(zoom, zoom))
    win.view.refresh_readability()
    for actor_id, item in win.scene.actor_items.items():
        assert not item.label_hidden
        assert item.outline_rect() in (item.plate_rect(0), item.plate_rect(1)), actor_id
        assert item.outline_rect().height() == pytest.approx(first[actor_id].height())
