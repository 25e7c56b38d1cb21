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
>>> sorted(f.code for f in check(Context.of(case)))
['INTENT_NO_DEVIATION_POWER', 'INTENT_NO_OWNER']
"""

from __future__ import annotations

from mapper.checks._util import finding, invalid_reason, power_name
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import ActorKind, Power

__all__ = ["DEVIATION_POWERS", "check"]

DEVIATION_POWERS = (Power.DEVIATE_FROM_RULE, Power.SUSPEND_ROUTINE)


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
        name = g.name(owner)
        found.append(
            finding(
                "INTENT_OWNER_OPPOSES",
                1,
                Severity.WARNING,
                (
                    f"The intent owner {name} opposes the intent",
                    f"Eigenaar {name} is tegen de bedoeling",
                ),
                (
                    f"{name} owns the intent but has stance {g.actors[owner].stance} towards it.",
                    f"{name} is eigenaar van de bedoeling maar staat er {g.actors[owner].stance} "
                    "tegenover.",
                ),
                (
                    "Talk the intent through with the owner, or name another owner.",
                    "Bespreek de bedoeling met de eigenaar, of wijs een andere eigenaar aan.",
                ),
                actors=[owner],
            )
        )
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
    passed: dict[Power, list[str]] = {}
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
    if has_intent:
        return finding(
            "INTENT_NO_OWNER",
            1,
            Severity.WARNING,
            ("The intent has no owner", "De bedoeling heeft geen eigenaar"),
            (
                "The case states an intent, but no administrator is named as its owner; nobody "
                "answers for it or grants room to deviate for it.",
                "De casus noemt een bedoeling, maar geen bestuurder is als eigenaar aangewezen; "
                "niemand staat ervoor en geeft er ruimte voor om af te wijken.",
            ),
            (
                "Name the administrator who owns the intent (case header).",
                "Wijs de bestuurder aan die eigenaar is van de bedoeling (kop van de casus).",
            ),
        )
    return finding(
        "INTENT_NOT_STATED",
        1,
        Severity.WARNING,
        ("The intent is not stated", "De bedoeling is niet benoemd"),
        (
            "The case states no intent and no owner; deviating from the routine then has no "
            "purpose to answer to.",
            "De casus noemt geen bedoeling en geen eigenaar; afwijken van de routine heeft dan "
            "geen doel om zich aan te verantwoorden.",
        ),
        (
            "Write down what the case is for and who owns that.",
            "Schrijf op waar de casus voor is en wie daar eigenaar van is.",
        ),
    )


def _no_power(ctx: Context, supporters: list[str]) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    others = [a for p in DEVIATION_POWERS for a in auth.holders(p) if a not in supporters]
    others = list(dict.fromkeys(others))[:5]
    who_en = g.names(supporters) if supporters else "no administrator"
    who_nl = g.names(supporters) if supporters else "geen bestuurder"
    rest_en = f" Only {g.names(others)} hold it." if others else " Nobody on the map holds it."
    rest_nl = (
        f" Alleen {g.names(others)} hebben hem." if others else " Niemand op de kaart heeft hem."
    )
    return finding(
        "INTENT_NO_DEVIATION_POWER",
        1,
        Severity.CRITICAL,
        (
            "No administrator behind the intent may deviate",
            "Geen bestuurder achter de bedoeling mag afwijken",
        ),
        (
            f"Supporters of the intent ({who_en}) hold neither the power to deviate from a rule "
            "nor to suspend the routine, by law or by valid mandate." + rest_en,
            f"Wie de bedoeling steunt ({who_nl}) heeft geen bevoegdheid om van een regel af te "
            "wijken of de routine op te schorten, van rechtswege of met geldig mandaat." + rest_nl,
        ),
        (
            "Make the body that holds these powers own the intent, or have it mandate them to "
            "the intent owner.",
            "Maak het orgaan dat deze bevoegdheden heeft eigenaar van de bedoeling, of laat het "
            "ze mandateren aan de eigenaar.",
        ),
        actors=[*supporters, *others],
    )


def _not_passed(
    ctx: Context, holding: dict[Power, list[str]], powers: list[Power], *, all_blocked: bool
) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    holders = list(dict.fromkeys(a for p in powers for a in holding[p]))
    one = len(holders) == 1
    tried = [m for m in g.mandates if m.power in powers and not auth.valid(m.id)]
    names_en = " and ".join(f"'{power_name(p, 'en')}'" for p in powers)
    names_nl = " en ".join(f"'{power_name(p, 'nl')}'" for p in powers)
    tried_en = "; ".join(
        f"{m.id} to {g.name(m.holder)}: {invalid_reason(auth, m, 'en')}" for m in tried
    )
    tried_nl = "; ".join(
        f"{m.id} aan {g.name(m.holder)}: {invalid_reason(auth, m, 'nl')}" for m in tried
    )
    return finding(
        "INTENT_NOT_PASSED_DOWN",
        1,
        Severity.CRITICAL if all_blocked else Severity.WARNING,
        (
            "The room to deviate stays at the top",
            "De ruimte om af te wijken blijft aan de top",
        ),
        (
            f"{g.names(holders)} {'holds' if one else 'hold'} {names_en} but "
            f"{'has' if one else 'have'} passed it to nobody by a valid mandate, so every "
            f"deviation must go up to {'it' if one else 'them'}."
            + (f" Not valid: {tried_en}." if tried else ""),
            f"{g.names(holders)} {'heeft' if one else 'hebben'} {names_nl} maar "
            f"{'heeft' if one else 'hebben'} dat met geen geldig mandaat doorgegeven; elke "
            f"afwijking moet dus naar {'dit orgaan' if one else 'hen'} toe."
            + (f" Niet geldig: {tried_nl}." if tried else ""),
        ),
        (
            "Grant a written mandate to deviate (Awb 4:84) to the team lead or manager of the "
            "case, with an accountability line back.",
            "Verleen een schriftelijk mandaat om af te wijken (Awb 4:84) aan de teamleider of "
            "manager van de casus, met een verantwoordingslijn terug.",
        ),
        actors=holders,
        mandates=[m.id for m in tried],
    )
