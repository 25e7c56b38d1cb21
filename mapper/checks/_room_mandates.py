"""The mandates a needed decision relies on (building block 3, :mod:`mapper.checks.room`): the
handler's own mandate that does not carry the decision while someone nearby may take it
(NEED_HANDLER_MANDATE_FALLS_SHORT), and the nearest holder's chain that ends before the
need's deadline (MANDATE_EXPIRES_BEFORE_DEADLINE).
"""

from __future__ import annotations

from datetime import date

from mapper.checks._room_reach import _Holdings, _Reach
from mapper.checks._room_words import _emit, _own_mandate, _what, falls_short_words
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from models import Need

__all__ = ["handler_falls_short", "mandates_ending"]


def mandates_ending(
    ctx: Context, need: Need, key: str, reach: _Reach, enough: _Holdings
) -> list[Finding]:
    """The nearest holder's chain ends before the need's deadline."""
    if need.deadline is None or need.handler is None:
        return []
    near = reach.near(need.handler)
    ready = [a for a in near if a in enough]
    if not ready:
        return []
    best = min(ready, key=lambda a: (len(near[a]), ctx.order[a]))
    grant = ctx.authority.grant(best, key)
    if grant is None:
        return []
    legal = ctx.legal
    ending = [
        legal.by_id[mid]
        for mid in grant.chain
        if (until := legal.by_id[mid].valid_until) is not None and until < need.deadline
    ]
    if not ending:
        return []
    m = min(ending, key=lambda x: x.valid_until or date.max)
    data = _what(ctx, need, key, need.budget) | {
        "holder": ctx.graphs.name(best),
        "mandate": m.id,
        "grantor": ctx.graphs.name(m.grantor),
        "until": m.valid_until,
    }
    return [
        _emit(
            ctx,
            need,
            Code.MANDATE_EXPIRES_BEFORE_DEADLINE,
            Severity.WARNING,
            data,
            [best, m.grantor, m.holder],
            [m.id],
        )
    ]


def handler_falls_short(
    ctx: Context, need: Need, key: str, reach: _Reach, enough: _Holdings, plain: _Holdings
) -> list[Finding]:
    """The handler takes the decision on a mandate of its own that does not carry it (not
    valid, below the amount, or only within the rule the decision departs from), while someone
    nearby may take it: say so, with who. ``plain``: who holds it for the amount within the
    rule (``enough`` itself for a decision that does not depart from it)."""
    assert need.handler is not None
    if need.handler in enough:
        return []
    auth, legal, g = ctx.authority, ctx.legal, ctx.graphs
    keys = dict.fromkeys((key, *legal.covered(key), str(legal.category(key))))
    own = list(
        {
            m.id: m
            for k in keys
            for m in legal.into.get((need.handler, k), ())
            if m.id in ctx.in_practice_ids
        }.values()
    )
    if not own:
        return []
    near = reach.near(need.handler)
    ready = [a for a in near if a in enough and a != need.handler]
    if not ready:
        return []
    best = min(ready, key=lambda a: (len(near[a]), ctx.order[a]))
    largest = max((m.budget for m in own if m.budget is not None), default=None)
    short = need.budget is not None and largest is not None and largest < need.budget
    problems = [m for m in own if not auth.valid(m.id)]
    passed = need.deadline is not None and need.deadline < ctx.as_of
    # nearer than the one who may decide, holding it for the amount only within the rule
    within = [a for a in near if a in plain and a not in enough and len(near[a]) <= len(near[best])]
    if not problems and not short and not within:
        return []
    alts = [_own_mandate(ctx, m) for m in sorted(own, key=lambda m: ctx.mandate_order[m.id])]
    data = _what(ctx, need, key, need.budget) | {
        "own": Text(" and ".join(en for en, _ in alts), " en ".join(nl for _, nl in alts)),
        "has": largest,
        "best": g.name(best),
        "steps": len(near[best]) - 1,
        # "Ook als het geldig was" only for a mandate that is not (jurist L-a)
        "part_short": short and bool(problems),
        "part_short_valid": short and not problems,
        # after the deadline NEED_TOO_LATE_BY_DESIGN says "beslis nu: leg … voor aan" (R9)
        "part_let": not (short and not problems and passed),
        "part_fix_raise": short and not problems and not passed,
        "part_then_raise": short and not problems and passed,
        "part_fix_valid": not (short and not problems),
        "within": [g.name(a) for a in ctx.sorted_actors(within)],
        "n_within": len(within),
        "part_within": bool(within),
        # why it goes up: the deviation, not the amount, where someone nearer holds the amount
        # within the rule (jurist, fourth round N3)
        "part_need_deviate": bool(within),
        "part_need_amount": short and not within,
        "part_need_valid": not within and not short,
    }
    data |= falls_short_words(
        ctx, own, best, key, has_room=bool(within), need_valid=bool(data["part_need_valid"])
    )
    return [
        _emit(
            ctx,
            need,
            Code.NEED_HANDLER_MANDATE_FALLS_SHORT,
            Severity.WARNING,
            data,
            near[best],
            [m.id for m in own],
        )
    ]
