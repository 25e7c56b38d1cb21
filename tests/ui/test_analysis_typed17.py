"""The ui reads an analysis by its attributes, typed, not through getattr with a default
(rev-code17 F7).

``getattr(analysis, "findings", ())`` and its like in eight places turned a renamed attribute
(or a wrong object) into an empty dock without a word and hid it from mypy; the layout
choices of ``screenshot`` were a copy of ``LayoutMethod``.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from mapper import analyse
from models.enums import LayoutMethod
from models.example import example_case
from ui.commands import screenshot
from ui.docks.findings import FindingsDock
from ui.docks.scorecard import ScorecardDock
from ui.document.controller import DocumentController
from ui.present.steps import present_causes

UI = Path(__file__).resolve().parents[2] / "ui"


def test_no_ui_module_reads_an_analysis_through_getattr() -> None:
    pattern = re.compile(r"getattr\(\s*(?:self\.)?_?(?:analysis|latest|result)\b")
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []


def test_an_object_that_is_no_analysis_is_an_error_not_an_empty_dock(qtbot: QtBot) -> None:
    controller = DocumentController(example_case())
    findings, scorecard = FindingsDock(controller), ScorecardDock(controller)
    qtbot.addWidget(findings)
    qtbot.addWidget(scorecard)
    renamed = SimpleNamespace(results=(), rows=())  # an analysis whose attributes were renamed
    with pytest.raises(AttributeError):
        findings.set_analysis(renamed)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        scorecard.set_analysis(renamed)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        present_causes(renamed)  # type: ignore[arg-type]
    analysis = analyse(controller.case)
    findings.set_analysis(analysis)
    scorecard.set_analysis(analysis)
    assert findings.model.rowCount() > 0
    assert scorecard.table.rowCount() == len(analysis.scorecard)
    assert present_causes(None) == ()


def test_the_screenshot_layouts_are_the_layout_methods() -> None:
    parser = argparse.ArgumentParser()
    screenshot.add_arguments(parser, "en")
    [action] = [a for a in parser._actions if a.dest == "layout"]
    assert list(action.choices or ()) == [str(method) for method in LayoutMethod]
