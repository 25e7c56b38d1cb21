"""The menu bar of the main window: File, Edit, View, Map, Analysis, Language, Help."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from models import ActorKind, RelationKind, Sphere
from models.labels import label
from ui.canvas.filters import MANDATES, MapFilter
from ui.docks.accept_button import ACCEPT_KEYS
from ui.window.action_specs import Group

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["build_menus", "retranslate_menus", "shortcuts_html"]


def _titles() -> dict[str, str]:
    return {
        "file": QCoreApplication.translate("MainMenus", "&File"),
        "recent": QCoreApplication.translate("MainMenus", "Open &recent"),
        "edit": QCoreApplication.translate("MainMenus", "&Edit"),
        "view": QCoreApplication.translate("MainMenus", "&View"),
        "practice": QCoreApplication.translate("MainMenus", "&Practice"),
        "filter": QCoreApplication.translate("MainMenus", "Fil&ter"),
        "filter_kind": QCoreApplication.translate("MainMenus", "Actor &kind"),
        "filter_sphere": QCoreApplication.translate("MainMenus", "&Sphere"),
        "filter_tag": QCoreApplication.translate("MainMenus", "&Tag"),
        "filter_edge": QCoreApplication.translate("MainMenus", "&Connection kind"),
        "focus": QCoreApplication.translate("MainMenus", "Focus &depth"),
        "panels": QCoreApplication.translate("MainMenus", "Pa&nels"),
        "map": QCoreApplication.translate("MainMenus", "&Map"),
        "layout": QCoreApplication.translate("MainMenus", "&Layout"),
        "analysis": QCoreApplication.translate("MainMenus", "&Analysis"),
        "language": QCoreApplication.translate("MainMenus", "&Language"),
        "help": QCoreApplication.translate("MainMenus", "&Help"),
    }


def build_menus(window: MainWindow) -> dict[str, QMenu]:
    """Create the menu bar; returns the menus by key (for retranslation and tests)."""
    a = window.actions_
    bar = window.menuBar()
    bar.setObjectName("menu_bar")
    menus: dict[str, QMenu] = {}

    def menu(key: str, parent: QMenu | None = None) -> QMenu:
        m = parent.addMenu("") if parent is not None else bar.addMenu("")
        m.setObjectName(f"menu_{key}")
        menus[key] = m
        return m

    file = menu("file")
    file.addActions([a["file_new"], a["file_new_template"], a["file_open"]])
    recent = menu("recent", file)
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file.addAction(a["file_open_example"])
    file.addSeparator()
    file.addActions([a["file_save"], a["file_save_as"]])
    file.addSeparator()
    file.addActions([a["file_save_snapshot"], a["file_timeline"], a["file_open_casebook"]])
    file.addSeparator()
    file.addAction(a["file_export_image"])
    file.addSeparator()
    file.addAction(a["file_quit"])

    edit = menu("edit")
    edit.addActions([window.edit.undo_action, window.edit.redo_action])
    edit.addSeparator()
    for name in ("edit_cut", "edit_copy", "edit_paste", "edit_duplicate", "edit_delete"):
        edit.addAction(a[name])
    edit.addSeparator()
    edit.addActions([a["edit_select_all"], a["edit_rename"]])
    edit.addSeparator()
    edit.addActions([a["edit_find"], a["edit_find_next"], a["edit_find_previous"]])

    view = menu("view")
    view.addActions([a["view_map"], a["view_grid"]])
    view.addSeparator()
    practice = menu("practice", view)
    practice.addActions([a["practice_both"], a["practice_routine"], a["practice_maatwerk"]])
    flt = menu("filter", view)
    for key in ("filter_kind", "filter_sphere", "filter_tag", "filter_edge"):
        sub = menu(key, flt)
        sub.aboutToShow.connect(lambda k=key, s=sub: _fill_filter(window, k, s))
    view.addAction(a["view_focus"])
    focus = menu("focus", view)
    focus.aboutToShow.connect(lambda: _fill_focus(window, focus))
    view.addAction(a["view_clear_filter"])
    view.addSeparator()
    view.addActions(
        [
            a["view_zoom_in"],
            a["view_zoom_out"],
            a["view_zoom_reset"],
            a["view_fit"],
            a["view_legend"],
        ]
    )
    view.addSeparator()
    view.addAction(a["view_present"])
    view.addSeparator()
    panels = menu("panels", view)
    from ui.docks import panel_docks

    for dock in panel_docks(window):
        panels.addAction(dock.toggleViewAction())

    map_menu = menu("map")
    map_menu.addActions([a["mode_select"], a["mode_add_actor"], a["mode_connect"]])
    map_menu.addSeparator()
    map_menu.addActions([a["map_add_actor"], a["map_connect_selected"]])
    _add_table_entries(window, map_menu)
    map_menu.addSeparator()
    layout = menu("layout", map_menu)
    layout.addActions([a[spec.name] for spec in a.in_group(Group.LAYOUT)])
    layout.addSeparator()
    layout.addAction(a["layout_cancel"])
    a["layout_cancel"].setEnabled(False)

    analysis = menu("analysis")
    analysis.addActions([a["analysis_run"], a["analysis_findings"], a["analysis_scorecard"]])

    language = menu("language")
    language.addActions([a["lang_nl"], a["lang_en"]])
    a["lang_nl" if window.scene.lang == "nl" else "lang_en"].setChecked(True)

    help_menu = menu("help")
    help_menu.addActions([a["help_building_blocks"], a["help_shortcuts"], a["help_about"]])
    return menus


def _add_table_entries(window: MainWindow, map_menu: QMenu) -> None:
    """Map › Add need and Add agreement: the Tables dock's own actions, which also bring that
    table to the front (new user, tenth round: "the Map menu has no entries for needs or
    agreements, so I found them only in Tables")."""
    from ui.docks.tables_dock import TablesDock

    tables = window.findChild(TablesDock)
    if tables is None:
        return
    for name in ("needs_dock", "agreements_dock"):
        table = next((t for t in tables.tables if t.objectName() == name), None)
        if table is not None:
            table.add_action.triggered.connect(lambda _=False, t=table: tables.show_table(t))
            map_menu.addAction(table.add_action)


def retranslate_menus(window: MainWindow) -> None:
    """Set every menu title in the current language."""
    for key, title in _titles().items():
        m = window.menus.get(key)
        if m is not None:
            m.setTitle(title)


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    files = window.files.recent_files()
    for i, path in enumerate(files, start=1):
        action = menu.addAction(f"&{i} {Path(path).name}")
        action.setStatusTip(path)
        action.setData(path)
        action.triggered.connect(lambda _=False, p=path: window.files.open_path(p))
    if not files:
        empty = menu.addAction(QCoreApplication.translate("MainMenus", "(no recent files)"))
        empty.setEnabled(False)


def _fill_focus(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for depth in (1, 2, 3):
        if depth == 1:
            text = QCoreApplication.translate("MainMenus", "1 step")
        else:
            text = QCoreApplication.translate("MainMenus", "%1 steps").replace("%1", str(depth))
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False, d=depth: window.focus_on_selection(d))


def _fill_filter(window: MainWindow, key: str, menu: QMenu) -> None:
    """Checkable entries for one filter dimension; nothing checked means everything shows."""
    menu.clear()
    scene = window.scene
    flt = scene.map_filter
    lang = scene.lang
    case = window.controller.case
    field: str
    entries: list[tuple[str, object]]
    if key == "filter_kind":
        field = "kinds"
        entries = [(label(k, lang), k) for k in ActorKind]
    elif key == "filter_sphere":
        field = "spheres"
        entries = [(label(s, lang), s) for s in Sphere]
    elif key == "filter_tag":
        field = "tags"
        tags = sorted({t for actor in case.actors for t in actor.tags}, key=str.casefold)
        entries = [(t, t) for t in tags]
    else:
        field = "edge_kinds"
        entries = [(label(k, lang), k.value) for k in RelationKind]
        entries.append((QCoreApplication.translate("MainMenus", "Mandates"), MANDATES))
    current: frozenset[object] = getattr(flt, field)
    for text, value in entries:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(value in current)
        action.toggled.connect(lambda on, v=value: _toggle_filter(window, field, v, on))
    if not entries:
        empty = menu.addAction(QCoreApplication.translate("MainMenus", "(no tags in this case)"))
        empty.setEnabled(False)


def _toggle_filter(window: MainWindow, field: str, value: object, on: bool) -> None:
    flt: MapFilter = window.scene.map_filter
    current = set(getattr(flt, field))
    if on:
        current.add(value)
    else:
        current.discard(value)
    changes: dict[str, object] = {field: frozenset(current)}
    window.scene.set_filter(dataclasses.replace(flt, **changes))  # type: ignore[arg-type]


def shortcuts_html(window: MainWindow) -> str:
    """A table of every action with a shortcut, plus the keys of the map itself."""
    rows: list[tuple[str, str]] = []
    actions = [*window.actions_.actions.values(), window.edit.undo_action, window.edit.redo_action]
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((action.text().replace("&", ""), keys))
    rows += [
        (
            QCoreApplication.translate("MainMenus", "Select the next / previous actor"),
            "Tab / Shift+Tab",
        ),
        (
            QCoreApplication.translate("MainMenus", "Move the selection"),
            QCoreApplication.translate("MainMenus", "Arrow keys (Shift: further)"),
        ),
        (
            QCoreApplication.translate("MainMenus", "Zoom"),
            QCoreApplication.translate("MainMenus", "Wheel, + and -"),
        ),
        (
            QCoreApplication.translate("MainMenus", "Pan"),
            QCoreApplication.translate("MainMenus", "Middle button, or Space and drag"),
        ),
        (
            QCoreApplication.translate("MainMenus", "Connect two actors"),
            QCoreApplication.translate("MainMenus", "Alt and drag from one actor to another"),
        ),
        (
            QCoreApplication.translate("MainMenus", "Next / previous match (find bar)"),
            QCoreApplication.translate("MainMenus", "Enter / Shift+Enter"),
        ),
        (QCoreApplication.translate("MainMenus", "Cancel"), "Esc"),
        (
            QCoreApplication.translate(
                "MainMenus", "Accept the chosen finding with a reason (Findings panel)"
            ),
            QKeySequence(ACCEPT_KEYS).toString(QKeySequence.SequenceFormat.NativeText),
        ),
    ]
    body = "".join(
        f"<tr><td>{html.escape(text)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}</b></td></tr>"
        for text, keys in rows
    )
    return f"<table>{body}</table>"
