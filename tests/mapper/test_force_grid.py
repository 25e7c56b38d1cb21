"""The layouts' numpy grid searches give what scipy gave (mapper.layout.force_grid): the same
close pairs as a k-d tree's ``query_pairs(p=inf)``, the same nearest distances to the last bit,
the same connected parts numbered the same way; and the force layout's median and quantile
are numpy's, without importing numpy.ma."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from mapper.layout.force import _median, _quantile
from mapper.layout.force_grid import close_pairs, components, nearest_other


def _clouds() -> list[np.ndarray]:
    rng = np.random.default_rng(7)
    clouds = []
    for k in range(60):
        n = int(rng.integers(2, 300))
        xy = rng.random((n, 2)) * float(rng.choice([1.0, 4.0, 40.0]))
        if k % 4 == 0:
            xy = np.round(xy)  # twins and pairs exactly the radius apart
        clouds.append(xy)
    clouds.append(np.zeros((5, 2)))  # all in one place
    clouds.append(np.array([[0.0, 0.0], [1e6, -1e6], [1e6 + 0.5, -1e6]]))  # far apart
    return clouds


def _in_order(pairs: np.ndarray) -> np.ndarray:
    """The pairs (rows) sorted as a sorted list of their tuples is, without making one (tens
    of thousands of pairs per cloud)."""
    pairs = np.asarray(pairs).reshape(-1, 2)
    return pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]


@pytest.mark.parametrize("radius", [0.3, 0.999, 1.0])
def test_close_pairs_are_the_k_d_trees(radius: float) -> None:
    for xy in _clouds():
        ours = close_pairs(xy, radius)
        tree = cKDTree(xy).query_pairs(radius, p=np.inf, output_type="ndarray")
        assert np.array_equal(_in_order(ours), _in_order(np.sort(tree)))


def test_nearest_other_is_the_k_d_trees_to_the_last_bit() -> None:
    for xy in _clouds():
        assert np.array_equal(nearest_other(xy), cKDTree(xy).query(xy, k=2)[0][:, 1])


def test_components_are_scipys_numbered_the_same_way() -> None:
    rng = np.random.default_rng(3)
    for n in (1, 2, 10, 200, 1000):
        for m in (0, n // 2, n, 3 * n):
            u, v = rng.integers(0, n, m), rng.integers(0, n, m)
            count, labels = components(n, u, v)
            adj = coo_matrix((np.ones(m), (u, v)), shape=(n, n))
            want_count, want = connected_components(adj, directed=False)
            assert count == want_count
            assert labels.tolist() == want.tolist()
    chain = np.arange(4999)  # a long chain is one part
    assert components(5000, chain, chain + 1)[0] == 1


def test_median_and_quantile_are_numpys() -> None:
    rng = np.random.default_rng(5)
    for k in range(500):
        values = rng.random(int(rng.integers(1, 40))) * 100
        if k % 3 == 0:
            values = np.round(values)
        assert _median(values) == float(np.median(values))
        for q in (0.0, 0.2, 0.5, 0.9, 1.0):
            assert _quantile(values, q) == float(np.quantile(values, q))


def test_a_small_set_is_searched_without_a_grid(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reading pass asks for close pairs of some sixty plates tens of thousands of times
    # per layout: there a grid's dozen numpy calls cost four times a k-d tree (health15)
    import mapper.layout.force_grid as fg

    def no_grid(*_: object) -> None:
        raise AssertionError("a grid for a small set")

    xy = np.random.default_rng(2).random((fg.SMALL, 2)) * 9
    want = np.sort(cKDTree(xy).query_pairs(1.0, p=np.inf, output_type="ndarray"))
    monkeypatch.setattr(fg, "_Grid", no_grid)
    assert sorted(map(tuple, close_pairs(xy, 1.0).tolist())) == sorted(map(tuple, want.tolist()))
