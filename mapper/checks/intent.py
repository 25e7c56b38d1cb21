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

from mapper.authority import Authority, Basis, Grant
from mapper.catalogue import render, say
from mapper.checks._util import invalid_reason
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import CaseGraphs
from mapper.legal import OUTSIDE_SPHERES, no_besluit
from mapper.mandate_form import Defect
from mapper.names import Name
from mapper.texts.intent import AS_PORTFOLIO, CONVERT, NO_ADMINISTRATOR, PASS_DOWN
from mapper.wording import cite, decided, word
from models import ActorKind, Mandate, PowerCategory, RuleType
from models.i18n import Lang

__all__ = ["DEVIATION_POWERS", "check", "deviation_powers", "own_decisions"]

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
        # the minus sign, as the scale beside it: "houding −2", not "-2" (jurist 15, J18; G11)
        stance = f"−{-g.actors[owner].stance}"
        values = {"name": g.name(owner), "stance": stance}
        found.append(say(Code.INTENT_OWNER_OPPOSES, Severity.WARNING, values, actors=[owner]))
    supporters = [
        a.id
        for a in g.actors.values()
        if a.id == owner or (a.kind == ActorKind.ADMINISTRATOR and a.stance > 0)
    ]
    auth = ctx.authority
    powers = _public_powers(ctx)
    holding = {p: [s for s in supporters if auth.grant(s, p) is not None] for p in powers}
    by_body = False
    if not any(holding.values()):
        # a portfolio holder holds no power of its own: the body of its organisation does
        holding = {p: _own_body(ctx, p, supporters) for p in powers}
        by_body = True
    passed, reserved = _passed_down(ctx, powers, holding)
    if by_body:
        inside = {p: [a for a in passed[p] if _inside(ctx, a, holding[p])] for p in powers}
        if not any(inside.values()):
            found.append(_no_power(ctx, supporters, powers))
            return found
        found.append(_held_by_body(ctx, supporters, holding, inside))
    not_passed = [p for p in powers if holding[p] and not passed[p]]
    if not_passed:
        found.append(
            _not_passed(ctx, holding, not_passed, reserved, all_blocked=not any(passed.values()))
        )
    return found


def _public_powers(ctx: Context) -> list[str]:
    """The deviation powers that are the public-law powers of a public body: a partner's own
    (private-law) decision is never the municipality's room to deviate."""
    actors = ctx.legal.actors
    out = []
    for p in deviation_powers(ctx):
        holder = ctx.legal.powers[p].holder
        if holder is None or (holder in actors and actors[holder].is_public_body):
            out.append(p)
    return out


def _own_body(ctx: Context, power: str, supporters: list[str]) -> list[str]:
    """The public body that holds ``power`` by statute, when it belongs to the organisation of
    a supporter of the intent (or the map names no organisations)."""
    root = ctx.authority.roots.get(power)
    actors = ctx.legal.actors
    if root is None or not actors[root].is_public_body:
        return []
    same = [ctx.legal.same_organisation(actors[root], actors[s]) for s in supporters]
    return [root] if not supporters or any(x is not False for x in same) else []


def _inside(ctx: Context, actor: str, bodies: list[str]) -> bool:
    """Whether ``actor`` works in the line of one of ``bodies`` (not a partner's employee)."""
    legal = ctx.legal
    a = legal.actors[actor]
    for b in bodies:
        same = legal.same_organisation(legal.actors[b], a)
        if same or (same is None and a.effective_sphere not in OUTSIDE_SPHERES):
            return True
    return False


def _passed_down(
    ctx: Context, powers: list[str], holding: dict[str, list[str]]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Per power, who holds it by a valid mandate from one of its holders (for a policy rule:
    with the room to deviate), and the mandates that reserve deviating to the grantor."""
    auth, legal = ctx.authority, ctx.legal
    table = auth.practice_grants if auth.practice_grants is not None else auth.grants
    passed: dict[str, list[str]] = {}
    reserved: dict[str, list[str]] = {}  # power -> mandates that keep deviating at the top
    policy = {p for p in powers if legal.powers[p].rule_type == RuleType.POLICY_RULE}
    for p in powers:
        roots = set(holding[p])
        grants = [
            (actor, grant)
            for actor, grant in table.get(p, {}).items()
            if actor not in roots and _from(grant, roots)
        ]
        passed[p] = [a for a, g in grants if not (p in policy and g.reserved)]
        reserved[p] = [g.via for _, g in grants if p in policy and g.reserved and g.via]
    return passed, reserved


def _from(grant: Grant, roots: set[str]) -> bool:
    """Whether ``grant`` comes down from one of ``roots``: not only from the body at the top of
    the chain, but also from a delegate further down, which holds the power in its own name
    (art. 10:13 and 10:17 Awb) and mandates it on."""
    up = grant.parent
    while up is not None:
        if up.actor in roots:
            return True
        up = up.parent
    return False


def deviation_powers(ctx: Context) -> list[str]:
    """The powers that carry room to deviate: a power to depart from a rule or suspend the
    routine, and every power exercised under a policy rule (Awb 4:84 comes with it)."""
    return [
        p.id
        for p in ctx.legal.powers.values()
        if p.category in DEVIATION_POWERS or p.rule_type == RuleType.POLICY_RULE
    ]


def own_decisions(ctx: Context, body: str) -> list[str]:
    """The powers of the case's needs that ``body`` decides on itself: it holds them as root,
    has not delegated them away (art. 10:17 Awb) and they are besluiten, not a request to a
    court (art. 1:3 Awb; jurist, sixth round N2)."""
    legal, auth = ctx.legal, ctx.authority

    def own(p: str) -> bool:
        if no_besluit(legal.powers[p]):
            return False
        if auth.roots.get(p) == body:
            return body not in auth.delegated_away.get(p, frozenset())
        grant = auth.grant(body, p)  # a delegate holds it as its own (art. 10:13 Awb)
        return grant is not None and grant.basis == Basis.DELEGATION

    keys = (str(n.power) for n in ctx.graphs.needs)
    return list(dict.fromkeys(k for k in keys if any(own(p) for p in legal.covered(k))))


def body_decisions(ctx: Context, body: str) -> dict[str, object] | None:
    """What a public body on the map decides itself, as the values of a sentence ("body",
    "decides", "basis"), or None when ``body`` is no public body or decides none of the
    case's decisions (used for the notes of intent and signals: what is missing from the map
    is not missing in law)."""
    legal = ctx.legal
    if not legal.actors[body].is_public_body:
        return None
    keys = own_decisions(ctx, body)
    if not keys:
        return None
    bases = [
        b for k in keys for p in legal.covered(k) if (b := legal.powers[p].legal_basis.strip())
    ]
    return {
        "body": ctx.graphs.name(body),
        "decides": [
            Text(
                f"‘{decided(legal.power_name(k, 'en'))}’",  # not "over ‘beslissen over …’"
                f"‘{decided(legal.power_name(k, 'nl'))}’",
            )
            for k in keys
        ],
        "basis": f" ({cite('; '.join(dict.fromkeys(bases)))})" if bases else "",
    }


def _no_owner(has_intent: bool) -> Finding:
    code = Code.INTENT_NO_OWNER if has_intent else Code.INTENT_NOT_STATED
    return say(code, Severity.WARNING)


def _unnamed(ctx: Context, supporters: list[str]) -> Finding | None:
    """A note when the map names no power to deviate at all and a public body behind the
    intent decides the case's decisions itself: what is missing from the map is not missing
    in law (jurist, fifth round J12)."""
    for body in supporters:
        values = body_decisions(ctx, body)
        if values is None:
            continue
        parts = ("unnamed", "unnamed_why", "unnamed_fix")
        return say(
            Code.INTENT_NO_DEVIATION_POWER, Severity.INFO, values, parts=parts, actors=[body]
        )
    return None


def _no_power(ctx: Context, supporters: list[str], powers: list[str]) -> Finding:
    g = ctx.graphs
    if not powers and (note := _unnamed(ctx, supporters)) is not None:
        return note
    auth = ctx.authority
    public = [a for p in powers for a in auth.holders(p) if a not in supporters]
    # after delegation the delegate holds the power in its own name (art. 10:13 and 10:17
    # Awb), also outside the supporters' line (a GR's dagelijks bestuur): it is named, and whom
    # it mandated; the body that delegated it never is
    delegates = [
        a for p in powers for a in auth.holders(p) if _grant_basis(ctx, a, p) == Basis.DELEGATION
    ]
    delegates = list(dict.fromkeys(a for a in delegates if a not in supporters))[:5]
    mandated = [
        a
        for p in powers
        for a in auth.holders(p)
        if a not in delegates
        and a not in supporters
        and (grant := auth.grant(a, p)) is not None
        and _from(grant, set(delegates))
    ]
    mandated = list(dict.fromkeys(mandated))[:5]
    # only the municipality's own line: a partner's employee is outside it, not a holder
    others = [a for a in public if not supporters or _inside(ctx, a, supporters)]
    others = [a for a in dict.fromkeys(others) if a not in delegates and a not in mandated][:5]
    values = {
        "who": _who(g, supporters),
        "others": [g.name(a) for a in others],
        "n": len(others),
        "delegates": [g.name(a) for a in delegates],
        "d": len(delegates),
        "mandated": [g.name(a) for a in mandated],
        "m": len(mandated),
    }
    if delegates:
        said: tuple[str, ...] = ("delegated", *(("deleg_mandated",) if mandated else ()))
    else:
        said = ("only",) if others else ("nobody",)
    return say(
        Code.INTENT_NO_DEVIATION_POWER,
        Severity.CRITICAL,
        values,
        parts=("lacks", "lacks_why", "lacks_fix", *said),
        actors=[*supporters, *delegates, *mandated, *others],
    )


def _grant_basis(ctx: Context, actor: str, power: str) -> Basis | None:
    grant = ctx.authority.grant(actor, power)
    return grant.basis if grant is not None else None


def _held_by_body(
    ctx: Context,
    supporters: list[str],
    bodies: dict[str, list[str]],
    inside: dict[str, list[str]],
) -> Finding:
    """A note: the body of the supporters' organisation holds the room to deviate and has
    mandated it down the line; the portfolio holder has no power of its own (the normal case)."""
    g, legal = ctx.graphs, ctx.legal
    used = [p for p in inside if inside[p]]
    body_ids = list(dict.fromkeys(b for p in used for b in bodies[p]))
    holders = list(dict.fromkeys(a for p in used for a in inside[p]))
    types = {legal.powers[p].rule_type for p in used}
    portfolio = all(
        legal.actors[s].kind == ActorKind.ADMINISTRATOR and not legal.actors[s].is_public_body
        for s in supporters
    )
    values = {
        "who": _who(g, supporters),
        "w": max(len(supporters), 1),
        "bodies": [g.name(b) for b in body_ids],
        "b": len(body_ids),
        "holders": [g.name(a) for a in holders],
        "h": len(holders),
    }
    values["as_portfolio"] = AS_PORTFOLIO if portfolio and supporters else ""
    extra = (
        "duty"
        if RuleType.POLICY_RULE in types
        else "clause"
        if types == {RuleType.ORDINANCE}
        else ""
    )
    said = ("held", "held_why") if supporters else ("held_alone", "alone_why")
    parts = (*said, "held_end", "held_fix", *((extra,) if extra else ()))
    return say(
        Code.INTENT_NO_DEVIATION_POWER,
        Severity.INFO,
        values,
        parts=parts,
        actors=[*supporters, *body_ids, *holders],
        mandates=[m for p in used for a in inside[p] for m in _chain(ctx, p, a)],
    )


def _who(g: CaseGraphs, supporters: list[str]) -> list[Name | Text]:
    if not supporters:
        return [Text(NO_ADMINISTRATOR.en, NO_ADMINISTRATOR.nl)]
    return [g.name(s) for s in supporters]


def _chain(ctx: Context, power: str, actor: str) -> tuple[str, ...]:
    auth = ctx.authority
    table = auth.practice_grants if auth.practice_grants is not None else auth.grants
    grant = table.get(power, {}).get(actor)
    return grant.chain if grant is not None else ()


#: where a decision goes when the holders are bodies of as many organisations: each to its own,
#: not the list of all of them a second time (rev-jurist17 R7); not "het eigen college", read
#: as the college the nota is addressed to (rev-jurist18 K6); in English not "the executive of
#: its own organisation" beside "The Executive decides" (rev-jurist19 R8)
_OWN_COLLEGE = Text("the public body that holds the power", "het college dat de bevoegdheid heeft")
_OWN_BODY = Text(
    "the public body that holds the power", "het bestuursorgaan dat de bevoegdheid heeft"
)


def _up(ctx: Context, holders: list[str]) -> list[Name | Text]:
    """Whom a decision that needs the room goes up to: the holders, or - when each is of
    another organisation - its own college (or body)."""
    actors = [ctx.legal.actors[h] for h in holders]
    orgs = {a.organisation for a in actors if a.organisation}
    if len(holders) < 2 or len(orgs) < len(holders):
        return [ctx.graphs.name(h) for h in holders]
    colleges = all("college" in a.name.casefold() for a in actors)
    return [_OWN_COLLEGE if colleges else _OWN_BODY]


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
    # the first eight, the rest counted (issue 14: 156,000 characters at 10,000 actors)
    shown, more = tried[:8], len(tried) - 8
    failed = Text(
        "; ".join(f"{_prose(g, m, 'en')} ({invalid_reason(auth, m, 'en')})" for m in shown)
        + (f"; and {word(more, 'en')} more" if more > 0 else ""),
        "; ".join(f"{_prose(g, m, 'nl')} ({invalid_reason(auth, m, 'nl')})" for m in shown)
        + (f"; en nog {word(more, 'nl')}" if more > 0 else ""),
    )
    values = {
        "holders": [g.name(h) for h in holders],
        "h": len(holders),
        "up": _up(ctx, holders),
        # each name once: six powers of five colleges read "‘Routine opschorten’" five times
        # (new user at scale, session 14, F9)
        "powers": list(
            dict.fromkeys(
                Text(f"‘{legal.power_name(k, 'en')}’", f"‘{legal.power_name(k, 'nl')}’")
                for k in powers
            )
        ),
        "p": len(powers),
        "failed": failed,
        "kept": [_pair(g, legal.by_id[m]) for m in kept],
        "k": len(kept),
        "fix": _converted(auth, tried, _how_to_pass(ctx, powers, reserved=bool(kept))),
    }
    parts = [*(("tried",) if tried else ()), *(("reserved",) if kept else ())]
    return say(
        Code.INTENT_NOT_PASSED_DOWN,
        Severity.CRITICAL if all_blocked else Severity.WARNING,
        values,
        parts=parts,
        actors=holders,
        mandates=[*(m.id for m in tried), *kept],
    )


def _converted(auth: Authority, tried: list[Mandate], fix: Text) -> Text:
    """A delegation to a subordinate is turned into a mandate (art. 10:14 Awb; jurist9 F4):
    the remedy says so first."""
    if not any(Defect.DELEGATION_TO_SUBORDINATE in auth.defects.get(m.id, ()) for m in tried):
        return fix
    return Text(
        f"{CONVERT.en}{fix.en[:1].lower()}{fix.en[1:]}",
        f"{CONVERT.nl}{fix.nl[:1].lower()}{fix.nl[1:]}",
    )


def _prose(g: CaseGraphs, m: Mandate, lang: Lang) -> str:
    """A grant in a sentence: "van de manager 1.0.0 aan de teamleider 1.0.0", not the arrow
    of a chain (new user at scale 15, G11)."""
    a, b = g.name(m.grantor).running(lang), g.name(m.holder).running(lang)
    return f"from {a} to {b}" if lang == "en" else f"van {a} aan {b}"


def _pair(g: CaseGraphs, m: Mandate) -> Text:
    a, b = g.name(m.grantor), g.name(m.holder)
    return Text(f"{a.link_in('en')} → {b.link_in('en')}", f"{a.link} → {b.link}")


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
    values = {"basis": cite("; ".join(dict.fromkeys(bases)))}  # one citation style (L7)
    return Text(render(PASS_DOWN[key], values, "en"), render(PASS_DOWN[key], values, "nl"))
