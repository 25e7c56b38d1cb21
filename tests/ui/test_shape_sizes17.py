"""The layouts' size of an actor and the canvas's drawing of it come from one formula
(rev-code17 F2).

``mapper.layout.estimated_size`` (what a layout without the GUI assumes) and
``ui.canvas.geometry.shape_rect`` (what the map draws) each had their own copy of the size
formula and of the kind -> shape table, and ``exports.style`` a third copy of the table;
nothing tied them. Both now take :func:`models.shapes.shape_size` and
:data:`models.shapes.ACTOR_SHAPES`; these tests fail as soon as one of them goes its own way.
"""

from __future__ import annotations

from typing import get_args

import pytest
from PySide6.QtWidgets import QApplication

from exports import style
from mapper.layout import estimated_size
from models import Actor, ActorKind
from models.example import example_case
from models.shapes import ACTOR_SHAPES, Shape, shape_size, wrap_width
from ui.canvas.actor_item import ActorItem
from ui.canvas.geometry import shape_rect
from ui.canvas.item_base import _actor_text

KINDS = list(ActorKind)


def test_every_kind_has_one_shape_and_the_exports_take_the_same_table() -> None:
    assert set(ACTOR_SHAPES) == set(ActorKind)
    assert set(ACTOR_SHAPES.values()) <= set(get_args(Shape))
    assert style.ACTOR_SHAPES is ACTOR_SHAPES
    # every shape the table names is one the exports can write
    assert set(ACTOR_SHAPES.values()) <= set(style.GRAPHVIZ_SHAPES) & set(style.YED_SHAPES)


@pytest.mark.parametrize("shape", get_args(Shape))
def test_the_canvas_draws_the_shared_size(shape: Shape) -> None:
    for text_w, text_h in ((0.0, 0.0), (55.5, 16.0), (108.0, 48.0), (165.0, 48.0)):
        rect = shape_rect(shape, text_w, text_h)
        assert (rect.width(), rect.height()) == pytest.approx(shape_size(shape, text_w, text_h))
        assert rect.center().x() == pytest.approx(0.0)
        assert rect.center().y() == pytest.approx(0.0)


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_an_actor_item_is_its_shape_around_its_wrapped_name(
    qapp: QApplication, kind: ActorKind
) -> None:
    name = "Consulent Schuldhulpverlening Noord"
    item = ActorItem(Actor("a", name, kind=kind), "nl")
    shape = ACTOR_SHAPES[kind]
    _lines, text_w, text_h = _actor_text(name, wrap_width(shape))
    rect = item.natural_rect()
    assert (rect.width(), rect.height()) == pytest.approx(shape_size(shape, text_w, text_h))


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_the_layouts_estimate_holds_the_drawn_actor_for_every_kind(
    qapp: QApplication, kind: ActorKind
) -> None:
    """The estimate is the drawn box of the same shape, generous: for the example's names it
    is at least the drawn size (a triangle's width may fall 2 % short: its factor 1.7 turns the
    estimate's average character width into a few pixels), and for a short name, near the
    shape's least size, the two differ by a few pixels at most (the estimate's line is 16 px,
    the drawn one about 14: a triangle doubles that)."""
    for actor in example_case().actors:
        drawn = ActorItem(Actor("a", actor.name, kind=kind), "nl").natural_bounds()
        w, h = estimated_size(actor.name, kind)
        assert w >= drawn.width() * 0.98, (actor.name, w, drawn.width())
        assert h >= drawn.height() * 0.98, (actor.name, h, drawn.height())
    short = ActorItem(Actor("a", "Raad", kind=kind), "nl").natural_bounds()
    estimate = estimated_size("Raad", kind)
    assert estimate == pytest.approx((short.width(), short.height()), abs=5.0)
    assert estimate[0] >= short.width()
    assert estimate[1] >= short.height()
