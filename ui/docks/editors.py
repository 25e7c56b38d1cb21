"""Editors for one field: combo boxes for enums and actor references, spin boxes for whole
numbers, a date editor for dates, a line edit for the rest. Used by the table delegate and by
the Properties panel, so both edit a field the same way.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from models import Case
from models.fields import FieldSpec
from models.i18n import Lang
from models.labels import label
from ui.docks.fields import none_text, yes_no
from ui.i18n import QT_TRANSLATE_NOOP

__all__ = ["NULL_DATE", "create_editor", "editor_data", "set_editor_data"]

NULL_DATE = QDate(1900, 1, 1)  # shown as "—" in a date editor: no date
_LIST_HINT = QT_TRANSLATE_NOOP("Editor", "Separate items with a semicolon (;)")


def _t(text: str) -> str:
    return QCoreApplication.translate("Editor", text)


def _combo(parent: QWidget | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def create_editor(spec: FieldSpec, case: Case, lang: Lang, parent: QWidget | None) -> QWidget:
    """A widget to edit a field of kind ``spec.kind``."""
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
        if spec.nullable:
            combo.addItem("—", None)
        for actor in case.actors:
            combo.addItem(actor.name, actor.id)
        return combo
    if kind == "bool_or_null":
        combo = _combo(parent)
        for value in (None, True, False):
            combo.addItem(yes_no(value), value)
        return combo
    if kind == "int":
        spin = QSpinBox(parent)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setKeyboardTracking(False)
        return spin
    if kind == "date":
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NULL_DATE)
        edit.setSpecialValueText("—")
        return edit
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
    if isinstance(editor, QComboBox):
        found = editor.findData(value)
        if value is None:
            found = next((i for i in range(editor.count()) if editor.itemData(i) is None), -1)
        editor.setCurrentIndex(max(found, 0))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value or 0))
    elif isinstance(editor, QDateEdit):
        if isinstance(value, date):
            editor.setDate(QDate(value.year, value.month, value.day))
        else:
            editor.setDate(NULL_DATE)
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))
        editor.setCursorPosition(0)


def editor_data(editor: QWidget) -> Any:
    """The value an editor made by :func:`create_editor` holds now."""
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QDateEdit):
        qdate = editor.date()
        if qdate == NULL_DATE:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())
    if isinstance(editor, QLineEdit):
        return editor.text()
    return None
