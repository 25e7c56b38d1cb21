"""File › New from template: choose a realistic case type to start from.

The templates themselves (actors, organisations, powers with their legal bases, mandates,
agreements, needs) live in :mod:`models.templates`; this dialog names and describes them in
the language of the program, and :func:`template_case_laid_out` gives the chosen one a first
layout, so it opens as a readable, untitled map.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import Case, EntityKind
from models.templates import TEMPLATES, template_case
from ui.i18n import QT_TRANSLATE_NOOP

__all__ = ["TEMPLATE_TEXTS", "TemplateDialog", "template_case_laid_out"]

CONTEXT = "TemplateDialog"

#: key -> (title, description), marked for lupdate and translated when shown
TEMPLATE_TEXTS: dict[str, tuple[str, str]] = {
    "debt_eviction": (
        QT_TRANSLATE_NOOP("TemplateDialog", "Debts and a threatened eviction"),
        QT_TRANSLATE_NOOP(
            "TemplateDialog",
            "A household with rent arrears and several creditors; the housing corporation "
            "has a court order to evict. Special assistance (Participatiewet art. 35), debt "
            "relief, a covenant on evictions and a breakthrough agreement on debts.",
        ),
    ),
    "youth_care": (
        QT_TRANSLATE_NOOP("TemplateDialog", "Youth care across organisations"),
        QT_TRANSLATE_NOOP(
            "TemplateDialog",
            "A child needs intensive help now, outside the regional contract. The individual "
            "provision (Jeugdwet art. 2.3), the ordinance's hardship clause, the GP's "
            "referral, and a regional escalation protocol that names who decides.",
        ),
    ),
    "wmo": (
        QT_TRANSLATE_NOOP("TemplateDialog", "Wmo: living safely at home"),
        QT_TRANSLATE_NOOP(
            "TemplateDialog",
            "An older resident can no longer live safely at home and the informal carer is "
            "overburdened. A maatwerkvoorziening (Wmo 2015 art. 2.3.5), a home adaptation "
            "above the standard amount, and a move that depends on the housing corporation.",
        ),
    ),
}


def template_title(key: str) -> str:
    """The template's title in the language of the program."""
    return QCoreApplication.translate(CONTEXT, TEMPLATE_TEXTS[key][0])


def template_case_laid_out(key: str) -> Case:
    """A fresh case from template ``key`` with every actor placed (the recommended layout)."""
    from mapper.layout import default_method, layout

    case = template_case(key)
    for actor_id, position in layout(case, default_method(case)).items():
        case.update(EntityKind.ACTOR, actor_id, {"position": position})
    return case


class TemplateDialog(QDialog):
    """A list of the case templates with a description of the one selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("template_list")
        self.description = QLabel(self)
        self.description.setObjectName("template_description")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(90)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for template in TEMPLATES:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, template.key)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(520, 400)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New from template"))
        self.intro.setText(
            self.tr(
                "Start from a typical case: actors, organisations, powers with their legal "
                "basis, mandates, agreements and the decisions the case needs. Rename and "
                "extend it to fit your own case."
            )
        )
        self.list.setAccessibleName(self.tr("Templates"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(template_title(str(item.data(Qt.ItemDataRole.UserRole))))
        self._on_list_current_row_changed(self.list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_key(self) -> str | None:
        """The key of the selected template."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_list_current_row_changed(self, _row: int) -> None:
        key = self.chosen_key()
        text = "" if key is None else QCoreApplication.translate(CONTEXT, TEMPLATE_TEXTS[key][1])
        self.description.setText(text)
