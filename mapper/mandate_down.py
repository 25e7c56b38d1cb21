"""The grants that hang below a mandate (twelfth jurist L8): a sub-mandate that is not allowed
takes the ones below it down too, so its remedy reaches the last holder (the handler), not the
first one down; and the grants a mandate rests on, from the root down.

>>> from models import Mandate
>>> ms = [Mandate("a", "c", "d", "p"), Mandate("b", "d", "m", "p"), Mandate("x", "m", "w", "p")]
>>> [m.id for m in down_chain(ms, ms[0])]
['b', 'x']
>>> [m.id for m in up_chain(ms, ms[2])]
['a', 'b']
"""

from __future__ import annotations

from collections.abc import Iterable

from models import Mandate

__all__ = ["down_chain", "up_chain"]


def down_chain(mandates: Iterable[Mandate], m: Mandate) -> list[Mandate]:
    """The sub-mandates of ``m``'s power below ``m``, one line down (map order), no circles."""
    pool = list(mandates)
    out: list[Mandate] = []
    seen = {m.id}
    holder = m.holder
    while (
        nxt := next(
            (x for x in pool if x.grantor == holder and x.power == m.power and x.id not in seen),
            None,
        )
    ) is not None:
        out.append(nxt)
        seen.add(nxt.id)
        holder = nxt.holder
    return out


def up_chain(mandates: Iterable[Mandate], m: Mandate) -> list[Mandate]:
    """The grants of ``m``'s power that ``m`` rests on, from the root down (map order), no
    circles; empty when ``m``'s grantor holds the power by no mandate."""
    pool = list(mandates)
    out: list[Mandate] = []
    seen = {m.id}
    grantor = m.grantor
    while (
        up := next(
            (x for x in pool if x.holder == grantor and x.power == m.power and x.id not in seen),
            None,
        )
    ) is not None:
        out.insert(0, up)
        seen.add(up.id)
        grantor = up.grantor
    return out
