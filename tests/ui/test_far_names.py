"""Issue 12, item 2: far out, a name that shows is at least 9 pt on screen. Sixty very long
names at 1366 x 768 after the circle layout fit at a zoom of a few per cent; names were grown
at most twelve-fold there and showed at about 5 pt (26 of 60). Now they grow as far as 9 pt
needs, and those with no room go without a name (their tooltip names them)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.test_map_names import named_clear, run_layout
from tests.ui.test_readable import long_names_case, window_at

__all__ = ["window_at"]


def test_sixty_long_names_after_the_circle_layout_are_legible_or_nameless(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(long_names_case(60), (1366, 768))  # type: ignore[operator]
    run_layout(win, qtbot, "circle")
    # the circle's rows of plates now fit at about 10 %: zoom out further, past the old limit
    win.view.scale(0.07 / win.view.zoom(), 0.07 / win.view.zoom())
    win.view.refresh_readability()
    assert win.view.zoom() < 1 / 12  # far enough out for the old limit to matter
    assert named_clear(win) >= 1  # every shown name at least 9 pt (named_clear checks it)
