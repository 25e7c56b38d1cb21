"""Small dialogs to add a relationship, a mandate or a need from the tables.

A mandate or need names its power by name (the power's id behind it); the power categories
follow the case's powers, for a map that has no powers of its own yet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import Case, Mandate, Need, PowerCategory, RelationKind, Relationship
from models.i18n import Lang
from models.labels import label
from ui.docks.wheel_guard import guard_wheel

__all__ = ["AddMandateDialog", "AddNeedDialog", "AddRelationshipDialog"]


def _actor_combo(case: Case, parent: QWidget, *, optional: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    if optional:
        combo.addItem("—", None)
    for actor in case.actors:
        combo.addItem(actor.name, actor.id)
    return combo


def _enum_combo(
    members: list[RelationKind] | list[PowerCategory], lang: Lang, parent: QWidget
) -> QComboBox:
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(label(member, lang), str(member.value))
    return combo


def _power_combo(case: Case, lang: Lang, parent: QWidget) -> QComboBox:
    """The case's powers by name (data: the power id), then, after a line, the categories by
    label (new user, twelfth round B7: 'Beslissen op bezwaar' stood there twice, once as the
    power and once as the category, with nothing between them)."""
    combo = QComboBox(parent)
    for power in case.powers:
        combo.addItem(power.name, power.id)
    if case.powers:
        combo.insertSeparator(combo.count())
    for category in PowerCategory:
        combo.addItem(label(category, lang), str(category.value))
    return combo


class _AddDialog(QDialog):
    """A form with OK and Cancel; OK is enabled while the input makes sense."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        guard_wheel(self)  # the wheel over a list not clicked leaves its choice alone
        super().showEvent(event)
        # typing goes to the first field at once, not to the OK button (new user, tenth
        # round: "Besluit toevoegen" took no keystrokes until the field was clicked)
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.PopupFocusReason)

    def first_field(self) -> QWidget | None:
        """The field the keyboard starts in."""
        return None

    def ok_button(self) -> QPushButton:
        """The OK button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.ok_button().setEnabled(not text)


class _TwoActorDialog(_AddDialog):
    """Choose a first and a second actor and a kind."""

    def __init__(
        self,
        case: Case,
        lang: Lang,
        members: list[RelationKind] | list[PowerCategory],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.first = _actor_combo(case, self)
        self.second = _actor_combo(case, self)
        if self.second.count() > 1:
            self.second.setCurrentIndex(1)
        self.kind = _enum_combo(members, lang, self)
        self.first.currentIndexChanged.connect(self._check)
        self.second.currentIndexChanged.connect(self._check)

    def first_field(self) -> QWidget | None:
        return self.first

    def _check(self) -> None:
        if self.first.count() < 2:
            self._set_problem(self.tr("Add at least two actors first."))
        elif self.first.currentData() == self.second.currentData():
            self._set_problem(self.tr("Choose two different actors."))
        else:
            self._set_problem("")


class AddRelationshipDialog(_TwoActorDialog):
    """From actor, kind, to actor."""

    def __init__(self, case: Case, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(case, lang, list(RelationKind), parent)
        self.setWindowTitle(self.tr("Add relationship"))
        self.form.addRow(self.tr("From:"), self.first)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("To:"), self.second)
        self._check()

    def relationship(self) -> Relationship:
        """The relationship the dialog describes, with a fresh id."""
        return Relationship(
            id=self.case.new_id(Relationship),
            source=self.first.currentData(),
            target=self.second.currentData(),
            kind=RelationKind(self.kind.currentData()),
        )


class AddMandateDialog(_TwoActorDialog):
    """Grantor, power, holder."""

    def __init__(self, case: Case, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(case, lang, list(PowerCategory), parent)
        self.kind.deleteLater()
        self.kind = _power_combo(case, lang, self)
        self.setWindowTitle(self.tr("Add mandate"))
        self.form.addRow(self.tr("Grantor:"), self.first)
        self.form.addRow(self.tr("Power:"), self.kind)
        self.form.addRow(self.tr("Holder:"), self.second)
        self._check()

    def mandate(self) -> Mandate:
        """The mandate the dialog describes, with a fresh id."""
        return Mandate(
            id=self.case.new_id(Mandate),
            grantor=self.first.currentData(),
            holder=self.second.currentData(),
            power=str(self.kind.currentData()),
        )


class AddNeedDialog(_AddDialog):
    """The decision needed, the power it needs and who handles it."""

    def __init__(self, case: Case, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(self.tr("Add need"))
        self.decision = QLineEdit(self)
        self.decision.setPlaceholderText(self.tr("e.g. suspend the eviction for three months"))
        self.power = _power_combo(case, lang, self)
        self.handler = _actor_combo(case, self, optional=True)
        self.form.addRow(self.tr("Decision:"), self.decision)
        self.form.addRow(self.tr("Power:"), self.power)
        self.form.addRow(self.tr("Handler:"), self.handler)
        self.decision.textChanged.connect(self._check)
        self._check()

    def first_field(self) -> QWidget | None:
        return self.decision

    def _check(self) -> None:
        if not self.decision.text().strip():
            self._set_problem(self.tr("Describe the decision that is needed."))
        else:
            self._set_problem("")

    def need(self) -> Need:
        """The need the dialog describes, with a fresh id."""
        return Need(
            id=self.case.new_id(Need),
            decision=self.decision.text().strip(),
            power=str(self.power.currentData()),
            handler=self.handler.currentData(),
        )
