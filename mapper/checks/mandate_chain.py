"""Accountability (building block 4): mandate chains, sub-mandates, budgets and the line back.

- every chain traces to an actor holding the power by law (Awb 10:1-10:2);
- a sub-mandate only where the grantor's own mandate allows it (10:9);
- a sub-mandate's budget within the grantor's own budget;
- an information or accountability line from holder back to grantor (10:6).

Examples
--------
>>> from models import Actor, Case, CaseInfo, Mandate, PowerCategory
>>> from mapper.context import Context
>>> case = Case.from_parts(
...     CaseInfo("t"), [Actor("m", "Manager"), Actor("p", "Consulent")],
...     mandates=[Mandate("m1", "m", "p", PowerCategory.SPEND_BUDGET)],
... )
>>> sorted(f.code for f in check(Context.of(case)))
['MANDATE_NO_INFO_LINE', 'MANDATE_NO_LEGAL_ROOT']
"""

from __future__ import annotations

import networkx as nx

from mapper.checks._util import finding, mandate_phrase, money, path_phrase, power_name
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.graph import INFO_LINE_KINDS
from models import Instrument, Mandate

__all__ = ["INFO_LINE_STEPS", "check"]

INFO_LINE_STEPS = 5  # the line back to the grantor may run through at most this many steps


def check(ctx: Context) -> list[Finding]:
    """Chain, sub-mandate, budget and information-line findings."""
    auth = ctx.authority
    found: list[Finding] = []
    for m in ctx.graphs.mandates:
        status = auth.status[m.id]
        if status == "no_legal_root":
            found.append(_no_root(ctx, m))
        elif status == "sub_mandate_not_allowed":
            found.append(_sub_not_allowed(ctx, m))
        elif status == "chain_broken":
            found.append(_broken(ctx, m))
        elif status == "delegated_away":
            found.append(_delegated_away(ctx, m))
        if m.id in auth.over_budget:
            found.append(_over_budget(ctx, m, auth.over_budget[m.id]))
    found.extend(_info_lines(ctx))
    return found


def _chain_actors(ctx: Context, chain: tuple[str, ...]) -> list[str]:
    by_id = {m.id: m for m in ctx.graphs.mandates}
    if not chain:
        return []
    return [by_id[chain[0]].grantor, *(by_id[c].holder for c in chain)]


def _no_root(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    grantor = g.name(m.grantor)
    p_en, p_nl = power_name(m.power, "en"), power_name(m.power, "nl")
    return finding(
        "MANDATE_NO_LEGAL_ROOT",
        4,
        Severity.CRITICAL,
        (
            f"{grantor} passes on a power it does not hold",
            f"{grantor} geeft een bevoegdheid door die het niet heeft",
        ),
        (
            f"{mandate_phrase(g, m, 'en')}: {grantor} neither holds '{p_en}' by law nor "
            "received it by mandate, so the chain traces back to no administrative body "
            "(Awb 10:1-10:2). Decisions under it are not valid.",
            f"{mandate_phrase(g, m, 'nl')}: {grantor} heeft '{p_nl}' niet van rechtswege en "
            "kreeg het ook niet in mandaat; de keten leidt naar geen bestuursorgaan "
            "(Awb 10:1-10:2). Besluiten op dit mandaat zijn niet geldig.",
        ),
        (
            f"Have the body that holds '{p_en}' grant the mandate (directly or with "
            "sub-mandate allowed).",
            f"Laat het bestuursorgaan dat '{p_nl}' heeft het mandaat verlenen (direct of met "
            "toestemming voor ondermandaat).",
        ),
        actors=[m.grantor, m.holder],
        mandates=[m.id],
    )


def _sub_not_allowed(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    own = ctx.authority.grant(m.grantor, m.power)
    chain = own.chain if own is not None else ()
    blocking = chain[-1] if chain else "?"
    path = [*_chain_actors(ctx, chain), m.holder]
    grantor = g.name(m.grantor)
    return finding(
        "MANDATE_SUBMANDATE_NOT_ALLOWED",
        4,
        Severity.CRITICAL,
        (
            f"{grantor} may not pass this mandate on",
            f"{grantor} mag dit mandaat niet doorgeven",
        ),
        (
            f"{mandate_phrase(g, m, 'en')} is a sub-mandate, but {grantor}'s own mandate "
            f"{blocking} does not allow sub-mandate (Awb 10:9). Chain: {path_phrase(g, path)}.",
            f"{mandate_phrase(g, m, 'nl')} is een ondermandaat, maar het eigen mandaat "
            f"{blocking} van {grantor} staat ondermandaat niet toe (Awb 10:9). Keten: "
            f"{path_phrase(g, path)}.",
        ),
        (
            f"Allow sub-mandate in {blocking}, or have {g.name(path[0])} grant the mandate "
            f"to {g.name(m.holder)} directly.",
            f"Sta ondermandaat toe in {blocking}, of laat {g.name(path[0])} het mandaat "
            f"rechtstreeks aan {g.name(m.holder)} verlenen.",
        ),
        actors=path,
        mandates=[*chain, m.id],
    )


def _broken(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    upstream = [u for u in ctx.mandates_into.get((m.grantor, m.power), ()) if u.id != m.id]
    reasons_en = ", ".join(f"{u.id} ({auth.status[u.id].replace('_', ' ')})" for u in upstream)
    reasons_nl = ", ".join(f"{u.id} ({_STATUS_NL[auth.status[u.id]]})" for u in upstream)
    grantor = g.name(m.grantor)
    return finding(
        "MANDATE_CHAIN_BROKEN",
        4,
        Severity.WARNING,
        (
            f"The mandate chain above {grantor} is broken",
            f"De mandaatketen boven {grantor} is gebroken",
        ),
        (
            f"{mandate_phrase(g, m, 'en')} rests on {grantor}'s own mandate(s) {reasons_en}, "
            "none of which is valid; so this one passes nothing on either.",
            f"{mandate_phrase(g, m, 'nl')} steunt op het eigen mandaat van {grantor}: "
            f"{reasons_nl}; geen daarvan is geldig, dus ook dit mandaat geeft niets door.",
        ),
        (
            "Repair the mandate higher up the chain first.",
            "Herstel eerst het mandaat hoger in de keten.",
        ),
        actors=[m.grantor, m.holder],
        mandates=[m.id, *(u.id for u in upstream)],
    )


def _delegated_away(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    grantor = g.name(m.grantor)
    delegations = [
        d
        for d in ctx.mandates_by_power.get(m.power, ())
        if d.grantor == m.grantor
        and d.instrument == Instrument.DELEGATION
        and ctx.authority.valid(d.id)
    ]
    to = g.names(d.holder for d in delegations)
    return finding(
        "MANDATE_GRANTOR_DELEGATED_AWAY",
        4,
        Severity.CRITICAL,
        (
            f"{grantor} mandates a power it delegated away",
            f"{grantor} mandateert een bevoegdheid die het heeft gedelegeerd",
        ),
        (
            f"{mandate_phrase(g, m, 'en')}: {grantor} delegated '{power_name(m.power, 'en')}' "
            f"to {to} ({', '.join(d.id for d in delegations)}) and can no longer exercise or "
            "mandate it (Awb 10:17).",
            f"{mandate_phrase(g, m, 'nl')}: {grantor} heeft '{power_name(m.power, 'nl')}' "
            f"gedelegeerd aan {to} ({', '.join(d.id for d in delegations)}) en kan die niet meer "
            "zelf uitoefenen of mandateren (Awb 10:17).",
        ),
        (
            f"Have {to} grant this mandate, or withdraw the delegation.",
            f"Laat {to} dit mandaat verlenen, of trek de delegatie in.",
        ),
        actors=[m.grantor, m.holder, *(d.holder for d in delegations)],
        mandates=[m.id, *(d.id for d in delegations)],
    )


_STATUS_NL = {
    "valid": "geldig",
    "void": "ongeldig",
    "no_legal_root": "zonder wettelijke basis",
    "sub_mandate_not_allowed": "ondermandaat niet toegestaan",
    "chain_broken": "keten gebroken",
    "delegated_away": "bevoegdheid weggedelegeerd",
}


def _over_budget(ctx: Context, m: Mandate, own: float | None) -> Finding:
    g = ctx.graphs
    grantor = g.name(m.grantor)
    return finding(
        "MANDATE_BUDGET_ABOVE_GRANTOR",
        4,
        Severity.WARNING,
        (
            f"Sub-mandate budget exceeds what {grantor} may spend",
            f"Budget van ondermandaat is hoger dan {grantor} zelf mag",
        ),
        (
            f"{mandate_phrase(g, m, 'en')} allows {money(m.budget, 'en')}, but {grantor} "
            f"holds only {money(own, 'en')}; the holder can never use more than that.",
            f"{mandate_phrase(g, m, 'nl')} staat {money(m.budget, 'nl')} toe, maar {grantor} "
            f"heeft zelf maar {money(own, 'nl')}; meer kan de houder nooit gebruiken.",
        ),
        (
            "Align the budgets along the chain.",
            "Stem de budgetten in de keten op elkaar af.",
        ),
        actors=[m.grantor, m.holder],
        mandates=[m.id],
    )


def _info_lines(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    line = g.flow_back(INFO_LINE_KINDS)
    reach: dict[str, set[str]] = {}
    found: list[Finding] = []
    for m in g.mandates:
        if m.instrument in (Instrument.SIGNING, Instrument.DELEGATION) or m.grantor == m.holder:
            continue
        if m.grantor not in reach:
            lengths = nx.single_source_shortest_path_length(line, m.grantor, INFO_LINE_STEPS)
            reach[m.grantor] = set(lengths)
        if m.holder in reach[m.grantor]:
            continue
        holder, grantor = g.name(m.holder), g.name(m.grantor)
        found.append(
            finding(
                "MANDATE_NO_INFO_LINE",
                4,
                Severity.WARNING,
                (
                    f"{holder} does not report back to {grantor}",
                    f"{holder} legt geen verantwoording af aan {grantor}",
                ),
                (
                    f"{mandate_phrase(g, m, 'en')}: no accountability, signal, escalation, "
                    f"feedback or hierarchy line runs from {holder} back to {grantor}. The "
                    "grantor stays responsible and must be able to instruct and ask for "
                    "information (Awb 10:6).",
                    f"{mandate_phrase(g, m, 'nl')}: er loopt geen verantwoordings-, signaal-, "
                    f"escalatie-, terugkoppel- of hiërarchische lijn van {holder} terug naar "
                    f"{grantor}. De mandaatgever blijft verantwoordelijk en moet kunnen "
                    "instrueren en informatie vragen (Awb 10:6).",
                ),
                (
                    f"Agree how {holder} informs {grantor} about decisions taken under the "
                    "mandate, and draw that line.",
                    f"Spreek af hoe {holder} {grantor} informeert over besluiten op dit mandaat, "
                    "en teken die lijn.",
                ),
                actors=[m.holder, m.grantor],
                mandates=[m.id],
            )
        )
    return found
