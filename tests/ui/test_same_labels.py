"""One label for the mandates of one grantor with the same label (issue 12: "Bijzondere
bijstand verlenen" was drawn on every line from the college, stacked near it)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models import Actor, Case, CaseInfo, Mandate, Position, PowerCategory
from ui.canvas.item_base import tip_of
from ui.canvas.scene import MapScene
from ui.document.controller import DocumentController
from ui.i18n import set_language


def fan_of_mandates() -> Case:
    """The college mandates one power to three holders, another power to a fourth."""
    actors = [Actor("c", "College", position=Position(0, 0))]
    actors += [
        Actor(f"h{i}", f"Houder {i}", position=Position(-300 + 200 * i, 300)) for i in range(4)
    ]
    mandates = [Mandate(f"m{i}", "c", f"h{i}", PowerCategory.SPEND_BUDGET) for i in range(3)]
    mandates.append(Mandate("m3", "c", "h3", PowerCategory.DEVIATE_FROM_RULE))
    mandates.append(Mandate("m4", "h0", "h1", PowerCategory.SPEND_BUDGET))  # another grantor
    return Case.from_parts(CaseInfo("waaier"), actors, [], mandates)


def test_mandates_of_one_grantor_with_one_label_show_it_once(qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    try:
        controller = DocumentController(fan_of_mandates())
        scene = MapScene(controller, "nl")
        same = [scene.mandate_items[f"m{i}"] for i in range(3)]
        own = scene.mandate_items["m3"].text
        power = same[0].text
        texts = [e.shown_text() for e in same]
        assert texts.count(f"{power} (3 mandaten)") == 1
        assert texts.count("") == 2
        assert scene.mandate_items["m3"].shown_text() == own  # another power: its own label
        assert scene.mandate_items["m4"].shown_text() == power  # another grantor: its own
        for edge in same:  # every line's tooltip names all three holders
            tip = tip_of(edge)
            assert all(f"Houder {i}" in tip for i in range(3)), tip
            assert "Houder 3" not in tip
        head = next(e for e in same if e.shown_text())
        assert not head.label_rect().isEmpty()  # the label is sized for its new text
        controller.set_selection(["h1"])  # selecting one of them: each its own label again
        assert [e.shown_text() for e in same] == [power] * 3
        controller.set_selection([])
        assert sorted(e.shown_text() for e in same) == ["", "", f"{power} (3 mandaten)"]
        controller.remove(["m1"])  # two left: still one label, now for two
        left = [scene.mandate_items[i] for i in ("m0", "m2")]
        assert sorted(e.shown_text() for e in left) == ["", f"{power} (2 mandaten)"]
    finally:
        set_language("en", persist=False)
