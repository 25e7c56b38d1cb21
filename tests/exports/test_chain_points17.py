"""rev-hostile17 F5: the nota's decision points on deep mandate chains index the mandates once per
group of grants, not once per grant. Counted, not timed: on the benchmarks' mandate-chain-500
structure at 600 actors (1,196 mandates) the points built 774 chain indexes before (one per
``_root_of`` call in exports/expired_points), 238 now. Fails on the old code."""

from __future__ import annotations

import pytest

import mapper.mandate_down as chains
from benchmarks.structures import build
from exports.decisions import decision_points
from mapper.analysis import analyse


def test_the_points_on_deep_chains_index_the_mandates_once_per_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = build("mandate-chain-500", 600)
    analysis = analyse(case)
    before = decision_points(case, analysis, "nl")
    built = [0]
    index = chains._index

    def counted(*args: object, **kwargs: object) -> object:
        built[0] += 1
        return index(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(chains, "_index", counted)
    assert decision_points(case, analysis, "nl") == before
    assert built[0] < 400, built[0]
