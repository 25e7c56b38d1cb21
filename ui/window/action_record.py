"""The record of one main-window action (:class:`ActionSpec`) and the :class:`Group` of values
some actions stand for; the tables of records are in :mod:`ui.window.action_specs` and
:mod:`ui.exchange.exchange_actions`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

__all__ = ["CONTEXT", "SP", "ActionName", "ActionSpec", "Group", "Key"]

Key = QKeySequence.StandardKey
SP = QStyle.StandardPixmap
CONTEXT = "WindowActions"


# Every action's object name, in table order (the window's, then the exchange's): a misspelt
# name in a table, in ``WindowActions.on`` or ``window.actions_[…]`` is a mypy error, not a
# KeyError when the window is built (rev-code18 N4). tests/ui/test_actions.py checks that
# this list and the tables hold the same names.
ActionName = Literal[
    "file_new",
    "file_new_template",
    "file_open",
    "file_open_example",
    "file_save",
    "file_save_as",
    "file_save_snapshot",
    "file_timeline",
    "file_open_casebook",
    "file_export_image",
    "file_quit",
    "edit_cut",
    "edit_copy",
    "edit_paste",
    "edit_duplicate",
    "edit_delete",
    "edit_select_all",
    "edit_rename",
    "edit_find",
    "edit_find_next",
    "edit_find_previous",
    "mode_select",
    "mode_add_actor",
    "mode_connect",
    "map_add_actor",
    "map_connect_selected",
    "layout_force",
    "layout_hierarchy",
    "layout_spheres",
    "layout_grid",
    "layout_circle",
    "layout_cancel",
    "view_map",
    "view_grid",
    "view_zoom_in",
    "view_zoom_out",
    "view_zoom_reset",
    "view_fit",
    "view_present",
    "view_legend",
    "view_focus",
    "view_clear_filter",
    "practice_both",
    "practice_routine",
    "practice_maatwerk",
    "analysis_run",
    "analysis_findings",
    "analysis_scorecard",
    "help_shortcuts",
    "help_building_blocks",
    "help_about",
    "lang_nl",
    "lang_en",
    "file_import",
    "file_import_register",
    "export_xlsx",
    "export_docx",
    "export_pptx",
    "export_anonymised",
    "export_kumu",
    "export_graphml",
    "export_gexf",
    "export_csv",
    "export_dot",
    "export_register_xlsx",
    "export_register_docx",
    "export_kvmap_anonymised",
    "analysis_compare",
    "analysis_whatif",
]


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

    name: ActionName  # object name
    text: str  # source text in ``context`` (marked with QT_TRANSLATE_NOOP)
    tip: str  # status tip, idem
    keys: tuple[Key | str, ...] = ()
    icon: QStyle.StandardPixmap | str | None = None  # Qt's standard icon, or one of ui.window.icons
    checkable: bool = False
    map_only: bool = False  # the shortcut acts only while the map has the focus
    group: Group | None = None
    value: Any = None  # what the action stands for in its group
    context: str = CONTEXT
