"""F5 names an actor as its plate does (new user, eleventh round): the English caption under
the plate "Mevrouw Jansen" said "Ms Jansen". A name is named as typed, a form of address
included, in every English text (analyse, nota, deck, the app)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mapper import analyse
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.window_support import present
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def test_the_caption_names_the_resident_as_her_plate_does(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    plate = example_window.scene.actor_items["jansen"].shown_name()
    assert plate == "Mevrouw Jansen"
    presentation = present(qtbot, example_window)
    QTest.keyClick(presentation, Qt.Key.Key_Right)  # point 1: the eviction, her distrust
    cause = presentation.step.cause
    assert cause is not None
    assert "jansen" in cause.actors
    caption = presentation.organise.text()
    assert "Mevrouw Jansen" in caption
    assert "Ms " not in caption
    assert "Ms " not in presentation.heading.text()


def test_no_english_text_of_the_example_translates_a_name() -> None:
    result = analyse(example_case())
    texts = [t.en for c in result.causes for t in (c.title, c.detail, c.suggestion)] + [
        t.en for f in result.findings for t in (f.title, f.detail, f.suggestion)
    ]
    assert any("Mevrouw Jansen" in t for t in texts)
    assert not any("Ms Jansen" in t for t in texts)
