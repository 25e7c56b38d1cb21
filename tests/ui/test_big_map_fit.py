"""A layout of a big map in the app (issue 14, new user 13 S5): after the force layout of
2,000 actors the bar sat at 100 % for minutes in the spread for reading, "Show the whole
map" stopped at 5 % with the map still wider than the window, and the status bar said every
name stayed readable at a zoom where none was."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

import mapper.layout.reading as reading
from mapper.layout import estimated_size
from mapper.layout._common import separate
from mapper.layout.reading import spread_for_reading
from mapper.layout.reading_room import READING_MOST, names_can_fit
from models import Actor, Case, CaseInfo, LayoutMethod, Position
from tests.ui.test_readable import long_names_case, window_at
from ui.canvas.fit_zoom import ZOOM_MIN
from ui.canvas.view import ZOOM_STEP

__all__ = ["window_at"]


def grid_positions(n: int, pitch: float) -> dict[str, Position]:
    side = int(np.ceil(np.sqrt(n)))
    return {f"a{i}": Position((i % side) * pitch, (i // side) * pitch) for i in range(n)}


def test_the_spread_for_reading_of_2000_actors_does_no_round(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted, not timed: the plates of 2,000 names take eight times a laptop's window, so
    no push apart is tried (each was a pass over every plate, a thousand of them), and the
    layout's places stay."""
    calls: list[int] = []
    real = separate

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reading, "separate", counted)
    pos = grid_positions(2000, 200.0)
    shapes = {k: estimated_size(f"Consulent Inkomen {k}") for k in pos}
    plates = dict.fromkeys(pos, (120.0, 24.0))
    for room in ((1366.0, 768.0), (3840.0, 2160.0)):
        said: list[float] = []
        assert spread_for_reading(pos, shapes, plates, room, progress=said.append) == pos
        assert calls == []
    small = dict(list(pos.items())[:30])
    said = []
    out = spread_for_reading(small, shapes, plates, (1366.0, 768.0), progress=said.append)
    assert calls  # a small map is still spread for reading, and says how far it is
    assert said == sorted(said)
    assert said[-1] == 0.9
    assert out != small


def test_when_names_can_fit() -> None:
    plate = np.full((READING_MOST + 1, 2), [60.0, 20.0])
    assert not names_can_fit(plate, (10_000.0, 10_000.0), 4.0)  # too many to read whole
    assert names_can_fit(plate[:READING_MOST], (10_000.0, 10_000.0), 4.0)
    wide = np.full((700, 2), [150.0, 24.0])
    assert not names_can_fit(wide, (1366.0, 768.0), 4.0)  # 3 M px² in 1 M px²
    assert names_can_fit(wide[:60], (1366.0, 768.0), 4.0)


def test_show_the_whole_map_fits_a_map_wider_than_twenty_windows(
    window_at: object, qtbot: QtBot
) -> None:
    actors = [
        Actor(f"a{i}", f"Actor {i}", position=p)
        for i, p in enumerate(grid_positions(400, 1500.0).values())
    ]
    case = Case.from_parts(CaseInfo("Groot"), actors, [])
    win = window_at(case, (1366, 768))  # type: ignore[operator]
    said: list[str] = []
    win.view.message.connect(said.append)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    assert win.view.zoom() < ZOOM_MIN  # 30,000 px across: about 4 %, where 5 % was the floor
    port = win.view.viewport().rect()
    for item in win.scene.actor_items.values():
        assert port.contains(win.view.mapFromScene(item.pos())), item.actor.id
    named = sum(1 for i in win.scene.actor_items.values() if not i.label_hidden)
    assert named < 400
    assert said[-1] == (
        f"The whole map is in the window, but at this zoom only {named} of the 400 names can "
        "be read. Zoom in (mouse wheel or +) to read the others."
    )
    assert not any("every name stays readable" in m for m in said)
    fitted = win.view.zoom()
    win.view.zoom_by(1 / ZOOM_STEP)  # the wheel out from there goes no closer
    assert win.view.zoom() == pytest.approx(fitted)
    win.view.zoom_by(ZOOM_STEP)
    assert win.view.zoom() == pytest.approx(fitted * ZOOM_STEP)


def test_a_map_whose_names_all_show_says_nothing_of_names(window_at: object, qtbot: QtBot) -> None:
    win = window_at(long_names_case(40), (1920, 1080))  # type: ignore[operator]
    said: list[str] = []
    win.view.message.connect(said.append)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    assert not any("names can be read" in m for m in said)


def test_the_layout_bar_moves_through_the_spread_for_reading(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(long_names_case(60), (1366, 768))  # type: ignore[operator]
    seen: list[int] = []
    win.layouts.progress.connect(seen.append)
    with qtbot.waitSignal(win.layouts.finished, timeout=90_000):
        win.run_layout(LayoutMethod.FORCE)
    assert seen == sorted(seen)
    # the layout's own steps end at 80 %, the spread's follow (82, 90, 98): the bar no longer
    # stands at 100 % while the spread runs
    assert {82, 90, 98} <= set(seen), seen
