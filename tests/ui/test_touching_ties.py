"""A tie between two actors whose boxes touch stays visible (new-user review 7: a new mandate
between two touching boxes could not be seen at all)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Position,
    PowerCategory,
    RelationKind,
    Relationship,
)
from ui.canvas.routing import MIN_VISIBLE
from ui.canvas.scene import MapScene


@pytest.mark.parametrize("apart", [(0.0, 1.0), (1.0, 0.0)])  # stacked, side by side
def test_a_tie_between_touching_actors_bows_out_where_it_shows(
    qtbot: QtBot, apart: tuple[float, float]
) -> None:
    names = {"a": "Manager Werk en Inkomen", "b": "Beleidsadviseur armoede"}
    kinds = {"a": ActorKind.MANAGER, "b": ActorKind.PROFESSIONAL}
    probe = MapScene(
        Case.from_parts(CaseInfo("t"), [Actor(k, v, kinds[k]) for k, v in names.items()])
    )
    one, two = (probe.actor_items[k].sceneBoundingRect() for k in names)
    dx = apart[0] * (one.width() + two.width()) / 2  # edge to edge: they touch
    dy = apart[1] * (one.height() + two.height()) / 2
    actors = [
        Actor("a", names["a"], ActorKind.MANAGER, position=Position(0, 0)),
        Actor("b", names["b"], ActorKind.PROFESSIONAL, position=Position(dx, dy)),
        Actor("c", "Ver weg", ActorKind.PROFESSIONAL, position=Position(900, 900)),
    ]
    mandates = [Mandate("m1", "a", "b", PowerCategory.SPEND_BUDGET)]
    rels = [Relationship("r1", "a", "c", RelationKind.HIERARCHY)]
    scene = MapScene(Case.from_parts(CaseInfo("t"), actors, rels, mandates))
    a, b = scene.actor_items["a"], scene.actor_items["b"]
    assert a.sceneBoundingRect().intersects(b.sceneBoundingRect().adjusted(-2, -2, 2, 2))
    path = scene.mandate_items["m1"].mapToScene(scene.mandate_items["m1"]._path)
    both = a.sceneBoundingRect().united(b.sceneBoundingRect())
    outside = [
        path.pointAtPercent(k / 20)
        for k in range(21)
        if not a.sceneBoundingRect().contains(path.pointAtPercent(k / 20))
        and not b.sceneBoundingRect().contains(path.pointAtPercent(k / 20))
    ]
    assert outside, "the mandate line is hidden under the two boxes"
    assert not both.contains(path.boundingRect())
    far = scene.relationship_items["r1"].mapToScene(scene.relationship_items["r1"]._path)
    assert far.length() > MIN_VISIBLE
    start, end = far.pointAtPercent(0), far.pointAtPercent(1)
    direction = QPointF(900, 900) - QPointF(0, 0)
    # a tie with room stays straight: its ends lie on the line between the centres
    for point in (start, end):
        cross = point.x() * direction.y() - point.y() * direction.x()
        assert abs(cross) / 900 < 2.0
