"""F5 places the edge labels looking at the organisations' boxes, as the main view does
(issue 12; last session's open point: in the overview at 1366 x 768 the example's
'Bijzondere bijstand verlenen (signing on behalf)' lay across the Gemeente Rivierstad
box's border, and three other labels with it). Tested on the labels' and the boxes' own
rectangles, every step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.window_support import example_presentation


def _across(rect: QRectF, box: QRectF) -> bool:
    return rect.intersects(box) and not box.contains(rect)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366", "1920"])
def test_labels_lie_across_box_borders_in_f5_only_where_no_place_is_free(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    _case, scene, presentation = example_presentation(qtbot, size, "en")
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    across: list[tuple[int, str]] = []
    for index in range(len(presentation.steps)):
        presentation.go(index)
        QApplication.processEvents()
        boxes = [b.rect() for b in scene.group_items.values() if b.isVisible() and b.opacity()]
        across += [
            (index, e.shown_text())
            for e in edges
            if e.isVisible()
            and e.opacity() > 0
            and e.label_shown()
            and any(_across(e.label_rect(), box) for box in boxes)
        ]
    # before: at 1366 '2 relationships', 'klachtbehandeling', 'jaarverslag' and the
    # signing on behalf across a border in the overview, at 1920 the first and the third.
    # Still open: at 1366 no place inside or outside the box is free for the signing on
    # behalf (its line bows between the Beleidsadviseur and the Manager), in one line or
    # in three
    assert [text for _index, text in across if "signing on behalf" not in text] == []
    assert len(across) <= 1, across
