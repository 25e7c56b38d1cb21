"""The docks of the main window: tables, Properties, Findings, Scorecard and History.

:func:`create_docks` adds them all to a main window (with object names, so
``saveState``/``restoreState`` keep their places) and returns them, so the window can put
each dock's ``toggleViewAction()`` in its View menu.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from ui.background.analysis_runner import AnalysisRunner
from ui.docks.findings import FindingsDock
from ui.docks.history import HistoryDock
from ui.docks.legal_docks import AgreementsDock, OrganisationsDock, PowersDock
from ui.docks.properties import PropertiesDock
from ui.docks.rule_docks import DeviationsDock, RulesDock
from ui.docks.scorecard import ScorecardDock
from ui.docks.table_docks import (
    ActorsDock,
    MandatesDock,
    NeedsDock,
    RelationshipsDock,
    TableDock,
)
from ui.docks.tables_dock import TablesDock
from ui.docks.timeline import TimelineDock
from ui.document.controller import DocumentController
from ui.i18n import current_language

if TYPE_CHECKING:
    from mapper.analysis import Analysis

__all__ = [
    "ActorsDock",
    "AgreementsDock",
    "DeviationsDock",
    "FindingsDock",
    "HistoryDock",
    "MandatesDock",
    "NeedsDock",
    "OrganisationsDock",
    "PowersDock",
    "PropertiesDock",
    "RelationshipsDock",
    "RulesDock",
    "ScorecardDock",
    "TableDock",
    "TablesDock",
    "analysis_runner",
    "compact_docks",
    "create_docks",
    "panel_docks",
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
    # the tables are made in the stack of the dock that shows them (made in the window and
    # moved into the stack, they cost ~1 ms more per window; issue 15)
    tables_dock = TablesDock(window)
    stack = tables_dock.stack
    tables: list[TableDock] = [
        ActorsDock(controller, stack),
        RelationshipsDock(controller, stack),
        MandatesDock(controller, stack),
        NeedsDock(controller, stack),
        OrganisationsDock(controller, stack),
        PowersDock(controller, stack),
        AgreementsDock(controller, stack),
        RulesDock(controller, stack),
        DeviationsDock(controller, stack),
    ]
    properties = PropertiesDock(controller, window)
    history = HistoryDock(controller, window)
    timeline = TimelineDock(controller, window)
    findings = FindingsDock(controller, window)
    scorecard = ScorecardDock(controller, window)
    runner.updated.connect(findings.set_analysis)
    runner.updated.connect(scorecard.set_analysis)
    runner.updated.connect(_acceptance_warnings_to_status_bar(window))
    runner.busy_changed.connect(findings.set_busy)
    runner.cleared.connect(findings.clear_analysis)  # another map: nothing of the old one
    runner.cleared.connect(lambda: scorecard.set_rows(()))
    runner.notice.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    runner.failed.connect(findings.set_failure)
    if runner.latest is not None:
        findings.set_analysis(runner.latest)
        scorecard.set_analysis(runner.latest)

    window.setDockNestingEnabled(True)
    # tabs on top, and each tab group small enough that its tabs read in full at 1366 x 768:
    # the tables share one dock with a selector, however many tables there are
    window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
    for dock in tables:
        tables_dock.add_table(dock)
    window.addDockWidget(Area.BottomDockWidgetArea, tables_dock)
    window.addDockWidget(Area.RightDockWidgetArea, properties)
    window.tabifyDockWidget(properties, history)
    window.tabifyDockWidget(history, timeline)
    properties.raise_()
    window.addDockWidget(Area.RightDockWidgetArea, findings)
    window.tabifyDockWidget(findings, scorecard)
    findings.raise_()
    window.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
    window.resizeDocks([properties, findings], [420, 420], Qt.Orientation.Horizontal)
    window.resizeDocks([properties, findings], [400, 500], Qt.Orientation.Vertical)
    window.resizeDocks([tables_dock], [240], Qt.Orientation.Vertical)
    docks: list[QDockWidget] = [*tables, properties, findings, scorecard, history, timeline]
    for widget in [tables_dock, *docks]:
        widget.toggleViewAction().setObjectName(f"toggle_{widget.objectName()}")
    return docks


#: window height (pixels) from which the properties get nearly half the right column
TALL = 900


def panel_docks(window: QMainWindow) -> list[QDockWidget]:
    """The docks the window itself holds (the View › Panels menu lists them)."""
    # the window's own children: a dock it holds is one (addDockWidget makes it so), and a
    # search of every descendant took ~1 ms of each window's making (issue 15)
    held = [
        dock
        for dock in window.children()
        if isinstance(dock, QDockWidget)
        and window.dockWidgetArea(dock) != Qt.DockWidgetArea.NoDockWidgetArea
    ]
    return sorted(held, key=lambda dock: not isinstance(dock, TablesDock))  # tables first


def compact_docks(window: QMainWindow) -> bool:
    """Give the map the window's full height: the tables join the Findings tabs at the right.

    For low windows (laptops at 1366 x 768) on a first run; the user can drag them back and
    the window remembers where they are. Returns whether the tables moved. The group then has
    three tabs (Findings, Scorecard, Tables), short enough to read in full.
    """
    findings = window.findChild(FindingsDock)
    tables = window.findChild(TablesDock)
    if findings is None or tables is None or tables.isFloating():
        return False
    window.tabifyDockWidget(findings, tables)
    findings.raise_()
    window.resizeDocks([findings], [max(300, window.width() // 4)], Qt.Orientation.Horizontal)
    properties = window.findChild(PropertiesDock)
    if properties is not None and not properties.isFloating():
        # the findings' "What to organise" reads without scrolling (new user, eighth round):
        # on a laptop the findings take three quarters of the column, the properties scroll;
        # from 900 pixels up the properties get 45 %, which at 1920 x 1080 shows a mandate's
        # fields, not three (new user, twelfth round), and leaves the findings room enough
        high = window.height()
        part = high * 45 // 100 if high >= TALL else high // 4
        window.resizeDocks([properties, findings], [part, high - part], Qt.Orientation.Vertical)
    return True


def _acceptance_warnings_to_status_bar(window: QMainWindow) -> Callable[[Analysis], None]:
    """Say in the status bar when acceptances clash or match nothing (once per new set).

    The findings dock lists them among its notes as long as they last.
    """
    shown: list[tuple[str, ...]] = [()]

    def show(analysis: Analysis) -> None:
        lang = current_language()
        texts = tuple(t(lang) for t in analysis.acceptance_warnings)
        if texts and texts != shown[0]:
            window.statusBar().showMessage(" ".join(texts), 15_000)
        shown[0] = texts

    return show
