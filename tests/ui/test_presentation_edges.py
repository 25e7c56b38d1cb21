"""Presentation mode at 1366 x 768 and 1920 x 1080 (new user, seventh round): nothing it
shows is cut by the screen's edge (on points 1 and 3 the box and plates were cut at the
top; at 1920 the overview's box touched the top edge), and the organisation's box draws no
collapse button in the read-only view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsView
from pytestqt.qtbot import QtBot

from tests.ui.window_support import example_presentation
from ui.present.view import EDGE


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366", "1920"])
def test_nothing_shown_is_cut_by_the_screens_edge(qtbot: QtBot, size: tuple[int, int]) -> None:
    _case, scene, presentation = example_presentation(qtbot, size, "en")
    view = presentation.view
    for index, step in enumerate(presentation.steps):
        presentation.go(index)
        QApplication.processEvents()
        screen = view.in_view(0.0)
        for actor_id, item in scene.actor_items.items():
            if item.isVisible() and item.opacity() > 0:
                assert screen.contains(item.sceneBoundingRect()), (index, actor_id)
        boxes = [b for b in scene.group_items.values() if b.isVisible() and b.opacity() > 0]
        for box in boxes:
            assert screen.contains(box.rect()), (index, box.name)
        # what the step is about keeps a margin from the edge (the box on the overview too)
        assert view.in_view(EDGE * 0.9).contains(view.focus_rect(step.actor_ids())), index
        if step.cause is None:
            assert boxes, "the overview shows the municipality's box"


def test_the_box_draws_no_collapse_button_when_presenting(qtbot: QtBot) -> None:
    _case, scene, presentation = example_presentation(qtbot, (1920, 1080), "en")
    box = next(iter(scene.group_items.values()))
    assert not box.shows_button(presentation.view.viewport())
    editor = QGraphicsView(scene)
    qtbot.addWidget(editor)
    assert box.shows_button(editor.viewport())  # the editor's view keeps it
