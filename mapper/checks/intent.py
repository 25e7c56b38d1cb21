"""Clarity about the intent (building block 1): an owner, and the power to deviate passed down.

An administrator who supports the intent (the intent owner, or an administrator with a
positive stance) must hold the power to suspend routines or deviate from rules - by statute or
by a valid mandate - and must have passed it down by a valid mandate to someone closer to
the case.

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t", intent="Gezin blijft wonen"),
...                        [Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2)])
>>> sorted(str(f.code) for f in check(Context.of(case)))
['INTENT_NO_DEVIATION_POWER', 'INTENT_NO_OWNER']
"""

from __future__ import annotations

from mapper.catalogue import render, say
from mapper.checks._util import invalid_reason
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import CaseGraphs
from mapper.texts.intent import NO_ADMINISTRATOR, PASS_DOWN
from models import ActorKind, Mandate, PowerCategory, RuleType

__all__ = ["DEVIATION_POWERS", "check", "deviation_powers"]

DEVIATION_POWERS = (PowerCategory.DEVIATE_FROM_RULE, PowerCategory.SUSPEND_ROUTINE)


def check(ctx: Context) -> list[Finding]:
    """Intent owner, deviation power at the top, and whether it was passed down."""
    g = ctx.graphs
    found: list[Finding] = []
    owner = g.info.intent_owner
    if not g.actors:
        return found
    if owner is None:
        found.append(_no_owner(bool(g.info.intent.strip())))
    elif g.actors[owner].stance < 0:
        values = {"name": g.name(owner), "stance": g.actors[owner].stance}
        found.append(say(Code.INTENT_OWNER_OPPOSES, Severity.WARNING, values, actors=[owner]))
    supporters = [
        a.id
        for a in g.actors.values()
        if a.id == owner or (a.kind == ActorKind.ADMINISTRATOR and a.stance > 0)
    ]
    auth = ctx.authority
    legal = ctx.legal
    powers = deviation_powers(ctx)
    holding = {p: [s for s in supporters if auth.grant(s, p) is not None] for p in powers}
    if not any(holding.values()):
        found.append(_no_power(ctx, supporters))
        return found
    by_id = legal.by_id
    table = auth.practice_grants if auth.practice_grants is not None else auth.grants
    passed: dict[str, list[str]] = {}
    reserved: dict[str, list[str]] = {}  # power -> mandates that keep deviating at the top
    policy = {p for p in powers if legal.powers[p].rule_type == RuleType.POLICY_RULE}
    for p in powers:
        roots = set(holding[p])
        grants = [
            (actor, grant)
            for actor, grant in table.get(p, {}).items()
            if grant.root and by_id[grant.root].grantor in roots and actor not in roots
        ]
        passed[p] = [a for a, g in grants if not (p in policy and g.reserved)]
        reserved[p] = [g.via for _, g in grants if p in policy and g.reserved and g.via]
    not_passed = [p for p in powers if holding[p] and not passed[p]]
    if not_passed:
        found.append(
            _not_passed(ctx, holding, not_passed, reserved, all_blocked=not any(passed.values()))
        )
    return found


def deviation_powers(ctx: Context) -> list[str]:
    """The powers that carry room to deviate: a power to depart from a rule or suspend the
    routine, and every power exercised under a policy rule (Awb 4:84 comes with it)."""
    return [
        p.id
        for p in ctx.legal.powers.values()
        if p.category in DEVIATION_POWERS or p.rule_type == RuleType.POLICY_RULE
    ]


def _no_owner(has_intent: bool) -> Finding:
    code = Code.INTENT_NO_OWNER if has_intent else Code.INTENT_NOT_STATED
    return say(code, Severity.WARNING)


def _no_power(ctx: Context, supporters: list[str]) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    others = [a for p in deviation_powers(ctx) for a in auth.holders(p) if a not in supporters]
    others = list(dict.fromkeys(others))[:5]
    values = {
        "who": g.names(supporters) if supporters else NO_ADMINISTRATOR,
        "others": [g.name(a) for a in others],
        "n": len(others),
    }
    parts = ("only",) if others else ("nobody",)
    return say(
        Code.INTENT_NO_DEVIATION_POWER,
        Severity.CRITICAL,
        values,
        parts=parts,
        actors=[*supporters, *others],
    )


def _not_passed(
    ctx: Context,
    holding: dict[str, list[str]],
    powers: list[str],
    reserved: dict[str, list[str]],
    *,
    all_blocked: bool,
) -> Finding:
    g, legal = ctx.graphs, ctx.legal
    auth = ctx.authority
    holders = list(dict.fromkeys(a for p in powers for a in holding[p]))
    keys = list(dict.fromkeys(k for p in powers for k in (p, str(legal.category(p)))))
    in_practice = ctx.in_practice_ids
    tried = list(
        {
            m.id: m
            for k in keys
            for m in legal.by_key.get(k, ())
            if m.id in in_practice and not auth.valid(m.id)
        }.values()
    )
    tried.sort(key=lambda m: ctx.mandate_order[m.id])
    kept = [by for p in powers for by in reserved[p]]
    kept = sorted(dict.fromkeys(kept), key=ctx.mandate_order.__getitem__)
    failed = Text(
        "; ".join(f"{_pair(g, m)}: {invalid_reason(auth, m, 'en')}" for m in tried),
        "; ".join(f"{_pair(g, m)}: {invalid_reason(auth, m, 'nl')}" for m in tried),
    )
    values = {
        "holders": [g.name(h) for h in holders],
        "h": len(holders),
        "powers": [Text(f"‘{legal.power_name(k, 'en')}’", f"‘{legal.power_name(k, 'nl')}’")
                   for k in powers],
        "p": len(powers),
        "failed": failed,
        "kept": [_pair(g, legal.by_id[m]) for m in kept],
        "k": len(kept),
        "fix": _how_to_pass(ctx, powers, reserved=bool(kept)),
    }  # fmt: skip
    parts = [*(("tried",) if tried else ()), *(("reserved",) if kept else ())]
    return say(
        Code.INTENT_NOT_PASSED_DOWN,
        Severity.CRITICAL if all_blocked else Severity.WARNING,
        values,
        parts=parts,
        actors=holders,
        mandates=[*(m.id for m in tried), *kept],
    )


def _pair(g: CaseGraphs, m: Mandate) -> str:
    return f"{g.name(m.grantor)} → {g.name(m.holder)}"


def _how_to_pass(ctx: Context, held: list[str], *, reserved: bool) -> Text:
    """How to pass the room to deviate down, following the rule deviated from."""
    legal = ctx.legal
    types = {legal.powers[p].rule_type for p in held}
    bases = [b for p in held if (b := legal.powers[p].legal_basis.strip())]
    key = "other"
    if types == {RuleType.POLICY_RULE}:
        key = "policy_rule_reserved" if reserved else "policy_rule"
    elif types == {RuleType.ORDINANCE}:
        key = "ordinance"
    elif types == {RuleType.STATUTE} and bases:
        key = "statute"
    values = {"basis": "; ".join(dict.fromkeys(bases))}
    return Text(render(PASS_DOWN[key], values, "en"), render(PASS_DOWN[key], values, "nl"))
