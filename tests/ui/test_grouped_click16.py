"""A click on a finding about hundreds of actors (rev-user15 G6: a grouped finding of 81
pairs selected 1,120 items on a 2,000-actor map at 13 %; the highlight could not be told
apart and the status said nothing): the members are selected and fitted, the status bar says
how many in the app's number format and that their names are too small at that zoom, the
selected plates are filled with the selection's colour far out, and the bundles of so many
items stay closed (their layout held the window a second). On a real window."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from mapper.analysis import Analysis
from mapper.findings import Severity
from tests.ui.docks_support import english_ui, finding  # noqa: F401
from tests.ui.shared_window import SharedWindow, shared_window
from ui.canvas import bundles, scene_items
from ui.canvas.bundles import pair_key
from ui.canvas.item_base import LOD_ARROWS, SELECT_COLOUR
from ui.canvas.view_subject import subject_words
from ui.docks import FindingsDock
from ui.i18n import set_language
from ui.window.main_window import MainWindow

__all__ = ["shared_window"]

pytestmark = [
    pytest.mark.usefixtures("english_ui"),
    pytest.mark.xdist_group("grouped_click16"),  # one worker (tests/xdist_groups.py)
]


def _map(shared: SharedWindow, qtbot: QtBot) -> MainWindow:
    """The window on the 1,000-actor map, fitted, nothing selected."""
    return shared.get(qtbot, "m1000", lambda: generate_case(1000, seed=0), (1366, 768))


def _grouped(win: MainWindow) -> tuple[MainWindow, FindingsDock, tuple[str, ...]]:
    runner = win.analysis_runner()
    assert runner is not None
    runner.wait()  # its own analysis first, then ours in its place
    dock = win.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    case = win.controller.case
    members = tuple(case.actors.ids())
    grouped = replace(
        finding("MANDATE_SUBMANDATE_NOT_ALLOWED", 4, Severity.WARNING, *members),
        id="MANDATE_SUBMANDATE_NOT_ALLOWED:group-1",
        relationships=(),  # the actors alone: the lines' halos show far out as it is
    )
    dock.set_analysis(Analysis((grouped,), scorecard=(), metrics={}, map_metrics={}, quadrants={}))
    return win, dock, members


def _yellow(win: MainWindow) -> int:
    """The viewport's pixels of about the selection's colour."""
    picture = win.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(bytes(picture.constBits()), np.uint8)
    pixels = rows.reshape(picture.height(), picture.bytesPerLine())[:, : 3 * picture.width()]
    rgb = pixels.reshape(picture.height(), picture.width(), 3).astype(int)
    want = SELECT_COLOUR
    near = abs(rgb[..., 0] - want.red()) + abs(rgb[..., 1] - want.green()) < 40
    return int((near & (rgb[..., 2] < 110)).sum())


def test_a_click_on_a_big_group_says_how_many_and_shows_them(
    shared_window: SharedWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    win, dock, members = _grouped(_map(shared_window, qtbot))
    laid_out: list[int] = []
    real = bundles.layout_edges

    def counted(edges: Any, opened: Any, hover: Any) -> None:
        laid_out.append(len(edges))
        real(edges, opened, hover)

    monkeypatch.setattr(scene_items, "layout_edges", counted)
    before = _yellow(win)
    dock.view.setCurrentIndex(dock.finding_items()[0].index())
    qtbot.waitUntil(win.view.settled)
    assert set(members) <= set(win.controller.selection)
    said = win.statusBar().currentMessage()
    assert said.startswith("The 1,000 actors this is about are selected and shown together."), said
    zoom = round(win.view.zoom() * 100)
    assert win.view.zoom() < 0.38  # far out: no name can be read
    assert f"At {zoom} % their names are too small to read" in said
    assert laid_out == []  # 1,200 bundles stay closed: no layout of the lines
    assert not scene_items.SceneItems.bundle_open(win.scene, *members[:2])
    # the selected plates show far out: filled with the selection's colour
    after = _yellow(win)
    assert after > before + 5000, (before, after)  # old: 31 -> 92 pixels


def test_the_words_count_as_dutch_writes_numbers(qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    assert subject_words(1120, 0, 0.13) == (
        "De 1.120 actoren waar dit over gaat, zijn geselecteerd en staan samen in beeld. "
        "Bij 13 % zijn hun namen te klein om te lezen; zoom in met het muiswiel of + om ze te "
        "lezen."
    )
    assert subject_words(1120, 40, 0.5).endswith(
        "Bij deze zoom zijn 40 van hun namen te lezen; zoom in met het muiswiel of + om de "
        "andere te lezen."
    )
    assert "Bij <1 % zijn hun namen te klein" in subject_words(10_000, 0, 0.003)  # as the fit
    set_language("en", persist=False)
    assert subject_words(1120, 1120, 1.0) == (
        "The 1,120 actors this is about are selected and shown together."
    )
    assert subject_words(256, 256, 1.0, 1012) == (  # a cause: its consequences' actors too
        "The 256 actors this is about are shown together; with its consequences 1,012 actors "
        "are selected."
    )


class Painted(QObject):
    """The regions the viewport paints."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
        return False


def test_far_out_a_selection_repaints_the_plate_not_the_map(
    shared_window: SharedWindow, qtbot: QtBot
) -> None:
    """Far out, a click on one actor repaints its plate, not the whole map (issue 14, rev-user15
    G2: menus and dialogs were slow to paint at 10,000 actors). Opening a menu recomputes nothing
    (File's only aboutToShow fills the recent files); what was ours is the selection: selecting an
    actor fanned out its bundles, their lines moved across the map, and the whole map was painted
    again, 7,889 lines for one actor of 2,000 at 13 % (0.43 s; about 2 s at 10,000). Under
    LOD_ARROWS (0.3) fanned lines a pixel apart cannot be told apart: the selection's bundles stay
    closed there and open as the user zooms in. Counted by the region painted, not timed."""
    win = _map(shared_window, qtbot)
    view, scene = win.view, win.scene
    view.zoom_by(0.2 / view.zoom())  # far out, as a fitted 2,000-actor map (13 %)
    qtbot.waitUntil(view.settled)
    assert view.zoom() < LOD_ARROWS
    edges = [e for e in scene.relationship_items.values() if e.isVisible()]
    busiest = max(scene.actor_items, key=lambda a: sum(1 for e in edges if a in pair_key(e)))
    pairs = {pair_key(e) for e in edges if busiest in pair_key(e)}
    QApplication.processEvents()
    painted = Painted()
    view.viewport().installEventFilter(painted)

    win.controller.set_selection([busiest])
    qtbot.waitUntil(view.settled)
    QApplication.processEvents()
    assert scene.actor_items[busiest].isSelected()
    area = view.viewport().width() * view.viewport().height()
    biggest = max((r.width() * r.height() for r in painted.rects), default=0)
    assert biggest < 0.01 * area, (painted.rects, area)  # old: 827 x 132 px, the row
    assert not any(scene.bundle_open(*pair) for pair in pairs)
    # closer in, its bundles open as before
    view.zoom_by(1.0 / view.zoom())
    qtbot.waitUntil(view.settled)
    assert all(scene.bundle_open(*pair) for pair in pairs)
    view.zoom_by(0.2 / view.zoom())  # and close again far out
    assert not any(scene.bundle_open(*pair) for pair in pairs)
