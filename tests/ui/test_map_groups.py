"""Organisations on the map: boxes only where an organisation really sits together (every
layout, the circle too, draws it so); a group collapses to one node with counted ties and
expands again, one undo step each, saved in the file."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mapper.layout import layout
from models import Case, EntityKind, LayoutMethod, Mandate, PowerCategory, fileformat
from models.example import example_case
from tests.mapper.test_layout_groups import ORGS, interleaved_case
from tests.ui.test_map_names import run_layout
from tests.ui.test_readable import two_organisations, window_at
from ui.canvas.menus import group_menu
from ui.canvas.scene import MapScene
from ui.docks.table_docks import ActorsDock
from ui.docks.tables import ID_ROLE
from ui.document.controller import DocumentController
from ui.i18n import set_language

__all__ = ["window_at"]  # the fixture, shared with test_readable


def test_the_circle_layout_keeps_every_drawn_box_to_its_own_actors(qtbot: QtBot) -> None:
    """Issue 12: since b904954 the circle is a circle again, each organisation on one arc of
    it (tests/mapper/test_layout_groups.py::test_the_circle_is_a_circle_with_each_organisation
    _on_one_arc), so the municipality's arc is no longer a packed block with a box around it
    (that is the other layouts' way; tests/ui/test_layout_boxes_1366.py). Where the map draws a
    box after the circle, no outsider stands in it; a small map's arcs keep their boxes."""
    case = example_case()
    scene = MapScene(case)
    case.set_positions(layout(case, LayoutMethod.CIRCLE, sizes=scene.actor_sizes()))
    names = {o.name: o.id for o in case.organisations}
    for name, box in scene.group_items.items():
        if not box.isVisible():
            continue
        for item in scene.actor_items.values():
            inside = box.rect().intersects(item.sceneBoundingRect())
            assert inside == (item.actor.organisation == names[name]), (name, item.actor.name)
    small = two_organisations()
    small_scene = MapScene(small)
    small.set_positions(layout(small, LayoutMethod.CIRCLE, sizes=small_scene.actor_sizes()))
    assert all(box.isVisible() for box in small_scene.group_items.values())


# ----------------------------------------------------------------------------- collapse
def with_mandates() -> Case:
    case = two_organisations()
    for i in range(3):
        case.add(EntityKind.MANDATE, Mandate(f"m{i}", "g1", f"w{i}", PowerCategory.SPEND_BUDGET))
    return case


def org_id(case: Case, name: str) -> str:
    return next(o.id for o in case.organisations if o.name == name)


def picture(scene: MapScene) -> tuple[object, ...]:
    """What the scene shows: visible actors and edges, nodes, ties and their labels."""
    return (
        sorted(k for k, i in scene.actor_items.items() if i.isVisible()),
        sorted(k for k, i in scene.relationship_items.items() if i.isVisible()),
        sorted(k for k, i in scene.mandate_items.items() if i.isVisible()),
        sorted(scene.collapsed_items),
        sorted((k, t.text) for k, t in scene.tie_items.items()),
    )


def test_a_group_collapses_to_one_node_with_counted_ties_and_expands_in_one_undo_step(
    qtbot: QtBot, tmp_path: Path
) -> None:
    set_language("nl", persist=False)
    try:
        controller = DocumentController(with_mandates())
        case = controller.case
        scene = MapScene(controller, "nl")
        case.set_positions(layout(case, LayoutMethod.FORCE, sizes=scene.actor_sizes()))
        before = picture(scene)
        thuisplus = org_id(case, "Thuisplus")
        scene.request_collapse(thuisplus, True)
        assert case.organisations.get(thuisplus).collapsed  # type: ignore[union-attr]
        members = {"w0", "w1", "w2"}
        assert not any(scene.actor_items[a].isVisible() for a in members)
        edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
        for edge in edges:
            touches = {edge.source.entity_id, edge.target.entity_id} & members
            assert edge.isVisible() == (not touches), edge.entity_id
        node = scene.collapsed_items[thuisplus]
        assert (node.name, node.count_text) == ("Thuisplus", "3 actoren")
        key = f"org:{thuisplus}"
        texts = {tuple(k): t.text for k, t in scene.tie_items.items()}
        assert texts[("g1", key)] == "3 mandaten"
        assert texts[("g0", key)] == "1 relatie"  # the collaboration g0 - w0
        assert texts[("g2", key)] == "1 relatie"
        assert texts[(key, "x")] == "1 relatie"
        collapsed = picture(scene)
        assert controller.undo_stack.count() == 1
        assert "Thuisplus" in controller.undo_stack.text(0)
        controller.undo_stack.undo()
        assert picture(scene) == before
        controller.undo_stack.redo()
        assert picture(scene) == collapsed
        # saved in the file
        path = tmp_path / "groep.kvmap"
        fileformat.save(case, path)
        again = fileformat.load(path)
        assert again.organisations.get(thuisplus).collapsed  # type: ignore[union-attr]
        reopened = MapScene(again)
        assert picture(reopened) == collapsed
        # a tie counts again when a mandate goes
        controller.remove(["m2"])
        assert scene.tie_items[("g1", key)].text == "2 mandaten"
        controller.undo_stack.undo()
        assert scene.tie_items[("g1", key)].text == "3 mandaten"
        # expand: one more step, everything back
        scene.request_collapse(thuisplus, False)
        assert picture(scene) == before
        controller.undo_stack.undo()
        assert picture(scene) == collapsed
    finally:
        set_language("en", persist=False)


def test_the_box_toggle_and_the_context_menu_collapse_and_expand(
    window_at: object, qtbot: QtBot
) -> None:
    win = window_at(with_mandates(), (1366, 768))  # type: ignore[operator]
    case = win.controller.case
    case.set_positions(layout(case, LayoutMethod.HIERARCHY, sizes=win.scene.actor_sizes()))
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    thuisplus = org_id(case, "Thuisplus")
    box = win.scene.group_items["Thuisplus"]
    assert box.isVisible()
    toggle = win.view.mapFromScene(box.toggle_rect().center())
    QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, pos=toggle)
    assert case.organisations.get(thuisplus).collapsed
    node = win.scene.collapsed_items[thuisplus]
    where = win.view.mapFromScene(node.scenePos())
    menu = group_menu(win.view, where)
    assert menu is not None
    # "Expand organisation", "Add actor here", "Rename…"
    action, _add_here, _rename = menu.actions()
    action.trigger()
    assert not case.organisations.get(thuisplus).collapsed
    assert all(win.scene.actor_items[a].isVisible() for a in ("w0", "w1", "w2"))
    assert win.controller.undo_stack.count() == 2
    # the collapsed node has its own ⊞ button (user review 5): one click expands it
    QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, pos=toggle)
    assert case.organisations.get(thuisplus).collapsed
    node = win.scene.collapsed_items[thuisplus]
    assert not node.highlighted
    win.controller.set_selection(["w1"])  # a hidden member, chosen in a table: its node shows it
    assert node.highlighted
    win.controller.set_selection([])
    assert not node.highlighted
    button = win.view.mapFromScene(node.mapToScene(node.toggle_rect().center()))
    assert node.contains(node.toggle_rect().center())
    QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, pos=button)
    assert not case.organisations.get(thuisplus).collapsed
    assert win.controller.undo_stack.count() == 4


def test_a_selection_across_organisations_marks_their_boxes(qtbot: QtBot) -> None:
    controller = DocumentController(with_mandates())
    case = controller.case
    scene = MapScene(controller)
    case.set_positions(layout(case, LayoutMethod.HIERARCHY, sizes=scene.actor_sizes()))
    boxes = scene.group_items
    gemeente, thuisplus = org_id(case, "Gemeente Rivierstad"), org_id(case, "Thuisplus")
    controller.set_selection(["g1", "m1", "w1"])  # a finding about the mandate g1 -> w1
    assert boxes["Gemeente Rivierstad"].highlighted
    assert boxes["Thuisplus"].highlighted
    controller.set_selection(["g1", "g2"])  # within one organisation: nothing to show
    assert not any(b.highlighted for b in boxes.values())
    controller.set_selection(["x", "g1"])  # the citizen has no organisation
    assert not any(b.highlighted for b in boxes.values())
    scene.request_collapse(thuisplus, True)
    controller.set_selection(["g1", "w1"])
    assert scene.collapsed_items[thuisplus].highlighted
    assert boxes["Gemeente Rivierstad"].highlighted
    assert scene.mark_spanned(["g0", "w2"]) == {gemeente, thuisplus}


def test_the_actors_table_groups_by_organisation(qtbot: QtBot) -> None:
    controller = DocumentController(with_mandates())
    dock = ActorsDock(controller)
    qtbot.addWidget(dock)
    model = dock.model
    case = controller.case

    def rows() -> list[tuple[str, str]]:
        ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
        actors = [a for a in (case.actors.get(i) for i in ids) if a is not None]
        assert len(actors) == len(ids)
        return [(case.organisation_name(a.organisation), a.name) for a in actors]

    before = rows()
    dock.group_button.click()
    grouped = rows()
    assert grouped == sorted(before)  # by organisation, then name
    assert grouped != before
    dock.group_button.click()
    assert rows() == before  # the map's own order again
    dock.view.sortByColumn(model.column_of("organisation"), Qt.SortOrder.AscendingOrder)
    assert dock.group_button.isChecked()
    dock.view.sortByColumn(model.column_of("name"), Qt.SortOrder.AscendingOrder)
    assert not dock.group_button.isChecked()


def test_a_double_click_on_a_collapsed_organisation_expands_it(
    window_at: object, qtbot: QtBot
) -> None:
    """Finding 5: a double click on the collapsed box made a "Nieuwe actor 1" on top of it."""
    win = window_at(with_mandates(), (1366, 768))  # type: ignore[operator]
    case = win.controller.case
    case.set_positions(layout(case, LayoutMethod.HIERARCHY, sizes=win.scene.actor_sizes()))
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    thuisplus = org_id(case, "Thuisplus")
    win.scene.request_collapse(thuisplus, True)
    qtbot.waitUntil(win.view.settled)
    actors = len(case.actors)
    steps = win.controller.undo_stack.count()
    node = win.scene.collapsed_items[thuisplus]
    assert node.toolTip().endswith("Double-click to expand")
    where = win.view.mapFromScene(node.scenePos())
    QTest.mouseDClick(win.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(case.actors) == actors  # no new actor
    assert not case.organisations.get(thuisplus).collapsed
    assert win.controller.undo_stack.count() == steps + 1  # one undo step
    win.controller.undo_stack.undo()
    assert case.organisations.get(thuisplus).collapsed


def test_an_exported_picture_has_no_collapse_button(qtbot: QtBot) -> None:
    from PySide6.QtGui import QImage, QPainter

    from exports.image.scene import EXPORTING, render_scene_bytes

    case = two_organisations()
    scene = MapScene(case)
    case.set_positions(layout(case, LayoutMethod.CIRCLE, sizes=scene.actor_sizes()))
    box = next(b for b in scene.group_items.values() if b.isVisible())
    button = box.toggle_rect()

    def button_pixels() -> set[int]:
        rect = box.boundingRect()
        image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_RGB32)
        image.fill(0xFF000000)  # black: the box's white button stands out
        painter = QPainter(image)
        painter.translate(-rect.topLeft())
        box.paint(painter, None, None)  # type: ignore[arg-type]
        painter.end()
        at = button.center() - rect.topLeft()
        half = button.width() / 2 - 1
        xs = range(int(at.x() - half), int(at.x() + half))
        ys = range(int(at.y() - half), int(at.y() + half))
        return {image.pixel(x, y) for x in xs for y in ys}

    on_screen = button_pixels()
    assert 0xFFFFFFFF in on_screen  # the editor shows the white button
    scene.setProperty(EXPORTING, True)
    exported = button_pixels()
    scene.setProperty(EXPORTING, False)
    assert 0xFFFFFFFF not in exported
    assert button_pixels() == on_screen  # the flag is the only difference
    render_scene_bytes(scene, "png", legend=False)
    assert not scene.property(EXPORTING)  # an export gives the screen its button back


# ----------------------------------------------------------------------------- together
@pytest.mark.parametrize(
    ("method", "size"), [(LayoutMethod.FORCE, (1366, 768)), (LayoutMethod.HIERARCHY, (1920, 1080))]
)
def test_a_layout_keeps_each_organisation_in_a_box_of_its_own(
    window_at: object, qtbot: QtBot, method: LayoutMethod, size: tuple[int, int]
) -> None:
    """On the items themselves: after a layout (with the room made for names on screen)
    every organisation has its box, no two boxes overlap and no actor stands in another
    organisation's box."""
    case = interleaved_case(long_names=False)  # names that all fit on the screen
    win = window_at(case, size)  # type: ignore[operator]
    run_layout(win, qtbot, method)
    scene = win.scene
    boxes = scene.group_items
    assert set(boxes) == set(ORGS)
    assert all(box.isVisible() for box in boxes.values()), "every organisation sits together"
    for one, other in itertools.combinations(boxes.values(), 2):
        assert not one.rect().intersects(other.rect()), f"{one.name} / {other.name}"
    org_name = {o.id: o.name for o in case.organisations}
    for actor_id, item in scene.actor_items.items():
        own = org_name.get(item.actor.organisation, "")
        for name, box in boxes.items():
            if name != own:
                assert not box.rect().intersects(item.sceneBoundingRect()), (actor_id, name)


def test_the_grouped_actors_table_names_each_organisation_once(qtbot: QtBot) -> None:
    controller = DocumentController(with_mandates())
    dock = ActorsDock(controller)
    qtbot.addWidget(dock)
    dock.resize(700, 400)
    dock.show()
    proxy, delegate = dock.proxy, dock.grouping
    column = dock.model.column_of("organisation")

    def shown() -> list[str]:
        """The organisation column as drawn, top to bottom."""
        cells = [proxy.index(r, column) for r in range(proxy.rowCount())]
        return [str(c.data() or "") if delegate.shows_text(c) else "" for c in cells]

    assert shown().count("Thuisplus") == 3  # ungrouped: on every row
    dock.group_button.click()
    assert shown() == ["", "Gemeente Rivierstad", "", "", "Thuisplus", "", ""]
    starts = [r for r in range(proxy.rowCount()) if delegate.starts_group(proxy.index(r, 0))]
    assert starts == [0, 1, 4]  # no organisation, then the two: a rule above 1 and 4
    picture = dock.view.viewport().grab()
    assert not picture.isNull()
    dock.group_button.click()
    assert shown().count("Thuisplus") == 3
