"""The what-if dialog: findings that appear and disappear if actors leave or connections are cut.

Shows a :class:`mapper.whatif.FindingChange`; the model is not changed. Clicking a finding
selects on the canvas what it names (when that exists in the open case).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapper.whatif import FindingChange
from models import Case
from models.i18n import Lang
from ui.dialogs.compare_dialog import (
    _bold,
    children,
    entity_name,
    finding_item,
    fit_first_column,
    select_item,
)
from ui.document.controller import DocumentController

__all__ = ["WhatIfDialog"]


class WhatIfDialog(QDialog):
    """What changes in the findings without the entities ``ids`` of ``case``."""

    def __init__(
        self,
        change: FindingChange,
        case: Case,
        ids: Sequence[str],
        controller: DocumentController,
        lang: Lang = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatif_dialog")
        self.change = change
        self.controller = controller
        self.lang: Lang = lang
        self.setWindowTitle(self.tr("What if"))
        self.resize(900, 560)
        names = ", ".join(entity_name(i, [case], lang) for i in ids)
        text = self.tr("Without %1: %2 finding(s) appear and %3 disappear. The map is not changed.")
        text = text.replace("%2", str(len(change.appeared))).replace(
            "%3", str(len(change.disappeared))
        )
        text = text.replace("%1", names)
        self.summary = QLabel(text)
        self.summary.setObjectName("whatif_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("whatif_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Severity")])
        self.tree.setAccessibleName(self.tr("Findings that change"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemClicked.connect(lambda item, _c: select_item(item, self.controller))
        self.tree.itemActivated.connect(lambda item, _c: select_item(item, self.controller))
        self.groups: dict[str, QTreeWidgetItem] = {}
        for key, title, findings in (
            ("appeared", self.tr("Findings that appear"), change.appeared),
            ("disappeared", self.tr("Findings that disappear"), change.disappeared),
        ):
            group = _bold(QTreeWidgetItem([f"{title} ({len(findings)})", ""]))
            self.tree.addTopLevelItem(group)
            self.groups[key] = group
            for finding in sorted(findings, key=lambda f: (f.severity.rank, f.title(lang))):
                group.addChild(finding_item(finding, controller.case, lang))
        self.tree.expandAll()
        fit_first_column(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def codes(self, key: str) -> list[str]:
        """The codes of the findings under ``appeared`` or ``disappeared`` (tests)."""
        return [
            f.code for f in (self.change.appeared if key == "appeared" else self.change.disappeared)
        ]

    def titles(self, key: str) -> list[str]:
        """The shown titles under ``appeared`` or ``disappeared``."""
        return [c.text(0) for c in children(self.groups[key])]
