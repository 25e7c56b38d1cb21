"""The Organisations, Powers (bevoegdheden) and Agreements (afspraken) tables (in the
Tables dock's selector, like the others).

Like the Actors table: the add button puts a new row with a placeholder name in the table
and starts editing its name; every cell edits through the controller (one undo step).
Deleting an organisation or a power keeps what refers to it: actors lose their organisation,
agreements a party, mandates and needs fall back from the power to its category; the status
bar says so, and one Undo puts every reference back (:meth:`models.Case.remove`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from models import Agreement, EntityKind, Organisation, Power
from ui.docks.fields import AGREEMENTS, ORGANISATIONS, POWERS
from ui.docks.table_docks import TableDock

__all__ = ["AgreementsDock", "OrganisationsDock", "PowersDock"]


class _NamedDock(TableDock):
    """A table of named entities: a new row gets a placeholder name to type over."""

    def new_name(self) -> str:  # pragma: no cover - overridden
        """The placeholder name of a new row."""
        return ""

    def _count_text(self, kind: EntityKind, count: int) -> str:
        """ "3 actors", "1 agreement" ... (real plurals in both languages)."""
        one = count == 1
        if kind is EntityKind.ACTOR:
            text = self.tr("%1 actor") if one else self.tr("%1 actors")
        elif kind is EntityKind.ORGANISATION:
            text = self.tr("%1 organisation") if one else self.tr("%1 organisations")
        elif kind is EntityKind.MANDATE:
            text = self.tr("%1 mandate") if one else self.tr("%1 mandates")
        elif kind is EntityKind.NEED:
            text = self.tr("%1 need") if one else self.tr("%1 needs")
        elif kind is EntityKind.AGREEMENT:
            text = self.tr("%1 agreement") if one else self.tr("%1 agreements")
        elif kind is EntityKind.RULE:
            text = self.tr("%1 rule") if one else self.tr("%1 rules")
        elif kind is EntityKind.DEVIATION:
            text = self.tr("%1 deviation") if one else self.tr("%1 deviations")
        else:
            text = self.tr("%1 item") if one else self.tr("%1 items")
        return text.replace("%1", str(count))

    def delete_selected(self) -> None:
        """Remove the selected rows (one undo step) and say which references were cleared."""
        ids = self.selected_ids()
        if not ids:
            return
        case = self.controller.case
        kept: dict[EntityKind, set[str]] = {}
        for entity_id in ids:
            for kind, dep, goes in case.dependants(entity_id):
                if not goes and dep.id not in ids:
                    kept.setdefault(kind, set()).add(dep.id)
        if not self.controller.remove(ids):
            return
        text = ", ".join(self._count_text(kind, len(found)) for kind, found in kept.items())
        window = self.window()
        if text and isinstance(window, QMainWindow):
            message = self.tr("References cleared: %1 (Undo puts them back).")
            window.statusBar().showMessage(message.replace("%1", text), 15_000)


class OrganisationsDock(_NamedDock):
    """All organisations."""

    KIND = ORGANISATIONS

    def title(self) -> str:
        return self.tr("Organisations")

    def add_text(self) -> str:
        return self.tr("Add organisation")

    def new_name(self) -> str:
        return self.tr("New organisation")

    def add(self) -> None:
        case = self.controller.case
        org = Organisation(case.new_id(Organisation), self.new_name())
        self.controller.add_entities([org], self.add_text())
        self._select_and_edit(org.id, "name")


class PowersDock(_NamedDock):
    """All powers (bevoegdheden) with their legal basis and holder."""

    KIND = POWERS

    def title(self) -> str:
        return self.tr("Powers")

    def add_text(self) -> str:
        return self.tr("Add power")

    def new_name(self) -> str:
        return self.tr("New power")

    def add(self) -> None:
        case = self.controller.case
        power = Power(case.new_id(Power), self.new_name())
        self.controller.add_entities([power], self.add_text())
        self._select_and_edit(power.id, "name")


class AgreementsDock(_NamedDock):
    """All agreements between organisations."""

    KIND = AGREEMENTS

    def title(self) -> str:
        return self.tr("Agreements")

    def add_text(self) -> str:
        return self.tr("Add agreement")

    def new_name(self) -> str:
        return self.tr("New agreement")

    def add(self) -> None:
        case = self.controller.case
        agreement = Agreement(case.new_id(Agreement), self.new_name())
        self.controller.add_entities([agreement], self.add_text())
        self._select_and_edit(agreement.id, "name")
