"""Presentation mode (F5): the map in full screen for a strategy session, one cause at a time.

:class:`Presenter` belongs to the main window: :meth:`Presenter.start` saves what the editor
shows (map or grid, filter), analyses when there is no current analysis, and opens a
:class:`~ui.present.window.PresentationWindow` on a second screen when one is connected, else
full screen over the editor. When the presentation closes (Esc), the editor gets back exactly
what it had: view mode, filter, its own zoom and readability; the selection is never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QGuiApplication, QScreen, QTransform

from mapper.findings import Cause
from models.i18n import Lang
from ui.canvas.filters import MapFilter
from ui.canvas.scene_grid import ViewMode
from ui.present.steps import Step, build_steps
from ui.present.window import PresentationWindow
from ui.window.action_record import Group

if TYPE_CHECKING:
    from mapper.analysis import Analysis
    from models.case import Case
    from models.enums import Practice
    from ui.window.main_window import MainWindow

__all__ = ["PresentationWindow", "Presenter", "Step", "build_steps", "other_screen"]


@dataclass(frozen=True)
class _Saved:
    """What the editor showed before the presentation."""

    mode: ViewMode
    filter: MapFilter
    transform: QTransform
    centre: QPointF
    fitted: bool


def other_screen(current: QScreen | None) -> QScreen | None:
    """A connected screen other than ``current`` (None: there is only one)."""
    for screen in QGuiApplication.screens():
        if screen is not current:
            return screen
    return None


class Presenter(QObject):
    """Starts presentation mode from the main window and restores the editor after it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation: PresentationWindow | None = None
        self._saved: _Saved | None = None

    def analysis(self) -> Analysis | None:
        """The current analysis of the open case (run now when there is none)."""
        runner = self.window.analysis_runner()
        if runner is None:
            return None
        if runner.stale:  # an edit just now: present the map as it is
            runner.run_now()
            runner.wait()
            for _ in range(100):  # a worker's result arrives with the next events
                if not runner.busy:
                    break
                QCoreApplication.processEvents()
        return runner.latest

    def start(self, *, full_screen: bool = True) -> PresentationWindow:
        """Open the presentation (or bring the open one to the front)."""
        if self.presentation is not None:
            self.presentation.raise_()
            self.presentation.activateWindow()
            return self.presentation
        window, scene, view = self.window, self.window.scene, self.window.view
        centre = view.mapToScene(view.viewport().rect().center())
        self._saved = _Saved(
            scene.view_mode, scene.map_filter, view.transform(), centre, view._fitted
        )
        self._set_view_mode(ViewMode.MAP)
        if scene.map_filter != MapFilter():
            scene.set_filter(MapFilter())
        from ui.i18n import current_language

        case = window.controller.case
        analysis = self.analysis()
        practice = window.controller.practice
        lang = current_language()
        snapshot = case.copy()  # what-if runs off the GUI thread, on a copy
        presentation = PresentationWindow(
            scene,
            analysis,
            lang,
            what_if=lambda cause, language: _what_if_line(
                snapshot, analysis, cause, practice, language
            ),
            can_try=lambda cause: _has_remedy(snapshot, cause),
            title=case.info.title or window.controller.display_name(),
            parent=window,  # closes with the editor
        )
        presentation.closed.connect(self._on_presentation_closed)
        self.presentation = presentation
        screen = other_screen(window.screen())
        if screen is not None:
            presentation.setScreen(screen)
            presentation.setGeometry(screen.geometry())
        elif window.screen() is not None:
            presentation.setGeometry(window.screen().geometry())
        if full_screen:
            presentation.showFullScreen()
        presentation.go(0)
        presentation.activateWindow()
        presentation.setFocus()
        return presentation

    def stop(self) -> None:
        """Close the presentation (the editor is restored when it has closed)."""
        if self.presentation is not None:
            self.presentation.close()

    def _set_view_mode(self, mode: ViewMode) -> None:
        """Map or grid on the scene, without fitting the editor's view (its zoom is kept)."""
        window = self.window
        if mode == window.scene.view_mode:
            return
        window.scene.set_view_mode(mode)
        window.view.legend_item().show_edges = mode != ViewMode.GRID
        window.actions_.action_for(Group.VIEW, mode).setChecked(True)

    def _on_presentation_closed(self) -> None:
        presentation, self.presentation = self.presentation, None
        window = self.window
        saved, self._saved = self._saved, None
        if saved is not None:
            if saved.filter != window.scene.map_filter:
                window.scene.set_filter(saved.filter)
            self._set_view_mode(saved.mode)
            view = window.view
            view.setTransform(saved.transform)
            view.centerOn(saved.centre)
            view._fitted = saved.fitted
        window.view.refresh_readability()
        window.activateWindow()
        if presentation is not None:
            presentation.deleteLater()


def _has_remedy(case: Case, cause: Cause) -> bool:
    """Whether the cause's suggestion is a concrete change the what-if can try."""
    from mapper.remedy import remedy

    return remedy(case, cause) is not None


def _what_if_line(
    case: Case, analysis: Analysis | None, cause: Cause, practice: Practice | None, lang: Lang
) -> str | None:
    """What the cause's suggested change would solve, as caption lines (None: no change)."""
    from mapper.remedy import try_remedy

    outcome = try_remedy(case, cause, practice=practice, before=analysis)
    if outcome is None:
        return None
    titles, more = outcome.gone(lang)
    lines = [outcome.sentence(lang), *(f"– {title}" for title in titles)]
    if more:  # a sentence of its own after the list (new user, sixth round, 7)
        lines.append(more_findings(more, lang))
    # and which findings the change brings (the sentence only counts them)
    new = list(dict.fromkeys(f.title(lang) for f in outcome.change.appeared))
    lines += [QCoreApplication.translate("Presenter", "New: %1").replace("%1", t) for t in new[:2]]
    if len(new) > 2:
        lines[-1] += f" (… {more_text(len(new) - 2)})"
    return "\n".join(lines)


def more_findings(more: int, lang: Lang) -> str:
    """ "And four more findings." in the current language, numbers up to ten in words."""
    from mapper.wording import noun, word

    what = noun(more, *(("bevinding", "bevindingen") if lang == "nl" else ("finding", "findings")))
    text = QCoreApplication.translate("Presenter", "And %1 more %2.")
    return text.replace("%1", word(more, lang)).replace("%2", what)


def more_text(more: int) -> str:
    """ "and 2 more" in the current language."""
    return QCoreApplication.translate("Presenter", "and %1 more").replace("%1", str(more))
