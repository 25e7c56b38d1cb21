"""Importing a mandate register into the open map: a preview, then one undo step.

:class:`RegisterImportDialog` is the import preview (:class:`ImportDialog`) reading a register
(:func:`exports.register_read.read_register`) into a copy of the open map; it lists what the
register adds (mandates, powers, actors) and every located warning or error. On Import the
additions go into the map through the controller as one undo step; on an error nothing does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from mapper.wording import number
from models import Actor, Case, Mandate, Power
from models.case import Entity
from models.i18n import Lang
from ui.dialogs.import_dialog import ImportDialog
from ui.document.controller import DocumentController
from ui.i18n import counted

__all__ = ["RegisterImportDialog", "ask_register_path", "import_register"]


class RegisterImportDialog(ImportDialog):
    """The preview of a register read into a copy of ``case``."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        case: Case,
        lang: Lang = "en",
        parent: QWidget | None = None,
    ) -> None:
        self._into = case.copy()  # read on the worker thread: never the live map
        super().__init__(path, lang, parent)
        self.setWindowTitle(self.tr("Import mandate register %1").replace("%1", self.path.name))

    def reader(self) -> Callable[[Path], object]:
        into = self._into

        def read(path: Path) -> object:
            from exports.register_read import read_register

            return read_register(path, into)

        return read

    def is_result(self, outcome: object) -> bool:
        from exports.register_read import RegisterImport

        return isinstance(outcome, RegisterImport)

    def added(self) -> tuple[Entity, ...]:
        """What the register adds to the map (empty before it is read or on an error)."""
        added: tuple[Entity, ...] = getattr(self.outcome, "added", ())
        return added

    def _show_case(self, case: Case) -> None:
        added = self.added()
        mandates = [e for e in added if isinstance(e, Mandate)]
        powers = [e for e in added if isinstance(e, Power)]
        actors = [e for e in added if isinstance(e, Actor)]
        counts = (
            (self.tr("%1 mandate") if len(mandates) == 1 else self.tr("%1 mandates")).replace(
                "%1", number(len(mandates), self.lang)
            ),
            (self.tr("%1 power") if len(powers) == 1 else self.tr("%1 powers")).replace(
                "%1", number(len(powers), self.lang)
            ),
            (self.tr("%1 actor") if len(actors) == 1 else self.tr("%1 actors")).replace(
                "%1", number(len(actors), self.lang)
            ),
        )
        parts = self.tr("%1, %2 and %3")
        for i, count in enumerate(counts, start=1):
            parts = parts.replace(f"%{i}", count)
        text = self.tr("Adds %1 to the map.").replace("%1", parts)
        shown, total = len(self.warnings), self._warning_total()
        if total > shown:  # the reader keeps the first ones: say how many there were
            text += " " + self.tr("%1 of %2 warnings shown; see Warnings.").replace(
                "%1", number(shown, self.lang)
            ).replace("%2", number(total, self.lang))
        elif total == 1:
            text += " " + self.tr("1 warning; see Warnings.")
        elif total:
            text += " " + self.tr("%1 warnings; see Warnings.").replace(
                "%1", number(total, self.lang)
            )
        skipped = int(getattr(self.outcome, "skipped", 0))
        if skipped == 1:
            text += " " + self.tr("1 row skipped as a repeat.")
        elif skipped:
            text += " " + self.tr("%1 rows skipped as repeats.").replace(
                "%1", number(skipped, self.lang)
            )
        self.summary.setText(text)
        name = {a.id: a.name for a in case.actors}
        self.relationships.setHorizontalHeaderLabels(
            [self.tr("Grantor"), self.tr("Power"), self.tr("Holder")]
        )
        rows = [
            (name[m.grantor], case.power_name(str(m.power), self.lang), name[m.holder])
            for m in mandates
        ]
        self._fill(self.relationships, rows)
        self.actors.setHorizontalHeaderLabels(
            [self.tr("Power"), self.tr("Legal basis"), self.tr("Held by")]
        )
        held = [(p.name, p.legal_basis, name.get(p.holder or "", "")) for p in powers]
        self._fill(self.actors, held)
        self.tabs.addTab(
            self.relationships,
            self.tr("Mandates (%1)").replace("%1", number(len(mandates), self.lang)),
        )
        self.tabs.addTab(
            self.actors,
            self.tr("Powers (%1)").replace("%1", number(len(powers), self.lang)),
        )
        if self.warnings:
            for item in self.warnings:
                self.problems.addItem(item.render(self.lang))
            total = self._warning_total()
            if total > len(self.warnings):
                more = self.tr("… and %1 more warnings, not shown.")
                self.problems.addItem(
                    more.replace("%1", number(total - len(self.warnings), self.lang))
                )
            self.tabs.addTab(
                self.problems, self.tr("Warnings (%1)").replace("%1", number(total, self.lang))
            )

    def _warning_total(self) -> int:
        """Every warning the register gave, also those beyond the ones kept to show."""
        return max(int(getattr(self.outcome, "warning_total", 0)), len(self.warnings))


def ask_register_path(parent: QWidget, folder: str) -> str | None:
    """Ask which register to import."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Exchange", "Import mandate register"),
        folder,
        QCoreApplication.translate(
            "Exchange", "Mandate register (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"
        ),
    )
    return path or None


def import_register(
    window: QMainWindow, controller: DocumentController, path: str, lang: Lang
) -> bool:
    """Preview the register at ``path``; on Import add what it adds as one undo step."""
    dialog = RegisterImportDialog(path, controller.case, lang, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    added = dialog.added()
    name = Path(path).name
    if added:
        text = QCoreApplication.translate("Exchange", "Import mandate register %1")
        controller.add_entities(added, text.replace("%1", name))
    done = QCoreApplication.translate("Exchange", "Imported %1: %2 added")
    window.statusBar().showMessage(
        done.replace("%1", name).replace("%2", counted(len(added))), 8000
    )
    return True
