"""The Timeline dock: the snapshots kept in the map, the scorecard over them, and the saves.

Save snapshot… keeps the map as it is now (one undo step). A snapshot is viewed read-only in
its own window, clearly marked, or compared with the map now in the compare view. The trend
chart shows the traffic light of each building block at each snapshot and now; below it, what
expires before a decision is due, and the list of saves (``history[]``).
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mapper.timeline import CaseTimeline, breaks_of, case_at, case_timeline, with_now
from models import Case, ModelError
from models.i18n import long_date
from ui.background.jobs import BackgroundJobs, Job, JobContext, JobResult, Outcome
from ui.docks.lazy_dock import LazyDock
from ui.docks.timeline_parts import SnapshotDialog, TrendChart
from ui.document.controller import DocumentController, login_name
from ui.i18n import current_language
from ui.safety.own_fault import fault_text

if TYPE_CHECKING:
    pass

__all__ = ["AUTHOR_KEY", "SnapshotDialog", "TimelineDock", "TrendChart"]

AUTHOR_KEY = "timeline/author"


class TimelineDock(LazyDock):
    """Snapshots, the scorecard trend, what expires before a decision is due, and the saves
    (made, and the snapshots analysed, when first in view or asked for: see LazyDock)."""

    line: CaseTimeline | None
    moments: QListWidget
    chart: TrendChart

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_dock")
        self.controller = controller
        # the snapshots are analysed in a worker; only the newest request's result is shown
        self._jobs = BackgroundJobs(self, "timeline")
        self._job: Job | None = None
        self._generation = 0
        self._words_jobs = BackgroundJobs(self, "timeline-words")
        self._words_generation = 0
        # the chart's "now" column follows every edit, a moment after the last one
        self._now_timer = QTimer(self)
        self._now_timer.setSingleShot(True)
        self._now_timer.setInterval(250)
        self._now_timer.timeout.connect(self.follow_edit)
        self._failure = ""
        self.windows: list[QWidget] = []  # open read-only views, kept alive
        settings = getattr(parent, "settings", None)
        self._settings = settings if isinstance(settings, QSettings) else None
        stored = self._settings.value(AUTHOR_KEY, "") if self._settings is not None else ""
        if isinstance(stored, str) and stored.strip():
            controller.author = stored.strip()
        controller.case_replaced.connect(self._on_controller_case_replaced)
        self._watched = controller.case.timeline
        self._watched.changed.connect(self._on_timeline_changed)
        self._edited = controller.case
        self._edited.changed.connect(self._on_case_edited)
        self.retranslate()

    def _build(self) -> None:
        controller = self.controller
        self.line = None
        body = QWidget()
        self.moments = QListWidget()
        self.moments.setObjectName("timeline_moments")
        self.save_button = QPushButton()
        self.save_button.setObjectName("timeline_save")
        self.view_button = QPushButton()
        self.view_button.setObjectName("timeline_view")
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("timeline_compare")
        self.chart = TrendChart()
        self.breaks = QListWidget()
        self.breaks.setObjectName("timeline_breaks")
        self.breaks.setWordWrap(True)
        self.saves = QListWidget()
        self.saves.setObjectName("timeline_saves")
        self.saves.setWordWrap(True)
        self.author = QLineEdit()
        self.author.setObjectName("timeline_author")
        self.author_label = QLabel()
        saves_page = QWidget()
        saves_layout = QVBoxLayout(saves_page)
        saves_layout.setContentsMargins(0, 0, 0, 0)
        author_row = QHBoxLayout()
        author_row.addWidget(self.author_label)
        author_row.addWidget(self.author, 1)
        saves_layout.addLayout(author_row)
        saves_layout.addWidget(self.saves, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("timeline_tabs")
        self.tabs.addTab(self.breaks, "")
        self.tabs.addTab(saves_page, "")
        buttons = QGridLayout()  # two rows, so the Dutch texts fit a narrow dock
        buttons.addWidget(self.save_button, 0, 0)
        buttons.addWidget(self.view_button, 0, 1)
        buttons.addWidget(self.compare_button, 1, 0, 1, 2)
        layout = QVBoxLayout(body)
        # each snapshot's name in full, wrapped: no sideways scrolling in a narrow dock
        self.moments.setWordWrap(True)
        self.moments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.moments.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.moments.setMaximumHeight(150)
        layout.addWidget(self.moments)
        layout.addLayout(buttons)
        # what changed since the selected snapshot (or between the two), in words
        self.changes = QLabel()
        self.changes.setObjectName("timeline_changes")
        self.changes.setWordWrap(True)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes.hide()
        layout.addWidget(self.changes)
        self.chart_status = QLabel()
        self.chart_status.setObjectName("timeline_chart_status")
        self.chart_status.setWordWrap(True)
        self.chart_status.hide()
        layout.addWidget(self.chart_status)
        layout.addWidget(self.chart)
        self.chart_key = QLabel()
        self.chart_key.setObjectName("timeline_chart_key")
        self.chart_key.setWordWrap(True)
        layout.addWidget(self.chart_key)
        layout.addWidget(self.tabs, 1)
        # scrolled, so the dock asks for little height: at 1366 x 768 the Findings panel below
        # keeps its room when the chart appears
        scroller = QScrollArea()
        scroller.setObjectName("timeline_scroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(body)
        self.setWidget(scroller)
        self.author.setText(controller.author)
        self.author.editingFinished.connect(self._on_author_editing_finished)
        self.save_button.clicked.connect(self.ask_snapshot)
        self.view_button.clicked.connect(self.view_selected)
        self.compare_button.clicked.connect(self.compare)
        # one snapshot to view or compare with now; two (Ctrl+click) to compare with each other
        self.moments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.moments.itemSelectionChanged.connect(self._on_moments_selection_changed)
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ model
    def _on_controller_case_replaced(self, *_args: object) -> None:
        self._watched.changed.disconnect(self._on_timeline_changed)
        self._watched = self.controller.case.timeline
        self._watched.changed.connect(self._on_timeline_changed)
        self._edited.changed.disconnect(self._on_case_edited)
        self._edited = self.controller.case
        self._edited.changed.connect(self._on_case_edited)
        # another map: its snapshots are others, even where an id is the same ("s1")
        if self._built:
            self.refresh(keep_selection=False)

    def _on_timeline_changed(self) -> None:
        if self._built:  # else read when made
            self.refresh()

    def refresh(self, *, keep_selection: bool = True) -> None:
        """Re-read the snapshots and saves; the chart follows when the worker has analysed
        each snapshot (:meth:`analyse_snapshots`). The snapshots selected stay selected
        while the map still has them (``keep_selection``; an undone save drops its own)."""
        case = self.controller.case
        lang = current_language()
        kept = set(self.selected_ids()) if keep_selection else set()
        # rebuilt without signals: QListWidget.clear() removes the rows one by one from the
        # top and says the selection changed while a later selected row is still there, a
        # snapshot the map may no longer have (new user, tenth round N0: KeyError 's4')
        self.moments.blockSignals(True)
        try:
            self.moments.clear()
            for snap in case.timeline.snapshots:
                item = QListWidgetItem(f"{long_date(snap.date, lang)} \u2014 {snap.label}")
                item.setToolTip(item.text())
                item.setData(Qt.ItemDataRole.UserRole, snap.id)
                self.moments.addItem(item)
                item.setSelected(snap.id in kept)
        finally:
            self.moments.blockSignals(False)
        self.analyse_snapshots(case)
        breaks = breaks_of(case)  # read from the map now: no analysis needed
        self.breaks.clear()
        self.breaks.addItems([f"{long_date(b.on, lang)}: {b.text(lang)}" for b in breaks])
        if not breaks:
            self.breaks.addItem(
                self.tr("No mandate or agreement ends before a decision it serves is due.")
            )
        self.saves.clear()
        for entry in reversed(case.timeline.history):
            local = entry.time.astimezone()
            when = f"{long_date(local.date(), lang)} {local:%H:%M}"
            edits = "; ".join(entry.edits) or self.tr("no edits listed")
            if entry.more:
                edits += " " + self.tr("(and %1 more)").replace("%1", str(entry.more))
            self.saves.addItem(f"{when} \u2014 {entry.author or '?'}: {edits}")
        self._on_moments_selection_changed()

    def analyse_snapshots(self, case: Case) -> None:
        """Analyse every snapshot of ``case`` and the map now for the chart, in a worker (the
        GUI thread never waits for it); a running analysis is cancelled between snapshots.
        Without snapshots nothing is analysed: the map now is the scorecard's job."""
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._failure = ""
        if not case.timeline.snapshots:
            self._show_line(None)
            return
        copy = case.copy()  # the worker reads this copy; edits meanwhile go to the case

        def work(context: JobContext) -> CaseTimeline:
            from exports.trend_scores import open_scores

            scores = open_scores()  # each snapshot analysed once, also across runs (issue 14)
            try:
                step = lambda _done, _total: context.check()  # noqa: E731
                return case_timeline(copy, progress=step, store=scores)
            finally:
                scores.close()

        self._job = self._jobs.submit(work, self._on_snapshots_analysed, tag=self._generation)
        self._show_status()

    def _on_case_edited(self) -> None:
        self._now_timer.start()  # restarted by each edit: one analysis after a burst

    def follow_edit(self) -> None:
        """After an edit: analyse the map now again for the chart's last column (the
        snapshots do not change when the map does), and say again what changed since the
        selected snapshot."""
        self._now_timer.stop()
        if not self._built:
            return  # the whole of it is read when made
        case = self.controller.case
        self._show_changes()
        if not case.timeline.snapshots:
            return
        if self.line is None or self._job is not None:  # no chart yet: the whole of it
            self.analyse_snapshots(case)
            return
        self._generation += 1
        line, copy = self.line, case.copy()

        def work(_context: JobContext) -> CaseTimeline:
            return with_now(line, copy)

        self._job = self._jobs.submit(work, self._on_snapshots_analysed, tag=self._generation)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the workers are idle (tests); the results arrive with the next events.
        Made first if it was not: its making starts the snapshots' analysis."""
        self.build()
        return self._jobs.wait(msecs) and self._words_jobs.wait(msecs)

    def _show_changes(self) -> None:
        """What changed since the selected snapshot, or between the two selected, in words
        (:func:`mapper.diff_words.summary`, worked out in a worker)."""
        self._words_generation += 1
        ids = self.selected_ids()
        if not ids or len(ids) > 2:
            self.changes.hide()
            return
        case, practice, lang = self.controller.case, self.controller.practice, current_language()
        before = case_at(case, ids[0])
        after = case_at(case, ids[1]) if len(ids) == 2 else case.copy()

        def work(_context: JobContext) -> str:
            from mapper.diff import diff_cases
            from mapper.diff_words import summary

            return summary(diff_cases(before, after, practice=practice), lang)

        self._words_jobs.submit(work, self._on_changes, tag=self._words_generation)

    def _on_changes(self, result: JobResult) -> None:
        if result.tag != self._words_generation or result.outcome is not Outcome.DONE:
            return
        ids = self.selected_ids()
        head = self.tr("Between the two:") if len(ids) == 2 else self.tr("Since this snapshot:")
        self.changes.setText(f"<b>{html.escape(head)}</b> {html.escape(str(result.value))}")
        self.changes.show()

    def _on_snapshots_analysed(self, result: JobResult) -> None:
        if result.tag != self._generation:
            return  # the map or its snapshots changed meanwhile: a newer analysis follows
        self._job = None
        if result.outcome is Outcome.DONE:
            self._show_line(result.value)
        elif result.outcome is Outcome.FAILED:  # logged by the job module
            self._failure = fault_text(result.error, logged=True)  # rev-dutch21 D3
            self._show_line(None)

    def _show_line(self, line: CaseTimeline | None) -> None:
        self.line = line
        self.chart.set_timeline(line)
        self.chart.setVisible(line is not None)
        self.chart_key.setVisible(line is not None)
        self._show_status()

    def _show_status(self) -> None:
        """Say that the snapshots are being analysed, or why the chart is missing."""
        if self._failure:
            text = self.tr("The snapshots could not be analysed: %1").replace("%1", self._failure)
        elif self._job is not None:
            text = self.tr("Analysing the snapshots…")
        else:
            text = ""
        self.chart_status.setText(text)
        self.chart_status.setVisible(bool(text))

    def _on_author_editing_finished(self) -> None:
        """The name every save records (kept in the preferences; empty: the login name)."""
        name = self.author.text().strip()
        if self._settings is not None:
            self._settings.setValue(AUTHOR_KEY, name)
        self.controller.author = name or login_name()
        self.author.setText(self.controller.author)

    def _on_moments_selection_changed(self) -> None:
        count = len(self.selected_ids())
        self.view_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count in (1, 2))
        self._set_compare_text()
        self._show_changes()

    def selected_ids(self) -> list[str]:
        """The ids of the selected snapshots the map has, oldest first."""
        rows = sorted(self.moments.row(item) for item in self.moments.selectedItems())
        ids = [str(self.moments.item(r).data(Qt.ItemDataRole.UserRole)) for r in rows]
        timeline = self.controller.case.timeline
        return [i for i in ids if timeline.snapshot(i) is not None]

    def selected_id(self) -> str | None:
        """The id of the one selected snapshot, or None (none or more than one selected)."""
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    # ------------------------------------------------------------------ actions
    def ask_snapshot(self) -> bool:
        """Ask for a name and date and save a snapshot (one undo step)."""
        snaps = self.controller.case.timeline.snapshots
        dialog = SnapshotDialog(snaps[-1].date if snaps else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        label, when = dialog.values()
        return self.save_snapshot(label, when)

    def save_snapshot(self, label: str, when: date) -> bool:
        """Save a snapshot; a refused one is explained in a message box."""
        try:
            self.controller.save_snapshot(label, when)
        except ModelError as exc:
            QMessageBox.warning(self, self.tr("Snapshot not saved"), exc.render(current_language()))
            return False
        return True

    def view_selected(self) -> QWidget | None:
        """Open the selected snapshot's map in a read-only window."""
        snap_id = self.selected_id()
        if snap_id is None:
            return None
        from ui.docks.snapshot_view import open_snapshot

        window = open_snapshot(self, self.controller.case, snap_id)
        self.windows = [w for w in self.windows if w.isVisible()] + [window]
        return window

    def compare_selected(self) -> QWidget | None:
        """Compare the selected snapshot (before) with the map now, in the compare view."""
        snap_id = self.selected_id()
        if snap_id is None:
            return None
        from mapper.diff import diff_cases
        from ui.dialogs.compare_dialog import CompareDialog

        snap = self.controller.case.timeline.snapshot(snap_id)
        assert snap is not None
        then = case_at(self.controller.case, snap_id)
        diff = diff_cases(then, self.controller.case, practice=self.controller.practice)
        lang = current_language()
        name = f"{snap.label} ({long_date(snap.date, lang)})"
        dialog = CompareDialog(diff, then, self.controller, name, lang, self)
        dialog.show()
        self.windows = [w for w in self.windows if w.isVisible()] + [dialog]
        return dialog

    def _set_compare_text(self) -> None:
        """One selected: compare it with now; two selected (Ctrl+click): with each other."""
        if len(self.selected_ids()) == 2:
            self.compare_button.setText(self.tr("Compare the two"))
        else:
            self.compare_button.setText(self.tr("Compare with now"))
        self.compare_button.setToolTip(
            self.tr(
                "What changed between the selected snapshot and the map now; select two "
                "snapshots (Ctrl+click) to compare them with each other"
            )
        )

    def compare(self) -> QWidget | None:
        """Compare the two selected snapshots, or the one selected with the map now."""
        if len(self.selected_ids()) == 2:
            return self.compare_two_selected()
        return self.compare_selected()

    def compare_two_selected(self) -> QWidget | None:
        """Compare the two selected snapshots (the older before) in the compare view."""
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        from mapper.diff import diff_cases
        from ui.dialogs.compare_dialog import CompareDialog

        case, lang = self.controller.case, current_language()
        snaps = [case.timeline.snapshot(i) for i in ids]
        before, after = (case_at(case, i) for i in ids)
        diff = diff_cases(before, after, practice=self.controller.practice)
        names = [f"{s.label} ({long_date(s.date, lang)})" for s in snaps if s is not None]
        dialog = CompareDialog(
            diff, before, self.controller, names[0], lang, self, after=(after, names[1])
        )
        dialog.show()
        self.windows = [w for w in self.windows if w.isVisible()] + [dialog]
        return dialog

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Timeline"))
        if not self._built:
            return
        self.save_button.setText(self.tr("Save snapshot…"))
        self.save_button.setToolTip(self.tr("Keep the map as it is now, with a name and a date"))
        self.view_button.setText(self.tr("View"))
        self.view_button.setToolTip(self.tr("Show the map as it was at the selected snapshot"))
        self._set_compare_text()
        self._show_status()
        self.moments.setAccessibleName(self.tr("Snapshots"))
        self.chart.setAccessibleName(self.tr("Scorecard per building block over the snapshots"))
        self.tabs.setTabText(0, self.tr("Ends before a decision"))
        self.tabs.setTabText(1, self.tr("Saves"))
        self.author_label.setText(self.tr("Saved by:"))
        self.author.setToolTip(self.tr("The name each save records in the map; kept for next time"))
        self.breaks.setAccessibleName(self.tr("What ends before a decision is due"))
        self.chart_key.setText(
            self.tr(
                "One row per building block, one column per snapshot and now. The colour is "
                "the block's traffic light; the number is how many causes of findings it counts."
            )
        )
        self.chart.update()
        self.saves.setAccessibleName(self.tr("Saves"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._built:
                self.refresh()
        super().changeEvent(event)
