"""Labels keep off each other and off other lines after a finding is selected and after a
tie is added (issue 12; new user, twelfth round B6): selecting a finding fanned the bundles
out and 'Beslissen over een individuele voorziening jeugdhulp' lay across a line, against
'Beslissen op bezwaar'; a new 'Werkt samen met' line ran through 'Afwijken van de
verordening jeugdhulp'. A label with a line through it now also tries two or three lines
(beside its own line), as one across a box's border did. Counted on the labels' own
rectangles and the lines as drawn."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from mapper import analyse
from models import RelationKind, Relationship
from models.example import example_case
from models.fileformat import load
from tests.ui.test_labels_off_lines import _stroke, crossed
from tests.ui.test_readable import window_at
from ui.window.main_window import MainWindow

__all__ = ["window_at"]  # the fixture

HAVENSTAD = Path(__file__).parent / "data" / "user12_havenstad.kvmap"


def _labels_meeting(win: MainWindow) -> int:
    """How many pairs of shown labels overlap."""
    scene = win.scene
    edges = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    rects = [e.label_rect() for e in edges if e.isVisible() and e.label_shown()]
    return sum(a.intersects(b) for k, a in enumerate(rects) for b in rects[k + 1 :])


def test_selecting_the_first_causes_keeps_labels_apart_and_off_lines(
    window_at: object, qtbot: QtBot
) -> None:
    win: MainWindow = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    controller = win.controller
    total = 0
    for cause in analyse(controller.case).first()[:3]:
        controller.set_selection(cause.ids())
        qtbot.waitUntil(win.view.settled)
        assert _labels_meeting(win) == 0
        total += len(crossed(win))
    # before: 25 labels (8, 8 and 9) had another line through them; now 21 (7 each)
    assert total <= 21, total


def test_a_new_tie_runs_through_no_label(window_at: object, qtbot: QtBot) -> None:
    """The user's map at 1920 x 1080 (B6, b52.png): the collaboration between the Teamleider
    Jeugdteam and the Gedragswetenschapper De Haven drawn anew."""
    case = load(HAVENSTAD)
    named = {a.name: a.id for a in case.actors}
    win: MainWindow = window_at(case, (1920, 1080))  # type: ignore[operator]
    controller = win.controller
    controller.remove(["r20", "r21"])  # the two ties as they were before the user drew them
    qtbot.waitUntil(win.view.settled)
    before = len(crossed(win))
    leader, expert = named["Teamleider Jeugdteam"], named["Gedragswetenschapper De Haven"]
    new = Relationship(
        controller.case.new_id(Relationship), leader, expert, RelationKind.COLLABORATION
    )
    controller.add_relationship(new)
    qtbot.waitUntil(win.view.settled)
    assert _labels_meeting(win) == 0
    line = _stroke(win.scene.relationship_items[new.id].line_path())
    through = [
        e.shown_text()
        for e in win.scene.mandate_items.values()
        if e.isVisible() and e.label_shown() and line.intersects(e.label_rect())
    ]
    assert through == []  # before: 'Afwijken van de verordening jeugdhulp'
    assert len(crossed(win)) <= before
    shown = [m.shown_text() for m in win.scene.mandate_items.values() if m.label_shown()]
    assert any(text.startswith("Afwijken") for text in shown)  # moved, not hidden
