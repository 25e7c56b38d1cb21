"""The grants that hang below a mandate (twelfth jurist L8): a sub-mandate that is not allowed
takes the ones below it down too, so its remedy reaches the last holder (the handler), not the
first one down.

>>> from models import Mandate
>>> ms = [Mandate("a", "c", "d", "p"), Mandate("b", "d", "m", "p"), Mandate("x", "m", "w", "p")]
>>> [m.id for m in down_chain(ms, ms[0])]
['b', 'x']
"""

from __future__ import annotations

from collections.abc import Iterable

from models import Mandate

__all__ = ["down_chain"]


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
