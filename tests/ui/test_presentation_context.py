"""Presentation points show their own actors and ties at full strength and the context calm
but readable (new user, fourth round, 9 and 10: in points 3 and 4 the context was pale shapes
without a readable name, and the line a backing point is about was faded with it)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.window_support import example_presentation
from ui.present.view import DIMMED


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366", "1920"])
def test_each_point_shows_its_own_actors_and_ties_and_readable_context(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    _case, scene, presentation = example_presentation(qtbot, size, "en")
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    for index, step in enumerate(presentation.steps):
        presentation.go(index)
        QApplication.processEvents()
        if step.cause is None:
            continue
        focus = set(step.actor_ids())
        for actor_id in focus:
            item = scene.actor_items[actor_id]
            assert item.opacity() == 1.0, (index, actor_id)
            assert not item.label_hidden, (index, actor_id)
        for edge in edges:
            ends = {edge.source.entity_id, edge.target.entity_id}
            if ends <= focus or edge.entity_id in step.edge_ids():
                assert edge.opacity() == 1.0, (index, edge.entity_id)  # its own: full strength
        named_context = [
            item
            for actor_id, item in scene.actor_items.items()
            if actor_id not in focus and item.opacity() > 0
        ]
        assert named_context, index  # the story around the point stays in view
        assert all(item.opacity() == pytest.approx(DIMMED) for item in named_context)
        assert all(not item.label_hidden for item in named_context)


def test_the_backing_point_shows_the_line_it_is_about(qtbot: QtBot) -> None:
    """Point 4, "Distrust on the line from the wethouder to the consulent": the hierarchy
    between the manager, the team leader and the consulent is drawn at full strength, not
    only the one trust tie the finding names."""
    case, scene, presentation = example_presentation(qtbot, (1366, 768), "en")
    index = next(
        i for i, s in enumerate(presentation.steps) if s.cause and s.cause.id == "theme:backing"
    )
    presentation.go(index)
    QApplication.processEvents()
    line = [
        r.id
        for r in case.relationships
        if {r.source, r.target} <= {"manager_wi", "teamleider", "consulent", "secretaris"}
        and r.kind.value == "hierarchy"
    ]
    assert line, "the example has the hierarchy on the line"
    for rel_id in line:
        assert scene.relationship_items[rel_id].opacity() == 1.0, rel_id
