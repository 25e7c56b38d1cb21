"""What the app says and shows of a finding's actors at scale stays while they are selected
(issue 14, rev-user16 U3: at 10,000 actors a click on cause 3 selected 342 actors; the status
bar's "De 342 actoren waar dit over gaat…" went after a few seconds while the selection stayed,
Eigenschappen said "465 items geselecteerd", and at 6 % nothing on the map marked them). On a
real window on a 1,000-actor map, fitted far out."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPointF, QRectF, QTimer
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from mapper.analysis import Analysis
from mapper.findings import Severity
from tests.ui.docks_support import english_ui, finding  # noqa: F401
from tests.ui.shared_window import SharedWindow, shared_window
from ui.docks import FindingsDock
from ui.window.main_window import MainWindow

__all__ = ["shared_window"]

pytestmark = [
    pytest.mark.usefixtures("english_ui"),
    pytest.mark.xdist_group("subject_stays17"),  # one worker (ignored on pytest 9.2: README)
]


def _clicked(shared: SharedWindow, qtbot: QtBot) -> tuple[MainWindow, tuple[str, ...]]:
    """The window on the 1,000-actor map after a click on a finding about 300 of its actors
    and 40 of its relationships."""
    win = shared.get(qtbot, "m1000", lambda: generate_case(1000, seed=0), (1366, 768))
    runner = win.analysis_runner()
    assert runner is not None
    runner.wait()  # its own analysis first, then ours in its place
    dock = win.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    case = win.controller.case
    actors = tuple(case.actors.ids())[::3][:300]
    ties = tuple(case.relationships.ids())[:40]
    grouped = replace(
        finding("MANDATE_SUBMANDATE_NOT_ALLOWED", 4, Severity.WARNING, *actors),
        id="MANDATE_SUBMANDATE_NOT_ALLOWED:group-1",
        relationships=ties,
    )
    dock.set_analysis(Analysis((grouped,), scorecard=(), metrics={}, map_metrics={}, quadrants={}))
    dock.view.setCurrentIndex(QModelIndex())  # a click, also where it was current before
    dock.view.setCurrentIndex(dock.finding_items()[0].index())
    qtbot.waitUntil(win.view.settled)
    return win, actors


def _running_timers(win: MainWindow) -> list[QTimer]:
    return [t for t in win.statusBar().findChildren(QTimer) if t.isActive()]


def test_the_sentence_stays_while_the_selection_does(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    win, actors = _clicked(shared_window, qtbot)
    status = win.statusBar()
    said = status.currentMessage()
    assert said.startswith("The 300 actors this is about are"), said
    assert "their names are too small to read" in said
    assert _running_timers(win) == []  # old: a 6-second timer took it away
    # a zoom: the sentence says what holds at the new zoom
    win.view.zoom_by(1.0 / win.view.zoom())
    qtbot.waitUntil(lambda: status.currentMessage() != said)
    assert status.currentMessage().startswith("The 300 actors this is about are")
    assert "too small" not in status.currentMessage()
    assert _running_timers(win) == []
    # another selection: the sentence goes
    win.controller.set_selection([actors[0]])
    assert status.currentMessage() == ""


def test_properties_speak_of_the_actors_and_ties(shared_window: SharedWindow, qtbot: QtBot) -> None:
    from ui.docks.properties import PropertiesDock

    win, _ = _clicked(shared_window, qtbot)
    properties = win.findChild(PropertiesDock)
    assert properties is not None
    qtbot.waitUntil(lambda: "selected" in properties.heading.text())
    said = properties.heading.text()
    assert said == "300 actors and 40 relationships selected", said  # old: "340 items selected"
    # the heading wraps: it does not widen the dock and narrow the map (which then fits anew)
    assert properties.heading.minimumSizeHint().width() < 200


def _rings_drawn(win: MainWindow, centres: list[QPointF]) -> int:
    """How many of ``centres`` (viewport pixels) have the ring's dark ink on a circle round
    them in the viewport's picture."""
    from ui.window.find_mark import INK
    from ui.window.selection_marks import RADIUS

    picture = win.view.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    drawn = 0
    for centre in centres:
        dark = 0
        for dx, dy in ((RADIUS, 0), (-RADIUS, 0), (0, RADIUS), (0, -RADIUS)):
            x, y = round((centre.x() + dx) * ratio), round((centre.y() + dy) * ratio)
            if 0 <= x < picture.width() and 0 <= y < picture.height():
                colour = picture.pixelColor(x, y)
                near = abs(colour.red() - INK.red()) + abs(colour.green() - INK.green())
                dark += near + abs(colour.blue() - INK.blue()) < 90
        drawn += dark >= 3
    return drawn


def test_far_out_the_selected_actors_are_ringed(shared_window: SharedWindow, qtbot: QtBot) -> None:
    win, actors = _clicked(shared_window, qtbot)
    view = win.view
    view.zoom_by(0.05 / view.zoom())  # as the 10,000-actor map at 6 %: plates a few pixels
    qtbot.waitUntil(view.settled)
    items = [win.scene.actor_items[a] for a in actors]
    inside = QRectF(view.viewport().rect()).adjusted(12, 12, -12, -12)
    centres = [QPointF(view.mapFromScene(i.sceneBoundingRect().center())) for i in items]
    centres = [c for c in centres if inside.contains(c)]
    assert len(centres) > 50
    assert _rings_drawn(win, centres) > 0.6 * len(centres)  # old: none
    assert len(win.selection_marks.rings()) == len(actors)  # every one, in view or not
    # no rings once the selection goes, nor close up where the actors can be seen
    win.controller.set_selection([])
    assert win.selection_marks.rings() == []
    assert _rings_drawn(win, centres) < 0.1 * len(centres)
    win.controller.set_selection(list(actors))
    view.zoom_by(1.0 / view.zoom())
    qtbot.waitUntil(view.settled)
    assert win.selection_marks.rings() == []


def test_every_kind_is_counted_in_words(qtbot: QtBot) -> None:
    from tests.ui.docks_support import small_case
    from ui.docks.fields import Entity
    from ui.docks.selected_words import selected_words
    from ui.i18n import set_language

    case = small_case()
    chosen: list[Entity] = [*case.actors, *case.relationships, *case.mandates, *case.needs]
    assert selected_words(chosen) == (
        "3 actors, 2 relationships, 1 mandate and 1 needed decision selected"
    )
    set_language("nl", persist=False)
    assert selected_words(chosen) == (
        "3 actoren, 2 relaties, 1 mandaat en 1 benodigd besluit geselecteerd"
    )
