"""The table of the main window's actions: one :class:`ActionSpec` per action.

A record holds everything about an action but its slot: object name (tests and the
translation check find actions by it), text and status tip (marked for lupdate, translated at
run time by :class:`ui.window.actions.WindowActions`), shortcuts, icon, whether it is
checkable, whether its shortcut acts only on the map, and the :class:`Group` and value it
stands for (the layout actions stand for a layout method, the practice actions for a
practice …), so wiring goes by record and never by a name built from a string.

The record itself is in :mod:`ui.window.action_record`; the import, export, compare and what-if
records in :mod:`ui.exchange.exchange_actions`.
"""

from __future__ import annotations

from models import LayoutMethod, Practice
from ui.canvas.scene_grid import ViewMode
from ui.exchange.exchange_actions import EXCHANGE_ACTIONS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.window.action_record import CONTEXT, SP, ActionSpec, Group, Key

__all__ = ["ACTIONS", "CONTEXT", "ActionSpec", "Group", "Key"]

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file_new",
        QT_TRANSLATE_NOOP("WindowActions", "&New"),
        QT_TRANSLATE_NOOP("WindowActions", "Start an empty case"),
        keys=(Key.New,),
        icon=SP.SP_FileIcon,
    ),
    ActionSpec(
        "file_new_template",
        QT_TRANSLATE_NOOP("WindowActions", "New from &template…"),
        QT_TRANSLATE_NOOP(
            "WindowActions", "Start from a typical case: debts and eviction, youth care, Wmo"
        ),
    ),
    ActionSpec(
        "file_open",
        QT_TRANSLATE_NOOP("WindowActions", "&Open…"),
        QT_TRANSLATE_NOOP("WindowActions", "Open a .kvmap file"),
        keys=(Key.Open,),
        icon=SP.SP_DialogOpenButton,
    ),
    ActionSpec(
        "file_open_example",
        QT_TRANSLATE_NOOP("WindowActions", "Open the &example case"),
        QT_TRANSLATE_NOOP("WindowActions", "Open the built-in example case"),
    ),
    ActionSpec(
        "file_save",
        QT_TRANSLATE_NOOP("WindowActions", "&Save"),
        QT_TRANSLATE_NOOP("WindowActions", "Save the case"),
        keys=(Key.Save,),
        icon=SP.SP_DialogSaveButton,
    ),
    ActionSpec(
        "file_save_as",
        QT_TRANSLATE_NOOP("WindowActions", "Save &as…"),
        QT_TRANSLATE_NOOP("WindowActions", "Save the case under a new name"),
        keys=("Ctrl+Shift+S",),
    ),
    ActionSpec(
        "file_save_snapshot",
        QT_TRANSLATE_NOOP("WindowActions", "Save sna&pshot…"),
        QT_TRANSLATE_NOOP(
            "WindowActions",
            "Keep the map as it is now under a name and a date, to look back and compare later",
        ),
    ),
    ActionSpec(
        "file_timeline",
        QT_TRANSLATE_NOOP("WindowActions", "Time&line"),
        QT_TRANSLATE_NOOP(
            "WindowActions",
            "Show the snapshots, the scorecard over time and the saves",
        ),
    ),
    ActionSpec(
        "file_open_casebook",
        QT_TRANSLATE_NOOP("WindowActions", "Open case&book…"),
        QT_TRANSLATE_NOOP(
            "WindowActions",
            "Analyse every map in a folder and show which causes recur across the cases",
        ),
    ),
    ActionSpec(
        "file_export_image",
        QT_TRANSLATE_NOOP("WindowActions", "Export &picture…"),
        QT_TRANSLATE_NOOP("WindowActions", "Save the map as PNG, SVG or PDF"),
        keys=("Ctrl+E",),
    ),
    ActionSpec(
        "file_quit",
        QT_TRANSLATE_NOOP("WindowActions", "&Quit"),
        QT_TRANSLATE_NOOP("WindowActions", "Close Krachtenveld"),
        keys=(Key.Quit, "Ctrl+Q"),
    ),
    ActionSpec(
        "edit_cut",
        QT_TRANSLATE_NOOP("WindowActions", "Cu&t"),
        QT_TRANSLATE_NOOP("WindowActions", "Cut the selection to the clipboard"),
        keys=(Key.Cut,),
    ),
    ActionSpec(
        "edit_copy",
        QT_TRANSLATE_NOOP("WindowActions", "&Copy"),
        QT_TRANSLATE_NOOP("WindowActions", "Copy the selection to the clipboard"),
        keys=(Key.Copy,),
    ),
    ActionSpec(
        "edit_paste",
        QT_TRANSLATE_NOOP("WindowActions", "&Paste"),
        QT_TRANSLATE_NOOP("WindowActions", "Paste actors and connections from the clipboard"),
        keys=(Key.Paste,),
    ),
    ActionSpec(
        "edit_duplicate",
        QT_TRANSLATE_NOOP("WindowActions", "&Duplicate"),
        QT_TRANSLATE_NOOP("WindowActions", "Copy the selection beside itself"),
        keys=("Ctrl+D",),
    ),
    ActionSpec(
        "edit_delete",
        QT_TRANSLATE_NOOP("WindowActions", "De&lete"),
        QT_TRANSLATE_NOOP("WindowActions", "Delete the selection"),
        keys=("Del",),
        icon=SP.SP_TrashIcon,
    ),
    ActionSpec(
        "edit_select_all",
        QT_TRANSLATE_NOOP("WindowActions", "Select &all"),
        QT_TRANSLATE_NOOP("WindowActions", "Select every actor and connection"),
        keys=(Key.SelectAll,),
    ),
    ActionSpec(
        "edit_rename",
        QT_TRANSLATE_NOOP("WindowActions", "&Rename"),
        QT_TRANSLATE_NOOP("WindowActions", "Rename the selected actor or edit the label"),
        keys=("F2",),
        map_only=True,
    ),
    ActionSpec(
        "edit_find",
        QT_TRANSLATE_NOOP("WindowActions", "&Find…"),
        QT_TRANSLATE_NOOP(
            "WindowActions", "Find an actor on the map by name, role or organisation (Ctrl+F)"
        ),
        keys=("Ctrl+F",),
        icon="edit_find",
    ),
    ActionSpec(
        "edit_find_next",
        QT_TRANSLATE_NOOP("WindowActions", "Find &next"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the next actor found (F3)"),
        keys=("F3",),
    ),
    ActionSpec(
        "edit_find_previous",
        QT_TRANSLATE_NOOP("WindowActions", "Find pre&vious"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the previous actor found (Shift+F3)"),
        keys=("Shift+F3",),
    ),
    ActionSpec(
        "mode_select",
        QT_TRANSLATE_NOOP("WindowActions", "&Select"),
        QT_TRANSLATE_NOOP("WindowActions", "Select and move (V)"),
        keys=("V",),
        checkable=True,
        map_only=True,
        group=Group.MODE,
        value="select",
        icon="mode_select",
    ),
    ActionSpec(
        "mode_add_actor",
        QT_TRANSLATE_NOOP("WindowActions", "Add &actor"),
        QT_TRANSLATE_NOOP("WindowActions", "Click on the map to add an actor (A, Insert)"),
        keys=("A",),
        checkable=True,
        map_only=True,
        group=Group.MODE,
        value="add_actor",
        icon="mode_add_actor",
    ),
    ActionSpec(
        "mode_connect",
        QT_TRANSLATE_NOOP("WindowActions", "&Connect"),
        QT_TRANSLATE_NOOP("WindowActions", "Drag from one actor to another to connect them (C)"),
        keys=("C",),
        checkable=True,
        map_only=True,
        group=Group.MODE,
        value="connect",
        icon="mode_connect",
    ),
    ActionSpec(
        "map_add_actor",
        QT_TRANSLATE_NOOP("WindowActions", "&New actor"),
        QT_TRANSLATE_NOOP("WindowActions", "Add an actor in the middle of the view"),
        keys=("Ins",),
        map_only=True,
    ),
    ActionSpec(
        "map_connect_selected",
        QT_TRANSLATE_NOOP("WindowActions", "Connect s&elected…"),
        QT_TRANSLATE_NOOP(
            "WindowActions", "Connect the two selected actors, or the selected actor to another"
        ),
        keys=("Ctrl+L",),
    ),
    ActionSpec(
        "layout_force",
        QT_TRANSLATE_NOOP("WindowActions", "&Force-directed"),
        QT_TRANSLATE_NOOP("WindowActions", "Lay out by the connections"),
        keys=("Ctrl+Alt+1",),
        group=Group.LAYOUT,
        value=LayoutMethod.FORCE,
    ),
    ActionSpec(
        "layout_hierarchy",
        QT_TRANSLATE_NOOP("WindowActions", "&Hierarchy"),
        QT_TRANSLATE_NOOP("WindowActions", "Mandate and hierarchy chains top-down"),
        keys=("Ctrl+Alt+2",),
        group=Group.LAYOUT,
        value=LayoutMethod.HIERARCHY,
    ),
    ActionSpec(
        "layout_spheres",
        QT_TRANSLATE_NOOP("WindowActions", "&Spheres"),
        QT_TRANSLATE_NOOP(
            "WindowActions", "Political, administrative, partners and society as bands"
        ),
        keys=("Ctrl+Alt+3",),
        group=Group.LAYOUT,
        value=LayoutMethod.SPHERES,
    ),
    ActionSpec(
        "layout_grid",
        QT_TRANSLATE_NOOP("WindowActions", "Power/interest &grid"),
        QT_TRANSLATE_NOOP("WindowActions", "Positions from influence and interest"),
        keys=("Ctrl+Alt+4",),
        group=Group.LAYOUT,
        value=LayoutMethod.GRID,
    ),
    ActionSpec(
        "layout_circle",
        QT_TRANSLATE_NOOP("WindowActions", "&Circle"),
        QT_TRANSLATE_NOOP("WindowActions", "Actors on a circle"),
        keys=("Ctrl+Alt+5",),
        group=Group.LAYOUT,
        value=LayoutMethod.CIRCLE,
    ),
    ActionSpec(
        "layout_cancel",
        QT_TRANSLATE_NOOP("WindowActions", "Cancel &layout"),
        QT_TRANSLATE_NOOP("WindowActions", "Stop the running layout"),
    ),
    ActionSpec(
        "view_map",
        QT_TRANSLATE_NOOP("WindowActions", "&Map"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the map"),
        keys=("Ctrl+1",),
        checkable=True,
        group=Group.VIEW,
        value=ViewMode.MAP,
        icon="view_map",
    ),
    ActionSpec(
        "view_grid",
        QT_TRANSLATE_NOOP("WindowActions", "Power/interest &grid"),
        QT_TRANSLATE_NOOP("WindowActions", "Show actors by influence and interest"),
        keys=("Ctrl+2",),
        checkable=True,
        group=Group.VIEW,
        value=ViewMode.GRID,
        icon="view_grid",
    ),
    ActionSpec(
        "view_zoom_in",
        QT_TRANSLATE_NOOP("WindowActions", "Zoom &in"),
        QT_TRANSLATE_NOOP("WindowActions", "Zoom in (+)"),
        keys=(Key.ZoomIn, "Ctrl+="),
        icon="view_zoom_in",
    ),
    ActionSpec(
        "view_zoom_out",
        QT_TRANSLATE_NOOP("WindowActions", "Zoom &out"),
        QT_TRANSLATE_NOOP("WindowActions", "Zoom out (-)"),
        keys=(Key.ZoomOut,),
        icon="view_zoom_out",
    ),
    ActionSpec(
        "view_zoom_reset",
        QT_TRANSLATE_NOOP("WindowActions", "&Actual size"),
        QT_TRANSLATE_NOOP("WindowActions", "Zoom to 100 %"),
        keys=("Ctrl+0",),
    ),
    ActionSpec(
        "view_fit",
        # one name and one key in the menu, the toolbar, the tips and the status bar
        # (new user at scale 14: "Toon de hele kaart (F)" beside "Passend in venster")
        QT_TRANSLATE_NOOP("WindowActions", "Show the &whole map"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the whole map in the window (Ctrl+Shift+F)"),
        keys=("Ctrl+Shift+F",),
        icon="view_fit",
    ),
    ActionSpec(
        "view_present",
        QT_TRANSLATE_NOOP("WindowActions", "P&resent"),
        QT_TRANSLATE_NOOP(
            "WindowActions",
            "Full screen, the map only: step through the top causes with the arrow keys "
            "(W: what if, Esc: back)",
        ),
        keys=("F5",),
    ),
    ActionSpec(
        "view_legend",
        QT_TRANSLATE_NOOP("WindowActions", "&Legend"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the legend on the map"),
        keys=("Ctrl+Shift+L",),
        checkable=True,
    ),
    ActionSpec(
        "view_focus",
        QT_TRANSLATE_NOOP("WindowActions", "&Focus on selected actor"),
        QT_TRANSLATE_NOOP("WindowActions", "Show only the neighbourhood of the actor"),
        keys=("Ctrl+G",),
    ),
    ActionSpec(
        "view_clear_filter",
        QT_TRANSLATE_NOOP("WindowActions", "&Show everything"),
        QT_TRANSLATE_NOOP("WindowActions", "Clear the filter and the focus"),
        keys=("Ctrl+Shift+G",),
    ),
    ActionSpec(
        "practice_both",
        QT_TRANSLATE_NOOP("WindowActions", "&Both practices"),
        QT_TRANSLATE_NOOP("WindowActions", "Show routine and custom practice"),
        checkable=True,
        group=Group.PRACTICE,
        value=None,
    ),
    ActionSpec(
        "practice_routine",
        QT_TRANSLATE_NOOP("WindowActions", "&Routine"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the routine practice only"),
        checkable=True,
        group=Group.PRACTICE,
        value=Practice.ROUTINE,
    ),
    ActionSpec(
        "practice_maatwerk",
        QT_TRANSLATE_NOOP("WindowActions", "&Custom (maatwerk)"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the custom practice only"),
        checkable=True,
        group=Group.PRACTICE,
        value=Practice.MAATWERK,
    ),
    ActionSpec(
        "analysis_run",
        QT_TRANSLATE_NOOP("WindowActions", "&Analyse now"),
        QT_TRANSLATE_NOOP("WindowActions", "Run the analysis again"),
        keys=("F9",),
    ),
    ActionSpec(
        "analysis_findings",
        QT_TRANSLATE_NOOP("WindowActions", "Show &findings"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the findings panel"),
        keys=("Ctrl+Shift+1",),
    ),
    ActionSpec(
        "analysis_scorecard",
        QT_TRANSLATE_NOOP("WindowActions", "Show &scorecard"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the scorecard panel"),
        keys=("Ctrl+Shift+2",),
    ),
    ActionSpec(
        "help_shortcuts",
        QT_TRANSLATE_NOOP("WindowActions", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("WindowActions", "List the keyboard shortcuts"),
        keys=(Key.HelpContents,),
    ),
    ActionSpec(
        "help_building_blocks",
        QT_TRANSLATE_NOOP("WindowActions", "The seven &building blocks"),
        QT_TRANSLATE_NOOP("WindowActions", "What the seven building blocks mean, in plain words"),
    ),
    ActionSpec(
        "help_about",
        QT_TRANSLATE_NOOP("WindowActions", "&About Krachtenveld"),
        QT_TRANSLATE_NOOP("WindowActions", "Version and licence"),
    ),
    ActionSpec(
        "lang_nl",
        QT_TRANSLATE_NOOP("WindowActions", "&Nederlands"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the program in Dutch"),
        checkable=True,
        group=Group.LANGUAGE,
        value="nl",
    ),
    ActionSpec(
        "lang_en",
        QT_TRANSLATE_NOOP("WindowActions", "&English"),
        QT_TRANSLATE_NOOP("WindowActions", "Show the program in English"),
        checkable=True,
        group=Group.LANGUAGE,
        value="en",
    ),
    *EXCHANGE_ACTIONS,
)
