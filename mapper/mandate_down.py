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

from models import Instrument, Mandate

__all__ = ["below_never_allowed", "down_chain", "never_allowed", "roots", "up_chain"]


def down_chain(mandates: Iterable[Mandate], m: Mandate) -> list[Mandate]:
    """The sub-mandates of ``m``'s power below ``m``, one line down (map order), no circles."""
    by_grantor = _lines(mandates).get(m.power, _NONE)[0]
    out: list[Mandate] = []
    seen = {m.id}
    holder = m.holder
    while (nxt := _first(by_grantor, holder, seen)) is not None:
        out.append(nxt)
        seen.add(nxt.id)
        holder = nxt.holder
    return out


def up_chain(mandates: Iterable[Mandate], m: Mandate) -> list[Mandate]:
    """The grants of ``m``'s power that ``m`` rests on, from the root down (map order), no
    circles; empty when ``m``'s grantor holds the power by no mandate."""
    out = _climb(_lines(mandates).get(m.power, _NONE)[1], m)
    out.reverse()
    return out


def roots(mandates: Iterable[Mandate], grants: Iterable[Mandate]) -> dict[str, str]:
    """For each of ``grants`` (by id), the grantor of the first mandate of its chain: what
    ``up_chain(mandates, m)[0].grantor`` (else ``m.grantor``) gives, with the mandates indexed
    once for all of them (rev-hostile17 F5: the nota asked it 2,516 times, one scan each)."""
    lines = _lines(mandates)
    out: dict[str, str] = {}
    for m in grants:
        chain = _climb(lines.get(m.power, _NONE)[1], m)
        out[m.id] = chain[-1].grantor if chain else m.grantor
    return out


def never_allowed(mandates: Iterable[Mandate], grants: Iterable[Mandate]) -> set[str]:
    """The ids of ``grants`` that are sub-mandates their chain never allowed (art. 10:9 lid 1
    Awb), whatever their dates: the root body's levels, one fewer per step, never widened (as
    :meth:`mapper.authority.Authority._levels`). What was decided on them is to be listed since
    they were granted, not only since they lapsed (rev-jurist17b N2). A grant below such a one
    is not among them: it is invalid because the chain above it never was valid
    (:func:`below_never_allowed`; session 18)."""
    return {i for i, step in _never(mandates, grants).items() if step == "own"}


def below_never_allowed(mandates: Iterable[Mandate], grants: Iterable[Mandate]) -> set[str]:
    """The ids of ``grants`` below a sub-mandate that was never allowed: invalid since they were
    granted, for their grantor never held the power validly (the analysis's ``chain_broken``)."""
    return {i for i, step in _never(mandates, grants).items() if step == "below"}


def _never(mandates: Iterable[Mandate], grants: Iterable[Mandate]) -> dict[str, str]:
    """Per grant of ``grants`` whose chain never allowed a step: "own" when that step is the
    grant itself, "below" when it is a grant above it."""
    lines = _lines(mandates)
    out: dict[str, str] = {}
    for m in grants:
        chain = [*reversed(_climb(lines.get(m.power, _NONE)[1], m)), m]
        if len(chain) < 2 or any(x.instrument is not Instrument.MANDATE for x in chain):
            continue
        left = chain[0].sub_mandate_levels or 0
        for x in chain[1:]:
            if left <= 0:
                out[m.id] = "own" if x is m else "below"
                break
            asked = x.sub_mandate_levels
            left = left - 1 if asked is None else min(left - 1, asked)
    return out


def _climb(by_holder: dict[str, list[Mandate]], m: Mandate) -> list[Mandate]:
    """The grants above ``m``, nearest first."""
    out: list[Mandate] = []
    seen = {m.id}
    grantor = m.grantor
    while (up := _first(by_holder, grantor, seen)) is not None:
        out.append(up)
        seen.add(up.id)
        grantor = up.grantor
    return out


#: One power's mandates by grantor and by holder, each list in map order.
_Lines = tuple[dict[str, list[Mandate]], dict[str, list[Mandate]]]
_NONE: _Lines = ({}, {})

#: The last mandates indexed (the objects themselves, so their ids stay theirs) and the index.
_last: tuple[list[int], tuple[Mandate, ...], dict[str, _Lines]] | None = None


def _lines(mandates: Iterable[Mandate]) -> dict[str, _Lines]:
    """Every power's mandates by grantor and by holder: built once for the same mandates (the
    same objects in the same order), so a chain costs no pass over them when the one before
    it was asked of the same map (issue 15: the analysis and the nota asked a chain per
    mandate, each a pass over the 2,000-actor map's mandates)."""
    global _last
    items = tuple(mandates)
    ids = [*map(id, items)]
    last = _last
    if last is not None and last[0] == ids:
        return last[2]
    lines = _index(items)
    _last = (ids, items, lines)
    return lines


def _index(mandates: Iterable[Mandate]) -> dict[str, _Lines]:
    """The mandates of each power by grantor and by holder, each list in map order: one pass
    over the mandates, not one per step of a chain (rev-hostile17 F5: a chain 500 deep
    scanned the 2,000-actor map's mandates 500 times, per mandate of the nota)."""
    out: dict[str, _Lines] = {}
    for x in mandates:
        by_grantor, by_holder = out.setdefault(x.power, ({}, {}))
        by_grantor.setdefault(x.grantor, []).append(x)
        by_holder.setdefault(x.holder, []).append(x)
    return out


def _first(index: dict[str, list[Mandate]], actor: str, seen: set[str]) -> Mandate | None:
    """The first mandate (map order) under ``actor`` not yet on the chain."""
    return next((x for x in index.get(actor, ()) if x.id not in seen), None)
