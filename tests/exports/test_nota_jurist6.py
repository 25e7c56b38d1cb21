"""Jurist, fifth round, map A in the nota: the secretaris who may sub-mandate is asked to give
the manager the power himself (no new decision of the college, and no 'wethouder te vragen dit
uit te werken: laat …'); without room for sub-mandate the college's own point stays."""

from __future__ import annotations

from exports.decisions import decision_points
from mapper import analyse
from tests.mapper.test_jurist6_map_a import map_a


def _points(levels: int) -> str:
    case = map_a(terug_levels=levels)
    return " | ".join(decision_points(case, analyse(case), "nl"))


def test_the_secretaris_is_asked_to_sub_mandate_the_manager() -> None:
    text = _points(2)
    assert (
        "de gemeentesecretaris te vragen, binnen het bestaande mandaat, de manager ondermandaat "
        "te verlenen voor ‘Terugvorderen van bijstand’"
    ) in text or (
        "de gemeentesecretaris te vragen, binnen het bestaande mandaat, de manager Inkomen "
        "ondermandaat te verlenen voor ‘Terugvorderen van bijstand’"
    ) in text
    assert "te vragen dit uit te werken: laat de gemeentesecretaris" not in text


def test_without_room_for_sub_mandate_no_such_point() -> None:
    text = _points(0)
    assert "ondermandaat te verlenen voor ‘Terugvorderen van bijstand’" not in text
