"""What the app keeps after a step at scale (issue 14, new user at scale 15, G1: the app's
memory at 10,000 actors grew with every export and layout and stayed): counted, not timed.

- a layout's undo step holds the positions as arrays, not two dicts of Position objects;
- a job's garbage in cycles is collected once the job is reported, with automatic collection
  off as the app runs (``ui.safety.gc_guard``), instead of waiting for a full collection an
  idle app rarely makes;
- the Excel report from the app uses the app's own analysis of the map instead of analysing
  it a second time beside it.

Each fails on the old code (see the commit message)."""

from __future__ import annotations

import gc
import sys
import weakref
from array import array
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from models import Actor, ActorKind, Case, CaseInfo, Position
from tests.ui.exchange_support import answer_file, handler
from ui.background.jobs import BackgroundJobs, JobResult
from ui.document.controller import DocumentController
from ui.safety.gc_guard import GARBAGE_BLOCKS
from ui.window.main_window import MainWindow

_ACTORS = 1_000


def _held(value: object, seen: set[int]) -> int:
    """Bytes a command's attribute holds of its own: the ids are the model's (not counted)."""
    if id(value) in seen or isinstance(value, (str, Case)) or value is None:
        return 0
    seen.add(id(value))
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        return size + sum(_held(k, seen) + _held(v, seen) for k, v in value.items())
    if isinstance(value, (tuple, list)):
        return size + sum(_held(v, seen) for v in value)
    if isinstance(value, Position):
        return size + _held(value.x, seen) + _held(value.y, seen)
    return size


def _placed(count: int) -> Case:
    actors = [
        Actor(f"a{i}", f"Consulent {i}", ActorKind.PROFESSIONAL, position=Position(i, -i))
        for i in range(count)
    ]
    actors.append(Actor("loose", "Nog niet geplaatst", ActorKind.MANAGER))  # no position
    return Case.from_parts(CaseInfo("Veel actoren"), actors=actors)


def test_a_layout_step_holds_its_positions_compactly() -> None:
    ctl = DocumentController(_placed(_ACTORS))
    layout = {
        a.id: Position(a.position.x + 1.5 if a.position else 7.0, 2.0) for a in ctl.case.actors
    }
    assert ctl.set_positions(layout, "Layout")
    step = ctl.undo_stack.command(ctl.undo_stack.count() - 1)
    seen: set[int] = set()
    held = sum(_held(v, seen) for v in vars(step).values())
    # two arrays of x, y (2 x 16 bytes an actor) and the ids' tuple (8): about 40 bytes an
    # actor; the two dicts of Positions were about 240
    assert held <= 48 * (_ACTORS + 1), held
    assert any(isinstance(v, array) for v in vars(step).values())


def test_a_compact_layout_step_undoes_and_redoes_exactly() -> None:
    ctl = DocumentController(_placed(20))
    before = {a.id: a.position for a in ctl.case.actors}
    layout = {a.id: Position(0.1 * len(a.id), -3.25) for a in ctl.case.actors}
    assert ctl.set_positions(layout, "Layout")
    assert {a.id: a.position for a in ctl.case.actors} == layout
    ctl.undo_stack.undo()
    assert {a.id: a.position for a in ctl.case.actors} == before
    loose = ctl.case.actors.get("loose")
    assert loose is not None
    assert loose.position is None  # unplaced again, not NaN
    ctl.undo_stack.redo()
    assert {a.id: a.position for a in ctl.case.actors} == layout


@pytest.fixture
def collector_off() -> Iterator[None]:
    """Automatic collection off, as the app's GuiThreadCollector has it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only a collection frees it


def test_a_jobs_garbage_in_cycles_is_collected_once_it_is_reported(
    qtbot: QtBot, collector_off: None
) -> None:
    jobs = BackgroundJobs(None, "export", give_back=True)
    kept: list[weakref.ref[_Node]] = []

    def work(_context: object) -> str:
        node = _Node()
        node.load = [[i] for i in range(2 * GARBAGE_BLOCKS)]  # type: ignore[attr-defined]
        kept.append(weakref.ref(node))
        return "written"

    results: list[JobResult] = []
    jobs.submit(work, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results[0].value == "written"
    # collected just after (the status painted first), not waiting for a full collection
    qtbot.waitUntil(lambda: kept[0]() is None, timeout=5_000)


def test_the_apps_excel_report_uses_the_apps_analysis(
    example_window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from exports import excel_report

    runner = example_window.analysis_runner()
    assert runner is not None
    qtbot.waitUntil(lambda: not runner.stale, timeout=60_000)
    analysed: list[Case] = []
    real = excel_report.run_analysis  # type: ignore[attr-defined]

    def counted(case: Case) -> object:
        analysed.append(case)
        return real(case)

    monkeypatch.setattr(excel_report, "run_analysis", counted)
    out = tmp_path / "rapport.xlsx"
    answer_file(monkeypatch, "getSaveFileName", out)
    h = handler(example_window)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        h["export_xlsx"].trigger()
    assert blocker.args == [True]
    assert analysed == []  # the report did not analyse the map a second time
    book = openpyxl.load_workbook(out, read_only=True)
    cells = {
        str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
    }
    lang = example_window.scene.lang
    assert runner.latest is not None
    assert runner.latest.findings[0].title(lang) in cells  # the findings are in the report


def test_a_layout_is_not_analysed_again_an_edit_is(qtbot: QtBot) -> None:
    """No check reads a position: after a layout (or its undo) the analysis holds; at 10,000
    actors each layout analysed the whole map again (10 s CPU and its memory). On the old code
    the move was analysed."""
    from ui.background.analysis_runner import AnalysisRunner

    ctl = DocumentController(_placed(30))
    runs: list[int] = []

    def analyse(case: Case, practice: object = None) -> list[int]:
        runs.append(case.revision)
        return list(runs)

    runner = AnalysisRunner(ctl, analyse=analyse)
    qtbot.waitUntil(lambda: not runner.stale, timeout=5_000)
    first = runner.latest
    assert ctl.set_positions({a.id: Position(3.0, 4.0) for a in ctl.case.actors}, "Layout")
    ctl.undo_stack.undo()
    qtbot.wait(50)
    assert not runner.stale
    assert runner.latest is first
    assert len(runs) == 1
    ctl.set_field("a1", "influence", 5)  # an edit is analysed
    qtbot.waitUntil(lambda: len(runs) == 2 and not runner.stale, timeout=5_000)
    assert runner.latest is not first
