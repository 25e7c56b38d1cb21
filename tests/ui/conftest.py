"""Fixtures for UI tests: a small case with every kind of entity, the main window on it, the
canvas on it, message boxes that record instead of blocking.

One fixture name means one thing across tests/ui (a module defines its own only under a name
of its own):

- ``window``: the main window on the small case, without the safety hooks (here);
  ``win``: the same at 1366 x 768, without waiting for its exchange at the end (here);
- ``safe_window``: the main window on the small case with the safety hooks (lock, recovery,
  file watcher), shown at 1200 x 800, its error boxes recorded in ``.errors``; at the end its
  background work finished and its safety closed (here; test_main_window,
  test_safety_window, test_repaired_open);
- ``example_window`` / ``dutch_example_window`` / ``laptop_window``: the main window on the
  example case (at 1366 x 768; in Dutch with a long title; in both languages);
  ``fitted_example``: the same as ``example_window``, fitted to the window and settled (here);
  ``window_at(case, size)`` (test_readable): any case at any size, fitted and settled;
- ``docks_window``: a bare QMainWindow holding the docks on ``controller`` with a stub analysis
  (here; test_legal_docks has its own on ``legal_controller``, with the real analysis);
  ``controller``: a document controller on the dock tests' small case (here);
  ``ctl``: a document controller on :func:`small_case`, without a window (here);
  ``legal_controller`` on the legal case; ``findings_dock`` (test_findings_detail): the
  findings dock of ``docks_window``; ``example_findings_dock``: a findings dock of its own on
  the example with its analysis, shown at 460 x 700 (here);
- ``empty_window``: the main window on the app's new, empty map, in English (here);
  ``timeline_dock`` (test_timeline_dock): the timeline dock of ``window`` on a story;
- ``canvas``: (controller, scene, view) of the small case's map (here).
"""

from __future__ import annotations

import contextlib
import gc
import inspect
import os
import signal
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Need,
    Position,
    PowerCategory,
    RelationKind,
    Relationship,
    fileformat,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ui.background.analysis_process import AnalysisProcess
    from ui.canvas.scene import MapScene
    from ui.canvas.view import MapView
    from ui.docks.findings import FindingsDock
    from ui.document.controller import DocumentController
    from ui.window.main_window import MainWindow


def small_case() -> Case:
    """Four actors, four relationships (two between the same pair), two mandates, two needs."""
    actors = [
        Actor("a1", "Wethouder", ActorKind.ADMINISTRATOR, position=Position(0, 0)),
        Actor("a2", "Manager Zorg", ActorKind.MANAGER, position=Position(200, 0)),
        Actor("a3", "Consulent", ActorKind.PROFESSIONAL, position=Position(200, 150)),
        Actor("a4", "Inwoner", ActorKind.CITIZEN, position=Position(0, 150)),
    ]
    rels = [
        Relationship("r1", "a1", "a2", RelationKind.HIERARCHY),
        Relationship("r2", "a2", "a3", RelationKind.HIERARCHY),
        Relationship("r3", "a3", "a2", RelationKind.TRUST, level=2),
        Relationship("r4", "a4", "a3", RelationKind.SIGNAL),
    ]
    mandates = [
        Mandate("m1", "a1", "a2", PowerCategory.DEVIATE_FROM_RULE, valid_from=date(2026, 1, 1)),
        Mandate("m2", "a2", "a3", PowerCategory.SPEND_BUDGET, budget=5000.0),
    ]
    needs = [
        Need("n1", "Schuld bevriezen", PowerCategory.DEVIATE_FROM_RULE, handler="a3"),
        Need("n2", "Huisvesting", PowerCategory.SPEND_BUDGET, handler="a2"),
    ]
    info = CaseInfo(title="Testcasus", intent="Wonen blijft", intent_owner="a1")
    return Case.from_parts(info, actors, rels, mandates, needs)


@pytest.fixture(autouse=True)
def _never_block_on_unsaved_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes windows after each test; a modal "save changes?" box would hang it.

    Tests that check the prompt set ``window.files.ask_save_changes`` themselves.
    """
    from PySide6.QtWidgets import QMessageBox

    from ui.window.files import FileHandler

    monkeypatch.setattr(
        FileHandler, "ask_save_changes", lambda _self: QMessageBox.StandardButton.Discard
    )


def _patches_analyses(target: object) -> bool:
    """Whether ``monkeypatch.setattr(target, ...)`` patches the analyses' code: ``mapper``,
    one of its modules, or something defined there (a string target names its module)."""
    if isinstance(target, str):
        where = target
    else:
        module = target if isinstance(target, ModuleType) else inspect.getmodule(target)
        where = "" if module is None else module.__name__
    return where == "mapper" or where.startswith("mapper.")


@pytest.fixture(autouse=True)
def _analyses_afresh_when_patched(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app keeps its last analyses by the content of the case for the whole process
    (ui.background.analysis_cache), so a window on a case analysed before gets that analysis
    back. A test that patches the analyses (:func:`_patches_analyses`) analyses every case
    afresh from then on, and nothing it analyses is kept for later tests."""
    real = monkeypatch.setattr

    def setattr(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[call-overload]
        if _patches_analyses(args[0] if args else kwargs.get("target")):
            from ui.background.analysis_cache import ANALYSES

            real(ANALYSES, "enabled", False)  # on again when the test ends

    monkeypatch.setattr = setattr  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui.safety.gc_guard): no automatic collection, which could run in a worker
    thread and destroy Qt objects there; collect on this (the GUI) thread after each test."""
    gc.disable()
    try:
        yield
    finally:
        # pytest-qt closed the test's widgets and called deleteLater() on them, but outside an
        # event loop Qt deletes them only when asked to: without this every main window of
        # the worker's earlier tests stayed alive (hidden), and each language switch or
        # app-wide event of a later test went through all of them (test_chrome: 111 s CPU
        # for 16 tests, 1-3 s each on its own)
        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        # What survived is not scanned again: the next test's collection looks only at the
        # objects made since (a full scan of the imported libraries costs ~0.15 s per test).
        gc.freeze()
        gc.enable()


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QObject]:
    """Parent of the test's QObjects, deleted in the GUI thread at the end: an object with
    running timers or a file watcher must not be garbage-collected later in a worker thread."""
    parent = QObject()
    yield parent
    shiboken6.delete(parent)


@pytest.fixture
def mapfile(tmp_path: Path) -> Path:
    """The small case saved as ``kaart.kvmap``."""
    path = tmp_path / "kaart.kvmap"
    fileformat.save(small_case(), path)
    return path


@pytest.fixture
def ctl(qapp: object) -> DocumentController:
    """A document controller on :func:`small_case`, without a window (test_undo,
    test_timeline_controller)."""
    from ui.document.controller import DocumentController

    return DocumentController(small_case())


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on :func:`small_case`, shown at 1200 x 800, without the safety hooks
    (locks, recovery, file watcher: their tests use ``safe_window``); waits for its background
    work at the end."""
    from tests.ui.window_support import open_window, settle
    from ui.document.controller import DocumentController
    from ui.exchange.window_exchange import ExchangeHandler

    win = open_window(qtbot, tmp_path, DocumentController(small_case()), (1200, 800))
    yield win
    exchange = getattr(win, "exchange", None)
    if isinstance(exchange, ExchangeHandler):
        exchange.wait()
    settle(win)


@pytest.fixture
def win(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on :func:`small_case` at 1366 x 768, without the safety hooks; settled
    at the end (test_map_progress, test_open_collector15)."""
    from tests.ui.window_support import open_window, settle
    from ui.document.controller import DocumentController

    window = open_window(qtbot, tmp_path, DocumentController(small_case()))
    yield window
    settle(window)


@pytest.fixture
def safe_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on :func:`small_case` with the safety hooks (lock, recovery, file
    watcher), shown at 1200 x 800; error boxes are recorded in ``.errors`` (title, text)
    instead of shown, and closing never asks to save. At the end: analysis and layout
    finished, the safety closed (lock released, autosave and watcher stopped)."""
    from tests.ui.window_support import settle
    from ui.document.controller import DocumentController
    from ui.window.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(DocumentController(small_case()), settings=settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    errors: list[tuple[str, str]] = []
    win.show_error = lambda title, text: errors.append((title, text))  # type: ignore[method-assign]
    win.errors = errors  # type: ignore[attr-defined]
    # pytest-qt closes the window before this fixture's teardown: never ask then
    win.files.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    yield win
    settle(win)
    if win.safety is not None:
        win.safety.close()


@pytest.fixture
def empty_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the app's new, empty map (File › New), in English, shown at
    1366 x 768 without the safety hooks; English again and background work finished at the
    end."""
    from tests.ui.docks_support import ensure_english
    from tests.ui.window_support import open_window, settle
    from ui.document.controller import DocumentController

    ensure_english()
    win = open_window(qtbot, tmp_path, DocumentController())
    yield win
    settle(win)
    ensure_english()


@pytest.fixture
def example_findings_dock(qtbot: QtBot) -> FindingsDock:
    """A findings dock of its own (no window) on the example, shown at 460 x 700, holding the
    example's analysis (made on the GUI thread, or kept from an earlier one as the app
    keeps it: ui.background.analysis_cache)."""
    from mapper import analyse
    from models.example import example_case
    from ui.background.analysis_cache import ANALYSES
    from ui.docks.findings import FindingsDock
    from ui.document.controller import DocumentController

    controller = DocumentController(example_case())
    widget = FindingsDock(controller)
    qtbot.addWidget(widget)
    widget.resize(460, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_analysis(ANALYSES.analysed(controller.case, None, analyse)[0])
    return widget


@pytest.fixture
def example_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the built-in example, shown at 1366 x 768, without the safety hooks;
    at the end: presentation mode stopped, exports, analysis and layout finished."""
    from models.example import example_case
    from tests.ui.window_support import open_window, settle
    from ui.document.controller import DocumentController
    from ui.exchange.window_exchange import ExchangeHandler

    win = open_window(qtbot, tmp_path, DocumentController(example_case()))
    yield win
    win.presenter.stop()
    exchange = getattr(win, "exchange", None)
    if isinstance(exchange, ExchangeHandler):
        exchange.wait()
    runner = win.analysis_runner()
    if runner is not None:
        runner.shutdown()
    settle(win)


@pytest.fixture
def fitted_example(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the built-in example at 1366 x 768, without the safety hooks,
    fitted as the app does after showing it and settled (``window_at(example_case(),
    (1366, 768))`` of test_readable); at the end its analysis and layout finished."""
    from models.example import example_case
    from tests.ui.window_support import open_window, settle
    from ui.document.controller import DocumentController

    win = open_window(qtbot, tmp_path, DocumentController(example_case()))
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    yield win
    settle(win)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown (title, text) instead of blocking."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def canvas(qtbot: QtBot) -> tuple[DocumentController, MapScene, MapView]:
    """(controller, scene, view): the map of :func:`small_case` shown in a view of its own."""
    from tests.ui.canvas_support import open_canvas

    return open_canvas(qtbot)


@pytest.fixture
def controller() -> DocumentController:
    """A document controller on the dock tests' small case (three actors, see
    :func:`tests.ui.docks_support.small_case`)."""
    from tests.ui.docks_support import small_case as docks_case
    from ui.document.controller import DocumentController

    return DocumentController(docks_case())


@pytest.fixture
def docks_window(qtbot: QtBot, controller: DocumentController) -> QMainWindow:
    """A bare QMainWindow at 1366 x 768 holding every dock on ``controller``. Findings and
    Scorecard follow the real analysis of the small case, run once before the test on the GUI
    thread (it is quick): no analysis thread."""
    from tests.ui.docks_support import docks_window_on

    return docks_window_on(qtbot, controller)


# The analysis process, for the tests that ask for it (issue 14, proc19): ``started`` once per
# module, ``child`` warm for one test (the process's two test files had each their own ``child``).
CHILD_WAIT_MS = 120_000  # a generous bound for a spawn on a loaded machine, not a speed


@pytest.fixture(scope="module")
def started(qapp: Any) -> Iterator[AnalysisProcess]:
    """The app's analysis process for one module's tests; stopped after them."""
    from ui.background.analysis_process import start_shared_process

    process = start_shared_process()
    yield process
    process.stop()


@pytest.fixture
def child(qtbot: QtBot, started: AnalysisProcess) -> Iterator[AnalysisProcess]:
    """The app's analysis process, warm (started again when a test killed it); continued if a
    test left it stopped."""
    started.start()
    qtbot.waitUntil(lambda: started.ready, timeout=CHILD_WAIT_MS)
    yield started
    if started.pid is not None:
        with contextlib.suppress(ProcessLookupError):  # killed by the test
            os.kill(started.pid, signal.SIGCONT)
