"""After fitting a big map, the status bar says its names cannot be read, and "show the whole
map" has one name and one key everywhere (issue 14, new user at scale 14, F2/F10: at 3 % and
1 % the status said nothing; "Toon de hele kaart (F)" beside "Passend in venster Ctrl+Shift+F").

A map of more than :data:`ui.canvas.readable.READABLE_LIMIT` actors keeps its actors small and
lets its names drop out below :data:`ui.canvas.item_base.LOD_TEXT`; the view counted them all
as named, so the fit's message never came."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from models import Actor, Case, CaseInfo
from tests.ui.docks_support import ensure_english
from tests.ui.test_big_map_fit import grid_positions
from tests.ui.test_readable import window_at
from ui.canvas.item_base import LOD_TEXT
from ui.canvas.readable import READABLE_LIMIT
from ui.i18n import set_language
from ui.window.main_window import MainWindow

__all__ = ["window_at"]

N = READABLE_LIMIT + 50


@pytest.fixture
def dutch_ui() -> Iterator[None]:
    set_language("nl", persist=False)
    yield
    ensure_english()


def _big(make: object) -> tuple[MainWindow, list[str]]:
    actors = [
        Actor(f"a{i}", f"Consulent {i}", position=p)
        for i, p in enumerate(grid_positions(N, 400.0).values())
    ]
    win: MainWindow = make(Case.from_parts(CaseInfo("Groot"), actors, []), (1366, 768))  # type: ignore[operator]
    said: list[str] = []
    win.view.message.connect(said.append)
    return win, said


@pytest.mark.usefixtures("dutch_ui")
def test_the_fit_of_a_big_map_says_its_names_cannot_be_read(
    window_at: object, qtbot: QtBot
) -> None:
    win, said = _big(window_at)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    percent = round(win.view.zoom() * 100)
    assert win.view.zoom() < LOD_TEXT  # 8,400 px across in 1,000: no name is drawn
    assert win.view.named() == set()  # old: all 450 counted as named
    assert said[-1] == (
        f"Bij {percent} % zijn de namen van de {N} actoren te klein om te lezen. Zoom in met "
        "het muiswiel of + om ze te lezen; Ctrl+Shift+F toont weer de hele kaart."
    )
    assert win.statusBar().currentMessage() == said[-1]
    # the message goes after a while; the zoom in the status bar keeps saying it
    assert win.zoom_label.text() == f"{percent} % (namen te klein)"
    win.view.zoom_by(0.5 / win.view.zoom())  # in to 50 %: names are drawn again
    assert len(win.view.named()) > 0
    assert win.zoom_label.text() == "50 %"


@pytest.mark.usefixtures("dutch_ui")
def test_show_the_whole_map_has_one_name_and_one_key(window_at: object, qtbot: QtBot) -> None:
    win, said = _big(window_at)
    action = win.actions_["view_fit"]
    key = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    assert key == "Ctrl+Shift+F"
    assert [k.toString() for k in action.shortcuts()] == ["Ctrl+Shift+F"]
    name = action.text().replace("&", "")
    assert name == "Hele kaart tonen"  # the menu (old: "Passend in venster")
    assert action.toolTip() == name  # the toolbar button
    assert action.statusTip() == "De hele kaart in het venster tonen (Ctrl+Shift+F)"  # old: (F)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    assert f"{key} toont weer de hele kaart" in said[-1]  # the status bar: the same key
    win.menus["view"].grab()  # the View menu lists it under its own name and key
    listed = [a for a in win.menus["view"].actions() if a is action]
    assert listed
