"""The docks of the main window: tables, Properties, Findings, Scorecard and History.

:func:`create_docks` adds them all to a main window (with object names, so
``saveState``/``restoreState`` keep their places) and returns them, so the window can put
each dock's ``toggleViewAction()`` in its View menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ui.analysis_runner import AnalysisRunner
from ui.docks.findings import FindingsDock
from ui.docks.history import HistoryDock
from ui.docks.properties import PropertiesDock
from ui.docks.scorecard import ScorecardDock
from ui.docks.table_docks import (
    ActorsDock,
    MandatesDock,
    NeedsDock,
    RelationshipsDock,
    TableDock,
)
from ui.document import DocumentController

__all__ = [
    "ActorsDock",
    "FindingsDock",
    "HistoryDock",
    "MandatesDock",
    "NeedsDock",
    "PropertiesDock",
    "RelationshipsDock",
    "ScorecardDock",
    "TableDock",
    "analysis_runner",
    "compact_docks",
    "create_docks",
]

Area = Qt.DockWidgetArea


def analysis_runner(window: QMainWindow) -> AnalysisRunner | None:
    """The analysis runner :func:`create_docks` attached to ``window``, if any."""
    found = window.findChild(AnalysisRunner, "analysis_runner")
    return found if isinstance(found, AnalysisRunner) else None


def create_docks(
    window: QMainWindow,
    controller: DocumentController,
    runner: AnalysisRunner | None = None,
) -> list[QDockWidget]:
    """Add every dock to ``window`` and return them in View-menu order.

    Findings and Scorecard follow ``runner`` (an :class:`AnalysisRunner` is made, as a child
    of ``window``, when none is given; :func:`analysis_runner` finds it again).
    """
    if runner is None:
        runner = analysis_runner(window) or AnalysisRunner(controller, window)
    tables: list[TableDock] = [
        ActorsDock(controller, window),
        RelationshipsDock(controller, window),
        MandatesDock(controller, window),
        NeedsDock(controller, window),
    ]
    properties = PropertiesDock(controller, window)
    history = HistoryDock(controller, window)
    findings = FindingsDock(controller, window)
    scorecard = ScorecardDock(controller, window)
    runner.updated.connect(findings.set_analysis)
    runner.updated.connect(scorecard.set_analysis)
    runner.busy_changed.connect(findings.set_busy)
    runner.failed.connect(findings.set_failure)
    if runner.latest is not None:
        findings.set_analysis(runner.latest)
        scorecard.set_analysis(runner.latest)

    window.setDockNestingEnabled(True)
    for dock in tables:
        window.addDockWidget(Area.BottomDockWidgetArea, dock)
    for dock in tables[1:]:
        window.tabifyDockWidget(tables[0], dock)
    tables[0].raise_()
    window.addDockWidget(Area.RightDockWidgetArea, properties)
    window.tabifyDockWidget(properties, history)
    properties.raise_()
    window.addDockWidget(Area.RightDockWidgetArea, findings)
    window.tabifyDockWidget(findings, scorecard)
    findings.raise_()
    window.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
    window.resizeDocks([properties, findings], [420, 420], Qt.Orientation.Horizontal)
    window.resizeDocks([properties, findings], [400, 500], Qt.Orientation.Vertical)
    window.resizeDocks(tables[:1], [240], Qt.Orientation.Vertical)
    docks: list[QDockWidget] = [*tables, properties, findings, scorecard, history]
    for widget in docks:
        widget.toggleViewAction().setObjectName(f"toggle_{widget.objectName()}")
    return docks


def compact_docks(window: QMainWindow) -> bool:
    """Give the map the window's full height: the tables join the Findings tabs at the right.

    For low windows (laptops at 1366 x 768) on a first run; the user can drag them back and
    the window remembers where they are. Returns whether the tables moved.
    """
    findings = window.findChild(FindingsDock)
    tables = [d for d in window.findChildren(TableDock) if not d.isFloating()]
    if findings is None or not tables:
        return False
    for dock in tables:
        window.tabifyDockWidget(findings, dock)
    findings.raise_()
    window.resizeDocks([findings], [max(300, window.width() // 4)], Qt.Orientation.Horizontal)
    return True
