"""The joined backing cause's beslispunt names both routes (seventh round, open in issue 11):
backing for the professional and the second route beside the manager the case hangs on, in
one request to the gemeentesecretaris."""

from __future__ import annotations

import pytest

from exports.decisions import _point
from mapper import analyse
from models.example import example_case


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            "de gemeentesecretaris te vragen af te spreken dat de consulent wijkteam (Sanne) "
            "vooraf rugdekking krijgt om beargumenteerd van de routine af te wijken, en dat "
            "casussen worden besproken zonder af te rekenen, en naast de manager Werk en "
            "Inkomen een tweede ambtelijke route in te richten van de consulent wijkteam "
            "(Sanne) naar wie in de casus mag beslissen, bijvoorbeeld via de teamleider "
            "Wijkteam Noord, en vast te leggen wie de manager bij afwezigheid vervangt",
        ),
        (
            "en",
            "to ask the Gemeentesecretaris to agree that the Consulent wijkteam (Sanne) is "
            "backed in advance when deviating from routine with good reason, and that cases "
            "are discussed without blame, and to set up a second route in the civil service "
            "beside the Manager Werk en Inkomen, from the Consulent wijkteam (Sanne) to "
            "whoever may decide in the case, for instance through the Teamleider Wijkteam "
            "Noord, and to record who stands in for the manager when absent",
        ),
    ],
)
def test_the_backing_point_adds_the_second_route(lang: str, expected: str) -> None:
    case = example_case()
    analysis = analyse(case)
    cause = analysis.cause("theme:backing")
    assert cause is not None
    # the test has teeth: the cause holds the manager every route runs through
    assert any(f.startswith("STRUCTURE_CARRYING_ACTOR:") for f in cause.findings)
    assert _point(case, analysis, cause, lang) == expected  # type: ignore[arg-type]
