"""A grant below a sub-mandate that was never allowed is invalid because the chain above it
never was valid, not "never allowed" itself (art. 10:9 lid 1 Awb; session 18: jur17d's
``never_allowed`` also caught 105 such grants in the 2,000-actor map, 22 of them expired)."""

from __future__ import annotations

from mapper.mandate_down import below_never_allowed, never_allowed
from models import Mandate

_CHAIN = [
    Mandate("a", "body", "d", "p", sub_mandate_levels=1),
    Mandate("b", "d", "m", "p"),  # the one level the body allows
    Mandate("c", "m", "t", "p"),  # one level too many: never allowed
    Mandate("e", "t", "u", "p"),  # below it: the chain above never was valid
]


def test_only_the_step_too_many_is_never_allowed() -> None:
    assert never_allowed(_CHAIN, _CHAIN) == {"c"}


def test_a_grant_below_it_is_counted_apart() -> None:
    assert below_never_allowed(_CHAIN, _CHAIN) == {"e"}
    assert below_never_allowed(_CHAIN, _CHAIN[:3]) == set()
