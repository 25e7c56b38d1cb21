"""The walk to a line's head shared by the learning and mandate-chain checks (issue 15: one
helper instead of two hand-written walks)."""

from __future__ import annotations

import random

from mapper.checks._util import chain_heads


def _naive_head(node: int, up: dict[int, int | None]) -> int:
    while (parent := up[node]) is not None:
        node = parent
    return node


def test_every_node_of_a_random_forest_gets_the_root_of_its_tree() -> None:
    rng = random.Random(15)
    for _ in range(50):
        n = rng.randint(1, 60)
        up: dict[int, int | None] = {
            i: (rng.randrange(i) if i and rng.random() < 0.8 else None) for i in range(n)
        }
        order = list(range(n))
        rng.shuffle(order)
        assert chain_heads(order, up.__getitem__) == {i: _naive_head(i, up) for i in order}


def test_a_circle_ends_where_the_walk_would_close_it() -> None:
    up = {"a": "b", "b": "c", "c": "a", "t": "a"}
    assert chain_heads(["t", "a"], up.get) == {"c": "c", "t": "c", "a": "c", "b": "c"}
    assert chain_heads(["b"], up.get) == {"a": "a", "b": "a", "c": "a"}


def test_a_line_of_a_hundred_thousand_is_walked_once() -> None:
    n = 100_000
    calls = 0

    def parent_of(i: int) -> int | None:
        nonlocal calls
        calls += 1
        return i - 1 if i else None

    heads = chain_heads(range(n - 1, -1, -1), parent_of)
    assert set(heads.values()) == {0}
    assert len(heads) == n
    assert calls == n
