"""A click on a finding or a cause shows what it is about (issue 14, new user at scale 14, F8:
a click on cause 3, about the manager 26.0.1 and the teamleider 26.0.1, scrolled the map to
organisation 18, where its first consequence's consulent sits), on a real window."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from mapper.analysis import Analysis
from mapper.findings import Cause, Finding, Severity, Text
from mapper.summary import Summary
from models import Actor, Case, CaseInfo, Position
from tests.ui.docks_support import english_ui, finding  # noqa: F401
from tests.ui.test_readable import window_at
from ui.docks import FindingsDock
from ui.docks.findings import FINDING_ROLE
from ui.window.main_window import MainWindow

__all__ = ["window_at"]

pytestmark = pytest.mark.usefixtures("english_ui")

PAIR = "MANDATE_SUBMANDATE_NOT_ALLOWED"
# a consequence far to the left; the cause's own pair far to the right; a group spread below
PLACES = {
    "a1": (0.0, 0.0),
    "a2": (9000.0, 0.0),
    "a3": (9300.0, 120.0),
    **{f"a{10 + i}": (3000.0 + 400.0 * i, 5000.0) for i in range(8)},
}


def spread_case() -> Case:
    actors = [Actor(k, f"Actor {k}", position=Position(*xy)) for k, xy in PLACES.items()]
    return Case.from_parts(CaseInfo("Ver uit elkaar"), actors, [])


def _analysis(found: tuple[Finding, ...], causes: tuple[Cause, ...]) -> Analysis:
    return Analysis(
        found,
        scorecard=(),
        metrics={},
        map_metrics={},
        quadrants={},
        causes=causes,
        summary=Summary(first=tuple(c.id for c in causes)),
    )


def _window(
    make: object, found: tuple[Finding, ...], causes: tuple[Cause, ...] = ()
) -> tuple[MainWindow, FindingsDock]:
    win: MainWindow = make(spread_case(), (1366, 768))  # type: ignore[operator]
    runner = win.analysis_runner()
    assert runner is not None
    runner.wait()  # its own analysis first, then ours in its place
    dock = win.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.set_analysis(_analysis(found, causes))
    win.view.zoom_by(1 / win.view.zoom())  # 100 %, at the map's middle: none of them in view
    win.view.centerOn(4500.0, 2500.0)
    return win, dock


def _in_view(win: MainWindow, ids: list[str]) -> bool:
    port = QRectF(win.view.viewport().rect())
    items = win.scene.actor_items
    return all(port.contains(win.view.mapFromScene(items[i].pos())) for i in ids)


def _cause(found: tuple[Finding, ...], told: str) -> Cause:
    return Cause(
        id="power:deviate_from_rule",
        title=Text("Cause", "Oorzaak"),
        detail=Text("", ""),
        suggestion=Text("", ""),
        severity=Severity.CRITICAL,
        rank=1,
        block=4,
        blocks=(2, 4),
        findings=tuple(f.id for f in found),
        told=(told,),
        actors=tuple(dict.fromkeys(a for f in found for a in f.actors)),
    )


def test_a_cause_shows_the_actors_its_title_is_about(window_at: object, qtbot: QtBot) -> None:
    consequence = replace(finding("NEED_HOLDER_UNREACHABLE", 2, Severity.CRITICAL, "a1"), id="f1")
    own = replace(finding(PAIR, 4, Severity.WARNING, "a2", "a3"), id="f2")
    found = (consequence, own)
    cause = _cause(found, told="f2")  # its title is f2's: the pair a2-a3
    win, dock = _window(window_at, found, (cause,))
    assert cause.ids()[0] == "a1"  # the old view went to the first consequence
    item = dock.cause_items()[0]
    dock.view.setCurrentIndex(item.index())
    qtbot.waitUntil(win.view.settled)
    assert set(win.controller.selection) == {"a1", "a2", "a3"}  # all its evidence lit
    assert _in_view(win, ["a2", "a3"])  # old: a1 only
    assert {"a2", "a3"} <= win.view.named()  # and their names are read


def test_a_grouped_finding_shows_every_member(window_at: object, qtbot: QtBot) -> None:
    members = [f"a{10 + i}" for i in range(8)]
    grouped = replace(
        finding("NEED_TRIAGE_UNASSIGNED", 2, Severity.WARNING, *members),
        id="NEED_TRIAGE_UNASSIGNED:group-1",
        members=tuple(f"m{i}" for i in range(8)),
    )
    win, dock = _window(window_at, (grouped,))
    row = next(i for i in dock.finding_items() if i.data(FINDING_ROLE) is not None)
    dock.view.setCurrentIndex(row.index())
    qtbot.waitUntil(win.view.settled)
    assert _in_view(win, members)  # 2,800 px across: the view zoomed out to hold them all
    assert win.view.zoom() < 1.0


def test_a_finding_in_view_with_its_names_leaves_the_view(window_at: object, qtbot: QtBot) -> None:
    own = replace(finding(PAIR, 4, Severity.WARNING, "a2", "a3"), id="f2")
    win, dock = _window(window_at, (own,))
    win.view.centerOn(win.scene.actor_items["a2"].pos())
    qtbot.waitUntil(win.view.settled)
    before = (win.view.zoom(), win.view.mapToScene(win.view.viewport().rect().center()))
    dock.view.setCurrentIndex(dock.finding_items()[0].index())
    qtbot.waitUntil(win.view.settled)
    after = (win.view.zoom(), win.view.mapToScene(win.view.viewport().rect().center()))
    assert after == before  # in view and named: the user's view stays
