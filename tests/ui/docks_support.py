"""Helpers for the dock tests: a small case, findings made by hand, and a real analysis
holding them (the docks read :class:`mapper.Analysis`; no stand-in for it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMainWindow

from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.findings import Finding, Severity, Text
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
)
from ui.docks.table_docks import TableDock
from ui.document.controller import DocumentController


def ensure_english() -> None:
    """Switch the GUI to English unless it is in English already: a switch re-translates every
    widget alive (twice: the old translators out, the new ones in), which at the end of a test
    is its whole window. English already means English with its plural forms installed
    (:func:`ui.i18n.current_language` sees to that)."""
    from ui.i18n import current_language, set_language

    if current_language() != "en":
        set_language("en", persist=False)


@pytest.fixture
def english_ui() -> Iterator[None]:
    """Run the test with the GUI in English, whatever an earlier test switched to."""
    ensure_english()
    yield
    ensure_english()


def small_case() -> Case:
    """Three actors, two relationships, one mandate, one need."""
    return Case.from_parts(
        CaseInfo(title="Testcasus"),
        [
            Actor("a1", "Wethouder", ActorKind.ADMINISTRATOR, influence=5, interest=3),
            Actor("a2", "Teamleider", ActorKind.MANAGER, influence=3, interest=4),
            Actor("a3", "Consulent", ActorKind.PROFESSIONAL, influence=1, interest=5),
        ],
        [
            Relationship("r1", "a1", "a2", RelationKind.HIERARCHY),
            Relationship("r2", "a3", "a2", RelationKind.SIGNAL),
        ],
        [Mandate("m1", "a1", "a2", PowerCategory.SPEND_BUDGET, budget=5000.0)],
        [Need("n1", "Huisuitzetting opschorten", PowerCategory.SUSPEND_ROUTINE, handler="a3")],
    )


def finding(code: str, block: int, severity: Severity, *ids: str) -> Finding:
    """A finding naming ``ids`` (actor ids start with a, relationships with r, ...)."""
    return Finding(
        code=cast(Code, code),  # the docks' tests use made-up codes too ("a", "long")
        building_block=block,
        severity=severity,
        title=Text(f"Title {code}", f"Titel {code}"),
        detail=Text(f"Detail {code}", f"Toelichting {code}"),
        suggestion=Text(f"Suggestion {code}", f"Suggestie {code}"),
        actors=tuple(i for i in ids if i.startswith("a")),
        relationships=tuple(i for i in ids if i.startswith("r")),
        mandates=tuple(i for i in ids if i.startswith("m")),
        needs=tuple(i for i in ids if i.startswith("n")),
    )


def analysis_of(findings: tuple[Finding, ...] = (), notes: tuple[Text, ...] = ()) -> Analysis:
    """A real :class:`mapper.Analysis` holding ``findings`` and ``notes`` and nothing else."""
    return Analysis(findings, scorecard=(), metrics={}, map_metrics={}, quadrants={}, notes=notes)


def dock(docks_window: QMainWindow, cls: type[TableDock]) -> TableDock:
    """The window's table dock of class ``cls``."""
    found = docks_window.findChild(cls)
    assert isinstance(found, cls)
    return found


def cell(d: TableDock, entity_id: str, field: str) -> QModelIndex:
    """The proxy index of ``entity_id``'s ``field`` in the dock's table."""
    row = d.model.row_of(entity_id)
    assert row is not None
    return d.proxy.mapFromSource(d.model.index(row, d.model.column_of(field)))


def docks_window_on(qtbot: object, controller: DocumentController) -> QMainWindow:
    """A bare QMainWindow at 1366 x 768 holding every dock on ``controller``, its Findings and
    Scorecard following the real analysis, run once on the GUI thread (no analysis thread)."""
    from mapper import analyse
    from ui.background.analysis_runner import AnalysisRunner
    from ui.docks import create_docks

    win = QMainWindow()
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    runner = AnalysisRunner(controller, win, analyse=analyse)
    create_docks(win, controller, runner)
    win.resize(1366, 768)
    win.show()
    runner.run_now()
    return win
