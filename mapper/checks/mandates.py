"""Accountability (building block 4): the Awb title 10.1 rules on each mandate's form.

Chain rules (10:1-10:2, 10:9, budgets, 10:6) live in :mod:`mapper.checks.mandate_chain`.

Examples
--------
>>> from datetime import date
>>> from models import Actor, Case, CaseInfo, Mandate, Power, PowerCategory, Instrument
>>> from mapper.context import Context
>>> case = Case.from_parts(
...     CaseInfo("t", as_of=date(2026, 1, 1)),
...     [Actor("c", "College"), Actor("p", "Consulent")],
...     mandates=[Mandate("m1", "c", "p", "afw", instrument=Instrument.SIGNING)],
...     powers=[Power("afw", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, holder="c")],
... )
>>> [f.code for f in check(Context.of(case))]
['MANDATE_SIGNING_NO_POWER']
"""

from __future__ import annotations

from collections.abc import Callable

from mapper.authority import PRIMARY_POWERS, Defect
from mapper.checks._util import day, finding, mandate_phrase, power_name
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import Mandate

__all__ = ["check"]

Texts = tuple[tuple[str, str], tuple[str, str], tuple[str, str]]


def check(ctx: Context) -> list[Finding]:
    """One finding per defect of each mandate's form."""
    auth = ctx.authority
    found: list[Finding] = []
    for m in ctx.graphs.mandates:
        for defect in auth.defects[m.id]:
            made = _RULES[defect](ctx, m)
            if made is not None:
                found.append(made)
    return found


def _make(
    code: str, severity: Severity, m: Mandate, texts: Texts, *, needs: tuple[str, ...] = ()
) -> Finding:
    title, detail, suggestion = texts
    return finding(
        code,
        4,
        severity,
        title,
        detail,
        suggestion,
        actors=[m.grantor, m.holder],
        mandates=[m.id],
        needs=needs,
    )


def _self(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    return _make(
        "MANDATE_TO_SELF",
        Severity.INFO,
        m,
        (
            ("A mandate granted to oneself", "Een mandaat aan zichzelf"),
            (
                f"{m.id}: {g.name(m.grantor)} grants {power_name(m.power, 'en')} to itself; "
                "this passes nothing on.",
                f"{m.id}: {g.name(m.grantor)} verleent {power_name(m.power, 'nl')} aan zichzelf; "
                "daarmee wordt niets doorgegeven.",
            ),
            (
                "Name the right holder or remove it.",
                "Noem de juiste mandaathouder of verwijder het.",
            ),
        ),
    )


def _signing(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    relying = tuple(n.id for n in g.needs if n.handler == m.holder and n.power == m.power)
    holder = g.name(m.holder)
    return _make(
        "MANDATE_SIGNING_NO_POWER",
        Severity.WARNING if relying else Severity.INFO,
        m,
        (
            (
                f"Signing on behalf gives {holder} no decision power",
                f"Ondertekening geeft {holder} geen beslisbevoegdheid",
            ),
            (
                f"{mandate_phrase(g, m, 'en')} only lets {holder} sign decisions that "
                f"{g.name(m.grantor)} took (Awb 10:11)"
                + (
                    f"; yet {holder} handles needs that require it ({', '.join(relying)})."
                    if relying
                    else "."
                ),
                f"{mandate_phrase(g, m, 'nl')} laat {holder} alleen besluiten ondertekenen die "
                f"{g.name(m.grantor)} nam (Awb 10:11)"
                + (
                    f"; toch behandelt {holder} behoeften die dat vragen ({', '.join(relying)})."
                    if relying
                    else "."
                ),
            ),
            (
                f"If {holder} must decide, grant a mandate for {power_name(m.power, 'en')}.",
                f"Moet {holder} zelf beslissen, verleen dan mandaat voor "
                f"{power_name(m.power, 'nl')}.",
            ),
        ),
        needs=relying,
    )


def _expired(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    return _make(
        "MANDATE_EXPIRED",
        Severity.WARNING,
        m,
        (
            (
                f"The mandate of {g.name(m.holder)} has expired",
                f"Het mandaat van {g.name(m.holder)} is verlopen",
            ),
            (
                f"{mandate_phrase(g, m, 'en')} ran until {day(m.valid_until, 'en')}; on "
                f"{day(ctx.as_of, 'en')} {g.name(m.holder)} may no longer decide under it.",
                f"{mandate_phrase(g, m, 'nl')} liep tot {day(m.valid_until, 'nl')}; op "
                f"{day(ctx.as_of, 'nl')} mag {g.name(m.holder)} er niet meer op beslissen.",
            ),
            (
                f"Have {g.name(m.grantor)} renew the mandate, or take it off the map.",
                f"Laat {g.name(m.grantor)} het mandaat vernieuwen, of haal het van de kaart.",
            ),
        ),
    )


def _not_yet(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    return _make(
        "MANDATE_NOT_YET_VALID",
        Severity.INFO,
        m,
        (
            (
                f"The mandate of {g.name(m.holder)} is not yet in force",
                f"Het mandaat van {g.name(m.holder)} geldt nog niet",
            ),
            (
                f"{mandate_phrase(g, m, 'en')} starts on {day(m.valid_from, 'en')}, after the "
                f"reference date {day(ctx.as_of, 'en')}.",
                f"{mandate_phrase(g, m, 'nl')} gaat in op {day(m.valid_from, 'nl')}, na de "
                f"peildatum {day(ctx.as_of, 'nl')}.",
            ),
            (
                "Check whether the case can wait until then.",
                "Ga na of de casus zo lang kan wachten.",
            ),
        ),
    )


def _not_mandatable(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    return _make(
        "MANDATE_NOT_MANDATABLE",
        Severity.CRITICAL,
        m,
        (
            ("Setting rules cannot be mandated", "Regels vaststellen kan niet in mandaat"),
            (
                f"{mandate_phrase(g, m, 'en')} passes on the power to set generally binding "
                "rules, which Awb 10:3(1) does not allow.",
                f"{mandate_phrase(g, m, 'nl')} geeft de bevoegdheid om algemeen verbindende "
                "voorschriften vast te stellen door; dat staat Awb 10:3 lid 1 niet toe.",
            ),
            (
                f"Keep rule-setting with {g.name(m.grantor)}; let {g.name(m.holder)} prepare "
                "the rules instead.",
                f"Laat regels vaststellen bij {g.name(m.grantor)}; laat {g.name(m.holder)} ze "
                "voorbereiden.",
            ),
        ),
    )


def _consent(ctx: Context, m: Mandate, missing: bool) -> Finding:
    g = ctx.graphs
    holder = g.actors[m.holder]
    grantor_org = g.organisation_name(g.actors[m.grantor].organisation)
    holder_org = g.organisation_name(holder.organisation)
    state_en = "refused or not given" if missing else "not recorded"
    state_nl = "geweigerd of niet gegeven" if missing else "niet vastgelegd"
    return _make(
        "MANDATE_CONSENT_MISSING" if missing else "MANDATE_CONSENT_UNKNOWN",
        Severity.CRITICAL if missing else Severity.WARNING,
        m,
        (
            (
                f"No consent for a mandate outside {grantor_org}",
                f"Geen instemming voor mandaat buiten {grantor_org}",
            ),
            (
                f"{mandate_phrase(g, m, 'en')} goes to {holder.name} of {holder_org}; "
                f"the consent Awb 10:4 requires is {state_en}.",
                f"{mandate_phrase(g, m, 'nl')} gaat naar {holder.name} van "
                f"{holder_org}; de instemming die Awb 10:4 vraagt is {state_nl}.",
            ),
            (
                f"Record the consent of {holder.name} (and of its management) with the mandate.",
                f"Leg de instemming van {holder.name} (en de leiding) bij het mandaat vast.",
            ),
        ),
    )


def _writing(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    return _make(
        "MANDATE_GENERAL_NOT_IN_WRITING",
        Severity.WARNING,
        m,
        (
            (
                f"The general mandate of {g.name(m.holder)} is not in writing",
                f"Het algemene mandaat van {g.name(m.holder)} is niet schriftelijk",
            ),
            (
                f"{mandate_phrase(g, m, 'en')} covers a class of decisions but was not granted "
                "in writing (Awb 10:5); decisions under it are open to challenge.",
                f"{mandate_phrase(g, m, 'nl')} geldt voor een soort besluiten maar is niet "
                "schriftelijk verleend (Awb 10:5); besluiten erop zijn aanvechtbaar.",
            ),
            (
                "Lay the mandate down in a mandate decision (mandaatbesluit).",
                "Leg het mandaat vast in een mandaatbesluit.",
            ),
        ),
    )


def _no_basis(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    return _make(
        "DELEGATION_NO_LEGAL_BASIS",
        Severity.CRITICAL,
        m,
        (
            ("Delegation without a legal basis", "Delegatie zonder wettelijke grondslag"),
            (
                f"{mandate_phrase(g, m, 'en')} names no statutory basis; delegation is only "
                "possible where a statute provides for it (Awb 10:15).",
                f"{mandate_phrase(g, m, 'nl')} noemt geen wettelijke grondslag; delegatie kan "
                "alleen als een wet erin voorziet (Awb 10:15).",
            ),
            (
                "Name the statutory basis, or use a mandate instead.",
                "Noem de wettelijke grondslag, of gebruik mandaat.",
            ),
        ),
    )


def _subordinate(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    return _make(
        "DELEGATION_TO_SUBORDINATE",
        Severity.CRITICAL,
        m,
        (
            ("Delegation to a subordinate", "Delegatie aan een ondergeschikte"),
            (
                f"{mandate_phrase(g, m, 'en')}: {g.name(m.holder)} works under "
                f"{g.name(m.grantor)} in the hierarchy; Awb 10:14 forbids delegation to a "
                "subordinate.",
                f"{mandate_phrase(g, m, 'nl')}: {g.name(m.holder)} valt hiërarchisch onder "
                f"{g.name(m.grantor)}; Awb 10:14 verbiedt delegatie aan een ondergeschikte.",
            ),
            (
                "Grant a mandate instead: the grantor keeps responsibility.",
                "Verleen in plaats daarvan mandaat: de mandaatgever blijft verantwoordelijk.",
            ),
        ),
    )


def _objection(ctx: Context, m: Mandate, certain: bool) -> Finding:
    g = ctx.graphs
    holder = g.name(m.holder)
    auth = ctx.authority
    primary = [
        (p, grant.chain[-1])
        for p in PRIMARY_POWERS
        if (grant := auth.grant(m.holder, p)) is not None and grant.chain
    ]
    primary.sort(key=lambda pair: pair[1])
    also_en = ", ".join(f"{power_name(p, 'en')} ({mid})" for p, mid in primary)
    also_nl = ", ".join(f"{power_name(p, 'nl')} ({mid})" for p, mid in primary)
    why_en = (
        "is tagged as the one who took the primary decision"
        if certain
        else f"also decides the primary cases under mandate: {also_en}"
    )
    why_nl = (
        "is gemarkeerd als degene die het primaire besluit nam"
        if certain
        else f"neemt ook de primaire besluiten in mandaat: {also_nl}"
    )
    return _make(
        "MANDATE_OBJECTION_PRIMARY_DECIDER" if certain else "MANDATE_OBJECTION_SAME_HOLDER",
        Severity.CRITICAL if certain else Severity.WARNING,
        m,
        (
            (
                f"{holder} would decide on objections to own decisions",
                f"{holder} zou beslissen op bezwaar tegen eigen besluiten",
            ),
            (
                f"{mandate_phrase(g, m, 'en')}: {holder} {why_en}. Awb 10:3(3) does not allow "
                "the objection to be decided by whoever took the contested decision.",
                f"{mandate_phrase(g, m, 'nl')}: {holder} {why_nl}. Awb 10:3 lid 3 staat niet "
                "toe dat wie het bestreden besluit nam ook op het bezwaar beslist.",
            ),
            (
                "Mandate objections to someone who was not involved in the primary decision.",
                "Mandateer bezwaar aan iemand die niet bij het primaire besluit betrokken was.",
            ),
        ),
    )


def _fine(ctx: Context, m: Mandate) -> Finding:
    g = ctx.graphs
    holder = g.name(m.holder)
    return _make(
        "MANDATE_FINE_REPORTER",
        Severity.CRITICAL,
        m,
        (
            (
                f"{holder} would fine what {holder} reported",
                f"{holder} zou beboeten wat {holder} zelf rapporteerde",
            ),
            (
                f"{mandate_phrase(g, m, 'en')}: {holder} is tagged as the reporter of the "
                "violation; Awb 10:3(4) does not allow the fine to be mandated to the reporter.",
                f"{mandate_phrase(g, m, 'nl')}: {holder} is gemarkeerd als rapporteur van de "
                "overtreding; Awb 10:3 lid 4 staat niet toe dat de boete aan de rapporteur "
                "wordt gemandateerd.",
            ),
            (
                "Separate reporting and fining: mandate the fine to someone else.",
                "Scheid rapporteren en beboeten: mandateer de boete aan een ander.",
            ),
        ),
    )


_RULES: dict[Defect, Callable[[Context, Mandate], Finding | None]] = {
    Defect.SELF: _self,
    Defect.SIGNING: _signing,
    Defect.EXPIRED: _expired,
    Defect.NOT_YET_VALID: _not_yet,
    Defect.NOT_MANDATABLE: _not_mandatable,
    Defect.CONSENT_MISSING: lambda ctx, m: _consent(ctx, m, True),
    Defect.CONSENT_UNKNOWN: lambda ctx, m: _consent(ctx, m, False),
    Defect.NOT_IN_WRITING: _writing,
    Defect.DELEGATION_NO_BASIS: _no_basis,
    Defect.DELEGATION_TO_SUBORDINATE: _subordinate,
    Defect.OBJECTION_PRIMARY_DECIDER: lambda ctx, m: _objection(ctx, m, True),
    Defect.OBJECTION_ALSO_PRIMARY: lambda ctx, m: _objection(ctx, m, False),
    Defect.FINE_REPORTER: _fine,
}
