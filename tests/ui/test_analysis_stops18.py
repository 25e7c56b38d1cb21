"""Quick edits while a slow analysis runs: only the newest state is analysed to the end
(rev-user18 R3: three undo/redo steps at 10,000 actors showed their findings after ~80 s, two
full analyses, because the stale run went on to its end before the newest state's began)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mapper import Analysis, analyse
from models import Actor, Case, Practice
from tests.ui.docks_support import english_ui  # noqa: F401
from ui.background.analysis_runner import AnalysisRunner
from ui.document.controller import DocumentController

pytestmark = pytest.mark.usefixtures("english_ui")

STEPS = 150  # a slow analysis: this many steps of 10 ms, each a point where it may stop


class SlowAnalysis:
    """The real analysis after ``STEPS`` short waits, asking ``stop`` before each (as
    ``mapper.analyse`` does between its checks); records the runs that started and ended."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.finished: list[int] = []
        self.gate = threading.Event()  # set: the slow part may run
        self.gate.set()

    def __call__(
        self,
        case: Case,
        *,
        practice: Practice | None = None,
        stop: Callable[[], None] | None = None,
    ) -> Analysis:
        self.started.append(len(case.actors))
        for _ in range(STEPS):
            self.gate.wait(10)
            if stop is not None:
                stop()
            time.sleep(0.01)
        self.finished.append(len(case.actors))
        return analyse(case, practice=practice, stop=stop)


def test_quick_edits_while_a_slow_analysis_runs_analyse_only_the_newest_state(
    qtbot: QtBot, controller: DocumentController
) -> None:
    slow = SlowAnalysis()
    runner = AnalysisRunner(controller, analyse=slow, threshold=0)  # always a worker
    shown: list[Any] = []
    runner.updated.connect(shown.append)
    qtbot.waitUntil(lambda: slow.started == [3], timeout=3000)  # the opened case, 3 actors
    controller.add_actor(Actor("x1", "Eerste"))  # an edit: that run is stale now
    qtbot.waitUntil(lambda: slow.started[-1:] == [4], timeout=5000)
    controller.undo_stack.undo()  # three quick undo/redo steps while the run of 4 runs
    controller.undo_stack.redo()
    controller.add_actor(Actor("x2", "Tweede"))
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    runner.wait()
    qtbot.wait(AnalysisRunner.DEBOUNCE_MS + 50)
    # old: each stale run went on to its end ([3, 4, 5]: three full analyses for one result)
    assert slow.finished == [5]
    assert len(shown) == 1  # a stale result is never shown
    assert len(shown[0].quadrants) == 5  # the findings shown are of the final state
    assert runner.latest is shown[0]
    assert not runner.stale


def test_a_run_of_the_unchanged_case_is_not_stopped(
    qtbot: QtBot, controller: DocumentController
) -> None:
    """Asking again while the unchanged case is analysed (the screenshot command) lets that
    run end; nothing is stopped or analysed twice."""
    slow = SlowAnalysis()
    slow.gate.clear()
    runner = AnalysisRunner(controller, analyse=slow, threshold=0)
    qtbot.waitUntil(lambda: slow.started == [3], timeout=3000)
    runner.run_now()
    runner.schedule()
    slow.gate.set()
    with qtbot.waitSignal(runner.updated, timeout=30_000):
        pass
    runner.wait()
    assert slow.finished == [3]
    assert slow.started == [3]


def test_a_practice_switched_and_back_while_it_runs_is_analysed(
    qtbot: QtBot, controller: DocumentController
) -> None:
    """A run stopped for a practice switch that is switched back still ends in findings."""
    slow = SlowAnalysis()
    slow.gate.clear()
    runner = AnalysisRunner(controller, analyse=slow, threshold=0)
    qtbot.waitUntil(lambda: slow.started == [3], timeout=3000)
    controller.set_practice(Practice.MAATWERK)
    controller.set_practice(None)
    slow.gate.set()
    qtbot.waitUntil(lambda: runner.latest is not None and not runner.stale, timeout=30_000)
    runner.wait()
    assert slow.finished == [3]


def test_quitting_stops_a_running_analysis_at_its_next_step(
    qtbot: QtBot, controller: DocumentController
) -> None:
    """rev-user19 N3: quitting during an analysis of 10,000 actors took ~20 s, because the
    runner's shutdown waited for the analysis to end; it asks it to stop first (old: the slow
    run went on to its end, ``finished == [3]``)."""
    slow = SlowAnalysis()
    runner = AnalysisRunner(controller, analyse=slow, threshold=0)  # always a worker
    qtbot.waitUntil(lambda: slow.started == [3], timeout=3000)
    runner.shutdown()
    assert runner.wait(0)  # idle once shutdown returns
    assert slow.finished == []
