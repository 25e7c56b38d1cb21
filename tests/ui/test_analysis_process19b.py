"""rev-hostile19's findings on the open's analysis process (issue 14, proc19b): nothing of the
map before is shown or acted on while the new map's analysis is made (H1), a child that does
not answer is killed and started anew (H2), the fallbacks are warnings that say why (H3, H4), a
dead child is reaped (H6), a stopped one killed at once at quit (H7) and with the app (H8).
Only the tests that ask for ``child`` start the analysis process."""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from models.fileformat import save
from tests.ui.conftest import CHILD_WAIT_MS as WAIT_MS
from tests.ui.process_support import (
    child_of_a_killed_app,
    running,
    signalled_once_asked,
    state,
)
from ui.background.analysis_handoff import CHILD_TIMEOUT_MIN_MS
from ui.background.analysis_process import AnalysisProcess
from ui.docks.findings import FindingsDock
from ui.docks.scorecard import ScorecardDock
from ui.window import map_progress
from ui.window.main_window import MainWindow

RUNNER = "ui.background.analysis_runner"


@pytest.fixture
def kaart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A map of 60 actors that opens as a big file does (with progress, through the child)."""
    path = tmp_path / "kaart.kvmap"
    save(generate_case(60, seed=5), path, backup=False)
    monkeypatch.setattr(map_progress, "OPEN_PROGRESS_BYTES", 1)
    return path


def _stopped_once_asked(child: AnalysisProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child is SIGSTOPped right after it took the job: its answer does not come (a child
    stopped before the open is not asked at all: test_a_stopped_child_is_not_asked)."""
    signalled_once_asked(child, monkeypatch, signal.SIGSTOP)


def _analysed(qtbot: QtBot, win: MainWindow) -> Any:
    runner = win.analysis_runner()
    assert runner is not None
    qtbot.waitUntil(lambda: runner.latest is not None and not runner.stale, timeout=WAIT_MS)
    return runner


def _nothing_of_the_old_map(win: MainWindow) -> None:
    runner = win.analysis_runner()
    assert runner is not None
    findings = win.findChild(FindingsDock)
    assert runner.latest is None  # the old code: the old map's analysis
    assert isinstance(findings, FindingsDock)
    assert findings.finding_items() == []
    assert not findings.accept_button.isEnabled()
    assert findings.summary.text() == "Analysing…"
    blocks = [findings.model.item(r).text() for r in range(findings.model.rowCount())]
    assert blocks[0] == "1. Clarity about the intent"  # not "(0)": nothing is known yet
    scorecard = win.findChild(ScorecardDock)
    assert isinstance(scorecard, ScorecardDock)
    assert scorecard._rows == ()


def test_another_map_drops_the_old_findings_in_the_thread_path(
    qtbot: QtBot, win: MainWindow
) -> None:
    """The path without the process (before 9823d88, and still for any open it is not asked):
    the old findings stayed while the worker analysed the new map."""
    runner = _analysed(qtbot, win)
    runner.threshold = 0  # the new map's analysis runs in a worker: there is a window
    findings = win.findChild(FindingsDock)
    assert isinstance(findings, FindingsDock)
    assert findings.finding_items()
    win.controller.replace_case(generate_case(80, seed=11), None)
    _nothing_of_the_old_map(win)
    runner = _analysed(qtbot, win)
    assert findings.finding_items()  # the new map's, once made


def test_another_map_drops_the_old_findings_while_the_child_works(
    qtbot: QtBot,
    win: MainWindow,
    kaart: Path,
    child: AnalysisProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runner = _analysed(qtbot, win)
    assert child.pid is not None
    _stopped_once_asked(child, monkeypatch)  # the child's answer does not come
    assert win.files.open_path(kaart, ask=False)
    assert runner.awaits(win.controller.case)
    _nothing_of_the_old_map(win)
    os.kill(child.pid, signal.SIGCONT)
    _analysed(qtbot, win)


def test_a_stopped_child_is_killed_and_started_anew(
    qtbot: QtBot,
    win: MainWindow,
    kaart: Path,
    child: AnalysisProcess,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    runner = _analysed(qtbot, win)
    old = child.pid
    assert old is not None
    _stopped_once_asked(child, monkeypatch)
    monkeypatch.setattr(runner, "CHILD_TIMEOUT_MS", 0)  # the timeout at once
    said: list[str] = []
    win.statusBar().messageChanged.connect(said.append)
    with caplog.at_level(logging.WARNING, RUNNER):  # H3: a warning, not an unseen info
        assert win.files.open_path(kaart, ask=False)
        _analysed(qtbot, win)
    assert "no answer in time" in caplog.text
    assert "killed and started anew" in caplog.text
    assert not running(old)  # the old code: stopped, alive, asked again by the next open
    assert child.pid != old
    qtbot.waitUntil(lambda: child.ready, timeout=WAIT_MS)
    assert any("restarted" in text for text in said)  # the user is told


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_stopped_child_is_not_asked(
    qtbot: QtBot, win: MainWindow, kaart: Path, child: AnalysisProcess
) -> None:
    runner = win.analysis_runner()
    assert runner is not None
    old = child.pid
    assert old is not None
    os.kill(old, signal.SIGSTOP)
    qtbot.waitUntil(lambda: state(old) == "T", timeout=WAIT_MS)
    assert runner.hand_off(kaart) is None  # the old code: handed, then waited for in vain
    assert not running(old)
    assert child.pid != old
    qtbot.waitUntil(lambda: child.ready, timeout=WAIT_MS)


def test_an_edit_is_said_as_the_reason(
    qtbot: QtBot,
    win: MainWindow,
    kaart: Path,
    child: AnalysisProcess,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _analysed(qtbot, win)
    _stopped_once_asked(child, monkeypatch)  # no answer before the edit
    ctl = win.controller
    with caplog.at_level(logging.WARNING, RUNNER):
        assert win.files.open_path(kaart, ask=False)
        ctl.set_field(ctl.case.actors[0].id, "influence", (ctl.case.actors[0].influence + 1) % 6)
        _analysed(qtbot, win)
    assert "the map was edited meanwhile" in caplog.text  # the old code: "no answer in time"
    assert "no answer in time" not in caplog.text


def test_timeout_follows_the_file_size(win: MainWindow, tmp_path: Path) -> None:
    runner = win.analysis_runner()
    assert runner is not None
    small, large = tmp_path / "klein.kvmap", tmp_path / "groot.kvmap"
    small.write_bytes(b"x" * 3_000_000)  # a 2,000-actor map's size
    large.write_bytes(b"x" * 9_000_000)
    assert runner.child_timeout_ms(small) == CHILD_TIMEOUT_MIN_MS
    assert runner.child_timeout_ms(large) == 90_000
    assert runner.child_timeout_ms(tmp_path / "weg.kvmap") == CHILD_TIMEOUT_MIN_MS


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_killed_child_is_reaped(qtbot: QtBot, child: AnalysisProcess) -> None:
    pid = child.pid
    assert pid is not None
    with qtbot.waitSignal(child.ended, timeout=WAIT_MS):
        os.kill(pid, signal.SIGKILL)
    assert not Path(f"/proc/{pid}").exists()  # the old code: a zombie until the next open


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_stopped_child_is_killed_at_once_at_quit(
    qtbot: QtBot, child: AnalysisProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    process = child._process
    assert process is not None
    assert process.pid is not None
    os.kill(process.pid, signal.SIGSTOP)
    qtbot.waitUntil(lambda: state(process.pid) == "T", timeout=WAIT_MS)
    calls: list[str] = []

    def spied(name: str) -> Any:
        real = getattr(process, name)

        def call(*args: Any) -> Any:
            calls.append(name)
            return real(*args)

        return call

    for name in ("join", "terminate", "kill"):
        monkeypatch.setattr(process, name, spied(name))
    child.stop()
    assert calls[0] == "kill"  # the old code: join 2 s, terminate, join 2 s, then kill
    assert "terminate" not in calls
    assert not child.alive


@pytest.mark.skipif(sys.platform != "linux", reason="prctl")
def test_a_stopped_child_dies_with_the_app(tmp_path: Path, qtbot: QtBot) -> None:
    script = """
        import multiprocessing, os, signal
        from exports.analysis_child import serve
        if __name__ == "__main__":
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            process = context.Process(target=serve, args=(theirs, None, os.getpid()))
            process.start()
            ours.recv()  # warm: its prctl is done
            os.kill(process.pid, signal.SIGSTOP)
            print(process.pid, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        """
    pid = child_of_a_killed_app(tmp_path, script)
    try:  # the old code: stopped, under PID 1, for ever
        qtbot.waitUntil(lambda: not running(pid), timeout=WAIT_MS)
    finally:
        if running(pid):
            os.kill(pid, signal.SIGKILL)
