"""File › Open casebook…: what recurs across the maps in a folder (issue 16).

The folder is analysed on the background job runner (:mod:`ui.background`) with progress and
cancel; the dialog lists the recurring causes, each with the cases it occurs in. Double-clicking
a case opens that map and selects the cause in the Findings panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import KvmapError
from ui.background.jobs import BackgroundJobs, Job, JobResult, Outcome
from ui.i18n import current_language
from ui.safety.own_fault import fault_text

if TYPE_CHECKING:
    from exports.casebook import CasebookRun
    from ui.window.main_window import MainWindow

__all__ = ["CASE_ROLE", "CasebookDialog"]

# On a case's item: (the map's path, the cause's id in that map).
CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class CasebookDialog(QDialog):
    """The casebook of one folder: recurring causes, and per cause the cases."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("casebook_dialog")
        self.window_ = window
        self.run_: CasebookRun | None = None
        self._jobs = BackgroundJobs(self, "casebook")
        self._job: Job | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.tree = QTreeWidget()
        self.tree.setObjectName("casebook_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.open_button = QPushButton()
        self.open_button.setObjectName("casebook_open")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("casebook_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Casebook"))
        self.open_button.setText(self.tr("Open the map on this cause"))
        self.cancel_button.setText(self.tr("Stop"))

    # ------------------------------------------------------------------ running
    def start(self, folder: str) -> Job:
        """Analyse ``folder`` in the background (a new start replaces a running one)."""
        from exports.casebook import CasebookCancelled, run_casebook

        if self._job is not None:
            self._job.cancel()
        lang = current_language()
        self.tree.clear()
        self.run_ = None
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.header.setText(self.tr("Reading the maps in %1 …").replace("%1", folder))

        def work(ctx: Any) -> CasebookRun:
            return run_casebook(
                folder,
                lang,
                progress=lambda done, total: ctx.progress(done / total if total else 1.0),
                cancelled=ctx.cancelled,
            )

        self._job = self._jobs.submit(
            work,
            self._on_job_done,
            tag=folder,
            progress=self._on_job_progress,
            cancelled_by=(CasebookCancelled,),
        )
        return self._job

    def cancel(self) -> None:
        """Stop the running analysis (what was analysed so far stays in the index)."""
        if self._job is not None:
            self._job.cancel()

    def _on_job_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 1000))

    def _on_job_done(self, result: JobResult) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        if result.outcome is Outcome.CANCELLED:
            self.header.setText(self.tr("Stopped. What was analysed is kept for the next run."))
            return
        if result.outcome is Outcome.FAILED:  # in the user's language (rev-dutch21 D3)
            error = result.error
            said = fault_text(error, current_language(), kept="folder", logged=True)
            if isinstance(error, KvmapError):
                lead = self.tr("The folder could not be read: %1")
            else:  # our own fault is not the folder's: the fixed text
                lead = self.tr("The analysis of the folder stopped. %1")
            self.header.setText(lead.replace("%1", said))
            return
        self.show_run(result.value)

    # ------------------------------------------------------------------ showing
    def show_run(self, run: CasebookRun) -> None:
        """List the recurring causes of ``run``, each with its cases."""
        from exports.casebook.words import RECURRING, index_place, recurring_line, summary_line

        lang = current_language()
        self.run_ = run
        self.tree.clear()
        said = [run.folder, summary_line(run, lang), index_place(run, lang)]
        self.header.setText("\n".join(line for line in said if line))
        total = len(run.cases)
        recurring = [r for r in run.book.recurring if len(r.cases) >= RECURRING]
        for r in recurring:
            top = QTreeWidgetItem([recurring_line(r, total, lang)])
            top.setToolTip(0, top.text(0))
            for i, cause in zip(r.cases, r.causes, strict=True):
                case = run.cases[i]
                child = QTreeWidgetItem([f"{case.shown} — {case.record.title}"])
                child.setData(0, CASE_ROLE, (case.path, cause))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        if not recurring:
            none = self.tr("No cause occurs in more than one case.")
            self.tree.addTopLevelItem(QTreeWidgetItem([none]))
        if run.skipped:
            left = QTreeWidgetItem([self.tr("Files left out (%n)", "", len(run.skipped))])
            for s in run.skipped:
                left.addChild(left_out_item(s.problem))
            self.tree.addTopLevelItem(left)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.expandItem(first)

    def _on_tree_current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        self.open_button.setEnabled(item is not None and item.data(0, CASE_ROLE) is not None)

    def _on_open_button_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._on_tree_item_activated(item, 0)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, CASE_ROLE)
        if data is None:
            return
        path, cause = data
        self.open_case(path, cause)

    def open_case(self, path: str, cause: str) -> bool:
        """Open the map at ``path`` and select the cause in the Findings panel."""
        window = self.window_
        if not window.files.open_path(path):
            return False
        from ui.docks.findings import FindingsDock

        findings = window.findChild(FindingsDock, "findings_dock")
        if findings is not None:
            findings.select_cause_when_shown(cause)
            findings.show()
            findings.raise_()
        return True


def left_out_item(problem: str) -> QTreeWidgetItem:
    """A file left out, as a row of the tree: a file with several problems ("file 3:" and a
    line per problem) is one row with a child per problem, not one row of several lines
    (hostile review 5, C2)."""
    first, *more = problem.split("\n")
    item = QTreeWidgetItem([first.removesuffix(":") if more else first])
    for line in more:
        item.addChild(QTreeWidgetItem([line.strip()]))
    return item
