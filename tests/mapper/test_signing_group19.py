"""The grouped MANDATE_SIGNING_NOT_BY_BODY suggestion (ux19, item 4 of its slice): the colleges
are asked as the single findings ask them ("Vraag het college B&W N …", the nota's own college
"Laat …"), and one more authorisation is named rather than counted: the 200-actor map's group said
"en zo voor één andere machtigingen"."""

from __future__ import annotations

from benchmarks.generate import generate_case
from mapper import analyse


def test_the_group_asks_other_colleges_and_names_a_last_one() -> None:
    found = [
        f
        for f in analyse(generate_case(200, seed=0)).findings
        if f.code == "MANDATE_SIGNING_NOT_BY_BODY"
    ]
    assert len(found) == 1
    # 4, not 5, since rev-jurist19c J1: the directeur 2.1's authorisation lay within his own
    # mandate, which has expired since (a broken chain now)
    assert len(found[0].members) == 4
    nl, en = found[0].suggestion.nl, found[0].suggestion.en
    assert nl.startswith("Vraag het college B&W 4 zelf de machtiging")
    assert "Vraag hetzelfde aan het college B&W 3 (machtiging van de manager 3.1.1)" in nl
    assert "Laat het college B&W 1 zelf de machtiging" in nl  # the nota's own college
    assert "Laat het college B&W 2" not in nl
    assert "Laat het college B&W 4" not in nl
    assert "andere machtigingen" not in nl  # old: "en zo voor één andere machtigingen"
    assert "other authorisations" not in en  # old: "and so for one other authorisations"
    assert nl.count("(machtiging van ") == 2  # the two asked besides the first, each named
