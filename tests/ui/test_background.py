"""The background-job module: one result type (done, failed, cancelled), progress, and no
exception ever reaching Qt's thread pool."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mapper.layout import LayoutCancelled
from models.errors import FormatError, Problem
from ui.background.jobs import BackgroundJobs, Cancelled, JobContext, JobResult, Outcome

QT_CONCURRENT = "Qt Concurrent has caught an exception"


def _run(qtbot: QtBot, jobs: BackgroundJobs, function: object, **kwargs: object) -> JobResult:
    results: list[JobResult] = []
    jobs.submit(function, results.append, **kwargs)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


@pytest.fixture
def jobs(qtbot: QtBot) -> Iterator[BackgroundJobs]:
    pool = BackgroundJobs(None, "test")
    yield pool
    pool.wait()


def test_done_carries_the_value_and_the_tag(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    result = _run(qtbot, jobs, lambda _ctx: 41 + 1, tag="t")
    assert result == JobResult(Outcome.DONE, value=42, tag="t")
    assert result.ok
    assert not jobs.busy


def test_failure_is_reported_and_logged_with_its_traceback(
    qtbot: QtBot, jobs: BackgroundJobs, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_ctx: JobContext) -> None:
        raise ZeroDivisionError("boom")

    with caplog.at_level(logging.INFO, logger="ui.background.jobs"):
        result = _run(qtbot, jobs, broken)
    assert result.outcome is Outcome.FAILED
    assert isinstance(result.error, ZeroDivisionError)
    [record] = [r for r in caplog.records if r.name == "ui.background.jobs"]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None


def test_bad_input_is_failed_without_a_traceback_in_the_log(
    qtbot: QtBot, jobs: BackgroundJobs, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(_ctx: JobContext) -> None:
        raise FormatError([Problem("", "write_failed", {"reason": "disk full"})], "x.kvmap")

    with caplog.at_level(logging.INFO, logger="ui.background.jobs"):
        result = _run(qtbot, jobs, refuse)
    assert isinstance(result.error, FormatError)
    [record] = [r for r in caplog.records if r.name == "ui.background.jobs"]
    assert record.levelno == logging.INFO
    assert record.exc_info is None


def test_even_system_exit_in_a_worker_is_a_failure(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    def leave(_ctx: JobContext) -> None:
        raise SystemExit(3)

    result = _run(qtbot, jobs, leave)
    assert result.outcome is Outcome.FAILED
    assert isinstance(result.error, SystemExit)


def test_cancel_is_recognised_by_type(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    started, release = threading.Event(), threading.Event()

    def work(ctx: JobContext) -> str:
        started.set()
        release.wait(5)
        ctx.check()
        return "not cancelled"

    results: list[JobResult] = []
    job = jobs.submit(work, results.append)
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0].outcome is Outcome.CANCELLED

    def layout_stops(_ctx: JobContext) -> None:
        raise LayoutCancelled

    assert _run(qtbot, jobs, layout_stops, cancelled_by=(LayoutCancelled,)).outcome is (
        Outcome.CANCELLED
    )
    # a class merely *named* like a cancellation is a failure
    renamed = type("Cancelled", (Exception,), {})

    def impostor(_ctx: JobContext) -> None:
        raise renamed

    assert _run(qtbot, jobs, impostor).outcome is Outcome.FAILED

    def plain(_ctx: JobContext) -> None:
        raise Cancelled

    assert _run(qtbot, jobs, plain).outcome is Outcome.CANCELLED


def test_progress_reaches_the_gui_thread(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    seen: list[tuple[float, bool]] = []

    def record(fraction: float) -> None:
        seen.append((fraction, threading.current_thread() is threading.main_thread()))

    def work(ctx: JobContext) -> None:
        for step in (0.25, 0.5, 1.0):
            ctx.progress(step)

    _run(qtbot, jobs, work, progress=record)
    assert seen == [(0.25, True), (0.5, True), (1.0, True)]


def test_busy_changed_brackets_the_jobs(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    states: list[bool] = []
    jobs.busy_changed.connect(states.append)
    release = threading.Event()
    results: list[JobResult] = []
    for _ in range(2):
        jobs.submit(lambda _ctx: release.wait(5), results.append)
    assert jobs.busy
    release.set()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert states == [True, False]


def test_a_receiver_deleted_meanwhile_does_not_break_the_worker(qtbot: QtBot) -> None:
    jobs = BackgroundJobs(None, "short-lived")
    release = threading.Event()
    jobs.submit(lambda _ctx: release.wait(5))
    pool = jobs.pool
    del pool
    jobs.deleteLater()
    release.set()
    qtbot.wait(50)  # deliver the deferred delete; the worker's late emit is logged, not raised


_EXIT_WHILE_RUNNING = """
import sys, threading, time
from PySide6.QtCore import QCoreApplication
from ui.background.jobs import BackgroundJobs
app = QCoreApplication([])
started = threading.Event()
def slow(ctx):
    started.set()
    while not ctx.cancelled():
        time.sleep(0.01)
    raise RuntimeError("stopped at exit")
jobs = BackgroundJobs(None, "exit")
jobs.submit(slow)
started.wait(5)
sys.exit(0)
"""


def test_exit_with_a_running_job_waits_for_it_quietly() -> None:
    """Without the exit guard Python cuts the worker thread off and Qt prints its warning."""
    done = subprocess.run(
        [sys.executable, "-c", _EXIT_WHILE_RUNNING],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert QT_CONCURRENT not in done.stderr


@pytest.mark.slow
def test_screenshot_of_a_large_map_has_no_escaping_worker_exception(tmp_path: Path) -> None:
    """Issue 13 item 19: ``screenshot`` of a 2,000-actor map printed Qt Concurrent's warning."""
    from benchmarks.generate import generate_case
    from models import fileformat

    source = tmp_path / "big.kvmap"
    fileformat.save(generate_case(2000, seed=0), source)
    done = subprocess.run(
        [sys.executable, "main.py", "screenshot", str(source), "--out", str(tmp_path / "big.png")],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert QT_CONCURRENT not in done.stderr
    assert (tmp_path / "big.png").stat().st_size > 10_000


def test_run_while_painting_handles_events_until_its_one_result(qtbot: QtBot) -> None:
    """The GUI thread waits for the job's value but keeps handling events meanwhile: a timer
    set before the wait fires during it (the job waits for it), and a failure is a FAILED
    result, not an exception on the GUI thread."""
    from PySide6.QtCore import QTimer

    from ui.background.jobs import run_while_painting

    fired = threading.Event()
    QTimer.singleShot(0, fired.set)
    result = run_while_painting(None, "test_painting", lambda _ctx: fired.wait(10))
    assert result == JobResult(Outcome.DONE, value=True)

    def broken(_ctx: JobContext) -> None:
        raise ZeroDivisionError("boom")

    failed = run_while_painting(None, "test_painting", broken)
    assert failed.outcome is Outcome.FAILED
    assert isinstance(failed.error, ZeroDivisionError)
