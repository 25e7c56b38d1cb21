"""The open's analysis in a process of its own (issue 14, proc19): the child's analysis is
published when it is the analysis of the map as shown, and every other way falls back to the
analysis in the app, which then publishes the right analysis. The child is started here only
(the app starts it in ``run_gui``; tests that open windows do not)."""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from mapper import analyse
from models.fileformat import save
from tests.ui.conftest import CHILD_WAIT_MS as WAIT_MS
from tests.ui.process_support import child_of_a_killed_app, running, signalled_once_asked
from ui.background.analysis_process import AnalysisProcess, Answer
from ui.window import map_progress
from ui.window.main_window import MainWindow


@pytest.fixture
def big_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A map of 60 actors that opens as a big file does (with progress, through the child)."""
    path = tmp_path / "kaart.kvmap"
    save(generate_case(60, seed=3), path, backup=False)
    monkeypatch.setattr(map_progress, "OPEN_PROGRESS_BYTES", 1)
    return path


@pytest.fixture
def answers(child: AnalysisProcess) -> Iterator[list[Answer]]:
    """The warm child's answers during one test; disconnected after it (the connections to the
    module's process piled up over the module: rev-code19 C6)."""
    seen: list[Answer] = []

    def keep(answer: Answer) -> None:
        seen.append(answer)

    child.answered.connect(keep)
    yield seen
    child.answered.disconnect(keep)


def _opened(qtbot: QtBot, win: MainWindow, path: Path) -> Any:
    runner = win.analysis_runner()
    assert runner is not None
    before = runner.latest
    assert win.files.open_path(path, ask=False)
    qtbot.waitUntil(lambda: runner.latest is not before and not runner.stale, timeout=WAIT_MS)
    return runner.latest


def _same(result: Any, win: MainWindow) -> None:
    alone = analyse(win.controller.case, practice=win.controller.practice)
    assert result.codes() == alone.codes()
    assert result.scorecard == alone.scorecard
    assert result == alone


def test_the_childs_analysis_is_published(
    qtbot: QtBot, win: MainWindow, big_file: Path, answers: list[Answer]
) -> None:
    result = _opened(qtbot, win, big_file)
    assert answers  # the old code: analysed in a thread, the child had nothing to answer
    assert answers[-1].pickled_bytes > 0
    assert result is answers[-1].analysis
    _same(result, win)


def test_other_bytes_fall_back(
    qtbot: QtBot,
    win: MainWindow,
    big_file: Path,
    child: AnalysisProcess,
    answers: list[Answer],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import exports.analysis_child as side

    read = side.read_with_digest
    monkeypatch.setattr(side, "read_with_digest", lambda p: (read(p)[0], "0" * 64))  # app's
    with caplog.at_level(logging.INFO, "ui.background.analysis_runner"):
        result = _opened(qtbot, win, big_file)
        qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert result is not answers[-1].analysis
    assert "read other bytes" in caplog.text
    _same(result, win)


def test_an_edit_during_the_childs_run_falls_back(
    qtbot: QtBot, win: MainWindow, big_file: Path, answers: list[Answer]
) -> None:
    ctl = win.controller

    def edit(_case: object) -> None:  # right after the map is shown, before any answer
        ctl.case_replaced.disconnect(edit)
        ctl.set_field(ctl.case.actors[0].id, "influence", (ctl.case.actors[0].influence + 1) % 6)

    ctl.case_replaced.connect(edit)
    result = _opened(qtbot, win, big_file)
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert all(result is not a.analysis for a in answers)
    _same(result, win)  # the edited map's analysis


def test_a_practice_change_during_the_childs_run_falls_back(
    qtbot: QtBot,
    win: MainWindow,
    big_file: Path,
    answers: list[Answer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The hand-off's third condition (rev-code19 C6: no test changed the practice between
    hand-off and answer): the child analysed both practices, the window shows one."""
    from models import Practice

    ctl = win.controller

    def choose(_case: object) -> None:  # right after the map is shown, before any answer
        ctl.case_replaced.disconnect(choose)
        ctl.set_practice(Practice.MAATWERK)

    ctl.case_replaced.connect(choose)
    with caplog.at_level(logging.INFO, "ui.background.analysis_runner"):
        result = _opened(qtbot, win, big_file)
        qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
        # the runner says its verdict when it takes the answer, which may be after the test
        # saw it arrive (once, in a whole run of the suite, the log was still empty here)
        qtbot.waitUntil(lambda: "the practice changed meanwhile" in caplog.text, timeout=WAIT_MS)
    assert ctl.practice is Practice.MAATWERK
    assert all(result is not a.analysis for a in answers)
    _same(result, win)  # the analysis of the practice shown


def test_a_child_that_fails_falls_back(
    qtbot: QtBot,
    win: MainWindow,
    big_file: Path,
    child: AnalysisProcess,
    answers: list[Answer],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    submit = child.submit
    monkeypatch.setattr(child, "submit", lambda p, practice: submit(f"{p}.weg", practice))
    with caplog.at_level(logging.INFO, "ui.background.analysis_runner"):
        result = _opened(qtbot, win, big_file)
    assert answers
    assert answers[-1].analysis is None
    assert answers[-1].error
    assert "the process failed" in caplog.text
    _same(result, win)


def test_a_killed_child_falls_back_and_starts_again(
    qtbot: QtBot,
    win: MainWindow,
    big_file: Path,
    child: AnalysisProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    signalled_once_asked(child, monkeypatch, signal.SIGKILL)
    result = _opened(qtbot, win, big_file)
    _same(result, win)
    qtbot.waitUntil(lambda: not child.alive, timeout=WAIT_MS)
    monkeypatch.undo()
    runner = win.analysis_runner()
    assert runner is not None
    runner.hand_off(big_file)  # the next open finds it dead: started again
    qtbot.waitUntil(lambda: child.ready, timeout=WAIT_MS)


def test_a_stop_leaves_no_child(qtbot: QtBot, child: AnalysisProcess) -> None:
    pid = child.pid
    assert any(p.pid == pid for p in multiprocessing.active_children())
    child.stop()  # what the app's aboutToQuit runs
    assert not child.alive
    assert all(p.pid != pid for p in multiprocessing.active_children())
    assert not Path(f"/proc/{pid}").exists() or sys.platform != "linux"


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_killed_app_leaves_no_orphan(tmp_path: Path, qtbot: QtBot) -> None:
    script = """
        import os, signal, sys
        from ui.background.analysis_process import AnalysisProcess
        if __name__ == "__main__":
            process = AnalysisProcess()
            process.start()
            print(process.pid, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        """
    pid = child_of_a_killed_app(tmp_path, script)
    qtbot.waitUntil(lambda: not running(pid), timeout=WAIT_MS)  # its pipe closed: it ended


def test_a_job_no_longer_wanted_stops(big_file: Path) -> None:
    from multiprocessing.sharedctypes import RawValue

    from exports.analysis_child import _answer

    wanted = RawValue("q", 7)  # job 7 is the newest: job 6 stops, 7 runs
    assert "stopped" in _answer(6, str(big_file), None, wanted).error
    assert _answer(7, str(big_file), None, wanted).payload


def test_a_child_that_grew_is_started_anew(
    qtbot: QtBot,
    win: MainWindow,
    big_file: Path,
    child: AnalysisProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.background.analysis_process as side

    monkeypatch.setattr(side, "RENEW_ABOVE_MB", 1.0)  # every child is above a megabyte
    pid = child.pid
    result = _opened(qtbot, win, big_file)
    _same(result, win)
    assert child.pid != pid  # the old code: the child kept its peak for the session
    assert all(p.pid != pid for p in multiprocessing.active_children())
    qtbot.waitUntil(lambda: child.ready, timeout=WAIT_MS)


def test_no_answer_in_time_falls_back(
    qtbot: QtBot,
    win: MainWindow,
    big_file: Path,
    child: AnalysisProcess,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    runner = win.analysis_runner()
    assert runner is not None
    submit = child.submit

    def unanswered(path: str, practice: Any) -> int | None:
        job = submit(path, practice)
        return None if job is None else job + 1_000  # its answer never comes

    monkeypatch.setattr(child, "submit", unanswered)
    monkeypatch.setattr(runner, "CHILD_TIMEOUT_MS", 0)
    with caplog.at_level(logging.INFO, "ui.background.analysis_runner"):
        result = _opened(qtbot, win, big_file)
    assert "no answer in time" in caplog.text  # the timeout, then the analysis here
    _same(result, win)
