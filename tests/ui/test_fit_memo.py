"""A fit that cannot change anything is not run (issue 15, the suite's time: a window's
opening fits on the resize and twice more after the show, a layout three times, and from
the second on most of these fits changed nothing): it says again what the last one said.

Counted, not timed: the fits' passes (``_fit_once``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from models.example import example_case
from tests.ui.window_support import open_window, settle
from ui.canvas import fit_memo
from ui.canvas.view_fit import FittedView
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


@pytest.fixture
def sixty_fitted(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on sixty actors at 1366 x 768, fitted and settled (its fits come to rest:
    the example's go on moving the zoom by 1e-15 each time, and so each runs)."""
    win = open_window(qtbot, tmp_path, DocumentController(generate_case(60, seed=1)))
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    yield win
    settle(win)


def _passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    fit_once = FittedView._fit_once

    def counting(view: FittedView) -> tuple[float, QPointF] | None:
        calls.append(1)
        return fit_once(view)

    monkeypatch.setattr(FittedView, "_fit_once", counting)
    return calls


def _still(view: FittedView) -> None:
    """Fit until a fit changes nothing (a fit may move the zoom a little the first times)."""
    for _ in range(6):
        before = fit_memo.state(view)
        view.fit_to_window()
        if fit_memo.state(view) == before:
            return
    raise AssertionError("the fit kept changing the view")


def test_a_fit_that_would_change_nothing_is_not_run(
    qtbot: QtBot, sixty_fitted: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = sixty_fitted.view
    _still(view)
    now, zoom = fit_memo.state(view), view.zoom()
    said: list[Any] = []
    view.zoom_changed.connect(said.append)
    passes = _passes(monkeypatch)
    view.fit_to_window()
    assert passes == []  # one to three passes before
    assert said == [zoom]  # the zoom said again, as the fit said it
    assert fit_memo.state(view) == now
    view._fit_memo = fit_memo.Memo(None)  # forgotten: the fit runs, and changes nothing
    view.fit_to_window()
    assert passes
    assert said == [zoom, zoom]
    assert fit_memo.state(view) == now


def test_a_fit_after_a_change_runs(
    qtbot: QtBot, sixty_fitted: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sixty_fitted
    view = window.view
    _still(view)
    passes = _passes(monkeypatch)
    first = next(iter(window.scene.actor_items))
    window.controller.set_selection([first])  # the selected actor keeps its name
    view.fit_to_window()
    assert passes
    passes.clear()
    view.resize(view.width() - 40, view.height())
    qtbot.waitUntil(view.settled)
    view.fit_to_window()
    assert passes


def test_the_fits_after_a_show_stop_where_the_zoom_has_settled(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example crept 0.299 -> 0.498 -> 0.506 -> 0.5061 over the fits after a show (each
    read the boxes as drawn at the zoom before), a readability pass each: a fit that would
    move the zoom less than fit_memo.SETTLED is not run, short of where the fits would
    come to rest by far less than a user can see."""
    win = open_window(qtbot, tmp_path, DocumentController(example_case()))
    view = win.view
    view.fit_to_window()
    qtbot.waitUntil(view.settled)
    zoom, centre = view.zoom(), view.mapToScene(view.viewport().rect().center())
    passes = _passes(monkeypatch)
    said: list[Any] = []
    view.zoom_changed.connect(said.append)
    view.fit_to_window()
    assert passes == []  # not run
    assert said == [zoom]  # the zoom said again
    for _ in range(8):  # forced, the fits come to rest
        view._fit_memo = fit_memo.Memo(None)
        before = view.zoom()
        view.fit_to_window()
        if abs(view.zoom() / before - 1) < 1e-9:
            break
    rest = view.zoom()
    assert passes
    assert abs(zoom / rest - 1) < fit_memo.SETTLED
    moved = view.mapToScene(view.viewport().rect().center()) - centre
    assert max(abs(moved.x()), abs(moved.y())) * rest < 2
    settle(win)
