"""Progress while a big map opens or is saved (new user 13, S4: a map of 10,000 actors gave a
black window for a minute, and its save 18 seconds without a sign of life).

Opening a ``.kvmap`` file of at least :data:`OPEN_PROGRESS_BYTES` shows a small window that
says which step is running ("Kaart met 10.000 actoren openen…", then reading, analysing,
drawing the map, fitting it): painted between the steps (events without user input are
handled, so nothing can be edited half-way) and while the map's items are built
(:attr:`ui.canvas.scene_items.SceneItems.build_progress`, which repaints only this window).

When the app's analysis process takes the open
(:meth:`~ui.background.analysis_runner.AnalysisRunner.hand_off`), the child analyses the file
while the map is drawn, at any size: the map comes first, and the Findings panel says
"Analysing…" and shows nothing of the map before (rev-hostile19 H1) until the child's analysis
is in. Measured at 10,000 actors (``benchmarks.app``, one run each at load 10-12: the wall
clock gives the order, not the factor): the map on screen after 17 s and its findings after
33 s, 14.6 s of CPU (app + child), the app's peak 412 MB and the child's 273 MB (started anew
after such a job); analysed first instead, map and findings together after 127 s, 13.9 s of
CPU, the app's peak 442 MB. Without the process (not started, as in most tests), a map
of at least :data:`ANALYSE_FIRST_ACTORS` actors is analysed before its items are built, as a
background job (:mod:`ui.background.jobs`) while the window keeps painting, and the result goes
to the analysis runner (:meth:`~ui.background.analysis_runner.AnalysisRunner.take_ready`): the
analysis's peak of memory is over before the items take theirs (at 10,000 actors they came
together), and the findings are there when the map is.

Saving a map of at least :data:`SAVE_PROGRESS_ACTORS` shows the same window with a busy cursor.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from models import Case
from models.i18n import Lang
from ui.background.jobs import JobContext, Outcome, run_while_painting
from ui.commands import cycle_collector_off as collector_off  # one helper, also the CLI's

if TYPE_CHECKING:
    from mapper.analysis import Analysis
    from models import Practice, Problem
    from models.fileformat import Loaded
    from ui.window.main_window import MainWindow

__all__ = [
    "ANALYSE_FIRST_ACTORS",
    "OPEN_PROGRESS_BYTES",
    "SAVE_PROGRESS_ACTORS",
    "MapProgress",
    "big_file",
    "collector_off",
    "new_progress",
    "open_with_progress",
    "read_with_progress",
    "reading_text",
    "replace_with_progress",
    "saving",
]

OPEN_PROGRESS_BYTES = 1_000_000  # a file this big (about 750 actors) opens with progress
ANALYSE_FIRST_ACTORS = 5_000  # a map this big is analysed before its items are built (no child)
SAVE_PROGRESS_ACTORS = 750  # a map this big saves with progress
STEP_POINTS = 5  # the bar moves by at least this much in the middle of a step

_EVENTS = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents


def _number(count: int, lang: Lang) -> str:
    """``10.000`` / ``10,000``."""
    return f"{count:,}".replace(",", "." if lang == "nl" else ",")


def big_file(path: str | os.PathLike[str] | None) -> bool:
    """Whether ``path`` is a file big enough to open with progress."""
    try:
        return path is not None and os.path.getsize(path) >= OPEN_PROGRESS_BYTES
    except OSError:  # missing or unreadable: the reader says what is wrong
        return False


class MapProgress:
    """A small progress window for one open or save; :attr:`said` keeps what it said."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        dialog = QProgressDialog(parent)
        dialog.setObjectName("map_progress")
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)  # a half-read map is no map
        dialog.setRange(0, 100)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(440)
        # not modal: a modal progress window runs the event loop (user input too) in setValue
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog = dialog
        self.said: list[str] = []  # every text shown, in order
        self.values: list[int] = []  # every value shown, in order

    def say(self, text: str, value: int) -> None:
        """Show ``text`` at ``value`` % and let the windows paint (no user input is handled
        meanwhile: the map cannot be edited half-way)."""
        self.said.append(text)
        self.dialog.setLabelText(text)
        self._set(value)
        if not self.dialog.isVisible():
            self.dialog.show()
        QCoreApplication.processEvents(_EVENTS)
        self.dialog.repaint()

    def step(self, value: int) -> None:
        """Move the bar to ``value`` % in the middle of a step, by at least
        :data:`STEP_POINTS` (the bar repaints itself, a few ms each): no event is handled (the
        map is half built)."""
        if value >= self.dialog.value() + STEP_POINTS:
            self._set(value)

    def _set(self, value: int) -> None:
        self.values.append(value)
        self.dialog.setValue(value)

    def close(self) -> None:
        """Close the window (once the map is drawn or saved)."""
        self.dialog.close()
        self.dialog.deleteLater()


def _opening(count: int, lang: Lang) -> str:
    return QCoreApplication.translate("MapProgress", "Opening the map with %1 actors…").replace(
        "%1", _number(count, lang)
    )


def _analyse_meanwhile(
    window: MainWindow, case: Case, practice: Practice | None
) -> tuple[Analysis, float] | None:
    """Analyse ``case`` as a background job while the windows keep painting
    (:func:`ui.background.jobs.run_while_painting`); (result, seconds), or None when the
    analysis failed (the jobs module logs it; the runner then analyses as usual and reports
    it)."""
    from mapper import analyse

    def work(_context: JobContext) -> tuple[Analysis, float]:
        start = time.perf_counter()
        result = analyse(case, practice=practice)
        return result, time.perf_counter() - start

    ended = run_while_painting(window, "analyse_before_drawing", work)
    if ended.outcome is not Outcome.DONE:
        return None
    analysed: tuple[Analysis, float] = ended.value
    return analysed


def _give_back(*, collect: bool = True) -> None:
    """Free what is no longer used and hand it back to the system: glibc keeps what was
    freed (by a finished thread, or the items' build's scratch) for later, so the next
    step's memory would come on top of it (12-14 MB each at 10,000 actors, measured)."""
    from exports.memory import give_back as trim
    from ui.safety.gc_guard import give_back

    if collect:
        give_back()
    else:
        trim()


def replace_with_progress(
    window: MainWindow,
    case: Case,
    path: str | None,
    progress: MapProgress,
    *,
    example: bool = False,
) -> None:
    """Make ``case`` the window's document (``controller.replace_case``) and say how far it
    is: analysed first when it is big and the analysis process does not analyse it (see the
    module docstring), then drawn."""
    controller, lang = window.controller, window.scene.lang
    head = _opening(len(case.actors), lang)
    runner = window.analysis_runner()
    awaited = runner is not None and runner.awaits(case)  # analysed by the analysis process
    if runner is not None and not awaited and len(case.actors) >= ANALYSE_FIRST_ACTORS:
        progress.say(head + "\n" + QCoreApplication.translate("MapProgress", "Analysing"), 10)
        analysed = _analyse_meanwhile(window, case, controller.practice)
        if analysed is not None:
            runner.take_ready(case, *analysed)
        _give_back()  # the analysis's working memory goes before the map's items come
    progress.say(head + "\n" + QCoreApplication.translate("MapProgress", "Drawing the map"), 40)
    scene = window.scene
    told: Callable[[float], None] = lambda share: progress.step(40 + round(50 * share))  # noqa: E731
    scene.build_progress = told
    try:
        controller.replace_case(case, path, example=example)
    finally:
        scene.build_progress = None
    if len(case.actors) >= ANALYSE_FIRST_ACTORS:
        _give_back(collect=False)  # before the first paint and the findings take theirs
    progress.say(
        head + "\n" + QCoreApplication.translate("MapProgress", "Fitting the map to the window"),
        95,
    )


def reading_text(path: str | os.PathLike[str]) -> str:
    megabytes = max(1, round(os.path.getsize(path) / 1_000_000))
    return (
        QCoreApplication.translate("MapProgress", "Opening the map…")
        + "\n"
        + QCoreApplication.translate("MapProgress", "Reading the file (%1 MB)").replace(
            "%1", str(megabytes)
        )
    )


def new_progress(parent: QWidget | None) -> MapProgress:
    """The progress window of an open."""
    return MapProgress(parent, QCoreApplication.translate("MapProgress", "Opening the map"))


def read_with_progress(
    path: str | os.PathLike[str], progress: MapProgress, digest_to: list[str] | None = None
) -> Loaded:
    """``fileformat.read(path)``, said first; with ``digest_to`` the sha256 of the bytes read
    is appended to it (what the analysis process's answer is checked against)."""
    from models import fileformat

    progress.say(reading_text(path), 2)
    if digest_to is None:
        return fileformat.read(path)
    from exports.analysis_child import read_with_digest

    loaded, digest = read_with_digest(path)
    digest_to.append(digest)
    return loaded


def open_with_progress(window: MainWindow, path: str | os.PathLike[str]) -> tuple[Problem, ...]:
    """``window.controller.open(path)``; a big file with progress (see the module
    docstring). Returns what was repaired to open it; raises as ``open`` does."""
    controller = window.controller
    if not big_file(path):
        return controller.open(path)
    runner = window.analysis_runner()
    handed = None if runner is None else runner.hand_off(path)  # to the analysis process
    progress = new_progress(window if window.isVisible() else None)
    try:
        with collector_off():
            digest: list[str] | None = None if handed is None else []
            loaded = read_with_progress(path, progress, digest)
            plain = not (loaded.problems or loaded.migrated)
            if runner is not None and handed is not None and digest and plain:
                runner.await_answer(handed, loaded.case, digest[0])  # same bytes, same case
            replace_with_progress(window, loaded.case, os.fspath(path), progress)
        if loaded.problems:
            controller.mark_changed()
    finally:
        progress.close()
    return loaded.problems


@contextmanager
def saving(window: MainWindow) -> Iterator[MapProgress | None]:
    """Around a save: a big map shows a progress window and a busy cursor."""
    case = window.controller.case
    if len(case.actors) < SAVE_PROGRESS_ACTORS:
        yield None
        return
    title = QCoreApplication.translate("MapProgress", "Saving the map")
    progress = MapProgress(window if window.isVisible() else None, title)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        text = QCoreApplication.translate("MapProgress", "Saving the map with %1 actors…")
        progress.dialog.setRange(0, 0)  # busy: one write has no share done to show
        progress.say(text.replace("%1", _number(len(case.actors), window.scene.lang)), 0)
        yield progress
    finally:
        QApplication.restoreOverrideCursor()
        progress.close()
