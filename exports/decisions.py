"""The beslispunten of the advice note as decisions of the college (jurist M13): what the
college changes, grants or commissions, named by the instruments and people on the map,
without ids.

Examples
--------
>>> from models.example import example_case
>>> from mapper.analysis import analyse
>>> case = example_case()
>>> points = decision_points(case, analyse(case), "nl")
>>> points[-1][:70]
'het Mandaatbesluit Rivierstad 2025 zo te wijzigen dat de consulent wij'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from exports.advice import money
from exports.agreement_decision import agreement_point, deal_causes, renew_point
from exports.case_decision import case_point
from exports.case_decision import joint_arrangement as _joint_arrangement
from exports.case_decision import owner as _owner
from exports.case_decision import secretaris as _secretaris
from exports.mandate_decision import actor_name, named_actor, own_clauses, own_point, sub_covers
from mapper.analysis import Analysis
from mapper.codes import MAP_GAPS
from mapper.findings import Cause, Finding
from mapper.names import Name, once_forms
from mapper.wording import join, running
from models.case import Case
from models.entities import Mandate, Organisation
from models.enums import ActorKind, RelationKind
from models.i18n import Lang, long_date

__all__ = ["decision_points"]


def _sub_mandate(case: Case, mandates: tuple[str, ...], lang: Lang) -> str | None:
    chain = [m for i in mandates if (m := case.mandates.get(i)) is not None]
    if not chain:
        return None
    root, last = chain[0], chain[-1]
    decision = root.legal_basis or (
        "het mandaatbesluit" if lang == "nl" else "the mandate decision"
    )
    grantor, holder = actor_name(case, last.grantor, lang), actor_name(case, last.holder, lang)
    amount = f", tot {money(last.budget, 'nl')} per besluit" if last.budget and lang == "nl" else ""
    if lang == "nl":
        return (
            f"het {decision} zo te wijzigen dat {grantor} ondermandaat kan verlenen aan "
            f"{holder}{amount}, schriftelijk"
        )
    amount = f", up to {money(last.budget, 'en')} per decision" if last.budget else ""
    return f"to amend the {decision} so that {grantor} may sub-mandate {holder}{amount}, in writing"


def _partner(case: Case, needs: tuple[str, ...], actors: tuple[str, ...], lang: Lang) -> str:
    need = case.needs.get(needs[0]) if needs else None
    partner = next((a for a in actors[1:] if case.actors.get(a) is not None), None)
    name = case.actors.get(partner).name if partner else ""  # type: ignore[union-attr]
    when = ""
    if need is not None and need.deadline is not None:
        by = long_date(need.deadline, lang)
        when = f" vóór {by}" if lang == "nl" else f" before {by}"
    covering = next(
        (g for g in case.agreements if need is not None and need.power in g.covers), None
    )
    owner = _owner(case, lang)
    if covering is not None:
        return renew_point(case, covering, name, need.deadline if need else None, owner, lang)
    # the partner decides itself: agree priority and a contact, never a decider (jurist W1)
    actor = case.actors.get(partner) if partner else None
    org = case.organisation_name(actor.organisation) if actor and actor.organisation else ""
    org = org or name
    return (
        f"{owner} opdracht te geven{when} met {org} een voorrangsafspraak te maken voor "
        "urgente casussen"
        if lang == "nl"
        else f"to commission {owner} to make a priority agreement for urgent cases with {org}{when}"
    )


def _push_through(case: Case, needs: tuple[str, ...], lang: Lang) -> str:
    need = case.needs.get(needs[0]) if needs else None
    orgs = [case.organisation_name(o) for o in (need.organisations if need else ())][1:]
    parties = (
        " en ".join(o for o in orgs if o) if lang == "nl" else " and ".join(o for o in orgs if o)
    )
    what = need.decision if need is not None else ""
    owner = _owner(case, lang)
    if lang == "nl":
        return (
            f"{owner} opdracht te geven met {parties} een doorbraakafspraak te maken "
            f"over wie beslist als de organisaties het over ‘{what}’ niet eens worden"
        )
    return (
        f"to commission {owner} to make a breakthrough agreement with {parties} on who "
        f"decides when the organisations disagree on ‘{what}’"
    )


def _names(
    case: Case, ids: Iterable[str], lang: Lang, *, skip: ActorKind | None = None
) -> list[str]:
    out = [
        actor_name(case, a, lang)
        for a in dict.fromkeys(ids)
        if (actor := case.actors.get(a)) is not None and actor.kind is not skip
    ]
    return [n for n in out if n]


def _actors(case: Case, ids: Iterable[str], lang: Lang, *, skip: ActorKind | None = None) -> str:
    return join(_names(case, ids, lang, skip=skip), lang)


def _professional(case: Case, actors: tuple[str, ...]) -> str | None:
    """The professional at the end of a line (the one who must dare to deviate)."""
    for a in reversed(actors):
        actor = case.actors.get(a)
        if actor is not None and actor.kind is ActorKind.PROFESSIONAL:
            return a
    return actors[-1] if actors else None


def _mandate(case: Case, f: Finding, lang: Lang) -> tuple[Mandate, str, str, str] | None:
    """The finding's own mandate, its holder, grantor and "het mandaat voor … aan …"."""
    m = case.mandates.get(f.mandates[-1]) if f.mandates else None
    if m is None:
        return None
    holder, grantor = actor_name(case, m.holder, lang), actor_name(case, m.grantor, lang)
    power = case.powers.get(str(m.power))
    what = running(power.name) if power is not None else ""
    if lang == "nl":
        phrase = f"het mandaat {f'voor {what} ' if what else ''}aan {holder}"
    else:
        phrase = f"the mandate {f'for {what} ' if what else ''}to {holder}"
    return m, holder, grantor, phrase


def _by_college(case: Case, m: Mandate, point: str, lang: Lang) -> str:
    """A decision the college takes itself when it granted the mandate; else it commissions."""
    grantor = case.actors.get(m.grantor)
    if grantor is not None and grantor.kind is ActorKind.ADMINISTRATOR:
        return point
    owner = _owner(case, lang)
    return (
        f"{owner} opdracht te geven {point}" if lang == "nl" else f"to commission {owner} {point}"
    )


def _mandate_point(case: Case, f: Finding, lang: Lang) -> str | None:
    found = _mandate(case, f, lang)
    if found is None:
        return None
    m, holder, grantor, phrase = found
    basis = m.legal_basis.strip()
    nl = lang == "nl"
    where = (f"het {basis}" if nl else f"the {basis}") if basis else ""
    if f.code in ("MANDATE_CONSENT_UNKNOWN", "MANDATE_CONSENT_MISSING"):
        at = where or ("het mandaatbesluit" if nl else "the mandate decision")
        mandate = phrase.split(" aan " if nl else " to ")[0]
        return (
            f"de instemming van {holder} met {mandate} vast te leggen bij {at}"
            if nl
            else f"to record the consent of {holder} to {mandate} with {at}"
        )
    if f.code in ("MANDATE_OBJECTION_SAME_HOLDER", "MANDATE_OBJECTION_PRIMARY_DECIDER"):
        at = where or ("het mandaatbesluit" if nl else "the mandate decision")
        return (
            f"in {at} vast te leggen dat op bezwaar tegen een besluit dat {holder} zelf in "
            "mandaat nam, een ander beslist"
            if nl
            else f"to lay down in {at} that someone else decides on an objection to a decision "
            f"{holder} took under mandate"
        )
    if f.code == "MANDATE_NO_LEGAL_ROOT" and len(f.actors) >= 3:
        # the one above may sub-mandate the grantor himself (jurist round 5, map A; J11)
        above = actor_name(case, f.actors[2], lang)
        lacking = actor_name(case, f.actors[0], lang)
        power = case.powers.get(str(m.power))
        what = f"‘{running(power.name)}’" if power is not None else ""
        return (
            f"{above} te vragen {lacking} ondermandaat te verlenen voor {what}; daarvoor is geen "
            "nieuw besluit van het college nodig"
            if nl
            else f"to ask {above} to grant {lacking} a sub-mandate for {what}; this needs no new "
            "decision of the college"
        )
    if f.code == "MANDATE_EXPIRED":
        point = (
            f"{phrase} opnieuw te verlenen, of het in te trekken als het niet meer nodig is"
            if nl
            else f"to grant {phrase} again, or to withdraw it if it is no longer needed"
        )
        return _by_college(case, m, point, lang)
    if f.code == "MANDATE_GENERAL_NOT_IN_WRITING":
        point = (
            f"{phrase} schriftelijk vast te leggen in een (onder)mandaatbesluit"
            if nl
            else f"to lay down {phrase} in writing in a (sub-)mandate decision"
        )
        return _by_college(case, m, point, lang)
    if f.code in ("MANDATE_NO_INFO_LINE", "DELEGATION_NO_INFO_LINE"):
        owner = _owner(case, lang)
        return (
            f"{owner} opdracht te geven af te spreken hoe en hoe vaak {holder} {grantor} informeert"
            if nl
            else f"to commission {owner} to agree how and how often {holder} informs {grantor}"
        )
    return None


def _theme_point(
    case: Case,
    cause: Cause,
    f: Finding,
    findings: Sequence[Finding],
    lang: Lang,
    carriers: frozenset[str] = frozenset(),
) -> str | None:
    """Backing, learning, signals, a person the case hangs on, distrust between two, the
    political line: what the college can commission on each."""
    owner = _owner(case, lang)
    nl = lang == "nl"
    if f.code.startswith("TRUST_BACKING"):
        pro = _professional(case, f.actors)
        who = actor_name(case, pro, lang)
        ask = _ask_staff(case, pro, lang)
        return (
            f"{ask} dat {who} vooraf rugdekking krijgt om beargumenteerd van de routine af te "
            "wijken, en dat casussen worden besproken zonder af te rekenen"
            if nl
            else f"{ask} that {who} is backed in advance when deviating from routine with good "
            "reason, and that cases are discussed without blame"
        )
    if f.code == "LEARNING_NO_FEEDBACK_PATH":
        owners = _actors(case, f.actors[1:], lang, skip=ActorKind.COUNCIL)
        whom = owners or ("de eigenaren van de regels" if nl else "the owners of the rules")
        one = len(_names(case, f.actors[1:], lang, skip=ActorKind.COUNCIL)) == 1
        hear = ("hoort" if one else "horen") if nl else ("hears" if one else "hear")
        lead = _secretaris(case, lang)  # the civil service's own working (J11)
        return (
            f"{lead} te vragen een periodieke casusreflectie in te richten waarin "
            f"{whom} {hear} welke regels in casussen als deze knellen"
            if nl
            else f"to ask {lead} to set up a regular case review in which {whom} {hear} "
            "which rules pinch in cases like this one"
        )
    if cause.id.startswith("person:") and f.actors:
        who = actor_name(case, cause.id.split(":", 1)[1], lang) or actor_name(
            case, f.actors[0], lang
        )
        gr = _joint_arrangement(case, cause.id.split(":", 1)[1])
        if gr is not None:
            return _raise_in_board(case, gr, lang)
        lead = _secretaris(case, lang)
        if f.code == "STRUCTURE_CARRYING_ACTOR" and len(f.actors) >= 3:
            return _second_route(case, f.actors[0], f.actors[-1], lead, lang, carriers)
        return (
            f"{lead} te vragen naast {who} een tweede ambtelijke route in te richten, zodat de "
            "casus niet van één persoon afhangt"
            if nl
            else f"to ask {lead} to set up a second route in the civil service beside {who}, so "
            "that the case does not depend on one person"
        )
    if f.code == "SIGNAL_UNHEARD":
        partners = _actors(
            case, [a for g in findings if g.code == f.code for a in g.actors[:1]], lang
        )
        return (
            f"{owner} opdracht te geven met {partners} af te spreken bij wie zij met een signaal "
            "terecht kunnen"
            if nl
            else f"to commission {owner} to agree with {partners} whom they can go to with a signal"
        )
    if f.code == "TRUST_MUTUAL_DISTRUST" and len(f.actors) >= 2:
        pair = _actors(case, f.actors[:2], lang)
        return (
            f"{owner} opdracht te geven iemand aan te wijzen die {pair} allebei vertrouwen, om "
            "de casus tussen hen te dragen"
            if nl
            else f"to commission {owner} to appoint someone whom {pair} both trust, to carry "
            "the case between them"
        )
    if f.code == "SPHERES_OPPONENT_UNCONNECTED":
        return (
            f"{owner} opdracht te geven een perslijn op te stellen over het beleid achter deze "
            "aanpak; individuele casussen blijven daarbuiten"
            if nl
            else f"to commission {owner} to draw up a press line on the policy behind this "
            "approach; individual cases stay out of it"
        )
    return None


def _second_route(
    case: Case, carrier: str, handler: str, lead: str, lang: Lang, carriers: frozenset[str]
) -> str:
    """The beslispunt for one person every tie between the intent's owner and the case runs
    through: a second route in the civil service from the handler to whoever may decide, by
    the handler's own superior when that is someone else (jurist J2: "bijvoorbeeld via de
    teamleider"), never by another person the case hangs on (``carriers``), and a deputy for the
    person (the youth template's point 3 was generic)."""
    who = actor_name(case, carrier, lang)
    actor = case.actors.get(carrier)
    short = Name.of(actor.name, actor.kind).forms(lang)[1] if actor is not None else ""
    up = [
        r.target
        for r in case.relationships
        if r.source == handler and r.kind in (RelationKind.ACCOUNTABILITY, RelationKind.ESCALATION)
    ] + [
        r.source
        for r in case.relationships
        if r.target == handler and r.kind is RelationKind.HIERARCHY
    ]
    skip = {carrier, handler, *carriers}
    via = next((a for a in up if a not in skip and case.actors.get(a)), None)
    by = actor_name(case, via, lang) if via else ""
    if lang == "nl":
        return (
            f"{lead} te vragen naast {who} een tweede ambtelijke route in te richten van "
            f"{actor_name(case, handler, lang)} naar wie in de casus mag beslissen"
            + (f", bijvoorbeeld via {by}" if by else "")
            + f", en vast te leggen wie {short or who} bij afwezigheid vervangt"
        )
    return (
        f"to ask {lead} to set up a second route in the civil service beside {who}, from "
        f"{actor_name(case, handler, lang)} to whoever may decide in the case"
        + (f", for instance through {by}" if by else "")
        + f", and to record who stands in for {short or who} when absent"
    )


def _point(case: Case, analysis: Analysis, cause: Cause, lang: Lang) -> str:
    findings = analysis.findings_of(cause)
    carriers = frozenset(
        g.actors[0] for g in analysis.findings if g.code == "STRUCTURE_CARRYING_ACTOR" and g.actors
    )
    for f in findings:
        if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED":
            point = _sub_mandate(case, f.mandates, lang)
            if point:
                return point
        if f.code == "NEED_PARTNER_NOT_REACHED" and f.needs:
            return _partner(case, f.needs, f.actors, lang)
        if f.code == "NEED_NO_PUSH_THROUGH" and f.needs:
            return _push_through(case, f.needs, lang)
        if (found := deal_causes(case, analysis).get(cause.id)) is not None:
            return agreement_point(case, *found, _owner(case, lang), lang)
    for f in findings:
        tailored = _mandate_point(case, f, lang) or _theme_point(
            case, cause, f, findings, lang, carriers
        )
        if tailored:
            return tailored
    for f in findings:  # an individual case, a GR's decision, a withdrawal (N4)
        if (point := case_point(case, f, lang)) is not None:
            return point
    if cause.id.startswith("rule:"):
        return _rule_point(case, cause.id.split(":", 1)[1], lang)
    # each beslispunt stands on its own, never "wat paragraaf 5.x voorstelt" (jurist J11)
    owner = _owner(case, lang)
    todo = cause.suggestion(lang).strip().rstrip(".")
    todo = todo[:1].lower() + todo[1:] if not todo[:2].isupper() else todo
    if not todo:
        title = cause.title(lang).rstrip(".")
        todo = title[:1].lower() + title[1:] if not title[:2].isupper() else title
    if lang == "nl":
        return f"{owner} te vragen dit uit te werken: {todo}"
    return f"to ask {owner} to work this out: {todo}"


def _raise_in_board(case: Case, gr: Organisation, lang: Lang) -> str:
    """A GR's staff is the GR's own business: raised in its algemeen bestuur (J23)."""
    owner = _owner(case, lang)
    if lang == "nl":
        return (
            f"{owner}, als lid van het algemeen bestuur van {gr.name}, te vragen daar aan de orde "
            "te stellen dat de casus niet van één persoon afhangt"
        )
    return (
        f"to ask {owner}, as a member of the general board of {gr.name}, to raise there that "
        "the case must not depend on one person"
    )


def _ask_staff(case: Case, actor_id: str | None, lang: Lang) -> str:
    """The opening of a point on the civil service's own working: the college is the employer
    (art. 160 lid 1 onder d Gemeentewet), the secretaris leads it (J11); a GR's staff goes to
    the GR's algemeen bestuur (J23)."""
    gr = _joint_arrangement(case, actor_id)
    owner = _owner(case, lang)
    if gr is not None:
        if lang == "nl":
            return (
                f"{owner}, als lid van het algemeen bestuur van {gr.name}, te vragen daar af te "
                "spreken"
            )
        return f"to ask {owner}, as a member of the general board of {gr.name}, to agree there"
    lead = _secretaris(case, lang)
    return f"{lead} te vragen af te spreken" if lang == "nl" else f"to ask {lead} to agree"


def _rule_point(case: Case, rule_id: str, lang: Lang) -> str:
    """A rule the case runs into (issue 17): aim it at the risk, account for deviations after."""
    rule = case.rules.get(rule_id)
    name = f"‘{rule.name}’" if rule is not None else ""
    with_owner = actor_name(case, rule.owner, lang) if rule is not None else ""
    owner = _owner(case, lang)
    if lang == "nl":
        who = f" met {with_owner}" if with_owner else ""
        return (
            f"{owner} opdracht te geven{who} de regel {name} te richten op de casussen waarin het "
            "risico speelt, en afwijkingen achteraf licht te laten verantwoorden in het "
            "afwijkingenregister"
        )
    who = f" with {with_owner}" if with_owner else ""
    return (
        f"to commission {owner}{who} to aim the rule {name} at the cases where the risk arises, "
        "and to have deviations accounted for lightly afterwards in the register of deviations"
    )


def _body_carries(case: Case, cause: Cause) -> bool:
    actor = case.actors.get(cause.id.split(":", 1)[1]) if cause.id.startswith("person:") else None
    return actor is not None and actor.is_public_body


def _map_gap(analysis: Analysis, cause: Cause) -> bool:
    """A cause about the map being incomplete: no decision of the college (N3)."""
    return all(f.code in MAP_GAPS for f in analysis.findings_of(cause))


def decision_points(case: Case, analysis: Analysis, lang: Lang) -> list[str]:
    """One decision of the college per first cause (without the closing punctuation); the
    college's own decision on its mandate decision comes in too when a mandate it granted is
    defective (jurist, third round M3), in the place of its cause when that is among the
    first, else after them."""
    decision, clauses, causes, since, subs = own_clauses(case, analysis, lang)
    covered = sub_covers(case)
    own = own_point(clauses, decision, lang, since, covered=covered) if clauses else None
    deals = deal_causes(case, analysis)
    points: list[str] = []
    done: set[str] = set()  # the agreements that have their beslispunt (one each, N5)
    for cause in analysis.first():
        if _body_carries(case, cause) or _map_gap(analysis, cause):
            continue  # a bestuursorgaan is no "one person" to build a route beside (J23)
        if cause.id in deals:
            deal, findings = deals[cause.id]
            if deal.id not in done:
                points.append(agreement_point(case, deal, findings, _owner(case, lang), lang))
                done.add(deal.id)
        elif cause.id in causes and (own is not None or subs):
            if own is not None:
                points.append(own)
                own = None
            points.extend(subs)
            subs = []
        elif cause.id in causes:
            continue
        else:
            points.append(_point(case, analysis, cause, lang))
    if own is not None:
        points.append(own)
    points.extend(subs)
    # a long role in full in the first point that names it, by its role alone after that:
    # "de wethouder Sociaal Domein opdracht te geven … de wethouder opdracht te geven" (L-d)
    named = [named_actor(case, a).forms(lang) for a in case.actors]
    return once_forms("\n".join(points), named).split("\n")
