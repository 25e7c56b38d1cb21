"""The mouse wheel scrolls a form; it does not turn a field the pointer passes over.

Qt lets the wheel change a combo box or spin box under the pointer even when the user never
clicked it: scrolling the Properties panel past "Kind" made a resident an administrator, and
past "Organisation" took an actor out of its organisation, one silent undo step each (new user,
tenth round N1). A guarded field takes the wheel only while it has the keyboard focus (after a
click or Tab); otherwise the wheel goes on to the panel around it, which scrolls. The field
takes the focus by click or Tab only (``Qt.StrongFocus``), never by the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

__all__ = ["WheelGuard", "guard_wheel"]

_GUARDED_PROPERTY = "kv_wheel_guarded"


class WheelGuard(QObject):
    """Event filter: a wheel over an unfocused field is passed on to the field's parent."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            area = _scroll_area_around(watched)
            if area is not None:  # the panel scrolls, as over any other part of it
                QCoreApplication.sendEvent(area.viewport(), event)
                return True
            event.ignore()  # filtered and ignored: the wheel goes on to the parent widgets
            return True
        return super().eventFilter(watched, event)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(root: QWidget) -> int:
    """Guard every combo box, spin box and date field inside ``root`` (those already guarded
    are left as they are); returns how many were guarded now."""
    guard = root.findChild(WheelGuard, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if guard is None:
        guard = WheelGuard(root)
    fields: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    count = 0
    for field in fields:
        if field.property(_GUARDED_PROPERTY):
            continue
        field.setProperty(_GUARDED_PROPERTY, True)
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)
        count += 1
    return count
