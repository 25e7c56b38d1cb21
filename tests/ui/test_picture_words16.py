"""The app's PNG export says what the command line says: the picture's size and whether its
names can be read, and what gives readable names instead, in the app's number format
(rev-user15 G8: the app said only "…opgeslagen" where the CLI warned that the names of the
"10000" actors were too small to read). And a count of thousands in the app's texts reads
as the language writes it: "1.135 items geselecteerd", "12.345 bevindingen" (G8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from exports.picture import picture_size
from mapper.wording import number
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.test_big_picture import spread_case
from tests.ui.test_readable import window_at
from ui.docks.properties import PropertiesDock
from ui.i18n import set_language
from ui.window.main_window import MainWindow

__all__ = ["window_at"]

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.mark.parametrize("anonymised", [False, True])
def test_an_overview_from_the_app_says_its_names_are_too_small(
    window_at: object, qtbot: QtBot, tmp_path: Path, anonymised: bool
) -> None:
    win: MainWindow = window_at(spread_case(22, 1200.0), (1366, 768))  # type: ignore[operator]
    set_language("nl", persist=False)
    out = tmp_path / "kaart.png"
    win.files.ask_export_path = lambda: str(out)  # type: ignore[method-assign]
    win.exchange["export_anonymised"].setChecked(anonymised)
    assert win.files.export_image()
    width, height = picture_size(out.read_bytes()) or (0, 0)
    said = win.statusBar().currentMessage()
    size = f"{number(width, 'nl')} × {number(height, 'nl')} px"
    assert f"{out} opgeslagen: een overzicht van {size}, de kaart op " in said, said
    assert "de namen van de 484 actoren zijn te klein om te lezen" in said
    assert "exporteer naar .svg of .pdf en zoom daar in" in said
    assert ".." not in said


def test_a_readable_picture_from_the_app_says_so(
    window_at: object, qtbot: QtBot, tmp_path: Path
) -> None:
    win: MainWindow = window_at(example_case(), (1366, 768))  # type: ignore[operator]
    out = tmp_path / "voorbeeld.png"
    win.files.ask_export_path = lambda: str(out)  # type: ignore[method-assign]
    assert win.files.export_image()
    width, height = picture_size(out.read_bytes()) or (0, 0)
    said = win.statusBar().currentMessage()
    assert said.startswith(f"Saved {out}: {number(width, 'en')} × {number(height, 'en')} px")
    assert "px, the map at " in said
    assert "% of its size on screen; every name readable. Anonymised: " in said, said


def test_the_properties_count_many_items_as_dutch_does(window_at: object, qtbot: QtBot) -> None:
    win: MainWindow = window_at(generate_case(300, seed=0), (1366, 768))  # type: ignore[operator]
    case = win.controller.case
    ids = [*case.actors.ids(), *case.relationships.ids()]
    assert len(ids) > 1000
    set_language("nl", persist=False)
    win.controller.set_selection(ids)
    properties = win.findChild(PropertiesDock)
    assert properties is not None
    qtbot.waitUntil(lambda: "geselecteerd" in properties.heading.text())
    ties = f"{len(case.relationships):,}".replace(",", ".")  # by kind since rev-user16 U3
    said = f"{len(case.actors)} actoren en {ties} relaties geselecteerd"  # was '1523 items'
    assert properties.heading.text() == said


def test_the_undo_of_a_big_delete_counts_as_dutch_does(qtbot: QtBot) -> None:
    from ui.document.controller import DocumentController

    case = generate_case(300, seed=0)
    controller = DocumentController(case)
    ids = [*case.actors.ids(), *case.relationships.ids()]
    set_language("nl", persist=False)
    assert controller.remove(ids)
    count = f"{len(ids):,}".replace(",", ".")
    assert controller.undo_stack.undoText() == f"{count} items verwijderen"  # was '1523 items'
