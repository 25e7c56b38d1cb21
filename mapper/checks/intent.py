"""Clarity about the intent (building block 1): an owner, and the power to deviate passed down.

An administrator who supports the intent (the intent owner, or an administrator with a
positive stance) must hold the power to suspend routines or deviate from rules - by law or
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

from mapper.catalogue import say
from mapper.checks._util import invalid_reason, power_name
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from models import ActorKind, PowerCategory

__all__ = ["DEVIATION_POWERS", "check"]

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
    holding = {p: [s for s in supporters if auth.grant(s, p) is not None] for p in DEVIATION_POWERS}
    if not any(holding.values()):
        found.append(_no_power(ctx, supporters))
        return found
    by_id = {m.id: m for m in g.mandates}
    passed: dict[PowerCategory, list[str]] = {}
    for p in DEVIATION_POWERS:
        roots = set(holding[p])
        passed[p] = [
            actor
            for actor, grant in auth.grants[p].items()
            if grant.chain and by_id[grant.chain[0]].grantor in roots and actor not in roots
        ]
    not_passed = [p for p in DEVIATION_POWERS if holding[p] and not passed[p]]
    if not_passed:
        found.append(_not_passed(ctx, holding, not_passed, all_blocked=not any(passed.values())))
    return found


def _no_owner(has_intent: bool) -> Finding:
    code = Code.INTENT_NO_OWNER if has_intent else Code.INTENT_NOT_STATED
    return say(code, Severity.WARNING)


def _no_power(ctx: Context, supporters: list[str]) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    others = [a for p in DEVIATION_POWERS for a in auth.holders(p) if a not in supporters]
    others = list(dict.fromkeys(others))[:5]
    who = (
        [g.name(a) for a in supporters]
        if supporters
        else [Text("no administrator", "geen bestuurder")]
    )
    values = {"who": who, "holders": [g.name(a) for a in others], "n": len(others)}
    return say(
        Code.INTENT_NO_DEVIATION_POWER,
        Severity.CRITICAL,
        values,
        parts={"others"} if others else {"nobody"},
        actors=[*supporters, *others],
    )


def _not_passed(
    ctx: Context,
    holding: dict[PowerCategory, list[str]],
    powers: list[PowerCategory],
    *,
    all_blocked: bool,
) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    holders = list(dict.fromkeys(a for p in powers for a in holding[p]))
    tried = [m for m in g.mandates if m.power in powers and not auth.valid(m.id)]
    values = {
        "holders": [g.name(a) for a in holders],
        "n": len(holders),
        "powers": [Text(f"‘{power_name(p, 'en')}’", f"‘{power_name(p, 'nl')}’") for p in powers],
        "mandates": [
            Text(
                f"{g.name(m.grantor)} → {g.name(m.holder)}: {invalid_reason(auth, m, 'en')}",
                f"{g.name(m.grantor)} → {g.name(m.holder)}: {invalid_reason(auth, m, 'nl')}",
            )
            for m in tried
        ],
    }
    return say(
        Code.INTENT_NOT_PASSED_DOWN,
        Severity.CRITICAL if all_blocked else Severity.WARNING,
        values,
        parts={"tried"} if tried else set(),
        actors=holders,
        mandates=[m.id for m in tried],
    )
