"""The questions the exchange handler asks the user: which file to import, where an export goes
(and what the save dialog's title says of residents' names), which file to compare with, and
the message box when a job fails.

A mixin of :class:`ui.exchange.window_exchange.ExchangeHandler` (split from it by meaning,
issue 15); each question is a small method so tests can answer it without a dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import Case
from models.i18n import Lang
from ui.exchange.export_kinds import ExportKind
from ui.exchange.file_names import safe_stem

if TYPE_CHECKING:
    from ui.window.action_record import ActionName
    from ui.window.main_window import MainWindow

__all__ = ["ExchangeQuestions"]


def _filters() -> dict[str, str]:
    return {
        "xlsx": QCoreApplication.translate("Exchange", "Excel workbook (*.xlsx)"),
        "kumu": QCoreApplication.translate("Exchange", "Excel workbook (*.xlsx)"),
        "docx": QCoreApplication.translate("Exchange", "Word document (*.docx)"),
        "pptx": QCoreApplication.translate("Exchange", "PowerPoint presentation (*.pptx)"),
        "graphml": QCoreApplication.translate("Exchange", "GraphML (*.graphml)"),
        "gexf": QCoreApplication.translate("Exchange", "GEXF (*.gexf)"),
        "csv": QCoreApplication.translate("Exchange", "CSV files (*.csv)"),
        "dot": QCoreApplication.translate("Exchange", "Graphviz DOT (*.dot *.gv)"),
        "register_xlsx": QCoreApplication.translate("Exchange", "Excel workbook (*.xlsx)"),
        "register_docx": QCoreApplication.translate("Exchange", "Word document (*.docx)"),
        "kvmap_anonymised": QCoreApplication.translate("Exchange", "Krachtenveld map (*.kvmap)"),
    }


class ExchangeQuestions:
    """The dialogs of the exchange handler; ``window`` is the main window it serves and
    ``actions`` its exchange actions by name."""

    window: MainWindow
    actions: dict[ActionName, QAction]

    @property
    def lang(self) -> Lang:
        lang: Lang = self.window.scene.lang
        return lang

    def ask_import_path(self) -> str | None:
        """Ask which file to import."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Exchange", "Import"),
            self.window.files._folder(),
            QCoreApplication.translate(
                "Exchange",
                "Importable files (*.xlsx *.graphml *.gexf *.csv);;Excel or Kumu workbook "
                "(*.xlsx);;GraphML (*.graphml);;GEXF (*.gexf);;CSV (*.csv);;All files (*)",
            ),
        )
        return path or None

    def preview(self, path: str) -> Case | None:
        """Show the import preview; the case when the user accepts it."""
        from ui.dialogs.import_dialog import ImportDialog

        return ImportDialog.get_case(path, self.lang, self.window)

    def ask_export_path(self, kind: ExportKind) -> str | None:
        """Ask where to write an export of ``kind``: in the folder of the last export; for the
        note and the slides the dialog's title says whether residents are named."""
        case = self.window.controller.case
        caption = QCoreApplication.translate("Exchange", "Export")
        title = case.info.title
        if kind.key in ("docx", "pptx"):
            caption, title = self._advice_caption(case)
        elif kind.key == "kvmap_anonymised":  # named after the anonymised title
            from exports.anonymise_filename import anonymised_title
            from exports.map_language import map_language

            title = anonymised_title(case, map_language(case, self.lang))
        title = safe_stem(title, "kaart")
        suffix = "-kumu.xlsx" if kind.key == "kumu" else kind.suffix
        if kind.fmt == "mandate-register":
            register = QCoreApplication.translate("Exchange", "mandate-register")
            suffix = f"-{register}{suffix}"
        default = Path(self.window.files.export_folder()) / f"{title}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self.window, caption, str(default), _filters()[kind.key]
        )
        if path and Path(path).suffix.lower() not in (kind.suffix, ".gv"):
            path += kind.suffix
        if path:
            self.window.files.remember_export_folder(path)
        return path or None

    def _advice_caption(self, case: Case) -> tuple[str, str]:
        """The save dialog's title for the note and the slides, and the title their file is
        named after: the anonymised one unless File › Export › Anonymised is off (new user,
        third round 9: the dialog did not say it). Only the title is anonymised, not the whole
        map (new user 17, N2: 15-19 s before the dialog at 10,000 actors)."""
        if not self.actions["export_anonymised"].isChecked():
            return QCoreApplication.translate(
                "Exchange", "Export with names: residents as named on the map"
            ), case.info.title
        from exports.anonymise_filename import anonymised_title
        from exports.map_language import map_language

        return QCoreApplication.translate(
            "Exchange", "Export anonymised: residents named by their role"
        ), anonymised_title(case, map_language(case, self.lang), names=self.lang)

    def ask_compare_path(self) -> str | None:
        """Ask which case file to compare with."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Exchange", "Compare with file"),
            self.window.files._folder(),
            QCoreApplication.translate("Exchange", "Krachtenveld cases (*.kvmap);;All files (*)"),
        )
        return path or None

    def show_failure(self, title: str, text: str) -> None:
        """A message box naming the file and the problem (patched in tests)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("exchange_failure_box")
        box.exec()
