"""The actions of the main window: texts, shortcuts, status tips; retranslated on a switch.

Every action has an object name (``file_open``, ``edit_undo`` ...) so tests and the
translation check can find it. :meth:`WindowActions.retranslate` sets every text again, and
runs on construction and on each language change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

__all__ = ["WindowActions"]

Key = QKeySequence.StandardKey
SP = QStyle.StandardPixmap

# name -> (shortcut(s), standard icon or None, checkable); texts are in _texts()
_SPEC: dict[str, tuple[tuple[Key | str, ...], SP | None, bool]] = {
    "file_new": ((Key.New,), SP.SP_FileIcon, False),
    "file_open": ((Key.Open,), SP.SP_DialogOpenButton, False),
    "file_open_example": ((), None, False),
    "file_save": ((Key.Save,), SP.SP_DialogSaveButton, False),
    "file_save_as": (("Ctrl+Shift+S",), None, False),
    "file_export_image": (("Ctrl+E",), None, False),
    "file_quit": ((Key.Quit, "Ctrl+Q"), None, False),
    "edit_cut": ((Key.Cut,), None, False),
    "edit_copy": ((Key.Copy,), None, False),
    "edit_paste": ((Key.Paste,), None, False),
    "edit_duplicate": (("Ctrl+D",), None, False),
    "edit_delete": (("Del",), SP.SP_TrashIcon, False),
    "edit_select_all": ((Key.SelectAll,), None, False),
    "edit_rename": (("F2",), None, False),
    "mode_select": (("V",), None, True),
    "mode_add_actor": (("A",), None, True),
    "mode_connect": (("C",), None, True),
    "map_add_actor": (("Ins",), None, False),
    "map_connect_selected": (("Ctrl+L",), None, False),
    "layout_force": (("Ctrl+Alt+1",), None, False),
    "layout_hierarchy": (("Ctrl+Alt+2",), None, False),
    "layout_spheres": (("Ctrl+Alt+3",), None, False),
    "layout_grid": (("Ctrl+Alt+4",), None, False),
    "layout_circle": (("Ctrl+Alt+5",), None, False),
    "layout_cancel": ((), None, False),
    "view_map": (("Ctrl+1",), None, True),
    "view_grid": (("Ctrl+2",), None, True),
    "view_zoom_in": ((Key.ZoomIn, "Ctrl+="), None, False),
    "view_zoom_out": ((Key.ZoomOut,), None, False),
    "view_zoom_reset": (("Ctrl+0",), None, False),
    "view_fit": (("Ctrl+Shift+F",), None, False),
    "view_legend": (("Ctrl+Shift+L",), None, True),
    "view_focus": (("Ctrl+G",), None, False),
    "view_clear_filter": (("Ctrl+Shift+G",), None, False),
    "practice_both": ((), None, True),
    "practice_routine": ((), None, True),
    "practice_maatwerk": ((), None, True),
    "analysis_run": (("F5",), None, False),
    "analysis_findings": (("Ctrl+Shift+1",), None, False),
    "analysis_scorecard": (("Ctrl+Shift+2",), None, False),
    "help_shortcuts": ((Key.HelpContents,), None, False),
    "help_about": ((), None, False),
    "lang_nl": ((), None, True),
    "lang_en": ((), None, True),
}


def _unique_sequences(keys: tuple[Key | str, ...]) -> list[QKeySequence]:
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


# shortcuts that only act while the map has the focus (single letters, Delete, F2, Insert)
MAP_ONLY = {"mode_select", "mode_add_actor", "mode_connect", "map_add_actor", "edit_rename"}


def _texts() -> dict[str, tuple[str, str]]:
    """Every action's (text, status tip), through tr() so lupdate finds them."""
    return {
        "file_new": (
            QCoreApplication.translate("WindowActions", "&New"),
            QCoreApplication.translate("WindowActions", "Start an empty case"),
        ),
        "file_open": (
            QCoreApplication.translate("WindowActions", "&Open…"),
            QCoreApplication.translate("WindowActions", "Open a .kvmap file"),
        ),
        "file_open_example": (
            QCoreApplication.translate("WindowActions", "Open the &example case"),
            QCoreApplication.translate("WindowActions", "Open the built-in example case"),
        ),
        "file_save": (
            QCoreApplication.translate("WindowActions", "&Save"),
            QCoreApplication.translate("WindowActions", "Save the case"),
        ),
        "file_save_as": (
            QCoreApplication.translate("WindowActions", "Save &as…"),
            QCoreApplication.translate("WindowActions", "Save the case under a new name"),
        ),
        "file_export_image": (
            QCoreApplication.translate("WindowActions", "&Export picture…"),
            QCoreApplication.translate("WindowActions", "Save the map as PNG, SVG or PDF"),
        ),
        "file_quit": (
            QCoreApplication.translate("WindowActions", "&Quit"),
            QCoreApplication.translate("WindowActions", "Close Krachtenveld"),
        ),
        "edit_cut": (
            QCoreApplication.translate("WindowActions", "Cu&t"),
            QCoreApplication.translate("WindowActions", "Cut the selection to the clipboard"),
        ),
        "edit_copy": (
            QCoreApplication.translate("WindowActions", "&Copy"),
            QCoreApplication.translate("WindowActions", "Copy the selection to the clipboard"),
        ),
        "edit_paste": (
            QCoreApplication.translate("WindowActions", "&Paste"),
            QCoreApplication.translate(
                "WindowActions", "Paste actors and connections from the clipboard"
            ),
        ),
        "edit_duplicate": (
            QCoreApplication.translate("WindowActions", "&Duplicate"),
            QCoreApplication.translate("WindowActions", "Copy the selection beside itself"),
        ),
        "edit_delete": (
            QCoreApplication.translate("WindowActions", "De&lete"),
            QCoreApplication.translate("WindowActions", "Delete the selection"),
        ),
        "edit_select_all": (
            QCoreApplication.translate("WindowActions", "Select &all"),
            QCoreApplication.translate("WindowActions", "Select every actor and connection"),
        ),
        "edit_rename": (
            QCoreApplication.translate("WindowActions", "&Rename"),
            QCoreApplication.translate(
                "WindowActions", "Rename the selected actor or edit the label"
            ),
        ),
        "mode_select": (
            QCoreApplication.translate("WindowActions", "&Select"),
            QCoreApplication.translate("WindowActions", "Select and move (V)"),
        ),
        "mode_add_actor": (
            QCoreApplication.translate("WindowActions", "Add &actor"),
            QCoreApplication.translate(
                "WindowActions", "Click on the map to add an actor (A, Insert)"
            ),
        ),
        "mode_connect": (
            QCoreApplication.translate("WindowActions", "&Connect"),
            QCoreApplication.translate(
                "WindowActions", "Drag from one actor to another to connect them (C)"
            ),
        ),
        "map_add_actor": (
            QCoreApplication.translate("WindowActions", "&New actor"),
            QCoreApplication.translate("WindowActions", "Add an actor in the middle of the view"),
        ),
        "map_connect_selected": (
            QCoreApplication.translate("WindowActions", "Connect &selected…"),
            QCoreApplication.translate(
                "WindowActions", "Connect the two selected actors, or the selected actor to another"
            ),
        ),
        "layout_force": (
            QCoreApplication.translate("WindowActions", "&Force-directed"),
            QCoreApplication.translate("WindowActions", "Lay out by the connections"),
        ),
        "layout_hierarchy": (
            QCoreApplication.translate("WindowActions", "&Hierarchy"),
            QCoreApplication.translate("WindowActions", "Mandate and hierarchy chains top-down"),
        ),
        "layout_spheres": (
            QCoreApplication.translate("WindowActions", "&Spheres"),
            QCoreApplication.translate(
                "WindowActions", "Political, administrative, partners and society as bands"
            ),
        ),
        "layout_grid": (
            QCoreApplication.translate("WindowActions", "Power/interest &grid"),
            QCoreApplication.translate("WindowActions", "Positions from influence and interest"),
        ),
        "layout_circle": (
            QCoreApplication.translate("WindowActions", "&Circle"),
            QCoreApplication.translate("WindowActions", "Actors on a circle"),
        ),
        "layout_cancel": (
            QCoreApplication.translate("WindowActions", "Cancel &layout"),
            QCoreApplication.translate("WindowActions", "Stop the running layout"),
        ),
        "view_map": (
            QCoreApplication.translate("WindowActions", "&Map"),
            QCoreApplication.translate("WindowActions", "Show the map"),
        ),
        "view_grid": (
            QCoreApplication.translate("WindowActions", "Power/interest &grid"),
            QCoreApplication.translate("WindowActions", "Show actors by influence and interest"),
        ),
        "view_zoom_in": (
            QCoreApplication.translate("WindowActions", "Zoom &in"),
            QCoreApplication.translate("WindowActions", "Zoom in (+)"),
        ),
        "view_zoom_out": (
            QCoreApplication.translate("WindowActions", "Zoom &out"),
            QCoreApplication.translate("WindowActions", "Zoom out (-)"),
        ),
        "view_zoom_reset": (
            QCoreApplication.translate("WindowActions", "&Actual size"),
            QCoreApplication.translate("WindowActions", "Zoom to 100 %"),
        ),
        "view_fit": (
            QCoreApplication.translate("WindowActions", "&Fit to window"),
            QCoreApplication.translate("WindowActions", "Show the whole map (F)"),
        ),
        "view_legend": (
            QCoreApplication.translate("WindowActions", "&Legend"),
            QCoreApplication.translate("WindowActions", "Show the legend on the map"),
        ),
        "view_focus": (
            QCoreApplication.translate("WindowActions", "&Focus on selected actor"),
            QCoreApplication.translate("WindowActions", "Show only the neighbourhood of the actor"),
        ),
        "view_clear_filter": (
            QCoreApplication.translate("WindowActions", "&Show everything"),
            QCoreApplication.translate("WindowActions", "Clear the filter and the focus"),
        ),
        "practice_both": (
            QCoreApplication.translate("WindowActions", "&Both practices"),
            QCoreApplication.translate("WindowActions", "Show routine and custom practice"),
        ),
        "practice_routine": (
            QCoreApplication.translate("WindowActions", "&Routine"),
            QCoreApplication.translate("WindowActions", "Show the routine practice only"),
        ),
        "practice_maatwerk": (
            QCoreApplication.translate("WindowActions", "&Custom (maatwerk)"),
            QCoreApplication.translate("WindowActions", "Show the custom practice only"),
        ),
        "analysis_run": (
            QCoreApplication.translate("WindowActions", "&Analyse now"),
            QCoreApplication.translate("WindowActions", "Run the analysis again"),
        ),
        "analysis_findings": (
            QCoreApplication.translate("WindowActions", "Show &findings"),
            QCoreApplication.translate("WindowActions", "Show the findings panel"),
        ),
        "analysis_scorecard": (
            QCoreApplication.translate("WindowActions", "Show &scorecard"),
            QCoreApplication.translate("WindowActions", "Show the scorecard panel"),
        ),
        "help_shortcuts": (
            QCoreApplication.translate("WindowActions", "&Keyboard shortcuts"),
            QCoreApplication.translate("WindowActions", "List the keyboard shortcuts"),
        ),
        "help_about": (
            QCoreApplication.translate("WindowActions", "&About Krachtenveld"),
            QCoreApplication.translate("WindowActions", "Version and licence"),
        ),
        "lang_nl": (
            QCoreApplication.translate("WindowActions", "&Nederlands"),
            QCoreApplication.translate("WindowActions", "Show the program in Dutch"),
        ),
        "lang_en": (
            QCoreApplication.translate("WindowActions", "&English"),
            QCoreApplication.translate("WindowActions", "Show the program in English"),
        ),
    }


class WindowActions(QObject):
    """All actions of the window by name; see the module docstring."""

    def __init__(self, window: QWidget, map_widget: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.actions: dict[str, QAction] = {}
        style = window.style()
        for name, (keys, icon, checkable) in _SPEC.items():
            action = QAction(window)
            action.setObjectName(name)
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            if keys:
                action.setShortcuts(_unique_sequences(keys))
            action.setCheckable(checkable)
            if name in MAP_ONLY:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                map_widget.addAction(action)
            else:
                window.addAction(action)
            self.actions[name] = action
        self.groups: dict[str, QActionGroup] = {}
        for group, names in {
            "mode": ("mode_select", "mode_add_actor", "mode_connect"),
            "view": ("view_map", "view_grid"),
            "practice": ("practice_both", "practice_routine", "practice_maatwerk"),
            "lang": ("lang_nl", "lang_en"),
        }.items():
            action_group = QActionGroup(self)
            for name in names:
                action_group.addAction(self.actions[name])
            self.groups[group] = action_group
        self.actions["mode_select"].setChecked(True)
        self.actions["view_map"].setChecked(True)
        self.actions["practice_both"].setChecked(True)
        self.actions["view_legend"].setChecked(True)
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def on(self, name: str, slot: Callable[[], object]) -> None:
        """Run ``slot`` when action ``name`` triggers."""
        self.actions[name].triggered.connect(lambda _checked=False: slot())

    def set_icon(self, name: str, icon: QIcon) -> None:
        """Give action ``name`` an icon."""
        self.actions[name].setIcon(icon)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        for name, (text, tip) in _texts().items():
            action = self.actions[name]
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(text.replace("&", ""))
