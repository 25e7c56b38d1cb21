"""The canvas on real widgets: zoom, practice and filters, the grid view, selection, parallel
edges, context menus, level of detail and hover."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from models import PowerCategory, Practice, RelationKind
from tests.ui.canvas_support import assert_agree, drag, vp
from tests.ui.conftest import small_case
from ui.canvas.filters import MANDATES, MapFilter
from ui.canvas.geometry import label_slots, pair_offsets
from ui.canvas.items import ActorItem
from ui.canvas.menus import Choice
from ui.canvas.scene import MapScene
from ui.canvas.view import MapView


def test_zoom_and_fit(canvas: Any) -> None:
    _, _, view = canvas
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == pytest.approx(1.2)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() == pytest.approx(1 / 1.2)
    view.fit_to_window()
    rect = view.mapToScene(view.viewport().rect()).boundingRect()
    assert rect.contains(view.map_scene.content_rect())


def test_practice_switch_hides_edges(canvas: Any) -> None:
    ctl, scene, _ = canvas
    ctl.set_field("r1", "practice", "routine")
    ctl.set_field("m1", "practice", "maatwerk")
    ctl.set_practice(Practice.MAATWERK)
    assert not scene.relationship_items["r1"].isVisible()
    assert scene.mandate_items["m1"].isVisible()
    ctl.set_practice(Practice.ROUTINE)
    assert scene.relationship_items["r1"].isVisible()
    assert not scene.mandate_items["m1"].isVisible()
    ctl.set_practice(None)
    assert scene.mandate_items["m1"].isVisible()


def test_filters_and_focus(canvas: Any) -> None:
    _, scene, _ = canvas
    scene.set_filter(MapFilter(edge_kinds=frozenset({MANDATES})))
    assert not any(i.isVisible() for i in scene.relationship_items.values())
    assert all(i.isVisible() for i in scene.mandate_items.values())
    scene.set_filter(MapFilter(focus="a4", depth=1))
    shown = {i for i, item in scene.actor_items.items() if item.isVisible()}
    assert shown == {"a4", "a3"}
    scene.set_filter(MapFilter(focus="a4", depth=2))
    shown = {i for i, item in scene.actor_items.items() if item.isVisible()}
    assert shown == {"a4", "a3", "a2"}


def test_grid_view_drag_sets_influence_and_interest(canvas: Any) -> None:
    ctl, scene, view = canvas
    scene.set_view_mode("grid")
    item = scene.actor_items["a1"]  # influence 0, interest 0
    view.centerOn(item)
    start = view.mapFromScene(item.pos())
    end = view.mapFromScene(scene.grid_bands()[0].centre(4, 4))
    drag(view, start, end)
    actor = ctl.case.actors.get("a1")
    assert actor is not None
    assert (actor.influence, actor.interest) == (4, 4)
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert scene.grid_values(scene.actor_items["a1"].pos()) == (0, 0)
    assert all(not i.isVisible() for i in scene.relationship_items.values())


def test_selection_syncs_both_ways(canvas: Any) -> None:
    ctl, scene, _ = canvas
    ctl.set_selection(["a3", "r1"])
    assert {getattr(i, "entity_id", "") for i in scene.selectedItems()} == {"a3", "r1"}
    scene.clearSelection()
    scene.actor_items["a4"].setSelected(True)
    assert ctl.selection == ("a4",)


def test_case_replaced_rebuilds_scene(canvas: Any) -> None:
    ctl, scene, _ = canvas
    ctl.new_document()
    assert scene.model_ids() == set()
    assert isinstance(scene, MapScene)
    ctl.replace_case(small_case(), None)
    assert_agree(ctl, scene)


def test_parallel_edges_fan_out() -> None:
    offsets = pair_offsets([("r1", "a", "b"), ("r2", "a", "b"), ("r3", "b", "a")], spacing=10)
    assert offsets == {"r1": -10.0, "r2": 0.0, "r3": -10.0}
    slots = label_slots([("r1", "a", "b"), ("r2", "a", "b")])
    assert slots["r1"] != slots["r2"]


def test_parallel_edge_items_do_not_overlap(canvas: Any) -> None:
    ctl, scene, _ = canvas
    a = scene.relationship_items["r2"]  # a2 -> a3 hierarchy
    b = scene.relationship_items["r3"]  # a3 -> a2 trust
    m = scene.mandate_items["m2"]  # a2 -> a3 mandate
    # collapsed: one bundle with one label that counts them
    assert [e.shown_text() for e in (a, b, m)].count("3 connections") == 1
    assert sum(bool(e.shown_text()) for e in (a, b, m)) == 1
    ctl.set_selection(["r3"])  # selecting one of them opens the bundle
    mids = [e.label_anchor() for e in (a, b, m)]
    xs = sorted(p.x() for p in mids)
    assert xs[1] - xs[0] > 15
    assert xs[2] - xs[1] > 15
    assert a.shown_text() == a.text
    assert m.shown_text() == m.text


def test_actor_item_reads_model(canvas: Any) -> None:
    ctl, scene, _ = canvas
    item = scene.actor_items["a1"]
    assert isinstance(item, ActorItem)
    ctl.set_field("a1", "kind", "council")
    assert scene.actor_items["a1"].actor.kind.value == "council"


def test_incremental_updates_match_a_full_refresh(canvas: Any) -> None:
    ctl, scene, view = canvas
    view.kind_chooser = lambda *_: Choice(relation=RelationKind.COLLABORATION)
    view.connect_actors("a2", "a3", QPoint())
    ctl.remove(["r3"])
    view.connect_actors("a3", "a2", QPoint())
    ctl.set_field("r1", "target", "a3")
    edges = {**scene.relationship_items, **scene.mandate_items}
    incremental = {i: (e.offset, e.label_t) for i, e in edges.items()}
    scene.set_filter(MapFilter())  # full refresh
    assert {i: (e.offset, e.label_t) for i, e in edges.items()} == incremental
    assert_agree(ctl, scene)


def test_edits_under_a_filter_keep_visibility_right(canvas: Any) -> None:
    ctl, scene, _ = canvas
    scene.set_filter(MapFilter(focus="a4", depth=1))
    ctl.set_field("r2", "source", "a4")  # a4 -> a3 now twice, a2 still out of reach
    shown = {i for i, item in scene.actor_items.items() if item.isVisible()}
    assert shown == {"a3", "a4"}
    ctl.set_field("r4", "target", "a2")
    shown = {i for i, item in scene.actor_items.items() if item.isVisible()}
    assert shown == {"a2", "a3", "a4"}


def test_context_menus_offer_the_right_edits(canvas: Any) -> None:
    from ui.canvas.menus import build_context_menu

    ctl, scene, view = canvas
    actor_menu = build_context_menu(view, "a1", QPointF())
    texts = [a.text() for a in actor_menu.actions()]
    assert "Rename…" in texts
    assert "Focus on this actor" in texts
    edge_menu = build_context_menu(view, "r1", QPointF())
    reverse = next(a for a in edge_menu.actions() if a.text() == "Reverse direction")
    reverse.trigger()
    rel = ctl.case.relationships.get("r1")
    assert rel is not None
    assert (rel.source, rel.target) == ("a2", "a1")
    assert_agree(ctl, scene)
    empty_menu = build_context_menu(view, None, QPointF(10, 10))
    add = next(a for a in empty_menu.actions() if a.text() == "Add actor here")
    view.start_rename = lambda _id: None
    add.trigger()
    assert len(ctl.case.actors) == 5
    for menu in (actor_menu, edge_menu, empty_menu):
        menu.deleteLater()


def test_lod_hides_labels_far_out(canvas: Any) -> None:
    from PySide6.QtGui import QImage, QPainter

    _, scene, _ = canvas
    item = scene.actor_items["a1"]

    def ink(scale: float) -> int:
        image = QImage(200, 120, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.translate(100, 60)
        painter.scale(scale, scale)
        from PySide6.QtWidgets import QStyleOptionGraphicsItem

        item.paint(painter, QStyleOptionGraphicsItem())
        painter.end()
        return sum(
            1
            for x in range(200)
            for y in range(120)
            if image.pixelColor(x, y).lightness() > 230 and image.pixelColor(x, y).alpha() > 200
        )

    assert ink(1.0) > 0  # white text on the red administrator hexagon
    assert ink(0.2) == 0  # far out: no text


def test_hovering_an_actor_highlights_its_connections(canvas: Any, qtbot: QtBot) -> None:
    _, scene, view = canvas
    QTest.mouseMove(view.viewport(), vp(view, 200, 150))  # over a3
    qtbot.waitUntil(lambda: scene.relationship_items["r2"].hovered, timeout=2000)
    assert {e.entity_id for e in scene.edges_of("a3") if e.hovered} == {"r2", "r3", "r4", "m2"}
    assert not scene.relationship_items["r1"].hovered
    QTest.mouseMove(view.viewport(), vp(view, 600, 600))
    qtbot.waitUntil(lambda: not scene.relationship_items["r2"].hovered, timeout=2000)


def test_view_survives_scrolling_during_construction(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QGraphicsView may scroll while its constructor sets the scene (it depends on the
    platform, the sizes and the scene rectangle); MapView's scrollContentsBy must cope."""
    from PySide6.QtWidgets import QGraphicsView

    original_init, original_set_scene = QGraphicsView.__init__, QGraphicsView.setScene
    scrolled: list[int] = []

    def scroll(view: QGraphicsView) -> None:
        if view.scene() is not None:  # the scene is set: scroll the way Qt may do then
            bar = view.horizontalScrollBar()
            bar.setRange(0, 500)
            bar.setValue(bar.value() + 120)
            scrolled.append(bar.value())

    def scrolling_init(self: QGraphicsView, *args: Any) -> None:
        original_init(self, *args)
        scroll(self)

    def scrolling_set_scene(self: QGraphicsView, scene: Any) -> None:
        original_set_scene(self, scene)
        scroll(self)

    monkeypatch.setattr(QGraphicsView, "__init__", scrolling_init)
    monkeypatch.setattr(QGraphicsView, "setScene", scrolling_set_scene)
    case = small_case()
    scene = MapScene(case)
    view = MapView(scene)
    monkeypatch.undo()
    qtbot.addWidget(view)
    assert scrolled, "nothing scrolled during construction: the test would prove nothing"
    assert view.scene() is scene
    assert view.show_legend
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 40)
    assert view.map_scene is scene


def test_the_mandate_menu_offers_the_named_powers_first() -> None:
    """Finding 7: the popup listed power categories, not the powers of the case."""
    from models.example import example_case
    from ui.canvas.menus import build_kind_menu

    case = example_case()
    powers = list(case.powers)
    assert powers
    menu, choices = build_kind_menu(None, "en", powers)
    sub = menu.findChild(QMenu, "mandate_menu")
    assert isinstance(sub, QMenu)
    named = [a for a in sub.actions() if not a.isSeparator() and a.menu() is None]
    assert {a.text() for a in named} == {p.name for p in powers}
    assert {choices[a].power for a in named} == {p.id for p in powers}
    other = [a for a in sub.actions() if a.menu() is not None]
    assert [a.text() for a in other] == ["Other category"]
    categories = other[0].menu()
    assert isinstance(categories, QMenu)
    assert len(categories.actions()) == len(PowerCategory)
    menu.deleteLater()
