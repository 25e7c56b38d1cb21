"""rev-hostile17 F3: a hierarchy deeper than a map can draw (±1,000,000) is fitted, not refused.
Tall actors (``sizes``) make a short chain as tall as ~8,800 ordinary levels. Both tests fail on
the old code, whose places ran past the limit (the file then refused them)."""

from __future__ import annotations

import itertools

from mapper.layout import layout
from models import Actor, Case, CaseInfo, LayoutMethod, RelationKind, Relationship
from models.value_words import MAX_COORDINATE


def _chain(n: int) -> Case:
    actors = [Actor(f"a{i}", f"A{i}") for i in range(n)]
    rels = [
        Relationship(f"r{i}", f"a{i}", f"a{i + 1}", RelationKind.HIERARCHY) for i in range(n - 1)
    ]
    return Case.from_parts(CaseInfo("t"), actors, rels)


def _ys(n: int, height: float) -> list[float]:
    sizes = {f"a{i}": (120.0, height) for i in range(n)}
    pos = layout(_chain(n), LayoutMethod.HIERARCHY, sizes=sizes)
    assert all(abs(p.x) <= MAX_COORDINATE and abs(p.y) <= MAX_COORDINATE for p in pos.values())
    return [pos[f"a{i}"].y for i in range(n)]


def test_a_hierarchy_a_little_too_deep_is_centred_and_keeps_its_spacing() -> None:
    ys = _ys(20, 60_000.0)  # about 1.2 million tall: it starts at 0 and ran past +1,000,000
    steps = [b - a for a, b in itertools.pairwise(ys)]
    assert min(steps) >= 60_000.0  # no two levels overlap
    assert abs(ys[0] + ys[-1]) < 1.0  # centred on 0


def test_a_hierarchy_far_too_deep_is_compressed_top_down() -> None:
    ys = _ys(40, 80_000.0)  # about 3.2 million tall
    assert ys == sorted(ys)  # still top-down, in order
    assert ys[-1] - ys[0] > 1_900_000.0  # uses the room there is
