"""Jurist, sixth round N5: a beleidsregel never stands in the way of a decision (Awb 4:84)."""

from __future__ import annotations

from mapper import analyse
from models.example import example_case


def test_a_policy_rule_does_not_stand_in_the_way_of_the_decision() -> None:
    [f] = [f for f in analyse(example_case()).findings if f.code == "RULE_LOOP_OPEN"]
    nl, en = f.detail("nl"), f.detail("en")
    assert "staat" not in nl.split(".")[0]
    assert "staat het besluit ‘" not in nl
    assert "wijkt af van de regel ‘Beleidsregels bijzondere bijstand Rivierstad 2025’. " in nl
    assert (
        "Dat mag en moet waar volgen onevenredig uitpakt (art. 4:84 Awb); de regel staat het "
        "besluit niet in de weg. Wel hoort het college van B&W, dat de beleidsregels vaststelt "
        "(art. 4:81 Awb), nergens waar de regel knelt: geen terugkoppel-, signaal- of "
        "escalatieroute leidt van "
    ) in nl
    assert "the rule does not stand in the way of the decision" in en
    assert "stands in the way" not in en
    assert "(Awb 4:81)" in en
