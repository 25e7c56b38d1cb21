"""The mandate overview's title names the organisation most of its powers' holders belong to; on
a tie the first the overview names, the same on every run (found in session 23: the pick went
through a set, so the title followed Python's hash seed)."""

from __future__ import annotations

from exports.register_write import _title_name
from models.example import example_case


def test_a_tie_is_broken_by_the_order_of_the_overview() -> None:
    case = example_case()
    powers = {p.id: p for p in case.powers}
    college = powers["bijzondere_bijstand"]  # held by the college: Gemeente Rivierstad
    corporatie = powers["ontruiming_aanhouden"]  # Woningcorporatie Thuisplus
    first = [(college, None), (corporatie, None)]
    assert _title_name(case, first) == "Gemeente Rivierstad"  # type: ignore[arg-type]
    assert _title_name(case, first[::-1]) == "Woningcorporatie Thuisplus"  # type: ignore[arg-type]
    most = [(corporatie, None), (college, None), (powers["beslissen_bezwaar"], None)]
    assert _title_name(case, most) == "Gemeente Rivierstad"  # type: ignore[arg-type]
