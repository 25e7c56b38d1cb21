"""Accountability (building block 4): mandate chains, sub-mandates, delegation and the line back.

- every chain traces back to the body that holds the power (Awb 10:1);
- sub-mandate only as far as the body at the root allows; nobody in between widens it (10:9);
- only a body that holds the power itself can delegate it (10:13); a delegating body loses
  that one power (10:17);
- a sub-mandate's maximum amount stays within the mandate it rests on (the mandate's scope);
- an information line from holder back to grantor, for mandates (10:6) and delegations
  (10:16 lid 2);
- when one practice is analysed: valid mandates whose chain does not cover that practice.

The words live in the message catalogue (:mod:`mapper.texts.mandate_chain`), keyed by finding
code. Broken chains and circles are found in :mod:`mapper.checks._broken_chains`; what every
chain finding carries in :mod:`mapper.checks._chain_base`.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Mandate
>>> from mapper.context import Context
>>> case = Case.from_parts(
...     CaseInfo("t"), [Actor("m", "Manager"), Actor("p", "Consulent")],
...     mandates=[Mandate("m1", "m", "p", "spend_budget")],
... )
>>> sorted(str(f.code) for f in check(Context.of(case)))
['MANDATE_NO_LEGAL_ROOT']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx

from mapper.authority import Basis, Defect, Status
from mapper.checks import _broken_chains as broken_chains
from mapper.checks._chain_base import chain_data, emit
from mapper.checks._legal_text import decision_text, instrument_of
from mapper.checks._sub_asks import Remedy, one_ask
from mapper.checks._util import path_phrase
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import INFO_LINE_KINDS
from mapper.legal import interested_provider, no_besluit
from mapper.mandate_down import down_chain
from mapper.names import organisation_name
from mapper.texts.mandate_words import PRACTICES
from models import Instrument, Mandate, Power, Practice, RelationKind

__all__ = ["INFO_LINE_STEPS", "check"]

INFO_LINE_STEPS = 5  # the line back to the grantor may run through at most this many steps


def check(ctx: Context) -> list[Finding]:
    """Chain, sub-mandate, delegation, budget, practice and information-line findings."""
    auth = ctx.authority
    found: list[Finding] = []
    circles = broken_chains.circles(ctx)
    in_circle = {mid for circle in circles for mid in circle}
    below = broken_chains.broken_lines(ctx, in_circle)
    for m in ctx.graphs.mandates:
        status = auth.status[m.id]
        builder = _BY_STATUS.get(status)
        if status == Status.CHAIN_BROKEN and m.id in below:
            if below[m.id] and m.id not in in_circle:
                found.append(broken_chains.broken(ctx, m, below[m.id]))
        elif builder is not None and m.id not in in_circle:
            found.append(builder(ctx, m))
        if m.id in auth.widened and status == Status.VALID:
            found.append(_widened(ctx, m))
        if m.id in auth.over_budget:
            found.append(_over_budget(ctx, m, auth.over_budget[m.id]))
        if m.id in auth.not_for_practice:
            found.append(_other_practice(ctx, m, auth.not_for_practice[m.id]))
    found.extend(broken_chains.cycle(ctx, circle) for circle in circles)
    found.extend(_info_lines(ctx))
    return _one_ask(ctx, found)


def _one_ask(ctx: Context, found: list[Finding]) -> list[Finding]:
    """One ask per mandate at the root: see :mod:`mapper.checks._sub_asks` (rev-user16 U5)."""
    by_id = ctx.legal.by_id

    def remedy(mid: str) -> Remedy:
        chain = _own_grant(ctx, by_id[mid])
        return (chain, *_remedy(ctx, by_id[mid], chain), ctx.graphs.name(by_id[mid].holder))

    return one_ask(found, remedy, lambda mid, ask: _sub_not_allowed(ctx, by_id[mid], ask))


def _decision(ctx: Context, mandate_id: str) -> Text:
    first = ctx.legal.by_id[mandate_id]
    return decision_text(first.legal_basis, ctx.graphs.name(first.grantor))


def _chain_actors(ctx: Context, chain: tuple[str, ...]) -> list[str]:
    by_id = ctx.legal.by_id
    if not chain:
        return []
    return [by_id[chain[0]].grantor, *(by_id[c].holder for c in chain)]


def _own_grant(ctx: Context, m: Mandate) -> tuple[str, ...]:
    """The chain by which the grantor holds the power (its best grant, whatever the practice)."""
    auth, legal = ctx.authority, ctx.legal
    best = None
    for p in legal.covered(str(m.power)):
        g = auth.grants.get(p, {}).get(m.grantor)
        if g is not None and (best is None or g._rank() > best._rank()):
            best = g
    return best.chain if best is not None else ()


def _no_root(ctx: Context, m: Mandate) -> Finding:
    data = chain_data(ctx, m)
    above = _above_may_pass_on(ctx, m) if data["root"] else None
    parts = ["held"] if data["root"] else []
    root = ctx.authority.root_of(m)
    bodies = [ctx.graphs.actors.get(a) for a in (m.grantor, root or "")]
    parts.append("body_s" if all(b is not None and b.is_public_body for b in bodies) else "lacks")
    if above is not None:
        data["above"] = ctx.graphs.name(above)
        parts.append("by_sub")
    else:
        parts.append("by_body")
    actors = [m.grantor, m.holder, *([above] if above is not None else [])]
    return emit(
        ctx,
        Code.MANDATE_NO_LEGAL_ROOT,
        Severity.CRITICAL,
        data,
        actors,
        [m.id],
        parts,
    )


def _above_may_pass_on(ctx: Context, m: Mandate) -> str | None:
    """The nearest actor above ``m``'s grantor in the hierarchy who holds ``m``'s power under a
    valid mandate and may pass it on (a level of sub-mandate left): that actor can give the
    grantor the power without a new decision of the body (jurist, fifth round, map A)."""
    auth, legal = ctx.authority, ctx.legal
    keys = [*legal.covered(str(m.power))]
    up = ctx.graphs.flow([RelationKind.HIERARCHY])
    if m.grantor not in up:
        return None
    for actor in nx.bfs_tree(up, m.grantor):
        if actor == m.grantor:
            continue
        for key in keys:
            grant = auth.grants.get(key, {}).get(actor)
            if grant is not None and grant.basis == Basis.MANDATE and grant.may_pass_on:
                return str(actor)
    return None


#: The words of a chain by what is passed on (tenth jurist J1): a volmacht over a private-law
#: act, a machtiging over an act that is no besluit (art. 10:12 Awb).
_10_9 = Text("Awb 10:9(1)", "art. 10:9 lid 1 Awb")
_10_12 = Text("Awb 10:12 with 10:9(1)", "art. 10:12 jo. 10:9 lid 1 Awb")
_CHAIN_WORDS: dict[Instrument, dict[str, Text]] = {
    Instrument.MANDATE: {"inst": Text("the mandate", "het mandaat"),
                         "sub": Text("sub-mandate", "ondermandaat"),
                         "pass_on": Text("pass on", "doormandateren"),
                         "giver": Text("grantor", "mandaatgever"), "cite": _10_9},
    Instrument.POWER_OF_ATTORNEY: {"inst": Text("the power of attorney", "de volmacht"),
                                   "sub": Text("sub-power of attorney", "ondervolmacht"),
                                   "pass_on": Text("pass on", "doorgeven"),
                                   "giver": Text("principal", "volmachtgever"), "cite": _10_12},
    Instrument.AUTHORISATION: {"inst": Text("the authorisation", "de machtiging"),
                               "sub": Text("sub-authorisation", "ondermachtiging"),
                               "pass_on": Text("pass on", "doorgeven"),
                               "giver": Text("grantor", "verlener van de machtiging"),
                               "cite": _10_12},
}  # fmt: skip


def _remedy(ctx: Context, m: Mandate, chain: tuple[str, ...]) -> tuple[dict[str, Any], str]:
    """What the remedy of a sub-mandate not allowed asks, and its part: withdraw every grant to
    a provider's staff (art. 2:4 Awb; twelfth jurist L3), or allow sub-mandate down to the last
    holder below (the handler; L8), with the consent of whoever that holder works under, or
    the one more level (``widen``)."""
    legal, g = ctx.legal, ctx.graphs
    grants = [*(legal.by_id[c] for c in chain), m, *down_chain(g.mandates, m)]
    power = legal.powers.get(str(m.power))
    staff = [
        x.holder
        for x in grants
        if (a := g.actors.get(x.holder)) is not None
        and interested_provider(g.organisations, a, power) is not None
    ]
    if staff:
        org = g.actors[staff[0]].organisation
        provider = organisation_name(legal.org_name(org))
        return {"staff": [g.name(a) for a in staff], "provider": provider}, "withdraw"
    below = grants[len(chain) + 1 :]
    if not below:
        return {}, "widen"
    target = below[-1].holder
    data = {"target": g.name(target), "needed": len(grants) - 1, "direct": [g.name(target)]}
    first = legal.by_id[chain[0]] if chain else None
    body = g.actors.get(first.holder) if first is not None else None
    holder = g.actors.get(target)
    if first is None or body is None or holder is None or not body.is_public_body:
        return data, "widen_to"
    top = g.actors.get(first.grantor)
    if legal.same_organisation(body, holder) and (
        top is None or not legal.same_organisation(top, holder)
    ):  # the holder works under that body, not under the grantor at the root (art. 10:4 Awb)
        return data | {"body": g.name(body.id)}, "widen_to_body"
    return data, "widen_to"


def _sub_not_allowed(
    ctx: Context, m: Mandate, ask: tuple[dict[str, Any], str] | None = None
) -> Finding:
    chain = _own_grant(ctx, m)
    path = [*_chain_actors(ctx, chain), m.holder]
    first = ctx.legal.by_id[chain[0]] if chain else None
    levels = (first.sub_mandate_levels or 0) if first else 0
    fix, part = ask or _remedy(ctx, m, chain)
    own = first is not None and not first.legal_basis.strip() and path[0] == first.grantor
    data = (
        chain_data(ctx, m)
        | {
            "path": path_phrase(ctx.graphs, path),
            # "laat het college in zijn mandaat …", not "laat het college in het mandaat dat
            # het college verleende …" (new user at scale, session 14, F7)
            "first": _ITS_MANDATE
            if own
            else decision_text(first.legal_basis, ctx.graphs.name(first.grantor))
            if first
            else "",
            "levels": levels,
            "top": ctx.graphs.name(path[0]) if path else "",
            "back": _back(ctx, path[0] if path else ""),
        }
        | _CHAIN_WORDS.get(instrument_of(ctx.legal, m), _CHAIN_WORDS[Instrument.MANDATE])
        | fix
    )
    return emit(
        ctx,
        Code.MANDATE_SUBMANDATE_NOT_ALLOWED,
        Severity.CRITICAL,
        data,
        path,
        [*chain, m.id],
        ("used" if levels else "none", _asked(ctx, path, part)),
    )


def _back(ctx: Context, actor_id: str) -> Text:
    """The root named back in the same sentence: in Dutch "dat college", as "het college" read
    as the college the nota is addressed to, "dat bestuursorgaan" for a burgemeester or a
    board (rev-jurist19 R2); in English its full name ("the College B&W 3"). A value, not a
    part: the group keeps one shape."""
    actor = ctx.graphs.actors.get(actor_id)
    if actor is None:
        return Text("the grantor", "die mandaatgever")
    college = actor.name.lower().startswith("college")
    en = ctx.graphs.name(actor_id).running("en")
    return Text(en, "dat college" if college else "dat bestuursorgaan")


def _asked(ctx: Context, path: list[str], part: str) -> str:
    """``part``, or its asking form when the body at the root is not the college the note is
    addressed to: "Vraag het college B&W 3 … toe te staan", not "Laat …" (rev-jurist17 R4)."""
    own = ctx.addressee
    if part == "withdraw" or own is None or not path or path[0] == own:
        return part
    return f"{part}_ask"


#: The mandate of the grantor at the root, after its name: no name said twice.
_ITS_MANDATE = Text("its mandate", "zijn mandaat")


def _widened(ctx: Context, m: Mandate) -> Finding:
    chain = _own_grant(ctx, m)
    path = _chain_actors(ctx, chain)
    left = ctx.authority.widened[m.id]
    data = chain_data(ctx, m) | {
        "asked": m.sub_mandate_levels or 0,
        "left": left,
        "first": _decision(ctx, chain[0]) if chain else "",
        "top": ctx.graphs.name(path[0]) if path else "",
        # "hier dat college": the root, not the directeur, a mandaatgever too (rev-jurist19 R3)
        "back": _back(ctx, path[0] if path else ""),
    }
    return emit(
        ctx,
        Code.MANDATE_SUBMANDATE_WIDENED,
        Severity.WARNING,
        data,
        [*path, m.holder],
        [*chain, m.id],
        ("some_left",) if left else ("none_left",),
    )


def _delegated_away(ctx: Context, m: Mandate) -> Finding:
    legal, auth = ctx.legal, ctx.authority
    delegations = [
        d
        for p in legal.covered(str(m.power))
        if m.grantor in auth.delegated_away.get(p, ())
        for k in (p, str(legal.powers[p].category))
        for d in legal.out.get((m.grantor, k), ())
        if d.instrument == Instrument.DELEGATION and auth.valid(d.id)
    ]
    delegations = list({d.id: d for d in delegations}.values())
    delegates = list(dict.fromkeys(d.holder for d in delegations))
    g = ctx.graphs
    data = chain_data(ctx, m) | {
        # "het dagelijks bestuur van het Werkbedrijf", not a bare name (jurist, fifth round J20)
        "to": g.name(delegates[0]) if len(delegates) == 1 else g.names(delegates),
    }
    # a delegate of another organisation mandating this holder would need consent (10:4) and
    # serves no purpose: the stale mandate is withdrawn (jurist, fifth round J20)
    holder = legal.actors[m.holder]
    outside = bool(delegates) and all(
        legal.same_organisation(legal.actors[d], holder) is False for d in delegates
    )
    return emit(
        ctx,
        Code.MANDATE_GRANTOR_DELEGATED_AWAY,
        Severity.CRITICAL,
        data,
        [m.grantor, m.holder, *delegates],
        [m.id, *(d.id for d in delegations)],
        ("withdraw",) if outside else ("withdraw_or",),
    )


def _by_mandate_holder(ctx: Context, m: Mandate) -> Finding:
    chain = _own_grant(ctx, m)
    data = chain_data(ctx, m) | {"via": chain[-1] if chain else ""}
    return emit(
        ctx,
        Code.DELEGATION_BY_MANDATE_HOLDER,
        Severity.CRITICAL,
        data,
        [m.grantor, m.holder],
        [m.id, *chain[-1:]],
        ("via_mandate",) if chain else (),
    )


_BY_STATUS: dict[Status, Callable[[Context, Mandate], Finding]] = {
    Status.NO_LEGAL_ROOT: _no_root,
    Status.SUB_MANDATE_NOT_ALLOWED: _sub_not_allowed,
    Status.CHAIN_BROKEN: broken_chains.broken,
    Status.DELEGATED_AWAY: _delegated_away,
    Status.DELEGATION_BY_MANDATE_HOLDER: _by_mandate_holder,
}


def _over_budget(ctx: Context, m: Mandate, own: float | None) -> Finding:
    data = chain_data(ctx, m) | {"budget": m.budget, "own": own}
    return emit(
        ctx,
        Code.MANDATE_BUDGET_ABOVE_GRANTOR,
        Severity.WARNING,
        data,
        [m.grantor, m.holder],
        [m.id],
    )


def _other_practice(ctx: Context, m: Mandate, link: str) -> Finding:
    practice = ctx.graphs.practice or Practice.BOTH
    link_m = ctx.legal.by_id.get(link)
    this, other = PRACTICES[practice]
    data = chain_data(ctx, m) | {"this": this, "other": other, "link": link or "?"}
    ids = [m.id, *([link] if link_m else [])]
    actors = [m.grantor, m.holder, *([link_m.grantor, link_m.holder] if link_m else [])]
    return emit(ctx, Code.MANDATE_NOT_FOR_PRACTICE, Severity.WARNING, data, actors, ids)


def _info_lines(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    line = g.flow_back(INFO_LINE_KINDS)
    reach: dict[str, set[str]] = {}
    found: list[Finding] = []
    for m in g.mandates:
        if m.instrument == Instrument.SIGNING or m.grantor == m.holder:
            continue
        if Defect.PRIVATE_LAW in ctx.authority.defects[m.id]:
            continue  # a volmacht (art. 3:60 BW): the Awb's duty to inform does not apply
        delegation = m.instrument == Instrument.DELEGATION
        if delegation and not ctx.authority.valid(m.id):
            continue  # a delegation that transfers nothing has no line back to keep
        if ctx.authority.status.get(m.id) == Status.NO_LEGAL_ROOT:
            continue  # a void mandate: no 10:6 instructions to give (jurist, third round M6)
        if m.grantor not in reach:
            lengths = nx.single_source_shortest_path_length(line, m.grantor, INFO_LINE_STEPS)
            reach[m.grantor] = set(lengths)
        if m.holder in reach[m.grantor]:
            continue
        code = Code.DELEGATION_NO_INFO_LINE if delegation else Code.MANDATE_NO_INFO_LINE
        power = ctx.legal.powers.get(str(m.power))
        parts = [] if delegation else [_mandate_or_authorisation(power)]
        found.append(
            emit(
                ctx,
                code,
                Severity.WARNING,
                chain_data(ctx, m),
                [m.holder, m.grantor],
                [m.id],
                parts,
            )
        )
    return found


def _mandate_or_authorisation(power: Power | None) -> str:
    """A request or other act that is no besluit passes by machtiging (art. 10:12 Awb)."""
    return "authorisation" if power is not None and no_besluit(power) else "mandate"
