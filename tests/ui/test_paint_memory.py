"""Painting the map keeps no per-item copy of what it drew (issue 14: 10,000 actors in
≤ 500 MB).

QPainter keeps a converted copy inside every QPainterPath it draws, about 3 KB each whatever
the path's length: for the 50,000 lines and actors of a 10,000-actor map that was 160 MB
after the first paint. Each item now drops it after painting (``release_drawn``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from models import Actor, ActorKind, RelationKind, Relationship
from ui.canvas.actor_item import ActorItem
from ui.canvas.items import RelationshipItem, route_edges

N = 6000


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * 4096


def _render(scene: QGraphicsScene) -> None:
    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 800, 800), scene.itemsBoundingRect())
    painter.end()


def test_painting_the_map_keeps_no_copy_per_item(qtbot: object) -> None:
    kinds = list(ActorKind)
    actors = [
        ActorItem(
            Actor(f"a{i}", f"Actor {i}", kind=kinds[i % len(kinds)]),
            "nl",
            QPointF((i % 40) * 150.0, (i // 40) * 90.0),
        )
        for i in range(N // 4)
    ]
    edges = [
        RelationshipItem(
            Relationship(
                f"r{i}",
                actors[i % len(actors)].entity_id,
                actors[(i * 7 + 1) % len(actors)].entity_id,
                RelationKind.SIGNAL,
            ),
            actors[i % len(actors)],
            actors[(i * 7 + 1) % len(actors)],
            "nl",
        )
        for i in range(N)
    ]
    route_edges(edges)
    for item in actors:
        item.setCacheMode(item.CacheMode.NoCache)  # the pixmap cache is not what is measured
    warm = QGraphicsScene()  # the painter's own first-use costs, on a scene of its own
    warm.addItem(ActorItem(Actor("w", "Warm"), "nl"))
    _render(warm)
    scene = QGraphicsScene()
    items: list[QGraphicsItem] = [*actors, *edges]
    for each in items:
        scene.addItem(each)
    before = _rss_bytes()
    _render(scene)
    _render(scene)
    grown = (_rss_bytes() - before) / len(items)
    assert grown < 1500, f"{grown:.0f} bytes kept per painted item"  # 3,700 before; 540 now
