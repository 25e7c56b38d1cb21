"""The Rules table and the register of deviations (Afwijkingen), in the Tables dock's selector
like the others.

A new rule gets a placeholder name to type over; a new deviation is dated on the case's
reference date (or today) and starts editing who decided it. Every cell edits through the
controller (one undo step); deleting a rule keeps the deviations from it and clears their rule,
and one Undo puts it back (:meth:`models.Case.remove`).
"""

from __future__ import annotations

from datetime import date

from models import Deviation, EntityKind, Rule
from ui.docks.fields import DEVIATIONS, RULES
from ui.docks.legal_docks import _NamedDock

__all__ = ["DeviationsDock", "RulesDock"]


class RulesDock(_NamedDock):
    """All rules with their origin, owner and the burden they add to each case."""

    KIND = RULES

    def title(self) -> str:
        return self.tr("Rules")

    def add_text(self) -> str:
        return self.tr("Add rule")

    def new_name(self) -> str:
        return self.tr("New rule")

    def add(self) -> None:
        case = self.controller.case
        rule = Rule(case.new_id(EntityKind.RULE), self.new_name())
        self.controller.add_entities([rule], self.add_text())
        self._select_and_edit(rule.id, "name")


class DeviationsDock(_NamedDock):
    """The register of deviations: who departed from which rule, why, and to whom it was
    reported."""

    KIND = DEVIATIONS

    def title(self) -> str:
        return self.tr("Deviations")

    def add_text(self) -> str:
        return self.tr("Add deviation")

    def add(self) -> None:
        case = self.controller.case
        when = case.info.as_of or date.today()
        deviation = Deviation(case.new_id(EntityKind.DEVIATION), when)
        self.controller.add_entities([deviation], self.add_text())
        self._select_and_edit(deviation.id, "decided_by")
