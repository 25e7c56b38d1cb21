"""The import dialog: read a file, show what it holds and what was worked around, then accept.

The file is read on a worker thread (the window stays responsive on a big file); the preview
appears when it is done (:attr:`ImportDialog.loaded`). Nothing changes in the open document
until the user accepts; the caller takes the case::

    case = ImportDialog.get_case(path, parent=window)
    if case is not None:
        controller.replace_case(case, None)   # or open it as a new document
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mapper.wording import noun
from models.case import Case
from models.errors import KvmapError, Problem, problem_total
from models.i18n import Lang
from models.labels import label
from ui.background.jobs import BackgroundJobs, JobContext, JobResult, Outcome
from ui.i18n import counted
from ui.safety.own_fault import fault_text

__all__ = ["ImportDialog"]

PREVIEW_ROWS = 500


def _read(path: Path) -> object:
    from exports.formats import import_file

    return import_file(path)


class ImportDialog(QDialog):
    """Preview of an import: counts, actors, relationships, warnings or errors."""

    loaded = Signal()  # the preview is filled in (or the failure shown)

    def __init__(
        self, path: str | os.PathLike[str], lang: Lang = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.lang: Lang = lang
        self.case: Case | None = None
        self.warnings: list[Problem] = []
        self.errors: list[Problem] = []
        self.outcome: object = None  # what the reader returned (or raised)
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.resize(720, 520)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.actors = QTableWidget(0, 3)
        self.actors.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Organisation")]
        )
        self.relationships = QTableWidget(0, 3)
        self.relationships.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Kind"), self.tr("To")]
        )
        self.problems = QListWidget()
        # a problem names file, row, column and what to do: shown whole, wrapped, not cut
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for table in (self.actors, self.relationships):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.is_loading = True
        self.summary.setText(self.path.name)
        self.busy = QProgressBar()  # no text to translate: a moving bar while reading
        self.busy.setRange(0, 0)
        layout.insertWidget(1, self.busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        path = self.path
        self.jobs = BackgroundJobs(self, "import_preview")
        reader = self.reader()

        def work(_context: JobContext) -> object:
            return reader(path)

        self.jobs.submit(work, self._on_reader_finished)

    # ------------------------------------------------------------------ reading
    def reader(self) -> Callable[[Path], object]:
        """What reads the file on the worker thread (it must not touch Qt objects)."""
        return _read

    def is_result(self, outcome: object) -> bool:
        """Whether ``outcome`` is what the reader returns when it succeeds."""
        from exports.builder import ImportResult

        return isinstance(outcome, ImportResult)

    def _on_reader_finished(self, result: JobResult) -> None:
        self.is_loading = False
        self.busy.hide()
        outcome = result.value if result.outcome is Outcome.DONE else result.error
        self.outcome = outcome
        if self.is_result(outcome):
            read: Any = outcome  # an ImportResult or what the subclass's reader returns
            case: Case = read.case
            self.case = case
            self.warnings = list(read.warnings)
            self._show_case(case)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        elif isinstance(outcome, KvmapError):
            self.errors = list(outcome.problems)
            self.warnings = list(getattr(outcome, "warnings", []))
            self._show_failure(outcome)
        else:  # a bug in a reader, not the file's fault (rev-dutch21 D3: 'kan het bestand niet
            # lezen: KeyError('a3')' blamed the file): logged by the job module, the fixed text
            error = outcome if isinstance(outcome, BaseException) else None
            self.errors = []
            self._show_failure(None, fault_text(error, self.lang, kept="file", logged=True))
        self.loaded.emit()

    def _show_failure(self, exc: KvmapError | None, fault: str = "") -> None:
        said = self.tr("%1 cannot be imported. Nothing has changed.").replace("%1", self.path.name)
        # nothing to cancel: the only way on is to close (Dutch review 21, D15)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.summary.setText(f"{said}\n\n{fault}" if fault else said)
        if fault:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        for item in self.errors:
            self.problems.addItem(item.render(self.lang))
        for item in self.warnings:
            self.problems.addItem(item.render(self.lang))
        self.tabs.addTab(
            self.problems,
            self.tr("Problems (%1)").replace("%1", counted(problem_total(self.errors))),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show_case(self, case: Case) -> None:
        # real plurals ("1 mandate", "2 mandates"), in the language of the dialog
        nouns = _NOUNS["nl" if self.lang == "nl" else "en"]
        sizes = (len(case.actors), len(case.relationships), len(case.mandates), len(case.needs))
        parts = [f"{n} {noun(n, *forms)}" for n, forms in zip(sizes, nouns, strict=True)]
        text = ", ".join(parts) + "."
        if self.warnings:
            text += " " + _worked_around(len(self.warnings), self.lang)
        self.summary.setText(text)
        names = {a.id: a.name for a in case.actors}
        self._fill(
            self.actors, [(a.name, label(a.kind, self.lang), a.organisation) for a in case.actors]
        )
        rows = [
            (names[r.source], label(r.kind, self.lang), names[r.target]) for r in case.relationships
        ]
        rows += [
            (names[m.grantor], label(m.instrument, self.lang), names[m.holder])
            for m in case.mandates
        ]
        self._fill(self.relationships, rows)
        self.tabs.addTab(
            self.actors, self.tr("Actors (%1)").replace("%1", counted(len(case.actors)))
        )
        self.tabs.addTab(
            self.relationships, self.tr("Relationships (%1)").replace("%1", counted(len(rows)))
        )
        if self.warnings:
            for item in self.warnings:
                self.problems.addItem(item.render(self.lang))
            self.tabs.addTab(
                self.problems, self.tr("Warnings (%1)").replace("%1", counted(len(self.warnings)))
            )

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, str, str]]) -> None:
        shown = rows[:PREVIEW_ROWS]
        table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------ result
    @classmethod
    def get_case(
        cls, path: str | os.PathLike[str], lang: Lang = "en", parent: QWidget | None = None
    ) -> Case | None:
        """Show the dialog; the imported case when the user accepts it, else None."""
        dialog = cls(path, lang, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.case if accepted else None


#: The nouns the preview counts, singular and plural, per language.
_NOUNS = {
    "en": (("actor", "actors"), ("relationship", "relationships"), ("mandate", "mandates"),
           ("need", "needs")),
    "nl": (("actor", "actoren"), ("relatie", "relaties"), ("mandaat", "mandaten"),
           ("benodigd besluit", "benodigde besluiten")),
}  # fmt: skip


def _worked_around(n: int, lang: str) -> str:
    """ "1 problem was worked around; see Warnings." in ``lang``, with real plurals."""
    if lang == "nl":
        return f"{n} {noun(n, 'probleem is', 'problemen zijn')} omzeild; zie Waarschuwingen."
    return f"{n} {noun(n, 'problem was', 'problems were')} worked around; see Warnings."
