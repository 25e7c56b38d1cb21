"""The toolbar's own icons are painted once per application, not again for every window
(issue 15, the suite's time: each window painted the same nine icons in three sizes, 1.4 ms
of its making), and a window made later shows the very same pictures."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.window import icons
from ui.window.action_specs import ACTIONS
from ui.window.actions import WindowActions


def test_a_second_windows_actions_paint_no_icon_and_look_the_same(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[str] = []
    paint = icons._pixmap

    def counted(draw: str, size: int = 32) -> object:
        painted.append(draw)
        return paint(draw, size)

    monkeypatch.setattr(icons, "_pixmap", counted)
    monkeypatch.setattr(icons, "_PAINTED", {}, raising=False)  # as if no window had been made yet
    first, second = QWidget(), QWidget()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    made = WindowActions(first, QWidget(first))
    own = {spec.icon for spec in ACTIONS if isinstance(spec.icon, str)}
    assert sorted(painted) == sorted(3 * list(own))  # each once, at 16, 24 and 32 pixels
    painted.clear()
    again = WindowActions(second, QWidget(second))
    assert painted == []
    for name in own:
        spec = next(s for s in ACTIONS if s.icon == name)
        before, after = made[spec.name].icon(), again[spec.name].icon()
        assert [s.width() for s in after.availableSizes()] == [16, 24, 32]
        for size in (16, 24, 32):
            image = after.pixmap(size).toImage()
            assert image == before.pixmap(size).toImage()
            assert image == paint(name, size).toImage()  # the picture as painted anew
