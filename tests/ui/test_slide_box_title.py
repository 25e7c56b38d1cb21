"""A box on a cause's slide is as wide as its whole title (new user, eighth round, N1: deck
slide 7, on the debt agreement, read "Gemeente Rivierst…" above College, Manager and
Consulent, whose plates are narrower than the name)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from exports.advice import cause_case
from exports.picture import SLIDE_NAME_PT, slide_scene
from exports.sessie import _CAUSE_MAP
from mapper import analyse
from models.example import example_case
from ui.canvas.scene import MapScene


def test_the_box_on_the_agreement_slide_shows_its_whole_title(qtbot: QtBot) -> None:
    case = example_case()
    cause = next(c for c in analyse(case).causes if c.id.startswith("agreement:"))
    part = cause_case(case, cause)
    shown, _inch = slide_scene(MapScene(part, "en"), _CAUSE_MAP[2:], SLIDE_NAME_PT)
    boxes = [b for b in shown.group_items.values() if b.isVisible()]
    assert [b.name for b in boxes] == ["Gemeente Rivierstad"]
    box = boxes[0]
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(9.0 * box.title_scale)
    # the text with its padding (8 on each side); in a picture no collapse button is drawn
    text = QFontMetricsF(font).horizontalAdvance(box.name) + 16 * box.title_scale
    assert box.title_rect().width() >= text, (box.title_rect().width(), text)
    assert box.rect().width() >= text
