"""Room to act (building block 3): can each needed decision be taken, close to the case?

For every need: is there an actor who holds the power it names - op grond van de wet, by
delegation or by a valid mandate, in the analysed practice - with enough budget, reachable from
the handler along escalation, hierarchy (upwards) and signal relationships within
:data:`ROOM_STEPS` steps?

- A decision that is a partner's own (a power of a non-public actor of another organisation,
  such as a housing corporation staying an eviction) cannot be mandated: the case reaches it
  through an agreement with that organisation or a relationship with the partner.
- A need that spans several organisations also needs someone who can push it through
  (doorzettingsmacht): the decider of an agreement in force between those organisations, or a
  public body holding such a power by statute, by delegation or by mandate - never a partner's
  own powers.
- A mandate or agreement the need relies on that ends before the need's deadline is a finding;
  every finding about a need names its deadline.
- Texts about deviating follow the rule deviated from: a policy rule (Awb 4:84), an ordinance
  (its hardship clause) or a statute (a specific clause; 3:4 lid 2 only within discretion).

The words live in the message catalogue (:mod:`mapper.texts.room`), keyed by finding code;
holders and routes are in :mod:`mapper.checks._room_reach`, the words in
:mod:`mapper.checks._room_words`, organisations and agreements in
:mod:`mapper.checks._room_partners`, the mandates a need relies on that fall short or end too
early in :mod:`mapper.checks._room_mandates`.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Need
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent")],
...                        needs=[Need("n1", "Afwijken", "deviate_from_rule", handler="p")])
>>> [str(f.code) for f in check(Context.of(case))]
['NEED_NO_HOLDER']
"""

from __future__ import annotations

from dataclasses import dataclass

from mapper.authority import Basis
from mapper.checks._room_bodies import (
    agreements_over_public_powers,
    other_body,
    other_body_finding,
)
from mapper.checks._room_mandates import handler_falls_short, mandates_ending
from mapper.checks._room_partners import (
    _agreements_ending,
    _agreements_for,
    _decider_over_partner,
    _deciders,
    _need_orgs,
    _partner_finding,
    _partner_of,
    _push_holders,
    _spans_organisations,
)
from mapper.checks._room_reach import PUSH, ROOM_KINDS, ROOM_STEPS, _Holders, _Holdings, _Reach
from mapper.checks._room_renew import renewal
from mapper.checks._room_words import (
    _alternatives,
    _close_to,
    _emit,
    _fill,
    _what,
)
from mapper.checks._util import path_phrase
from mapper.checks.timeliness import arrives, late
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import CaseGraphs
from mapper.texts.room_words import ROUTE_SHORTENED
from models import Agreement, Need, PowerAct, Urgency

__all__ = ["ROOM_KINDS", "ROOM_STEPS", "check"]


def check(ctx: Context) -> list[Finding]:
    """Findings per need: no holder, budget short, holder unreachable or far, no push-through,
    a partner's decision out of reach, and mandates or agreements ending before the deadline."""
    found: list[Finding] = []
    reach = _Reach(ctx)
    holders = _Holders(ctx)
    for need in ctx.graphs.needs:
        if need.handler is None:
            found.append(_emit(ctx, need, Code.NEED_NO_HANDLER, Severity.WARNING, {}, []))
            continue
        key = str(need.power)
        partner = _partner_of(ctx, need)
        made: Finding | None = None
        # another organisation's bestuursorgaan decides it as its own: nobody on this side can
        # be placed closer to the case or reach it by push-through (jurist J7, W3)
        other = other_body(ctx, need) if partner is None else None
        if partner is not None:
            made = _partner_finding(ctx, need, partner, reach)
        elif other is None:
            anyone = holders.of(key, None, need.deviates)
            enough = holders.of(key, need.budget, need.deviates)
            if not anyone and not any(ctx.legal.powers[p].holder for p in ctx.legal.covered(key)):
                # a decision no public body holds (a partner's, a joint one): an agreement in
                # force between the organisations involved names who takes it
                agreed = _deciders(ctx, need, key)
                if agreed:
                    anyone = enough = holders.agreed(agreed)
            # a deviating decision nobody may take: the power itself may well exist (jurist W4)
            exists = holders.of(key, None).first(5) if need.deviates and not anyone else []
            made = _power_finding(
                ctx, need, key, need.budget, reach, anyone, enough, None, exists=exists
            )
            if made is None:
                plain = holders.of(key, need.budget) if need.deviates else enough
                found.extend(handler_falls_short(ctx, need, key, reach, enough, plain))
            found.extend(mandates_ending(ctx, need, key, reach, enough))
        if made is not None:
            found.append(made)
        # A partner's own (private-law) decision: nobody holds doorzettingsmacht over it, also
        # not when it is reached by an agreement, a contact or the partner's volmacht; the
        # partner finding says what to agree (jurist W1).
        reached = partner is None
        if other is not None:
            # another organisation's bestuursorgaan decides it: no doorzettingsmacht by
            # agreement over a public-law power (jurist J7); said unless an agreement in force
            # already arranges it without placing the decision elsewhere (jurist W3)
            # not when the handler holds the power himself: nothing waits, and the remedy
            # would send him to himself (jurist, sixth round N2)
            own = need.handler in ctx.authority.holders(key, need.budget)
            if not own and not _arranged(ctx, need, other[0]):
                found.append(other_body_finding(ctx, need, *other))
        elif (
            ctx.legal.category(key) != PUSH
            and reached
            and not _contract(ctx, key)
            and _spans_organisations(ctx, need)
        ):
            anyone, deciders = _push_holders(ctx, need, holders)
            push = _power_finding(ctx, need, PUSH, None, reach, anyone, anyone, deciders)
            # The same far-away holder for both: one finding says it all.
            same = (
                made is not None
                and push is not None
                and len(push.actors) > 1
                and made.actors == push.actors
            )
            if push is not None and not same:
                found.append(push)
        if other is None:
            found.extend(_agreements_ending(ctx, need, partner))
        if partner is not None:
            found.extend(_decider_over_partner(ctx, need, partner))
    found.extend(agreements_over_public_powers(ctx))
    return found


def _contract(ctx: Context, key: str) -> bool:
    """A private-law act: a contract comes about by agreement of both parties (art. 6:217 BW),
    so nobody "pushes it through" over the organisations (twelfth jurist L7)."""
    power = ctx.legal.powers.get(key)
    return power is not None and power.act is PowerAct.PRIVATE_LAW


def _arranged(ctx: Context, need: Need, body: str) -> bool:
    """An agreement in force between the need's organisations covers it and leaves the
    decision with ``body`` (no decider, or one of the body's own organisation)."""
    legal = ctx.legal
    for a in _agreements_for(ctx, need, str(need.power), _need_orgs(ctx, need)):
        decider = legal.actors.get(a.decider or "")
        if decider is None or legal.same_organisation(decider, legal.actors[body]):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Verdict:
    """What the room check found for one power of a need, before a word is chosen. ``code``
    None: a holder nearby lacks only the budget. ``named``: the holders the finding names."""

    code: Code | None
    severity: Severity
    near: dict[str, list[str]]  # the holders within reach, by their route
    path: list[str] | None  # the route to the nearest holder with enough budget
    visible: set[str]  # the actors a reader sees: nearby and on that route
    named: list[str]


def _power_verdict(
    need: Need,
    budget: float | None,
    reach: _Reach,
    anyone: _Holdings,
    enough: _Holdings,
    *,
    push: bool,
) -> _Verdict | None:
    """Whether the handler reaches a holder of the power with enough budget (None: nearby),
    and if not, why not: nobody holds it, not with enough budget, only a small budget nearby,
    no route to a holder, or a route longer than :data:`ROOM_STEPS` allows."""
    assert need.handler is not None
    near = reach.near(need.handler)
    if any(a in enough for a in near):
        return None
    path = reach.path(need.handler, enough) if enough else None
    visible = set(near) | set(path or ())

    def verdict(code: Code | None, severity: Severity, named: list[str]) -> _Verdict:
        return _Verdict(code, severity, near, path, visible, named)

    if not anyone:
        return verdict(
            Code.NEED_NO_PUSH_THROUGH if push else Code.NEED_NO_HOLDER, Severity.CRITICAL, []
        )
    if not enough:
        return verdict(Code.NEED_BUDGET_SHORT, Severity.CRITICAL, [anyone.best()])
    if budget is not None and any(a in anyone for a in near):
        return verdict(None, Severity.CRITICAL, [])
    if path is None:
        code = Code.NEED_PUSH_THROUGH_UNREACHABLE if push else Code.NEED_HOLDER_UNREACHABLE
        return verdict(code, Severity.CRITICAL, enough.first(5))
    cut_off = [h for h in enough.first(5, visible) if reach.path(need.handler, [h]) is None]
    urgent = need.urgency == Urgency.HIGH
    return verdict(
        Code.NEED_PUSH_THROUGH_FAR if push else Code.NEED_HOLDER_FAR,
        Severity.CRITICAL if urgent else Severity.WARNING,
        cut_off[:3],
    )


def _power_finding(
    ctx: Context,
    need: Need,
    key: str,
    budget: float | None,
    reach: _Reach,
    anyone: _Holdings,
    enough: _Holdings,
    deciders: dict[str, Agreement] | None,
    *,
    exists: list[str] | None = None,
) -> Finding | None:
    """The verdict of :func:`_power_verdict` on one power of ``need``, worded."""
    push = deciders is not None
    v = _power_verdict(need, budget, reach, anyone, enough, push=push)
    if v is None:
        return None
    if v.code is None:
        assert budget is not None
        near_small = [a for a in v.near if a in anyone]
        return _budget_short_nearby(ctx, need, key, budget, v.near, near_small, v.path)
    g = ctx.graphs
    data = _what(ctx, need, str(need.power) if push else key, budget) | {
        "push": push,
        "alt": [] if push else _alternatives(ctx, key, v.visible),
        "orgs": [ctx.legal.org_name(o) for o in sorted(_need_orgs(ctx, need))],
        "renew": None if push else renewal(ctx, need, key, v.visible),
    }
    shown: list[str | None] = [need.handler, *v.named]
    if v.code in (Code.NEED_NO_HOLDER, Code.NEED_NO_PUSH_THROUGH):
        powers = ctx.legal.covered(key)
        joint = (
            bool(powers)
            and not any(ctx.legal.powers[p].holder for p in powers)
            and len(data["orgs"]) >= 2
        )
        # a decision no public body holds is reached by an agreement, never by mandate
        data |= {"place": "agreement" if joint else "unknown", "who": _close_to(ctx, need)}
        if exists and not push:
            # the power exists (holder, mandate); the rule leaves no room to depart from it
            data |= {"holders": [_held(ctx, a, key) for a in exists], "n": len(exists)}
            data |= {"part_exists": True, "part_exists_title": True}
        elif not push:
            data |= {"part_none": True, "part_none_title": True}
        shown = [need.handler, *(exists or [])]
    elif v.code == Code.NEED_BUDGET_SHORT:
        [best] = v.named
        data |= {
            "most": ctx.authority.budget_of(best, key),
            "best": g.name(best),
            "part_nobody": True,
            "part_highest": True,
        }
    elif v.path is None:  # unreachable
        data |= {
            "holders": [g.name(h) for h in v.named],
            "n": len(v.named),
            "first": g.name(v.named[0]),
        }
    else:  # far
        path = v.path
        agreement = deciders.get(path[-1]) if deciders else None
        route_shown, route = _route(g, path)
        data |= {
            "nearest": g.name(path[-1]),
            "steps": len(path) - 1,
            "path": route,
            "next": g.name(path[1]),
            # with a date, what the route means for it, reckoned as block 2 does (issue 17)
            **(_in_time(ctx, need, len(path) - 1) if need.urgency == Urgency.HIGH else {}),
            "cut_off": [g.name(h) for h in v.named],
            "k": len(v.named),
            "part_cut": bool(v.named),
            "agreement": agreement.name if agreement is not None else "",
            "part_under": agreement is not None,
        }
        shown = list(route_shown)
    return _emit(ctx, need, v.code, v.severity, data, shown)


def _in_time(ctx: Context, need: Need, steps: int) -> dict[str, object]:
    """Whether the route reaches its decider before the need's deadline, by the reckoning of
    block 2 (:func:`mapper.checks.timeliness.arrives`): "te lang" only when it does not, so
    this finding and NEED_TOO_LATE_BY_DESIGN never disagree (issue 17)."""
    if need.deadline is None:
        return {}
    if need.deadline < ctx.as_of:
        return {"part_urgent_passed": True}
    reached = arrives(ctx, steps)
    too_late = late(ctx, steps, need.deadline)
    return {"arrives": reached, "part_urgent": too_late, "part_urgent_time": not too_late}


def _held(ctx: Context, actor: str, key: str) -> Text:
    """``de manager Werk en Inkomen (in mandaat)``: who holds a power, and how."""
    name = ctx.graphs.name(actor)
    grant = ctx.authority.grant(actor, key)
    if grant is None or grant.basis not in (Basis.DELEGATION, Basis.MANDATE):
        return Text(name.running("en"), name.running("nl"))
    how = (
        ("by delegation", "na delegatie")
        if grant.basis == Basis.DELEGATION
        else ("under mandate", "in mandaat")
    )
    return Text(f"{name.running('en')} ({how[0]})", f"{name.running('nl')} ({how[1]})")


_SHOWN_ROUTE = 8  # actors of a route named in full (a longer route is shortened)


def _route(g: CaseGraphs, path: list[str]) -> tuple[list[str], Text]:
    """The route's actors as shown, and the route in words: a route longer than
    :data:`_SHOWN_ROUTE` keeps its first and last three actors and counts the rest."""
    if len(path) <= _SHOWN_ROUTE:
        return path, path_phrase(g, path)
    head, tail = path_phrase(g, path[:3]), path_phrase(g, path[-3:])
    hidden = len(path) - 6
    return [*path[:3], *path[-3:]], _fill(
        ROUTE_SHORTENED, {"head": head, "n": hidden, "tail": tail}, sentence=False
    )


def _budget_short_nearby(
    ctx: Context,
    need: Need,
    key: str,
    budget: float,
    reach: dict[str, list[str]],
    near: list[str],
    far_path: list[str] | None,
) -> Finding:
    g = ctx.graphs
    enough = far_path[-1] if far_path else None
    best = min(near, key=lambda a: (len(reach[a]), ctx.order[a]))
    urgent = need.urgency == Urgency.HIGH or enough is None
    data = _what(ctx, need, key, budget) | {
        "best": g.name(best),
        "has": ctx.authority.budget_of(best, key),
        "steps": len(reach[best]) - 1,
        "enough": g.name(enough) if enough else "",
        "further": len(far_path or ()) - 1,
        "part_nearby": True,
        "part_short_more": enough is not None,
        "part_short_none": enough is None,
        "part_of_best": True,
    }
    return _emit(
        ctx,
        need,
        Code.NEED_BUDGET_SHORT,
        Severity.CRITICAL if urgent else Severity.WARNING,
        data,
        [*reach[best], enough],
    )
