"""The wide map's status sentence in both languages (issue 14, new user 17, N5: "Schuif naar
rechts voor de rest of toon met Ctrl+Shift+F ..." wanted a comma before "of")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.docks_support import ensure_english
from ui.i18n import set_language
from ui.window.wide_map import start_words


def test_a_comma_before_the_second_choice_in_dutch_and_english(qtbot: QtBot) -> None:
    del qtbot  # a QApplication for the translator
    set_language("nl", persist=False)
    try:
        dutch = start_words(10_000, 28.4)
    finally:
        ensure_english()
    english = start_words(10_000, 28.4)
    assert dutch.startswith("De kaart van de 10.000 actoren is 28 keer zo breed als hoog;")
    assert "Schuif naar rechts voor de rest, of toon met Ctrl+Shift+F de hele kaart." in dutch
    assert "Scroll right for the rest, or press Ctrl+Shift+F for the whole map." in english
