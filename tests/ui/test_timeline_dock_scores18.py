"""The Timeline dock and ``krachtenveld timeline`` keep each snapshot's scorecard between runs
(issue 14, exports/trend_scores.py): opening the same map again analyses no snapshot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

import mapper.analysis
from mapper import timeline
from models import Case, fileformat
from models.example import example_case
from ui.cli import main
from ui.docks.timeline import TimelineDock
from ui.window.main_window import MainWindow


def _snapshot_analyses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The analyses of a snapshot's state (a map with its snapshots dropped) from now on."""
    made: list[int] = []
    real = mapper.analysis.analyse

    def counted(c: Case, *args: Any, **kwargs: Any) -> Any:
        if not c.timeline.snapshots:
            made.append(len(c.actors))
        return real(c, *args, **kwargs)

    monkeypatch.setattr(mapper.analysis, "analyse", counted)
    return made


def test_the_dock_analyses_a_snapshot_once_across_runs(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the old code: each open (a new process) analysed every snapshot again."""
    made = _snapshot_analyses(monkeypatch)
    dock = window.findChild(QDockWidget, "timeline_dock")
    assert isinstance(dock, TimelineDock)
    dock.show()
    timeline._SCORED.clear()  # a new process
    case = example_case()
    window.controller.replace_case(case, None)
    qtbot.waitUntil(lambda: dock.line is not None, timeout=60_000)
    first = dock.line
    assert len(made) == 3
    timeline._SCORED.clear()  # and another
    dock.analyse_snapshots(window.controller.case)
    qtbot.waitUntil(lambda: dock.line is not first and dock.line is not None, timeout=60_000)
    assert len(made) == 3  # read back, not analysed
    assert dock.line is not None
    assert first is not None
    assert [(m.status, m.causes) for m in dock.line.moments] == [
        (m.status, m.causes) for m in first.moments
    ]


def test_the_timeline_command_analyses_a_snapshot_once_across_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "voorbeeld.kvmap"
    fileformat.save(example_case(), path)
    made = _snapshot_analyses(monkeypatch)
    said = []
    for _ in range(2):
        timeline._SCORED.clear()  # each command is a new process
        assert main(["--lang", "en", "timeline", str(path), "--format", "json"]) == 0
        said.append(capsys.readouterr().out)
    assert len(made) == 3
    assert said[0] == said[1]
