"""Popup menus of the canvas: the kind chooser for a new connection and the context menus."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from models import ActorKind, Power, PowerCategory, RelationKind, Sphere
from models.i18n import Lang
from models.labels import label
from ui.canvas.scene_grid import ViewMode

if TYPE_CHECKING:
    from ui.canvas.view import MapView

__all__ = [
    "Choice",
    "build_context_menu",
    "build_kind_menu",
    "popup_kind_menu",
    "rename_organisation",
]


@dataclass(frozen=True, slots=True)
class Choice:
    """What to draw between two actors: a relationship kind or a mandate with a power."""

    relation: RelationKind | None = None
    power: str | None = None  # a power's id, or a PowerCategory for "another category"


def build_kind_menu(
    parent: QWidget | None, lang: Lang, powers: Sequence[Power] = ()
) -> tuple[QMenu, dict[QAction, Choice]]:
    """The menu of relationship kinds and a submenu for a mandate: the case's named
    ``powers`` first, then the power categories under "Other category"."""
    menu = QMenu(parent)
    menu.setObjectName("kind_menu")
    menu.setAccessibleName(QCoreApplication.translate("MapMenus", "Kind of connection"))
    choices: dict[QAction, Choice] = {}
    for kind in RelationKind:
        action = menu.addAction(label(kind, lang))
        choices[action] = Choice(relation=kind)
    menu.addSeparator()
    sub = menu.addMenu(QCoreApplication.translate("MapMenus", "Mandate"))
    sub.setObjectName("mandate_menu")
    for named in sorted(powers, key=lambda p: p.name.casefold()):
        action = sub.addAction(named.name)
        choices[action] = Choice(power=named.id)
    categories = sub
    if powers:
        sub.addSeparator()
        categories = sub.addMenu(QCoreApplication.translate("MapMenus", "Other category"))
    for category in PowerCategory:
        action = categories.addAction(label(category, lang))
        choices[action] = Choice(power=category)
    return menu, choices


def popup_kind_menu(view: MapView, global_pos: QPoint, source: str, target: str) -> Choice | None:
    """Ask for the kind of a new connection with a popup menu at ``global_pos``."""
    case = view.map_scene.case
    menu, choices = build_kind_menu(view, view.map_scene.lang, list(case.powers))
    names = [case.actors.get(i) for i in (source, target)]
    if all(a is not None for a in names):  # say which two actors are being connected
        title = QCoreApplication.translate("MapMenus", "From %1 to %2")
        first, second = (a.name for a in names if a is not None)
        menu.setTitle(title.replace("%1", first).replace("%2", second))
        menu.insertSection(menu.actions()[0], menu.title())
    chosen = menu.exec(global_pos)
    menu.deleteLater()
    return choices.get(chosen) if chosen is not None else None


def _enum_submenu(
    menu: QMenu,
    title: str,
    values: list[ActorKind] | list[Sphere] | list[RelationKind],
    current: object,
    lang: Lang,
    apply: object,
) -> None:
    sub = menu.addMenu(title)
    for value in values:
        action = sub.addAction(label(value, lang))
        action.setCheckable(True)
        action.setChecked(value == current)
        action.triggered.connect(lambda _=False, v=value: apply(v))  # type: ignore[operator]


def build_context_menu(view: MapView, entity_id: str | None, scene_pos: QPointF) -> QMenu:
    """The context menu for an actor, an edge or the empty canvas."""
    menu = QMenu(view)
    menu.setObjectName("context_menu")
    lang = view.map_scene.lang
    controller = view.controller
    case = view.map_scene.case
    actor = case.actors.get(entity_id) if entity_id else None
    rel = case.relationships.get(entity_id) if entity_id else None
    mandate = case.mandates.get(entity_id) if entity_id else None
    if controller is not None and entity_id is not None:
        if actor is not None or rel is not None:
            menu.addAction(
                QCoreApplication.translate("MapMenus", "Rename…")
                if actor
                else QCoreApplication.translate("MapMenus", "Edit label…"),
                lambda: view.start_rename(entity_id),
            )
        if actor is not None:
            _enum_submenu(
                menu,
                QCoreApplication.translate("MapMenus", "Kind"),
                list(ActorKind),
                actor.kind,
                lang,
                lambda v: controller.set_field(entity_id, "kind", v),
            )
            _enum_submenu(
                menu,
                QCoreApplication.translate("MapMenus", "Sphere"),
                list(Sphere),
                actor.effective_sphere,
                lang,
                lambda v: controller.set_field(entity_id, "sphere", v),
            )
            menu.addAction(
                QCoreApplication.translate("MapMenus", "Connect to…"),
                lambda: view.connect_from(entity_id),
            )
            menu.addAction(
                QCoreApplication.translate("MapMenus", "Focus on this actor"),
                lambda: view.focus_requested.emit(entity_id),
            )
            org = case.organisations.get(actor.organisation) if actor.organisation else None
            if org is not None and view.map_scene.view_mode == ViewMode.MAP:
                scene = view.map_scene  # the box may be hidden: the menu still reaches the group
                org_id = org.id
                menu.addAction(
                    QCoreApplication.translate("MapMenus", "Collapse %1").replace("%1", org.name),
                    lambda: scene.request_collapse(org_id, True),
                )
        if rel is not None:
            _enum_submenu(
                menu,
                QCoreApplication.translate("MapMenus", "Kind"),
                list(RelationKind),
                rel.kind,
                lang,
                lambda v: controller.set_field(entity_id, "kind", v),
            )
        if rel is not None or mandate is not None:
            menu.addAction(
                QCoreApplication.translate("MapMenus", "Reverse direction"),
                lambda: view.reverse(entity_id),
            )
        menu.addSeparator()
    for action in view.context_actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    if controller is not None and entity_id is None and view.map_scene.view_mode == ViewMode.MAP:
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("MapMenus", "Add actor here"),
            lambda: view.add_actor_at(scene_pos),
        )
    return menu


def group_menu(view: MapView, point: QPoint) -> QMenu | None:
    """The context menu of an organisation's box or collapsed node under ``point``
    (viewport pixels), or None where there is none."""
    from ui.canvas.collapse import CollapsedItem
    from ui.canvas.groups import GroupItem

    scene = view.map_scene
    for item in view.items(point):
        if isinstance(item, CollapsedItem):
            org_id, collapse = item.org_id, False
        elif isinstance(item, GroupItem) and item.isVisible() and item.org_id:
            org_id, collapse = item.org_id, True
        else:
            continue
        menu = QMenu(view)
        menu.setObjectName("group_menu")
        text = (
            QCoreApplication.translate("MapMenus", "Collapse organisation")
            if collapse
            else QCoreApplication.translate("MapMenus", "Expand organisation")
        )
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False, o=org_id, c=collapse: scene.request_collapse(o, c))
        if view.controller is not None:  # a member of it: in the box, or inside the node
            spot = view.mapToScene(point)
            add = menu.addAction(QCoreApplication.translate("MapMenus", "Add actor here"))
            add.triggered.connect(
                lambda _=False, o=org_id, p=spot: view.add_actor_at(p, organisation=o)
            )
            # the organisation renamed on the map (new user, twelfth round B4)
            rename = menu.addAction(QCoreApplication.translate("MapMenus", "Rename…"))
            rename.setObjectName("rename_organisation")
            rename.triggered.connect(lambda _=False, o=org_id: rename_organisation(view, o))
        return menu
    return None


def rename_organisation(view: MapView, org_id: str) -> bool:
    """Ask for a new name of the organisation ``org_id`` and set it (one undo step); it is
    selected, so Properties shows it. False when nothing changed."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from models import ModelError

    controller = view.controller
    org = view.map_scene.case.organisations.get(org_id)
    if controller is None or org is None:
        return False
    controller.set_selection([org_id])
    name, ok = QInputDialog.getText(
        view,
        QCoreApplication.translate("MapMenus", "Rename organisation"),
        QCoreApplication.translate("MapMenus", "Name:"),
        text=org.name,
    )
    if not ok or not name.strip() or name.strip() == org.name:
        return False
    try:
        return controller.set_field(org_id, "name", name.strip())
    except ModelError as exc:
        QMessageBox.warning(
            view,
            QCoreApplication.translate("MapMenus", "Rename organisation"),
            exc.render(view.map_scene.lang),
        )
        return False
