"""The beslispunten on agreements between organisations (jurist, fourth round N5): the parties
agree to an agreement or an amendment of it; the college can only decide to enter into it
(art. 160 lid 1 onder e Gemeentewet), and the burgemeester represents the municipality
(art. 171 Gemeentewet). So the college "stemt in met" an amendment or a renewal, one beslispunt
per agreement that gathers all its defects, and asks the portfolio holder to work it out.
"""

from __future__ import annotations

from datetime import date

from exports.mandate_decision import actor_name, named_actor
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.decision_terms import statutory_term
from mapper.findings import Finding
from mapper.legal import no_besluit
from mapper.names import with_article
from mapper.wording import join, quoted
from models.case import Case
from models.entities import Agreement, Power
from models.enums import Instrument, OrganisationKind, PowerCategory
from models.i18n import Lang, long_date

__all__ = ["agreement_point", "deal_causes", "renew_point"]


_AGREEMENT_CODES = (Code.AGREEMENT_OVER_PUBLIC_POWER, Code.AGREEMENT_DECIDER_NO_MANDATE)


def _deal(case: Case, f: Finding) -> Agreement | None:
    """The agreement a finding on an agreement's decider is about."""
    if f.code not in _AGREEMENT_CODES or len(f.actors) < 2:
        return None
    powers = {str(n.power) for n in case.needs if n.id in f.needs}
    return next(
        (g for g in case.agreements if g.decider == f.actors[0] and powers & set(g.covers)), None
    )


def deal_causes(case: Case, analysis: Analysis) -> dict[str, tuple[Agreement, list[Finding]]]:
    """Each agreement whose decider is given a power it cannot have, with those findings, by
    the ids of the causes they fall under: one beslispunt gathers all of them (jurist N5)."""
    found: dict[str, list[Finding]] = {}
    causes: dict[str, list[str]] = {}
    for cause in analysis.causes:
        for f in analysis.findings_of(cause):
            if (deal := _deal(case, f)) is not None:
                found.setdefault(deal.id, []).append(f)
                causes.setdefault(deal.id, []).append(cause.id)
    out: dict[str, tuple[Agreement, list[Finding]]] = {}
    for deal_id, findings in found.items():
        deal = case.agreements.get(deal_id)
        if deal is not None:
            out |= dict.fromkeys(causes[deal_id], (deal, findings))
    return out


def _keeps(case: Case, body: str, power: str, lang: Lang) -> str:
    """Who holds ``power`` for ``body`` in mandate on the reference date: "in mandaat de
    teamleider Wijkteam Noord"."""
    day = case.info.as_of
    holders = [
        actor_name(case, m.holder, lang)
        for m in case.mandates
        if m.grantor == body
        and str(m.power) == power
        and m.instrument in (Instrument.MANDATE, Instrument.AUTHORISATION)
        and (m.valid_until is None or day is None or m.valid_until >= day)
    ]
    if not holders:
        return ""
    found = case.powers.get(power)
    if found is not None and no_besluit(found):
        # a request to a court is no besluit: it is passed on by machtiging (jurist J6)
        return (
            f" (gemachtigd: {join(holders, lang)}, art. 10:12 Awb)"
            if lang == "nl"
            else f" (authorised: {join(holders, lang)}, Awb 10:12)"
        )
    return (
        f" (in mandaat {join(holders, lang)})"
        if lang == "nl"
        else (f" (under mandate: {join(holders, lang)})")
    )


def _decides_itself(
    case: Case, decider: str, who: str, what: str, powers: list[Power], lang: Lang
) -> list[str]:
    """The holder decides itself: within the statutory term where the power's basis sets one
    (a contract cannot set it; jurist, seventh round W3), else within a term the parties agree;
    a provider named as decider only advises, on the scope where the power spends money."""
    nl = lang == "nl"
    terms = [t for p in powers if (t := statutory_term(p.legal_basis, lang)) is not None]
    if terms:
        clause = (
            f"{who} zelf over {what} beslist, binnen {terms[0]}"
            if nl
            else f"{who} decides on {what} itself, within {terms[0]}"
        )
    else:
        clause = (
            f"{who} zelf over {what} beslist binnen een afgesproken termijn"
            if nl
            else f"{who} decides on {what} itself within an agreed term"
        )
    actor = case.actors.get(decider)
    org = case.organisations.get(actor.organisation) if actor and actor.organisation else None
    if actor is None or actor.is_public_body or org is None:
        return [clause]
    if org.kind is not OrganisationKind.PROVIDER:
        return [clause]
    scope = any(p.category is PowerCategory.SPEND_BUDGET for p in powers)
    if nl:
        return [clause, f"{org.name} alleen adviseert" + (" over de omvang" if scope else "")]
    return [clause, f"{org.name} only advises" + (" on the scope" if scope else "")]


def agreement_point(
    case: Case, deal: Agreement, findings: list[Finding], owner: str, lang: Lang
) -> str:
    """An agreement that names a decider over a public power: the college agrees to an
    amendment that leaves each power with its holder, as the parties must agree to it and
    the college can only decide to enter into it (art. 160 lid 1 onder e and 171 Gemeentewet;
    jurist, fourth round N5)."""
    nl = lang == "nl"
    clauses: list[str] = []
    handlers: list[str] = []
    for f in findings:
        body = f.actors[1]
        powers = [
            p for p in case.powers if p.id in {str(n.power) for n in case.needs if n.id in f.needs}
        ]
        handlers += [n.handler for n in case.needs if n.id in f.needs and n.handler]
        what = join([quoted(p.name) for p in powers], lang)
        who = actor_name(case, body, lang)
        if f.code == Code.AGREEMENT_OVER_PUBLIC_POWER:
            parts = _decides_itself(case, f.actors[0], who, what, powers, lang)
            clauses += [c for c in parts if c not in clauses]
            continue
        keeps = "".join(_keeps(case, body, p.id, lang) for p in powers)
        clause = f"{what} bij {who} blijft{keeps}" if nl else f"{what} stays with {who}{keeps}"
        if clause not in clauses:
            clauses.append(clause)
    handler = next((a for h in handlers if (a := case.actors.get(h)) is not None), None)
    if handler is not None:
        full, short = named_actor(case, handler).forms(lang)
        escalate = (
            f"vastligt bij wie {short or full} kan escaleren"
            if nl
            else f"it is recorded to whom {short or full} can escalate"
        )
    else:
        escalate = (
            "vastligt bij wie de casus kan worden geëscaleerd"
            if nl
            else "it is recorded to whom the case can be escalated"
        )
    clauses.append(escalate)
    name = with_article(deal.name, lang)
    # long clauses: a comma before the last "en", as the jurist writes it
    listed = ", ".join(clauses[:-1]) + (", en " if nl else ", and ") + clauses[-1]
    listed = listed if len(clauses) > 2 else join(clauses, lang)
    if nl:
        return (
            f"in te stemmen met een wijziging van {name}, waarin {listed}; "
            f"{owner} te vragen dit met de partners uit te werken"
        )
    return (
        f"to agree to an amendment of {name}, in which {listed}; to ask "
        f"{owner} to work this out with the partners"
    )


def renew_point(
    case: Case, deal: Agreement, partner: str, deadline: date | None, owner: str, lang: Lang
) -> str:
    """The college agrees to extend an agreement with a partner, or to enter into it again when
    it expired: the parties agree, the college decides to enter into it (art. 160 lid 1 onder e
    Gemeentewet; jurist, fourth round N5)."""
    day = case.info.as_of
    ended = deal.valid_until is not None and day is not None and deal.valid_until < day
    name = with_article(deal.name, lang)
    by = long_date(deadline, lang) if deadline is not None else ""
    if lang == "nl":
        if ended:
            until = long_date(deal.valid_until, lang)  # type: ignore[arg-type]
            what = f"het opnieuw aangaan van {name}, dat op {until} verliep, met {partner}"
            when = f", zodat het vóór {by} weer geldt" if by else ""
        else:
            what = f"een verlenging van {name} met {partner}"
            when = f", zodat het op {by} nog geldt" if by else ""
        return f"in te stemmen met {what}{when}; {owner} te vragen dit met {partner} uit te werken"
    if ended:
        until = long_date(deal.valid_until, lang)  # type: ignore[arg-type]
        what = f"renewing {name}, which expired on {until}, with {partner}"
        when = f", so that it applies again before {by}" if by else ""
    else:
        what = f"an extension of {name} with {partner}"
        when = f", so that it still applies on {by}" if by else ""
    return f"to agree to {what}{when}; to ask {owner} to work this out with {partner}"
