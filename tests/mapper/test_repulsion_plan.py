"""The repulsion grid's plan, made with repeats and counts instead of division and sorting
(issue 14: the plan of a 2,000-node level 1.4 -> 0.9 ms), is the plan the plain way makes:
the same pairs in the same order, the same cells, so the force layout stays the same to the
last bit. Guards: they pass on the old code too."""

from __future__ import annotations

import numpy as np
import pytest

from mapper.layout.repulsion import _block_pairs, _occupied, plan_grid


def _pairs_one_by_one(
    start_a: np.ndarray, count_a: np.ndarray, start_b: np.ndarray, count_b: np.ndarray
) -> tuple[list[int], list[int]]:
    i: list[int] = []
    j: list[int] = []
    for sa, ca, sb, cb in zip(start_a, count_a, start_b, count_b, strict=True):
        for p in range(int(ca)):
            for q in range(int(cb)):
                i.append(int(sa) + p)
                j.append(int(sb) + q)
    return i, j


@pytest.mark.parametrize("seed", range(6))
def test_block_pairs_are_every_pair_in_order(seed: int) -> None:
    rng = np.random.default_rng(seed)
    m = int(rng.integers(1, 60))
    count_a = rng.poisson(rng.uniform(0.2, 4.0), m).astype(np.int64)
    count_b = rng.poisson(rng.uniform(0.2, 4.0), m).astype(np.int64)
    start_a = rng.integers(0, 500, m)
    start_b = rng.integers(0, 500, m)
    i, j = _block_pairs(start_a, count_a, start_b, count_b)
    assert (i.tolist(), j.tolist()) == _pairs_one_by_one(start_a, count_a, start_b, count_b)
    assert i.dtype == j.dtype == np.int64


def test_block_pairs_of_empty_blocks() -> None:
    none = np.zeros(3, dtype=np.int64)
    i, j = _block_pairs(np.arange(3), none, np.arange(3), np.ones(3, dtype=np.int64))
    assert len(i) == len(j) == 0


@pytest.mark.parametrize(("n", "cells"), [(1, 1), (50, 16), (2000, 1024), (30, 1 << 20)])
def test_occupied_cells_are_np_unique(n: int, cells: int) -> None:
    cell = np.random.default_rng(n).integers(0, cells, n)
    occ, inverse = _occupied(cell, cells)
    want_occ, want_inverse = np.unique(cell, return_inverse=True)
    assert occ.tolist() == want_occ.tolist()
    assert inverse.tolist() == want_inverse.tolist()
    assert inverse.dtype == np.int64


def test_the_plan_covers_every_pair_once() -> None:
    """Near pairs and far cell pairs together reach every pair of nodes exactly once."""
    rng = np.random.default_rng(5)
    x, y = rng.normal(size=300), rng.normal(size=300)
    plan = plan_grid(x, y)
    near = set(zip(plan.near_i.tolist(), plan.near_j.tolist(), strict=True))
    assert len(near) == len(plan.near_i)  # none twice
    covered = np.zeros((300, 300), dtype=np.int64)
    for i, j in near:
        covered[i, j] += 1
        covered[j, i] += 1
    for node_slot, _cells, a, b in plan.levels:
        members = [np.flatnonzero(node_slot == s) for s in range(int(node_slot.max()) + 1)]
        for ca, cb in zip(a.tolist(), b.tolist(), strict=True):
            covered[np.ix_(members[ca], members[cb])] += 1
    np.fill_diagonal(covered, 1)
    assert (covered == 1).all()
