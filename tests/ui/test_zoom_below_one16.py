"""A map fitted below one half per cent says "<1 %", not "0 %" (issue 14, new user at scale
15, G12: the hierarchy of 10,000 actors fitted at 0.3 % and the status bar read "0 % (namen te
klein)" over a white window). Both tests fail on the old code ("0 %", "1 %")."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsRectItem
from pytestqt.qtbot import QtBot

from ui.canvas.fit_words import names_hidden, percent, zoom_text


def test_the_zoom_label_says_below_one_per_cent(qtbot: QtBot) -> None:
    actor = QGraphicsRectItem(0, 0, 10, 10)
    assert zoom_text(0.003, set(), {"a": actor}).startswith("<1 % ")
    assert zoom_text(0.003, {"a"}, {"a": actor}) == "<1 %"
    assert zoom_text(0.25, {"a"}, {"a": actor}) == "25 %"
    assert percent(0.0049) == "<1 %"
    assert percent(0.0151) == "2 %"


def test_the_fits_message_says_below_one_per_cent(qtbot: QtBot) -> None:
    actors = [QGraphicsRectItem(0, 0, 10, 10) for _ in range(3)]
    said = names_hidden(0, actors, zoom=0.003)
    assert "<1 %" in said
    assert " 1 %" not in said
