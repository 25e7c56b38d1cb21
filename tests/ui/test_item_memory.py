"""An actor item builds what it draws, not every way it might be drawn (issue 14: 10,000
actors in ≤ 500 MB, the map opened in ≤ 1.5 × load + analysis at 2,000).

Each actor item used to build eight name plates up front (the plate with a glyph, the narrow
one and both moved three ways away from the legend), each with its own path and outline,
and keep its attributes in a dict: 17.6 KB per actor item, 165 MB of a 10,000-actor scene
and half the time of building it. A plate is now built when it is drawn, and its rectangle
computed when a plan asks for it; the attributes live in slots.
"""

from __future__ import annotations

import dataclasses
import gc

import numpy as np
import pytest
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

import ui.canvas.actor_item as actor_item_module
import ui.canvas.scene_items as scene_items_module
from models import Actor, ActorKind, Case, CaseInfo, Mandate, Position, RelationKind, Relationship
from ui.canvas.actor_item import PLATE_SHIFTS, ActorItem
from ui.canvas.geometry import outline
from ui.canvas.items import MandateItem, RelationshipItem, route_edges
from ui.canvas.routing import outline_spec
from ui.canvas.scene import MapScene

KINDS = list(ActorKind)


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * 4096


def _actors(count: int) -> list[Actor]:
    return [
        Actor(f"a{i}", f"Actor number {i} of the map", kind=KINDS[i % len(KINDS)])
        for i in range(count)
    ]


def test_an_actor_item_builds_one_outline_not_eight_plates(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def counted(shape: str, rect: QRectF) -> object:
        calls.append(shape)
        return outline(shape, rect)  # type: ignore[arg-type]

    monkeypatch.setattr(actor_item_module, "outline", counted)
    items = [ActorItem(actor, "nl") for actor in _actors(200)]
    assert len(calls) == len(items)  # its own shape only (nine per actor before)
    for item in items:
        for variant in range(2 + 2 * len(PLATE_SHIFTS)):
            item.plate_rect(variant)
    assert len(calls) == len(items)  # a plate's rectangle needs no path
    items[0].set_readable(2.0, False, 3)
    items[0].shape()
    assert len(calls) == len(items) + 1  # the plate drawn now, once


def test_plates_built_on_demand_are_where_the_plates_were(qtbot: object) -> None:
    item = ActorItem(Actor("a", "Wethouder Sociaal Domein", kind=ActorKind.ADMINISTRATOR), "nl")
    glyph, narrow = item.plate_rect(0), item.plate_rect(1)
    assert narrow.width() < glyph.width()
    assert narrow.height() > glyph.height()
    for k, (fx, fy) in enumerate(PLATE_SHIFTS):
        for b, base in enumerate((glyph, narrow)):
            moved = base.translated(fx * base.width(), fy * base.height())
            assert item.plate_rect(2 + 2 * k + b) == moved
    # what is drawn, routed and hit is the chosen plate
    for variant in range(2 + 2 * len(PLATE_SHIFTS)):
        item.set_readable(1.5, False, variant)
        rect = item.plate_rect(variant)
        assert item.outline_rect() == rect
        assert item.shape().boundingRect() == rect
        assert item.boundingRect() == rect.adjusted(-1.5, -1.5, 1.5, 1.5)
        spec = outline_spec("roundrect", rect, outline("roundrect", rect))
        assert item.outline.a == pytest.approx(spec.a * 1.5)
        assert item.outline.cx == pytest.approx(spec.cx * 1.5)
        assert item.shown_name() == "Wethouder Sociaal Domein"
    item.set_readable(1.0, True)  # nameless: its own shape again
    assert item.outline_rect() == item.natural_rect()
    assert item.shape().boundingRect() == item.natural_rect()


def test_an_edit_draws_the_new_name_on_the_plate(qtbot: object) -> None:
    item = ActorItem(Actor("a", "Kort", kind=ActorKind.PROFESSIONAL), "nl")
    item.set_readable(1.0, False, 0)
    short = item.outline_rect()
    item.set_actor(
        Actor("a", "Een veel langere naam voor dezelfde actor", kind=ActorKind.PROFESSIONAL)
    )
    assert item.outline_rect().width() > short.width()
    assert item.outline_rect() == item.plate_rect(0)
    assert item.shown_name().startswith("Een veel")


def test_an_actor_item_keeps_its_attributes_in_slots(qtbot: object) -> None:
    item = ActorItem(Actor("a", "Gemeenteraad", kind=ActorKind.ADMINISTRATOR), "nl")
    item.set_readable(2.0, False, 1)
    assert vars(item) == {}  # fifteen entries in a dict per actor before


def test_bytes_per_actor_item(qtbot: object) -> None:
    ActorItem(Actor("w", "Warm"), "nl")  # first-use costs (fonts, caches) out of the way
    actors = _actors(3000)
    gc.collect()
    before = _rss_bytes()
    items = [ActorItem(a, "nl", QPointF(i, i)) for i, a in enumerate(actors)]
    gc.collect()
    grown = (_rss_bytes() - before) / len(items)
    assert grown < 8000, f"{grown:.0f} bytes per actor item"  # 17,600 before; 3,600 now


def test_lines_keep_their_attributes_in_slots(qtbot: object) -> None:
    a = ActorItem(Actor("a", "Gemeenteraad", kind=ActorKind.COUNCIL), "nl", QPointF(0, 0))
    b = ActorItem(Actor("b", "College", kind=ActorKind.EXECUTIVE), "nl", QPointF(300, 0))
    rel = RelationshipItem(Relationship("r", "a", "b", RelationKind.TRUST, level=2), a, b, "nl")
    mandate = MandateItem(Mandate("m", "b", "a", "p"), b, a, "nl", lambda power, _lang: power)
    route_edges([rel, mandate])
    for line in (rel, mandate):
        assert vars(line) == {}  # 24 entries in a dict per line before
        assert not line.line_path().isEmpty()
        (head,) = line.head_shapes()  # one arrowhead, its tip where the line ends
        tip, end = head.elementAt(0), line.line_path().pointAtPercent(1.0)
        assert (tip.x, tip.y) == pytest.approx((end.x(), end.y()))
    assert mandate.label_rect().center() == mandate.label_anchor()


def _small_case(count: int) -> Case:
    case = Case(CaseInfo(title="Cache"))
    for i in range(count):
        actor = Actor(f"a{i}", f"Actor {i}", kind=KINDS[i % len(KINDS)])
        case.add_actor(dataclasses.replace(actor, position=Position(i * 160.0, (i % 2) * 90.0)))
    return case


def _picture(scene: MapScene) -> NDArray[np.int16]:
    image = QImage(900, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 900, 300), scene.itemsBoundingRect())
    painter.end()
    return np.frombuffer(image.constBits(), dtype=np.uint8).astype(np.int16)


def test_big_maps_keep_no_pixmap_per_actor_and_look_the_same(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = _small_case(6)
    cache = QGraphicsItem.CacheMode
    monkeypatch.setattr(scene_items_module, "PIXMAP_CACHE_LIMIT", 6)
    small = MapScene(case, "nl")
    assert {i.cacheMode() for i in small.actor_items.values()} == {cache.DeviceCoordinateCache}
    monkeypatch.setattr(scene_items_module, "PIXMAP_CACHE_LIMIT", 5)
    big = MapScene(case, "nl")  # "big": more actors than the limit
    assert {i.cacheMode() for i in big.actor_items.values()} == {cache.NoCache}
    drawn, cached = _picture(big), _picture(small)
    assert (drawn < 200).sum() > 10_000  # the actors are drawn (dark and coloured pixels)
    # the same picture, up to rounding where a pixmap is laid on the map (1 level of 255)
    assert np.abs(drawn - cached).max() <= 2


def test_each_actor_lists_its_lines_once_as_they_move(qtbot: object) -> None:
    """Each actor's lines are a list (a set of ten lines took 730 bytes, a list 140: 5 MB at
    10,000 actors), each line once, following a line whose end moves to another actor."""
    from ui.document.controller import DocumentController

    case = _small_case(3)
    case.add_relationship(Relationship("r1", "a0", "a1", RelationKind.TRUST, level=1))
    case.add_relationship(Relationship("r2", "a1", "a2", RelationKind.HIERARCHY))
    case.add_mandate(Mandate("m1", "a0", "a1", "spend_budget"))
    controller = DocumentController(case)
    scene = MapScene(controller, "nl")

    def lines() -> dict[str, list[str]]:
        return {a: sorted(e.entity_id for e in scene.edges_of(a)) for a in ("a0", "a1", "a2")}

    assert all(isinstance(edges, list) for edges in scene._edges_of.values())
    assert lines() == {"a0": ["m1", "r1"], "a1": ["m1", "r1", "r2"], "a2": ["r2"]}
    controller.set_field("r1", "target", "a2")  # the line's end moves to another actor
    assert lines() == {"a0": ["m1", "r1"], "a1": ["m1", "r2"], "a2": ["r1", "r2"]}
    controller.remove(["m1"])
    assert lines() == {"a0": ["r1"], "a1": ["r2"], "a2": ["r1", "r2"]}
    controller.undo_stack.undo()
    assert lines() == {"a0": ["m1", "r1"], "a1": ["m1", "r2"], "a2": ["r1", "r2"]}
