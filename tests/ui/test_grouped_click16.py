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
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from mapper.analysis import Analysis
from mapper.findings import Severity
from tests.ui.docks_support import english_ui, finding  # noqa: F401
from tests.ui.test_readable import window_at
from ui.canvas import bundles, scene_items
from ui.canvas.item_base import SELECT_COLOUR
from ui.canvas.view_subject import subject_words
from ui.docks import FindingsDock
from ui.i18n import set_language
from ui.window.main_window import MainWindow

__all__ = ["window_at"]

pytestmark = pytest.mark.usefixtures("english_ui")


def _grouped(make: Any) -> tuple[MainWindow, FindingsDock, tuple[str, ...]]:
    win: MainWindow = make(generate_case(1000, seed=0), (1366, 768))
    win.analysis_runner().wait()  # its own analysis first, then ours in its place
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
    window_at: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    win, dock, members = _grouped(window_at)
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
