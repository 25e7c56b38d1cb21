"""Jurist J2 (fifth round): STRUCTURE_CARRYING_ACTOR no longer advises a direct line between a
wethouder and the consulent; it asks for a second route through the civil service."""

from __future__ import annotations

from mapper import analyse
from models.example import example_case


def test_the_carrying_actor_advice_keeps_the_wethouder_off_the_case() -> None:
    found = [f for f in analyse(example_case()).findings if f.code == "STRUCTURE_CARRYING_ACTOR"]
    assert found
    for f in found:
        assert f.suggestion("nl") == (
            "Zorg voor een tweede ambtelijke route naar wie mag beslissen; een wethouder hoort "
            "via het college over het beleid, niet rechtstreeks over de casus."
        )
        assert "directe lijn" not in f.suggestion("nl")
        assert "direct line" not in f.suggestion("en")
