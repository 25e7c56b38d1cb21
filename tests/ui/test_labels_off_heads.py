"""Issue 12 (new user, seventh and eighth round 5): "4 connections" sat half under the
arrowheads near Manager Werk en Inkomen at 1366, and after drawing a mandate from the
manager to a new actor "Jurist Wonen" its label went under a plate. No shown edge label
overlaps a plate or another line's arrowhead; tested on the items' own rectangles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from models import ActorKind, Mandate
from models.example import example_case
from tests.ui.test_readable import window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]


def _pair(edge: object) -> frozenset[str]:
    return frozenset((edge.source.entity_id, edge.target.entity_id))  # type: ignore[attr-defined]


def covered_labels(win: MainWindow) -> list[tuple[str, str]]:
    """The shown labels that meet a plate or an arrowhead of another pair's line."""
    scene = win.scene
    edges = [
        e
        for e in [*scene.relationship_items.values(), *scene.mandate_items.values()]
        if e.isVisible()
    ]
    plates = [a for a in scene.actor_items.values() if a.isVisible()]
    bad = []
    for edge in edges:
        if not edge.label_shown():
            continue
        rect = edge.label_rect()
        bad += [
            (edge.shown_text(), a.actor.name)
            for a in plates
            if a.sceneBoundingRect().intersects(rect)
        ]
        for other in edges:
            if _pair(other) != _pair(edge) and any(h.intersects(rect) for h in other.head_shapes()):
                bad.append(
                    (
                        edge.shown_text(),
                        f"head {other.source.actor.name} -> {other.target.actor.name}",
                    )
                )
    return bad


# Before: at 1366 "4 connections" lay on three arrowheads (College -> Teamleider twice,
# Consulent -> Manager), also after the new mandate
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_label_under_a_plate_or_an_arrowhead(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win = window_at(example_case(), size)  # type: ignore[operator]
    assert covered_labels(win) == []
    box = win.scene.group_items["Gemeente Rivierstad"].rect()
    new = win.view.add_actor_at(QPointF(box.center().x(), box.bottom() - 20), rename=False)
    assert new is not None
    controller = win.controller
    controller.update(new, {"name": "Jurist Wonen", "kind": ActorKind.PROFESSIONAL})
    controller.add_mandate(Mandate("m99", "manager_wi", new, "bijzondere_bijstand"))
    qtbot.waitUntil(win.view.settled)
    assert covered_labels(win) == []
    shown = [e for e in win.scene.mandate_items.values() if e.isVisible() and e.label_shown()]
    assert len(shown) >= 2  # the labels moved off, not away
