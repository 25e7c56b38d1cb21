"""The Excel report of a big map holds less at once (issue 14, new user 13 S2: 844 MB at
10,000 actors, where the app is held to 500 MB). The command draws the map's picture from a
scene of its own and lets it go before the analysis and the sheets; the report lets an
analysis it made itself go before the sheets of every actor, tie and mandate. The workbook
is the same, cell for cell."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import exports.excel_report as excel_report
from exports import memory
from exports.excel_analysis import run_analysis as run_analysis_of
from exports.formats import export_case
from models.example import example_case
from models.fileformat import save
from tests.exports.workbook_view import described
from ui.canvas.scene import MapScene
from ui.cli import main


def test_the_commands_report_is_the_apps_cell_for_cell(qtbot: QtBot, tmp_path: Path) -> None:
    case = example_case()
    with_scene, drawn_apart = tmp_path / "app.xlsx", tmp_path / "cli.xlsx"
    export_case(case, with_scene, lang="nl", scene=MapScene(case, "nl"))
    export_case(case, drawn_apart, lang="nl", scene_for=lambda part: MapScene(part, "nl"))
    assert described(with_scene) == described(drawn_apart)


def test_the_scene_is_let_go_before_the_analysis(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made: list[weakref.ref[Any]] = []

    def scene_for(part: Any) -> MapScene:
        scene = MapScene(part, "nl")
        made.append(weakref.ref(scene))
        return scene

    alive_at_analysis: list[int] = []
    analyse = run_analysis_of

    def run_analysis(case: Any) -> Any:
        alive_at_analysis.append(sum(ref() is not None for ref in made))
        return analyse(case)

    monkeypatch.setattr(excel_report, "run_analysis", run_analysis)
    # a big map's scene is collected (exports.memory.let_go); the example stands in for one
    monkeypatch.setattr(memory, "COLLECT_FROM", 1)
    export_case(example_case(), tmp_path / "r.xlsx", lang="nl", scene_for=scene_for)
    assert len(made) == 1
    assert alive_at_analysis == [0]
    # the command goes this way: no scene of its own held beside the report
    src = tmp_path / "voorbeeld.kvmap"
    save(example_case(), src, backup=False)
    assert main(["--lang", "nl", "export", str(src), "--to", str(tmp_path / "c.xlsx")]) == 0
    assert alive_at_analysis == [0, 0]
    capsys.readouterr()


def test_the_reports_own_analysis_is_let_go_before_the_entity_sheets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[weakref.ref[Any]] = []
    analyse = run_analysis_of

    def run_analysis(case: Any) -> Any:
        result = analyse(case)
        made.append(weakref.ref(result))
        return result

    alive: list[bool] = []
    write = excel_report._write_entities

    def write_entities(*args: Any) -> None:
        alive.append(made[0]() is not None)
        write(*args)

    monkeypatch.setattr(excel_report, "run_analysis", run_analysis)
    monkeypatch.setattr(excel_report, "_write_entities", write_entities)
    excel_report.build_report(example_case(), lang="en")
    assert alive == [False]
