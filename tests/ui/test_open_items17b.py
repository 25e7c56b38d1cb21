"""Building a big map's lines makes no path, box or style per line only to drop it (issue 14,
the open of 2,000 actors): counted, not timed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from benchmarks.generate import generate_case
from exports.style import MANDATE_STYLE, EdgeStyle
from ui.canvas import items
from ui.canvas.items import MandateItem, RelationshipItem
from ui.canvas.scene import MapScene
from ui.document.controller import DocumentController


def test_a_new_line_makes_no_style_or_path_of_its_own_before_its_route(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """Old: every line made a black EdgeStyle and an empty QPainterPath in its constructor,
    both replaced before it was ever drawn (its own style, then its route): 8,000 of each
    at 2,000 actors. Now one path per routed line (its route) and no style at all."""
    made = {"style": 0, "path": 0}
    real_style, real_path = EdgeStyle, QPainterPath

    def style(*args: Any, **kwargs: Any) -> object:
        made["style"] += 1
        return real_style(*args, **kwargs)

    def path(*args: Any) -> QPainterPath:
        made["path"] += 1
        return real_path(*args)

    monkeypatch.setattr(items, "EdgeStyle", style)
    monkeypatch.setattr(items, "QPainterPath", path)
    scene = MapScene(DocumentController(generate_case(450, seed=3)))
    lines = len(scene.relationship_items) + len(scene.mandate_items)
    assert lines > 1_500
    assert made["style"] == 0  # old: one per line
    assert made["path"] <= lines  # old: two per line (an empty one, then the route's)
    assert all(not line.boundingRect().isEmpty() for line in scene.relationship_items.values())


def test_an_unrouted_line_draws_nothing_and_shares_nothing_it_changes(qapp: object) -> None:
    """A line not routed yet holds the shared empty path and box: it paints nothing, and
    routing one line leaves another's untouched."""
    case = generate_case(40, seed=1)
    scene = MapScene(DocumentController(case))
    rel, mandate = case.relationships[0], case.mandates[0]
    actors = scene.actor_items
    first = RelationshipItem(rel, actors[rel.source], actors[rel.target], "en")
    second = MandateItem(
        mandate, actors[mandate.grantor], actors[mandate.holder], "en", case.power_name
    )
    image = QImage(50, 50, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    second.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    assert image.allGray()
    assert image.pixel(25, 25) == 0
    items.route_edges([first])
    assert first.line_path().elementCount() > 0
    assert not first.boundingRect().isEmpty()
    assert second.line_path().elementCount() == 0
    assert second.boundingRect().isEmpty()
    assert second.edge_style is MANDATE_STYLE
