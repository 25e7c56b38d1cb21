"""rev-hostile17 F5: a mandate chain costs one pass over the mandates, not one per step. The
comparisons of grantors, holders and powers are counted (no clock): on the old code a chain 300
deep, listed bottom-up, made 91,197 of them for one chain down and one up; now 1,198. The
chains themselves are unchanged (same mandates, same order, circles cut, first in map order
wins); ``roots`` gives what ``up_chain`` gives, for all grants at once."""

from __future__ import annotations

from typing import ClassVar

from mapper.mandate_down import down_chain, roots, up_chain
from models import Mandate


class _Counted(str):
    """A str that counts how often it is compared for equality."""

    __slots__ = ()
    calls: ClassVar[list[int]] = [0]

    def __eq__(self, other: object) -> bool:
        _Counted.calls[0] += 1
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


def _chain(depth: int) -> list[Mandate]:
    """a0 grants a1, a1 grants a2, ...; listed bottom-up, so each step searched far."""
    c = _Counted
    down = [Mandate(f"m{i}", c(f"a{i}"), c(f"a{i + 1}"), c("p")) for i in range(depth)]
    return down[::-1]


def test_a_deep_chain_costs_one_pass_not_one_per_step() -> None:
    ms = _chain(300)
    top, bottom = ms[-1], ms[0]
    _Counted.calls[0] = 0
    below = down_chain(ms, top)
    above = up_chain(ms, bottom)
    assert _Counted.calls[0] < 4 * 2 * len(ms)  # old code: ~90,000 for the two
    assert [m.id for m in below] == [f"m{i}" for i in range(1, 300)]
    assert [m.id for m in above] == [f"m{i}" for i in range(299)]


def test_circles_are_cut_and_the_first_in_map_order_wins() -> None:
    ms = [
        Mandate("a", "c", "d", "p"),
        Mandate("b1", "d", "m", "p"),
        Mandate("b2", "d", "n", "p"),
        Mandate("q", "d", "z", "other"),
        Mandate("x", "m", "c", "p"),
    ]
    assert [m.id for m in down_chain(ms, ms[0])] == ["b1", "x"]
    assert [m.id for m in up_chain(ms, ms[4])] == ["a", "b1"]
    assert [m.id for m in up_chain(ms, ms[0])] == ["b1", "x"]


def test_roots_are_the_grantors_the_chains_start_from() -> None:
    ms = [
        *_chain(40),
        Mandate("c1", "x", "y", "p"),
        Mandate("c2", "y", "x", "p"),  # a circle
        Mandate("o1", "b", "a5", "other"),  # another power: not on a5's chain of "p"
        Mandate("s", "a0", "a0", "p"),  # its own grantor
    ]
    expected = {m.id: next(iter(up_chain(ms, m)), m).grantor for m in ms}
    assert roots(ms, ms) == expected
    assert expected["m39"] == "a0"
