""" "Eerst doen" names three different steps (adviser, session 10): on the wmo template items
2 and 3 were the same step ("Zorg voor een tweede ambtelijke route naar wie mag beslissen")
for the manager and again for the team leader. A cause whose step is already among the first
makes way for the next; the beslispunt still takes both people together. Fails on the code
before this change.
"""

from __future__ import annotations

from exports.decisions import decision_points
from mapper import analyse
from models import Case
from models.templates import TEMPLATES


def _wmo() -> Case:
    return next(t for t in TEMPLATES if t.key == "wmo").build()


def test_the_first_three_are_three_different_steps() -> None:
    analysis = analyse(_wmo())
    first = analysis.first()
    assert [c.title("nl") for c in first] == [
        "De casus vindt de weg niet terug naar de regel",
        "De casus hangt aan de manager Zorg en Welzijn",
        "Rugdekking voor de Wmo-consulent is niet geborgd",
    ]
    assert len({c.suggestion for c in first}) == 3
    assert "3. Rugdekking voor de Wmo-consulent is niet geborgd." in analysis.summary.text("nl")
    for template in TEMPLATES:
        steps = [c.suggestion for c in analyse(template.build()).first()]
        assert len(set(steps)) == len(steps), template.key


def test_the_beslispunt_keeps_both_people_on_the_one_route() -> None:
    case = _wmo()
    points = decision_points(case, analyse(case), "nl")
    assert points[1].startswith(
        "de gemeentesecretaris te vragen naast de manager Zorg en Welzijn en de teamleider Wmo "
        "een tweede ambtelijke route in te richten"
    )
    assert points[2].startswith(
        "de gemeentesecretaris te vragen af te spreken dat de "
        "Wmo-consulent vooraf rugdekking krijgt"
    )
