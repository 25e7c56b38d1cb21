"""A fit that cannot change anything is not run (issue 15, the suite's time: a window's
opening fits on the resize and twice more after the show, a layout three times, and from
the second on most of these fits changed nothing): it says again what the last one said.

Counted, not timed: the fits' passes (``_fit_once``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
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

    def counting(view: FittedView) -> None:
        calls.append(1)
        fit_once(view)

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
