"""Issue 12: edge labels in the dense middle move off other lines where there is room (new
user, fifth round 5: "'3 mandates' is crossed by two lines"), and off organisations' titles.
Measured at the first view of the example and the templates, at both screen sizes, on the
labels' own rectangles and the lines as drawn."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from pytestqt.qtbot import QtBot

from tests.ui.test_edge_label_gaps import CASES, meeting
from tests.ui.test_readable import SIZES, window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]


def _stroke(path: QPainterPath) -> QPainterPath:
    """The line as drawn, one unit wide (a path's own ``intersects`` fills a curve)."""
    stroker = QPainterPathStroker()
    stroker.setWidth(1.0)
    return stroker.createStroke(path)


def crossed(win: MainWindow) -> list[str]:
    """The shown labels another line (not one between the same two actors) runs through."""
    scene = win.scene
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    shown = [e for e in edges if e.isVisible()]
    out = []
    for edge in shown:
        if not edge.label_shown():
            continue
        rect = edge.label_rect()
        ends = {edge.source.entity_id, edge.target.entity_id}
        for other in shown:
            if {other.source.entity_id, other.target.entity_id} == ends:
                continue
            if _stroke(other.line_path()).intersects(rect):
                out.append(edge.shown_text())
                break
    return out


def on_titles(win: MainWindow) -> list[str]:
    """The shown labels that lie on an organisation box's title."""
    scene = win.scene
    titles = [b.title_rect() for b in scene.group_items.values() if b.isVisible()]
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    return [
        e.shown_text()
        for e in edges
        if e.isVisible() and e.label_shown() and any(t.intersects(e.label_rect()) for t in titles)
    ]


@pytest.mark.parametrize("size", SIZES, ids=["1366", "1920"])
def test_labels_keep_off_lines_and_titles(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    total_crossed = total_shown = 0
    for key, make in CASES.items():
        win = window_at(make(), size)  # type: ignore[operator]
        shown, touching = meeting(win)
        assert touching == [], key  # the labels' gaps still hold
        assert on_titles(win) == [], key
        total_crossed += len(crossed(win))
        total_shown += shown
    # before (labels only along their own line): 11 of 28 shown labels crossed at 1366, 9 of
    # 32 at 1920; beside the line where that is clear: 7 of 32 and 6 of 33
    assert total_crossed <= total_shown // 4, (total_crossed, total_shown)
