"""The reading pass's close pairs found again only when a point has moved far (issue 14): the
tracker gives close_pairs' own pairs in its order at every step of a walk, and the reading
pass on sixty plates now asks the grid a few thousand times instead of some 80,000."""

from __future__ import annotations

import numpy as np
import pytest

import mapper.layout.force_grid as force_grid
from mapper.layout import LayoutMethod, estimated_size, layout
from mapper.layout.force_grid import SMALL, CloseTracker, close_pairs
from mapper.layout.grouping import organisations_of
from mapper.layout.reading import spread_for_reading
from models import Case
from tests.ui.test_readable import long_names_case


@pytest.mark.parametrize("n", [2, 7, 60, SMALL, SMALL + 20])
def test_the_tracker_gives_close_pairs_own_pairs_at_every_step(n: int) -> None:
    rng = np.random.default_rng(n)
    points = rng.random((n, 2)) * 6.0
    track = CloseTracker(1.0)
    for step in range(120):
        # mostly small steps (the candidates are kept), now and then a jump (sought again)
        scale = 0.6 if step % 37 == 0 else 0.02
        points = points + rng.normal(scale=scale, size=points.shape)
        if step % 40 == 0:
            points[0] = points[-1]  # twins
        assert np.array_equal(track(points), close_pairs(points, 1.0)), step
    if n <= SMALL:
        assert 0 < track.searches < 60  # kept for many steps


def _searches(case: Case, method: LayoutMethod, monkeypatch: pytest.MonkeyPatch) -> int:
    sizes = {a.id: estimated_size(a.name, a.kind) for a in case.actors}
    plates = {k: (w * 0.9, 52.0) for k, (w, _h) in sizes.items()}
    positions = layout(case, method, sizes=sizes)
    groups, collapsed = organisations_of(case)
    calls = [0]

    def counted(points: np.ndarray, radius: float) -> np.ndarray:
        calls[0] += 1
        return close_pairs(points, radius)

    monkeypatch.setattr(force_grid, "close_pairs", counted)
    spread_for_reading(positions, sizes, plates, (975.0, 595.0), groups, collapsed)
    return calls[0]


def test_the_reading_pass_searches_a_few_thousand_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # counted, not timed: after the force layout of forty long names at a laptop's room,
    # 22,855 searches before, 1,460 with the tracker (sixty actors, tests/ui/test_map_names:
    # 82,389-97,729 for the five layouts before, 5,669-6,424 with it)
    assert _searches(long_names_case(40), LayoutMethod.FORCE, monkeypatch) < 5_000
