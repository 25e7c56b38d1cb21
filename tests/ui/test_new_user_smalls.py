"""The new user's small points of the third round, on real widgets: the empty map's findings
text, the export dialog's folder and the note's save dialog naming its anonymising."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from models import Actor, ActorKind, Position
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.exchange_support import handler
from ui.docks.findings import FindingsDock
from ui.exchange.window_exchange import EXPORTS
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def _summary(win: MainWindow) -> str:
    dock = win.findChild(FindingsDock)
    assert dock is not None
    return dock.summary.text()


def test_an_empty_map_says_there_is_nothing_to_analyse_yet(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    """Third round 10: "No findings: nothing stands in the way" read as a clean result."""
    qtbot.waitUntil(lambda: "Analysing" not in _summary(empty_window), timeout=20_000)
    text = _summary(empty_window)
    assert text.startswith("Nothing to analyse yet: the map is empty.")
    assert "nothing stands in the way" not in text
    # one actor on the map: the text about an empty map goes
    actor = Actor("x1", "Wijkagent", ActorKind.PROFESSIONAL, position=Position(0, 0))
    empty_window.controller.add_actor(actor)
    qtbot.waitUntil(lambda: "the map is empty" not in _summary(empty_window), timeout=20_000)


def test_the_empty_map_text_is_dutch_in_the_dutch_app(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    from ui.i18n import set_language

    set_language("nl", persist=False)
    try:
        qtbot.waitUntil(lambda: "Analys" not in _summary(empty_window), timeout=20_000)
        assert _summary(empty_window).startswith("Nog niets te analyseren: de kaart is leeg.")
    finally:
        set_language("en", persist=False)


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[str, str]]:
    """QFileDialog.getSaveFileName answers ``path``; returns (caption, folder offered)."""
    asked: list[tuple[str, str]] = []

    def fake(_parent: Any, caption: str, start: str, *_args: Any, **_kw: Any) -> tuple[str, str]:
        asked.append((caption, start))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_the_export_dialog_opens_in_the_folder_of_the_last_export(
    example_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Third round 9: the dialog opened in HOME each time."""
    out = tmp_path / "uit"
    out.mkdir()
    h = handler(example_window)
    graphml = next(k for k in EXPORTS if k.key == "graphml")
    asked = _answer(monkeypatch, out / "kaart.graphml")
    assert h.ask_export_path(graphml) == str(out / "kaart.graphml")
    assert Path(asked[0][1]).parent != out  # the first time: not yet there
    h.ask_export_path(graphml)
    assert Path(asked[1][1]).parent == out  # the next export starts where the last went
    example_window.files.ask_export_path()  # the picture too, and it is remembered
    assert Path(asked[2][1]).parent == out
    # remembered across sessions (QSettings), and forgotten once the folder is gone
    example_window.settings.sync()
    assert example_window.files.export_folder() == str(out.resolve())
    out.joinpath("kaart.graphml").unlink(missing_ok=True)
    out.rmdir()
    assert example_window.files.export_folder() != str(out.resolve())


def test_the_notes_save_dialog_says_whether_it_anonymises(
    example_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Third round 9: "Anonymised" is on by default, but the save dialog did not say so; the
    file name it offered carried the resident's name."""
    h = handler(example_window)
    asked = _answer(monkeypatch, tmp_path / "nota.docx")
    for key in ("docx", "pptx"):
        h.ask_export_path(next(k for k in EXPORTS if k.key == key))
    for caption, start in asked:
        assert caption == "Export anonymised: residents named by their role"
        assert "Jansen" not in Path(start).name  # the title names the family
    h["export_anonymised"].setChecked(False)
    h.ask_export_path(next(k for k in EXPORTS if k.key == "docx"))
    assert asked[-1][0] == "Export with names: residents as named on the map"
    assert "Jansen" in Path(asked[-1][1]).name  # the check above can fail
    h.ask_export_path(next(k for k in EXPORTS if k.key == "xlsx"))
    assert asked[-1][0] == "Export"  # the other kinds are not anonymised


def test_the_example_says_it_is_the_example_until_it_is_saved(
    empty_window: MainWindow, tmp_path: Path
) -> None:
    """Round 2 #19, still in round 3: nothing in the title said the map was the example."""
    from ui.window.app import start_case

    assert not empty_window.windowTitle().startswith("Example")
    empty_window.files.open_example()
    title = example_case().info.title
    assert empty_window.windowTitle().startswith(f"Example: {title}")
    empty_window.controller.save(tmp_path / "eigen.kvmap")
    assert empty_window.windowTitle().startswith("eigen.kvmap")
    # the app started on the example (no file, no last file) says so too
    start = start_case(None, True, None)
    assert start.example
    assert not start_case(str(tmp_path / "eigen.kvmap"), False, None).example
