"""Jurist, fifth round J14: the tool does not infer the law from what the map leaves out;
between bestuursorganen it says that delegation needs a statutory provision and that the map
names none (the private-party case is in test_jurist5_agreements)."""

from __future__ import annotations

from mapper import analyse
from models.example import example_case


def test_delegation_is_not_declared_impossible_from_the_map_s_silence() -> None:
    analysis = analyse(example_case())
    nl = " ".join(f.detail("nl") for f in analysis.findings)
    en = " ".join(f.detail("en") for f in analysis.findings)
    # the manager is no bestuursorgaan: delegation is no route at all (art. 10:13 Awb; eighth
    # jurist, N5), which is not a conclusion drawn from what the map leaves out
    assert (
        "delegatie is hier geen weg: die vraagt een wettelijk voorschrift "
        "dat erin voorziet (art. 10:15 Awb)" in nl
    )
    assert "delegatie kan hier niet" not in nl
    assert "biedt er geen grondslag voor" not in nl
    assert (
        "delegation is no route here: it needs a statutory provision "
        "that provides for it (Awb 10:15)" in en
    )
    assert "gives no basis for it" not in en
