"""An organisation's box on the map: a click on its title selects the organisation (the
Properties pane shows its name), and its context menu renames it (new user, twelfth round
B4: a click on 'Gemeente' did nothing, and the menu offered no way to rename it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.window_support import open_window
from ui.canvas.menus import group_menu
from ui.dialogs.template_dialog import template_case_laid_out
from ui.docks.properties import PropertiesDock
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


@pytest.fixture
def youth(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    controller = DocumentController(template_case_laid_out("youth_care"))
    win = open_window(qtbot, tmp_path, controller)
    win.view.fit_to_window()
    qtbot.waitUntil(win.view.settled)
    yield win
    runner = win.analysis_runner()
    assert runner is not None
    runner.shutdown()


def _title_point(win: MainWindow, org_id: str) -> QPointF:
    box = next(b for b in win.scene.group_items.values() if b.org_id == org_id)
    assert box.isVisible()
    title = box.title_rect()
    return QPointF(title.left() + 12 * box.title_scale, title.center().y())  # on the name


def _name(win: MainWindow, org_id: str) -> str:
    org = win.controller.case.organisations.get(org_id)
    assert org is not None
    return org.name


def test_a_click_on_the_title_selects_the_organisation(qtbot: QtBot, youth: MainWindow) -> None:
    case = youth.controller.case
    gemeente = next(o.id for o in case.organisations if o.name == "Gemeente")
    youth.controller.set_selection([case.actors[0].id])
    where = youth.view.mapFromScene(_title_point(youth, gemeente))
    QTest.mouseClick(youth.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert youth.controller.selection == (gemeente,)
    dock = youth.findChild(PropertiesDock)
    assert dock is not None
    name = dock.editors["name"]
    assert isinstance(name, QLineEdit)
    assert name.text() == "Gemeente"
    org = case.organisations.get(gemeente)
    assert org is not None
    assert not org.collapsed  # the title is not the button


def test_the_box_menu_renames_the_organisation_in_one_undo_step(
    qtbot: QtBot, youth: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = youth.controller.case
    gemeente = next(o.id for o in case.organisations if o.name == "Gemeente")
    asked: list[str] = []

    def answer(*_args: object, text: str = "", **_kw: object) -> tuple[str, bool]:
        asked.append(text)
        return "Gemeente Havenstad", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    where = youth.view.mapFromScene(_title_point(youth, gemeente))
    menu = group_menu(youth.view, where)
    assert menu is not None
    rename = [a for a in menu.actions() if a.text() == "Rename…"]
    assert len(rename) == 1, [a.text() for a in menu.actions()]
    steps = youth.controller.undo_stack.count()
    rename[0].trigger()
    assert asked == ["Gemeente"]  # the dialog offers the name as it is
    assert _name(youth, gemeente) == "Gemeente Havenstad"
    assert youth.controller.selection == (gemeente,)
    assert youth.controller.undo_stack.count() == steps + 1
    youth.controller.undo_stack.undo()
    assert _name(youth, gemeente) == "Gemeente"
