"""Room to act across organisations: the organisations a need involves, the agreements in
force between them, and a partner's own decision (reached by agreement, never by mandate).
"""

from __future__ import annotations

from datetime import date

from mapper.checks._room_reach import PUSH, _Holders, _Holdings, _Reach
from mapper.checks._room_words import _emit, _what
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import Agreement, Need, Urgency


def _need_orgs(ctx: Context, need: Need) -> set[str]:
    """The outermost organisations a need involves (the handler's own counts)."""
    legal = ctx.legal
    orgs = {legal.top(o) for o in need.organisations if o}
    handler = ctx.graphs.actors.get(need.handler or "")
    if handler is not None and handler.organisation:
        orgs.add(legal.top(handler.organisation))
    orgs.discard("")
    return orgs


def _spans_organisations(ctx: Context, need: Need) -> bool:
    return len(_need_orgs(ctx, need)) >= 2


def _in_force(a: Agreement, on: date) -> bool:
    return (a.valid_from is None or a.valid_from <= on) and (
        a.valid_until is None or a.valid_until >= on
    )


def _agreements_for(ctx: Context, need: Need, key: str, orgs: set[str]) -> list[Agreement]:
    """Agreements in force that cover ``key`` (or push-through) between all of ``orgs``."""
    legal = ctx.legal
    wanted = {key, str(legal.category(key)), str(PUSH), *legal.covered(key)}
    found = []
    for a in ctx.agreements_by_cover(wanted):
        if not _in_force(a, ctx.as_of):
            continue
        parties = {legal.top(p) for p in a.parties}
        if orgs <= parties:
            found.append(a)
    return found


def _deciders(ctx: Context, need: Need, key: str) -> tuple[str, ...]:
    """Deciders of agreements in force between the need's organisations that cover ``key``."""
    found = [
        a.decider
        for a in _agreements_for(ctx, need, key, _need_orgs(ctx, need))
        if a.decider is not None and a.decider in ctx.graphs.actors
    ]
    return tuple(dict.fromkeys(found))


def _push_holders(
    ctx: Context, need: Need, holders: _Holders
) -> tuple[_Holdings, dict[str, Agreement]]:
    """Who may push the need through: agreement deciders, and public bodies (or their
    mandate holders) with a push-through power - not a partner's own powers."""
    deciders: dict[str, Agreement] = {}
    for a in _agreements_for(ctx, need, str(need.power), _need_orgs(ctx, need)):
        if a.decider is not None and a.decider in ctx.graphs.actors:
            deciders.setdefault(a.decider, a)
    return holders.push(tuple(deciders)), deciders


def _partner_of(ctx: Context, need: Need) -> str | None:
    """The partner whose own decision the need is: every power it names is held by a
    non-public actor outside the handler's organisation."""
    legal, actors = ctx.legal, ctx.graphs.actors
    powers = legal.covered(str(need.power))
    handler = actors.get(need.handler or "")
    if not powers or handler is None:
        return None
    holders = {legal.powers[p].holder for p in powers}
    if len(holders) != 1:
        return None
    holder = actors.get(next(iter(holders)) or "")
    if holder is None or holder.is_public_body:
        return None
    if legal.same_organisation(holder, handler) is not False:
        return None
    return holder.id


def _agreed_with_partner(ctx: Context, need: Need, partner: str) -> bool:
    """An agreement in force between the handler's and the partner's organisations covers
    the need's decision."""
    legal = ctx.legal
    holder = ctx.graphs.actors[partner]
    handler = ctx.graphs.actors[need.handler or ""]
    orgs = {legal.top(holder.organisation), legal.top(handler.organisation)} - {""}
    return bool(_agreements_for(ctx, need, str(need.power), orgs))


def _partner_finding(ctx: Context, need: Need, partner: str, reach: _Reach) -> Finding | None:
    """A partner's own decision: reached by an agreement in force or a relationship."""
    g, legal = ctx.graphs, ctx.legal
    assert need.handler is not None
    holder = g.actors[partner]
    if _agreed_with_partner(ctx, need, partner):
        return None
    if ctx.authority.grant(need.handler, str(need.power)) is not None:
        return None  # reached by the partner's volmacht (MANDATE_PRIVATE_LAW says what it is)
    if partner in reach.near(need.handler) or g.ties.has_edge(need.handler, partner):
        return None
    data = _what(ctx, need, str(need.power), None) | {
        "partner": g.name(partner),
        "org": legal.org_name(holder.organisation) if holder.organisation else g.name(partner),
    }
    urgent = need.urgency == Urgency.HIGH
    return _emit(
        ctx,
        need,
        Code.NEED_PARTNER_NOT_REACHED,
        Severity.CRITICAL if urgent else Severity.WARNING,
        data,
        [need.handler, partner],
    )


def _agreements_ending(
    ctx: Context, need: Need, deciders: dict[str, Agreement], reach: _Reach
) -> list[Finding]:
    """Agreements the need relies on that end before its deadline."""
    if need.deadline is None or not deciders:
        return []
    found = []
    for actor, a in deciders.items():
        if a.valid_until is None or a.valid_until >= need.deadline:
            continue
        data = {
            "agreement": a.name or a.id,
            "until": a.valid_until,
            "parties": [ctx.legal.org_name(p) for p in a.parties],
        }
        found.append(
            _emit(
                ctx, need, Code.AGREEMENT_EXPIRES_BEFORE_DEADLINE, Severity.WARNING, data, [actor]
            )
        )
    return found
