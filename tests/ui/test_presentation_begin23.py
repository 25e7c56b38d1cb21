"""The presentation's overview ends with what to press, as a sentence (jurist review 22, J9;
new user 23, 8): it said "5 punten om te bespreken: → om te beginnen.", an arrow for a verb."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.window_support import example_presentation
from ui.i18n import set_language


def test_the_overview_says_press_the_arrow_to_begin(qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    try:
        _case, _scene, presentation = example_presentation(qtbot, (1366, 768), "nl")
        said = presentation.organise.text()
        assert said.endswith("5 punten om te bespreken; druk op → om te beginnen."), said
    finally:
        set_language("en", persist=False)
    qtbot.waitUntil(lambda: "press → to begin." in presentation.organise.text())
