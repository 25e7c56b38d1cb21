"""The outside tester's map defects after the readable map: bundle counts follow a language
switch; suggested file names are valid on every system."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from models.example import example_case
from tests.ui.window_support import open_window, settle
from ui.document.controller import DocumentController
from ui.exchange.export_kinds import EXPORTS
from ui.exchange.file_names import MAX_STEM, safe_stem
from ui.i18n import set_language
from ui.window.main_window import MainWindow


@pytest.fixture
def dutch_example_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    set_language("nl", persist=False)
    controller = DocumentController()
    case = example_case()
    case.set_case_field("title", "Gezin Jansen: dreigende huisuitzetting / zorg?")
    controller.replace_case(case, None)
    win = open_window(qtbot, tmp_path, controller)
    yield win
    settle(win)
    set_language("en", persist=False)


def bundle_texts(win: MainWindow) -> list[str]:
    edges = [*win.scene.relationship_items.values(), *win.scene.mandate_items.values()]
    return sorted(e.bundle_text for e in edges if e.bundle_text)


def test_bundle_counts_follow_a_language_switch(
    dutch_example_window: MainWindow, qtbot: QtBot
) -> None:
    dutch = bundle_texts(dutch_example_window)
    assert dutch
    assert any("relaties" in t for t in dutch), dutch
    dutch_example_window.set_language("en")
    qtbot.waitUntil(lambda: any("relationships" in t for t in bundle_texts(dutch_example_window)))
    english = bundle_texts(dutch_example_window)
    assert not any("relaties" in t or "mandaten" in t or "verbindingen" in t for t in english)
    assert [t.split()[0] for t in english] == [t.split()[0] for t in dutch]  # same counts
    dutch_example_window.set_language("nl")
    qtbot.waitUntil(lambda: bundle_texts(dutch_example_window) == dutch)


def test_suggested_file_names_are_valid_everywhere(
    dutch_example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake(_parent: object, _title: str, default: str, _filter: str) -> tuple[str, str]:
        asked.append(default)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    for kind in EXPORTS:
        dutch_example_window.exchange.ask_export_path(kind)
    dutch_example_window.files.ask_export_path()
    dutch_example_window.files.ask_save_path()
    assert len(asked) == len(EXPORTS) + 2
    # named after the anonymised title; the picture too (new user, twelfth round B3: it
    # suggested the child's name while the picture itself said "het kind")
    anonymised = {"docx", "pptx", "kvmap_anonymised", "picture"}
    kinds = [kind.key for kind in EXPORTS] + ["picture", "save"]
    for key, default in zip(kinds, asked, strict=True):
        name = Path(default).name
        assert not set(name) & set(':/\\*?"<>|'), name
        if key in anonymised:
            assert "Jansen" not in name, name
            assert name.startswith("Dreigende huisuitzetting - zorg"), name
        else:
            assert name.startswith("Gezin Jansen - dreigende huisuitzetting - zorg"), name
    # with File › Export › Anonymised off, the note is named after the map's own title
    dutch_example_window.exchange["export_anonymised"].setChecked(False)
    asked.clear()
    nota = next(kind for kind in EXPORTS if kind.key == "docx")
    dutch_example_window.exchange.ask_export_path(nota)
    dutch_example_window.files.ask_export_path()
    for default in asked:
        assert Path(default).name.startswith("Gezin Jansen - dreigende huisuitzetting"), asked


def test_safe_stem_trims_and_limits() -> None:
    assert safe_stem("  a:b  ", "x") == "a - b"
    assert safe_stem('<>|"', "kaart") == "kaart"
    assert safe_stem("", "kaart") == "kaart"
    assert safe_stem("CON", "kaart") == "kaart"
    long = safe_stem("woord " * 40, "x")
    assert len(long) <= MAX_STEM
    assert not long.endswith(" ")
