"""The actions of the main window, made from the records of :mod:`ui.window.action_specs`, and
retranslated on a language switch.

Every action of the window, the exchange actions included, is a record of that one table;
:meth:`WindowActions.add` can add more (tests use it).

Wiring goes by record, never by a name built from a string: ``connect_group(Group.LAYOUT,
run_layout)`` calls ``run_layout(spec.value)``; ``action_for(Group.MODE, "connect")`` finds
the action that stands for a value. :meth:`WindowActions.retranslate` sets every text again,
on construction and on each language change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.window.action_record import ActionName
from ui.window.action_specs import ACTIONS, ActionSpec, Group, Key
from ui.window.icons import mode_icon

__all__ = ["ActionName", "ActionSpec", "Group", "WindowActions"]


def _unique_sequences(keys: Iterable[Key | str]) -> list[QKeySequence]:
    """The key sequences of ``keys`` without repeats or empties.

    A standard key means different keys per platform (Quit is Ctrl+Q on X11 and nothing on
    Windows), so a spare like ``"Ctrl+Q"`` can repeat it; a sequence set twice makes Qt
    report "Ambiguous shortcut overload" and do nothing at all.
    """
    result: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                result.append(sequence)
    return result


class WindowActions(QObject):
    """All actions of the window by name; see the module docstring."""

    def __init__(self, window: QWidget, map_widget: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._map_widget = map_widget
        self.actions: dict[str, QAction] = {}
        self.specs: dict[ActionName, ActionSpec] = {}
        self.groups: dict[Group, QActionGroup] = {}
        self.add(ACTIONS)
        self.actions["mode_select"].setChecked(True)
        self.actions["view_map"].setChecked(True)
        self.actions["practice_both"].setChecked(True)
        self.actions["view_legend"].setChecked(True)

    def add(self, specs: Iterable[ActionSpec]) -> list[QAction]:
        """Create the actions of ``specs`` (window-wide, or on the map for ``map_only``)."""
        style = self._window.style()
        created = []
        for spec in specs:
            if spec.name in self.actions:
                raise ValueError(f"action {spec.name!r} defined twice")
            action = QAction(self._window)
            action.setObjectName(spec.name)
            if isinstance(spec.icon, str):
                action.setIcon(mode_icon(spec.icon))
            elif spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            if spec.keys:
                action.setShortcuts(_unique_sequences(spec.keys))
            action.setCheckable(spec.checkable)
            if spec.map_only:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self._map_widget.addAction(action)
            else:
                self._window.addAction(action)
            if spec.group is not None and spec.group.exclusive:
                if spec.group not in self.groups:
                    self.groups[spec.group] = QActionGroup(self)
                self.groups[spec.group].addAction(action)
            self.actions[spec.name] = action
            self.specs[spec.name] = spec
            self._translate(spec, action)
            created.append(action)
        return created

    def __getitem__(self, name: ActionName) -> QAction:
        return self.actions[name]

    def in_group(self, group: Group) -> list[ActionSpec]:
        """The records of ``group``, in table order."""
        return [spec for spec in self.specs.values() if spec.group is group]

    def action_for(self, group: Group, value: object) -> QAction:
        """The action of ``group`` that stands for ``value``."""
        for spec in self.in_group(group):
            if spec.value == value:
                return self.actions[spec.name]
        raise KeyError(f"no {group.value} action for {value!r}")

    def on(self, name: ActionName, slot: Callable[[], object]) -> None:
        """Run ``slot`` when action ``name`` triggers."""
        self.actions[name].triggered.connect(partial(_call_dropping_checked, slot))

    def connect_group(self, group: Group, slot: Callable[[Any], object]) -> None:
        """Run ``slot(spec.value)`` when an action of ``group`` triggers."""
        for spec in self.in_group(group):
            self.on(spec.name, partial(slot, spec.value))

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        for name, spec in self.specs.items():
            self._translate(spec, self.actions[name])

    @staticmethod
    def _translate(spec: ActionSpec, action: QAction) -> None:
        text = QCoreApplication.translate(spec.context, spec.text)
        action.setText(text)
        action.setStatusTip(QCoreApplication.translate(spec.context, spec.tip))
        action.setToolTip(text.replace("&", "").rstrip("…"))


def _call_dropping_checked(slot: Callable[[], object], _checked: bool = False) -> None:
    slot()
