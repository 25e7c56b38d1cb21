"""Presentation mode: full screen, the map only, one cause at a time, in large type.

→, PageDown, Space and ↓ step forward; ←, PageUp, Backspace and ↑ step back; Home and End
jump to the overview and the last cause; W shows which findings disappear if the cause's
suggested change were made (:mod:`mapper.remedy`, nothing on the map changes); Esc returns
to the editor as it was. The window opens on a second screen when one is connected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from exports.nota_dates import as_of_line, dated
from mapper.findings import Cause
from models.i18n import Lang
from ui.background.jobs import BackgroundJobs, JobResult
from ui.canvas.scene import MapScene
from ui.present.steps import Step, build_steps
from ui.present.view import PresentView

if TYPE_CHECKING:
    from mapper.analysis import Analysis

__all__ = ["CAPTION_SHARE", "WHATIF_OFF", "PresentationWindow"]

WHATIF_OFF = ""
CAPTION_SHARE = 0.30  # the most of the screen's height the caption takes from the map...
SMALLEST = 0.75  # ...with its type shrunk to no less than this share of the full size
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}

#: Computes the what-if lines of a cause in a language (None: no concrete change to try).
WhatIf = Callable[[Cause, Lang], str | None]
#: Whether a cause has a concrete change to try (cheap; without it W is offered on every point).
CanTry = Callable[[Cause], bool]


class PresentationWindow(QWidget):
    """The presentation: a :class:`PresentView` above a large caption."""

    closed = Signal()

    def __init__(
        self,
        scene: MapScene,
        analysis: Analysis | None,
        lang: Lang,
        *,
        what_if: WhatIf | None = None,
        can_try: CanTry | None = None,
        title: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        #: the day of the session: the overview names the peildatum and the deadlines gone
        #: since, the points ask "zo spoedig mogelijk" where a deadline has gone (U4)
        self.today = today or date.today()
        if analysis is not None:
            analysis = dated(analysis, scene.case, self.today)
        self.analysis = analysis
        self.lang: Lang = lang
        self.title = title
        self.steps: tuple[Step, ...] = build_steps(analysis, scene.case)
        self.index = 0
        self.what_if_on = False
        self._what_if = what_if
        self._can_try = can_try
        self._offered: dict[str, bool] = {}  # cause id -> whether W has something to show
        self._what_if_cache: dict[tuple[str, Lang], str | None] = {}
        self._pending: set[tuple[str, Lang]] = set()  # what-ifs being calculated
        self._jobs = BackgroundJobs(self, "what-if")
        self.setStyleSheet("QWidget#presentation_window { background: white; }")
        self.view = PresentView(scene, self)
        self.caption = QFrame(self)
        self.caption.setObjectName("present_caption")
        self.caption.setStyleSheet(
            "QFrame#present_caption { background: #1f2a36; }"
            " QLabel { color: white; background: transparent; }"
        )
        self.counter = self._label("present_counter", "#b8c4d0")
        self.heading = self._label("present_title", "white")
        self.organise = self._label("present_organise", "#e8eef4")
        self.whatif_label = self._label("present_whatif", "#ffd27f")
        self.hint = self._label("present_hint", "#8d9aa8")
        box = QVBoxLayout(self.caption)
        for label in (self.counter, self.heading, self.organise, self.whatif_label, self.hint):
            box.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self._apply_fonts()

    def _label(self, name: str, colour: str) -> QLabel:
        label = QLabel(self.caption)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {colour}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # ------------------------------------------------------------------ steps
    @property
    def step(self) -> Step:
        """The step shown."""
        return self.steps[self.index]

    def go(self, index: int) -> bool:
        """Show step ``index`` (clamped to the steps there are); False when it stays put."""
        index = max(0, min(len(self.steps) - 1, index))
        moved = index != self.index
        self.index = index
        if moved:  # every point opens on its advice: one W shows its what-if (new user 3rd, 7)
            self.what_if_on = False
        self.show_step()
        return moved

    def show_step(self) -> None:
        """Highlight, move to and caption the current step."""
        step = self.step
        self.view.overview = step.cause is None
        self.view.highlight(step.actor_ids(), step.edge_ids())
        self.view.show_actors(step.actor_ids())
        self._update_caption()

    def _update_caption(self) -> None:
        step, lang = self.step, self.lang
        count = len(self.steps) - 1
        if step.cause is None:
            self.counter.setText(self.tr("Overview"))
            self.heading.setText(self.title)
            if count == 0 and not len(self.view.map_scene.case.actors):
                self.organise.setText(self.tr("Nothing to present yet: the map is empty."))
            elif count == 0:
                self.organise.setText(
                    self.tr(
                        "No points to present: the analysis finds nothing that stands in the way."
                    )
                )
            else:
                analysis = self.analysis
                headline = analysis.summary.headline(lang) if analysis is not None else ""
                more = self.tr("%n point(s) to discuss; press → to begin.", "", count)
                self.organise.setText(f"{headline} {more}".strip())
            case = self.view.map_scene.case
            if len(case.actors):  # the state the points (or none) are of
                said = as_of_line(case, self.today, lang, about="map", always=True)
                self.organise.setText("\n".join(filter(None, (said, self.organise.text()))))
        else:
            first = " · " + self.tr("Do first") if step.index <= 3 else ""
            self.counter.setText(
                self.tr("Point %1 of %2").replace("%1", str(step.index)).replace("%2", str(count))
                + first
            )
            self.heading.setText(step.cause.title(lang))
            self.organise.setText(
                self.tr("What to organise: %1").replace("%1", step.cause.suggestion(lang))
            )
        self._update_what_if()
        self.hint.setText(
            self.tr("→ next · ← back · W what if · Esc back to the editor")
            if self.what_if_offered()
            else self.tr("→ next · ← back · Esc back to the editor")
        )
        self._apply_fonts()  # a long point may need smaller type

    # ------------------------------------------------------------------ what-if
    def what_if_offered(self) -> bool:
        """Whether the current point has a concrete change to try (W is offered only there)."""
        cause = self.step.cause
        if cause is None or self._what_if is None:
            return False
        if self._can_try is None:
            return True
        if cause.id not in self._offered:
            self._offered[cause.id] = self._can_try(cause)
        return self._offered[cause.id]

    def toggle_what_if(self) -> None:
        """Show or hide what the suggested change of the current cause would solve."""
        if not self.what_if_offered() and not self.what_if_on:
            return
        self.what_if_on = not self.what_if_on
        self._update_what_if()

    def what_if_text(self) -> str:
        """The what-if line shown now (empty when off)."""
        return self.whatif_label.text() if self.what_if_on else WHATIF_OFF

    def what_if_busy(self) -> bool:
        """Whether a what-if is being calculated (off the GUI thread)."""
        return self._jobs.busy

    def _update_what_if(self) -> None:
        cause = self.step.cause
        if not self.what_if_on or cause is None or not self.what_if_offered():
            self.whatif_label.clear()
            self.whatif_label.hide()
            self.organise.show()
            return
        key = (cause.id, self.lang)
        if key not in self._what_if_cache and self._what_if is None:
            self._what_if_cache[key] = None
        if key not in self._what_if_cache:
            if key not in self._pending:
                self._pending.add(key)
                work, subject, lang = self._what_if, cause, self.lang
                assert work is not None

                def job(_context: object) -> str | None:
                    return work(subject, lang)

                self._jobs.submit(job, self._on_what_if_done, tag=key)
            self.whatif_label.setText(self.tr("What if: calculating…"))
            self.whatif_label.show()
            return
        text = self._what_if_cache[key]
        self.whatif_label.setText(
            text
            if text is not None
            else self.tr("What if: no concrete change to try for this point.")
        )
        self.whatif_label.show()
        # the concrete change takes the place of the advice: the map keeps its height
        self.organise.setVisible(text is None)

    def _on_what_if_done(self, result: JobResult) -> None:
        self._pending.discard(result.tag)
        if result.ok:
            self._what_if_cache[result.tag] = result.value
        else:
            self._what_if_cache[result.tag] = self.tr("What if: the calculation failed.")
        if self.step.cause is not None and (self.step.cause.id, self.lang) == result.tag:
            self._update_what_if()

    # ------------------------------------------------------------------ looks
    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Presentation — Krachtenveld"))
        self._update_caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            from ui.i18n import current_language

            self.lang = current_language()
            self.retranslate()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        """Type that reads from across a meeting room: sizes follow the window's height, and
        shrink (to at most :data:`SMALLEST` of that) where a long point would take more
        than :data:`CAPTION_SHARE` of the screen from the map."""
        h = max(400, self.height())
        margin = round(h * 0.025)
        layout = self.caption.layout()
        if layout is not None:
            layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        scale = 1.0
        while True:
            self._set_fonts(h * scale)
            needed = self.caption_height()
            if needed <= CAPTION_SHARE * h or scale <= SMALLEST:
                break
            scale = max(SMALLEST, scale * max(0.9, min(0.97, CAPTION_SHARE * h / needed)))
        self.view.min_pt = max(14.0, h * 0.022)

    def _set_fonts(self, h: float) -> None:
        for label, share, bold in (
            (self.counter, 0.024, False),
            (self.heading, 0.044, True),
            (self.organise, 0.030, False),
            (self.whatif_label, 0.026, False),
            (self.hint, 0.018, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(12, round(h * share)))
            font.setBold(bold)
            label.setFont(font)

    def caption_height(self) -> int:
        """The height the caption takes at the window's width with its current texts."""
        layout = self.caption.layout()
        if layout is None:
            return self.caption.sizeHint().height()
        margins = layout.contentsMargins()
        width = max(100, self.width() - margins.left() - margins.right())
        shown = [
            label
            for label in (self.counter, self.heading, self.organise, self.whatif_label, self.hint)
            if label.text() and not label.isHidden()
        ]
        text = sum(label.heightForWidth(width) for label in shown)
        return text + layout.spacing() * max(0, len(shown) - 1) + margins.top() + margins.bottom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.go(self.index + 1)
        elif key in BACK_KEYS:
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.steps) - 1)
        elif key == Qt.Key.Key_W:
            self.toggle_what_if()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:  # the editor's shortcuts stay out
            event.accept()
            return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._jobs.cancel_all()
        self._jobs.wait()
        self.view.restore()
        super().closeEvent(event)
        self.closed.emit()
