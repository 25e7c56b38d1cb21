"""Selecting does not pile labels up (issue 12; new user, seventh round 5 and "Select all"):
Ctrl+A, or a cause's actors and ties selected, showed every hidden label at once on top of
each other and of actors ("about seven 'Bijzondere bijstand verlenen' labels pile up"). A
selected line's label is placed first and shows where it has room; tested on the items'
own rectangles at both screen sizes."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mapper import analyse
from models.example import example_case
from tests.ui.test_readable import SIZES, window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]


def _settle(win: MainWindow, qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(150)  # the view places the labels again on a short timer
    win.view.refresh_readability()


def _assert_clear(win: MainWindow, what: str) -> int:
    scene = win.scene
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    shown = [e for e in edges if e.isVisible() and e.label_shown()]
    actors = [(a.actor.name, a.sceneBoundingRect()) for a in scene.actor_items.values()]
    for edge in shown:
        for name, box in actors:
            assert not edge.label_rect().intersects(box), (what, edge.shown_text(), name)
    for a, b in itertools.combinations(shown, 2):
        assert not a.label_rect().intersects(b.label_rect()), (
            what,
            a.shown_text(),
            b.shown_text(),
        )
    return len(shown)


@pytest.mark.parametrize("size", SIZES)
def test_select_all_and_a_cause_keep_labels_apart(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    case = example_case()
    win = window_at(case, size)  # type: ignore[operator]
    _settle(win, qtbot)
    for item in win.scene.items():
        item.setSelected(True)
    _settle(win, qtbot)
    assert _assert_clear(win, "all") > 0
    selected = [e for e in win.scene.mandate_items.values() if e.label_shown()]
    assert selected, "the selected mandates' labels come first"
    win.scene.clearSelection()
    cause = analyse(case).first()[2]
    for entity_id in cause.ids():
        found = win.scene.item_for(entity_id)
        if found is not None:
            found.setSelected(True)
    _settle(win, qtbot)
    assert _assert_clear(win, cause.id) > 0
