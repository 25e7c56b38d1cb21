"""Editors for one field: combo boxes for enums and actor references, spin boxes for whole
numbers, a date editor for dates, a line edit for the rest. Used by the table delegate and by
the Properties panel, so both edit a field the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
)

from models import Case, EntityKind, ModelError, PowerCategory
from models.fields import FieldSpec
from models.i18n import Lang
from models.labels import label, shown_name
from ui.docks.choices import EntityChoices
from ui.docks.fields import none_text, parse_list, ref_id, yes_no
from ui.docks.typed_date import typed_date
from ui.i18n import QT_TRANSLATE_NOOP, current_language

__all__ = [
    "NULL_DATE",
    "ChoiceListEdit",
    "EnumListEdit",
    "NullableDateEdit",
    "RefListEdit",
    "SignedSpinBox",
    "create_editor",
    "editor_data",
    "set_editor_data",
]

NULL_DATE = QDate(1900, 1, 1)  # shown as "—" in a date editor: no date
_LIST_HINT = QT_TRANSLATE_NOOP("Editor", "Separate items with a semicolon (;)")
_CHOOSE = QT_TRANSLATE_NOOP("Editor", "Choose from the list")
_DATE_HINT = QT_TRANSLATE_NOOP("Editor", "Delete clears the date (—: no date)")
_NEW_ORGANISATION = QT_TRANSLATE_NOOP(
    "Editor", "Choose an organisation, or type a new name to add one"
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Editor", text)


def _combo(parent: QWidget | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class SignedSpinBox(QSpinBox):
    """A spin box that shows positive values with a plus sign (stance, trust level)."""

    def textFromValue(self, value: int) -> str:
        return f"+{value}" if value > 0 else str(value)

    def valueFromText(self, text: str) -> int:
        return int(text.strip().lstrip("+") or 0)


class NullableDateEdit(QDateEdit):
    """A date editor where "—" (the minimum date) means no date; Delete clears it.

    A date may be typed as a user writes it ("31-12-2026", "2026-12-31", "15 januari 2027":
    :func:`ui.docks.typed_date.typed_date`), as free text that becomes the date when the
    field is left; Tab leaves the field (new user, twelfth round B2: typed dates were refused
    and Tab only moved between day, month and year)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMMM yyyy")  # the one date format: 1 oktober 2026
        dutch = current_language() == "nl"
        self.setLocale(QLocale(QLocale.Language.Dutch if dutch else QLocale.Language.English))
        self.setMinimumDate(NULL_DATE)
        self.setSpecialValueText("—")
        self.setToolTip(_t(_DATE_HINT))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.date() == NULL_DATE or self.lineEdit().selectedText() == self.text()
        ):
            self.clear_date()
            event.accept()
            return
        typed = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if typed and typed.isprintable() and plain:  # free text, not day-month-year sections
            line = self.lineEdit()
            if line.text() == self.specialValueText():  # "—31-12-2026" was the old text
                line.setText("")
            line.insert(typed)
            event.accept()
            return
        super().keyPressEvent(event)
        self._calendar_on_today()  # Alt+Down, F4

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # digits on their way to a date stay as typed until the field is left (fixup reads
        # them then): taken at once, "30-11-20" was read as 2020 and shown as "30 november
        # 2020", and the "26" typed next made it "202026" (new user, review 23, under X11)
        if text.strip() and not text.strip("0123456789-/. "):
            return QValidator.State.Intermediate, text, pos
        if typed_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        state, fixed, at = super().validate(text, pos)
        if state is QValidator.State.Invalid and len(text) <= 40:  # "15 jan" on its way
            return QValidator.State.Intermediate, text, pos
        return state, fixed, at

    def fixup(self, text: str) -> str:
        """A typed date in the field's own words when the field is left ("30-11-2026" → "30
        november 2026"); what cannot be read gives the field its date back."""
        day = typed_date(text)
        if day is None:
            return text
        return self.locale().toString(QDate(day.year, day.month, day.day), self.displayFormat())

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = typed_date(text)
        if day is None:
            return super().dateTimeFromText(text)
        return QDateTime(QDate(day.year, day.month, day.day), self.time())

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # Tab leaves the field

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # the ▾ opens the calendar on the field's date
        self._calendar_on_today()

    def _calendar_on_today(self) -> None:
        if self.date() == NULL_DATE:  # the calendar opens on today, not on januari 1900
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def clear_date(self) -> None:
        """Set "no date"."""
        self.setDate(NULL_DATE)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._calendar_on_today()
        super().focusInEvent(event)


class ChoiceListEdit(QWidget):
    """``a; b`` text with a drop-down of check boxes, one per choice (``value``, ``text``)."""

    editingFinished = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(_t(_LIST_HINT))
        self.line.editingFinished.connect(self.editingFinished)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setAccessibleName(_t(_CHOOSE))
        self.button.setToolTip(_t(_CHOOSE))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.actions_by_value: dict[str, QAction] = {}
        self._texts: dict[str, str] = {}
        for value, text in choices:
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._on_action_toggled)
            self.actions_by_value[value] = action
            self._texts[value] = text
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._sync_checks)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        """The list as ``a; b``."""
        return self.line.text()

    def setText(self, text: str) -> None:
        """Show ``text`` (``a; b``)."""
        self.line.setText(text)
        self.line.setCursorPosition(0)

    def _chosen(self) -> list[str]:  # pragma: no cover - overridden
        """The values the text names now."""
        return []

    def _sync_checks(self) -> None:
        chosen = set(self._chosen())
        for value, action in self.actions_by_value.items():
            blocker = QSignalBlocker(action)
            action.setChecked(value in chosen)
            blocker.unblock()

    def _on_action_toggled(self, _checked: bool) -> None:
        checked = [v for v, action in self.actions_by_value.items() if action.isChecked()]
        self.setText("; ".join(self._texts[v] for v in checked))
        self.editingFinished.emit()


class EnumListEdit(ChoiceListEdit):
    """A list of enum members (roles) by their labels."""

    def __init__(self, spec: FieldSpec, lang: Lang, parent: QWidget | None = None) -> None:
        assert spec.enum is not None
        self._spec = spec
        super().__init__([(str(m.value), label(m, lang)) for m in spec.enum], parent)

    def _chosen(self) -> list[str]:
        try:
            values = parse_list(self._spec, self.line.text(), "")
        except ModelError:
            return []
        return [str(v.value) for v in values]


class RefListEdit(ChoiceListEdit):
    """A list of references (an agreement's parties, what it covers) by name."""

    def __init__(self, spec: FieldSpec, case: Case, lang: Lang, parent: QWidget | None = None):
        assert spec.refers is not None
        self._spec = spec
        self._case = case
        choices = [(str(item.id), shown_name(item)) for item in case.collection(spec.refers)]
        if spec.refers is EntityKind.POWER:
            choices += [(c.value, label(c, lang)) for c in PowerCategory]
        super().__init__(choices, parent)

    def _chosen(self) -> list[str]:
        items = [p.strip() for p in self.line.text().split(";") if p.strip()]
        return [ref_id(self._spec, item, self._case) for item in items]


def create_editor(
    spec: FieldSpec,
    case: Case,
    lang: Lang,
    parent: QWidget | None,
    *,
    list_menu: bool = False,
    choices: Callable[[FieldSpec], QAbstractItemModel] | None = None,
) -> QWidget:
    """A widget to edit a field of kind ``spec.kind``.

    ``list_menu``: enum lists get a drop-down of check boxes. ``choices(spec)`` gives a
    shared model of the actors for reference fields (else the combo box is filled here).
    """
    kind = spec.kind
    if kind == "enum":
        assert spec.enum is not None
        combo = _combo(parent)
        if spec.nullable:
            combo.addItem(none_text(spec), None)
        for member in spec.enum:
            combo.addItem(label(member, lang), str(member.value))
        return combo
    if kind == "ref":
        combo = _combo(parent)
        # measuring thousands of names for the width is slow: a fixed minimum instead
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        if spec.refers is EntityKind.ORGANISATION:
            # typing a new name creates the organisation (see DocumentController.set_field)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setToolTip(_t(_NEW_ORGANISATION))
        if choices is not None:
            combo.setModel(choices(spec))
            return combo
        if spec.nullable or spec.optional_ref:
            combo.addItem("—", "" if spec.optional_ref else None)
        assert spec.refers is not None
        for item in case.collection(spec.refers):
            combo.addItem(shown_name(item), item.id)
        if spec.refers is EntityKind.POWER:
            for category in PowerCategory:
                combo.addItem(label(category, lang), category.value)
        return combo
    if kind == "bool_or_null":
        combo = _combo(parent)
        for value in (None, True, False):
            combo.addItem(yes_no(value), value)
        return combo
    if kind == "int":
        spin = SignedSpinBox(parent) if spec.minimum < 0 else QSpinBox(parent)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setKeyboardTracking(False)
        return spin
    if kind == "date":
        return NullableDateEdit(parent)
    if kind == "enum_list" and list_menu:
        return EnumListEdit(spec, lang, parent)
    if kind == "ref_list":
        return RefListEdit(spec, case, lang, parent)
    line = QLineEdit(parent)
    if kind in ("enum_list", "str_list"):
        line.setPlaceholderText(_t(_LIST_HINT))
        if spec.enum is not None:
            line.setToolTip("; ".join(label(m, lang) for m in spec.enum))
    if kind == "number":
        line.setPlaceholderText("—")
    return line


def set_editor_data(editor: QWidget, value: Any) -> None:
    """Show ``value`` (an EditRole value) in an editor made by :func:`create_editor`."""
    if isinstance(editor, QComboBox) and isinstance(editor.model(), EntityChoices):
        editor.setCurrentIndex(max(editor.model().row_for(value), 0))  # type: ignore[attr-defined]
        if editor.isEditable():  # with its signals blocked, the combo leaves its text alone
            editor.setEditText(editor.itemText(editor.currentIndex()))
    elif isinstance(editor, QComboBox):
        found = editor.findData(value)
        if value is None:
            found = next((i for i in range(editor.count()) if editor.itemData(i) is None), -1)
        editor.setCurrentIndex(max(found, 0))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value or 0))
    elif isinstance(editor, QDateEdit):
        if isinstance(value, date):
            editor.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(editor, NullableDateEdit):
            editor.clear_date()
        else:
            editor.setDate(NULL_DATE)
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))
        editor.setCursorPosition(0)
    elif isinstance(editor, ChoiceListEdit):
        editor.setText("" if value is None else str(value))


def editor_data(editor: QWidget) -> Any:
    """The value an editor made by :func:`create_editor` holds now."""
    if isinstance(editor, QComboBox):
        if editor.isEditable():  # a typed name that is not (yet) in the list
            text = editor.currentText().strip()
            if text != editor.itemText(editor.currentIndex()).strip():
                return text
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QDateEdit):
        qdate = editor.date()
        if qdate == NULL_DATE:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())
    if isinstance(editor, (QLineEdit, ChoiceListEdit)):
        return editor.text()
    return None
