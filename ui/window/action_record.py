"""The record of one main-window action (:class:`ActionSpec`) and the :class:`Group` of values
some actions stand for; the tables of records are in :mod:`ui.window.action_specs` and
:mod:`ui.exchange.exchange_actions`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

__all__ = ["CONTEXT", "SP", "ActionSpec", "Group", "Key"]

Key = QKeySequence.StandardKey
SP = QStyle.StandardPixmap
CONTEXT = "WindowActions"


class Group(enum.Enum):
    """Actions that stand for one value each of the same choice."""

    MODE = "mode"  # exclusive: the map's interaction mode
    VIEW = "view"  # exclusive: map or power/interest grid
    PRACTICE = "practice"  # exclusive: which practice is shown and analysed
    LANGUAGE = "language"  # exclusive: the program's language
    LAYOUT = "layout"  # the layout methods
    EXPORT = "export"  # the export formats (ui.exchange.window_exchange)

    @property
    def exclusive(self) -> bool:
        """Whether exactly one action of the group is checked."""
        return self in _EXCLUSIVE


_EXCLUSIVE = frozenset({Group.MODE, Group.VIEW, Group.PRACTICE, Group.LANGUAGE})


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: everything about it but its slot."""

    name: str  # object name
    text: str  # source text in ``context`` (marked with QT_TRANSLATE_NOOP)
    tip: str  # status tip, idem
    keys: tuple[Key | str, ...] = ()
    icon: QStyle.StandardPixmap | str | None = None  # Qt's standard icon, or one of ui.window.icons
    checkable: bool = False
    map_only: bool = False  # the shortcut acts only while the map has the focus
    group: Group | None = None
    value: Any = None  # what the action stands for in its group
    context: str = CONTEXT
