"""A short mandate shows its power on the map, not only on hover (issue 12; new user, eleventh
round A4): reopened at 1920 x 1080 (and at 1366 x 768) the Directeur -> Consulent mandate
between the stacked plates of noah.kvmap was a bare arrow, and 'Afwijken van regel' showed
only under the pointer. And the example's 'Bijzondere bijstand verlenen (signing on
behalf)' at 1366 x 768 lay across the Gemeente Rivierstad box's left border."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from models.example import example_case
from models.fileformat import load
from tests.ui.test_readable import window_at
from ui.canvas.items import MandateItem, route_edges
from ui.window.main_window import MainWindow

__all__ = ["window_at"]  # the fixture, shared with test_readable

NOAH = Path(__file__).parent / "data" / "user11_noah.kvmap"


def _labelled(win: MainWindow) -> list[MandateItem]:
    return [m for m in win.scene.mandate_items.values() if m.isVisible() and m.shown_text()]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_short_mandate_between_stacked_plates_shows_its_power(
    window_at: object, qtbot: QtBot, size: tuple[int, int]
) -> None:
    win = window_at(load(NOAH), size)  # type: ignore[operator]
    win.view.fit_to_window()  # Fit again, as the user did
    qtbot.waitUntil(win.view.settled)
    (mandate,) = _labelled(win)
    assert mandate.shown_text() == "Deviate from a rule"
    assert not mandate.hovered
    assert mandate.label_shown(), "the power shows without the pointer on it"
    label = mandate.label_rect()
    for actor in win.scene.actor_items.values():
        assert not label.intersects(actor.sceneBoundingRect()), actor.actor.name
    # the line itself is cut at both plates: it does not run into the Consulent's plate
    path = mandate.line_path()
    end = path.pointAtPercent(1.0)
    target = mandate.target.sceneBoundingRect()
    assert target.adjusted(-2, -2, 2, 2).contains(end)
    assert not target.adjusted(8, 8, -8, -8).contains(end)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_mandate_label_of_the_example_lies_across_a_box_border(
    window_at: object, size: tuple[int, int]
) -> None:
    win = window_at(example_case(), size)  # type: ignore[operator]
    boxes = [b.rect() for b in win.scene.group_items.values() if b.isVisible()]
    assert boxes
    across = [
        m.shown_text()
        for m in _labelled(win)
        if m.label_shown() and any(_across(m.label_rect(), box) for box in boxes)
    ]
    assert across == []
    signing = [m for m in _labelled(win) if "signing on behalf" in m.shown_text()]
    assert signing
    assert all(m.label_shown() for m in signing)


def _across(rect: QRectF, box: QRectF) -> bool:
    return rect.intersects(box) and not box.contains(rect)


def test_a_line_is_cut_at_an_outline_that_reaches_past_the_middle(
    window_at: object,
) -> None:
    """Routing on its own: with the grantor's plate moved up towards the holder, the middle
    of the two centres lies inside the holder's plate; the line still ends at its edge."""
    win = window_at(load(NOAH), (1366, 768))  # type: ignore[operator]
    (mandate,) = _labelled(win)
    source, target = mandate.source, mandate.target
    gap = target.sceneBoundingRect().top() - source.sceneBoundingRect().bottom()
    source.setPos(source.pos().x(), source.pos().y() + gap / 2)  # closer, not touching
    route_edges([mandate])
    end = mandate.line_path().pointAtPercent(1.0)
    assert not target.sceneBoundingRect().adjusted(8, 8, -8, -8).contains(end)


def test_the_cause_slide_draws_the_mandate_with_its_power(qtbot: QtBot) -> None:
    """The deck's cause slide (new user, eleventh round A3 rest): the top cause's map of the
    Directeur and the Consulent drew the mandate as a bare arrow between their plates."""
    from exports.advice import cause_case
    from exports.picture import slide_scene
    from exports.sessie import _CAUSE_MAP, _FEW_PT
    from mapper import analyse
    from ui.canvas.scene import MapScene

    case = load(NOAH)
    cause = next(c for c in analyse(case).first() if c.mandates)
    part = cause_case(case, cause)
    assert len(part.actors) == 2
    shown, _inch = slide_scene(MapScene(part, "nl"), _CAUSE_MAP[2:], _FEW_PT, spread=True)
    (mandate,) = shown.mandate_items.values()
    assert mandate.shown_text() == "Afwijken van regel"
    assert mandate.label_shown()
    for actor in shown.actor_items.values():
        assert not mandate.label_rect().intersects(actor.sceneBoundingRect())
