"""The deck's cause slide draws the agreement it is about (issue 12; new user, eighth round,
slide 7): for "agreement g2" (the Doorbraakafspraak puts the college's moratorium and the
tax collector's consent with the Manager Werk en Inkomen) the slide drew no line from the
college nor from the tax collector to the manager. Now each holder of a covered power has a
dashed tie to the decider, labelled with the agreement's name; tested on the slide's own
items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import exports.advice
import exports.picture
import exports.sessie
from exports.cause_ties import agreement_ties
from mapper import analyse
from models import Case, EntityKind
from models.example import example_case
from ui.canvas.agreement_ties import AGREEMENT_STYLE, TiedScene
from ui.canvas.scene import MapScene

NAME = "Doorbraakafspraak schulden Rivierland 2025"


def _drawn(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The scenes the deck's cause pictures draw, by cause id (their copies for the slide)."""
    drawn: dict[str, Any] = {}
    real = exports.picture.slide_scene

    def spy(scene: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
        shown, inch = real(scene, *args, **kwargs)
        drawn[current[0]] = shown
        return shown, inch

    current = [""]
    real_cause = exports.advice.cause_case

    def cause_case(case: Case, cause: Any) -> Case:
        current[0] = cause.id
        return real_cause(case, cause)

    monkeypatch.setattr(exports.picture, "slide_scene", spy)
    monkeypatch.setattr("exports.sessie.cause_case", cause_case)
    return drawn


def _agreement_among_the_first() -> Case:
    """The example with a Mandaatbesluit that allows the consulent's sub-mandate: the
    Doorbraakafspraak is the third step again (in the example itself, the critical defect of
    that sub-mandate outranks the agreement's warning, J6, and the agreement has no slide)."""
    case = example_case()
    case.update(EntityKind.MANDATE, "m1", {"sub_mandate_levels": 3})
    assert "agreement:g2" in analyse(case).summary.first
    return case


def test_the_agreement_ties_of_the_example() -> None:
    case = example_case()
    cause = analyse(case).cause("agreement:g2")
    assert cause is not None
    ties = agreement_ties(case, cause)
    assert [(t.holder, t.decider, t.name) for t in ties] == [
        ("college", "manager_wi", NAME),
        ("belastingen", "manager_wi", NAME),
    ]


def test_the_cause_slide_draws_the_agreement_to_its_decider(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    drawn = _drawn(monkeypatch)
    case = _agreement_among_the_first()
    pictures = exports.sessie.cause_pictures(case, analyse(case), "nl", lambda p: MapScene(p, "nl"))
    assert "agreement:g2" in pictures
    shown = drawn["agreement:g2"]
    assert isinstance(shown, TiedScene)
    lines = {(t.source.entity_id, t.target.entity_id): t for t in shown.tie_lines}
    assert set(lines) == {("college", "manager_wi"), ("belastingen", "manager_wi")}
    for line in lines.values():
        assert line.isVisible()
        assert line.edge_style == AGREEMENT_STYLE
        assert AGREEMENT_STYLE.dash == "dash"
        assert line.shown_text() == NAME
        assert not line.line_path().isEmpty()
        ends = (line.source.sceneBoundingRect(), line.target.sceneBoundingRect())
        path = line.line_path()
        assert ends[0].adjusted(-20, -20, 20, 20).contains(path.pointAtPercent(0.0))
        assert ends[1].adjusted(-20, -20, 20, 20).contains(path.pointAtPercent(1.0))
    assert any(line.label_shown() for line in lines.values())  # the name reads on the slide
    # a cause about no agreement draws no tie
    assert not isinstance(drawn[next(k for k in drawn if k != "agreement:g2")], TiedScene)
