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
            "Zorg voor een tweede ambtelijke route naar wie mag beslissen. De wethouder beslist "
            "niet zelf in de casus; die loopt via de ambtelijke lijn, het beleid via de "
            "portefeuillehouder."
        )
        assert "directe lijn" not in f.suggestion("nl")
        assert "direct line" not in f.suggestion("en")
