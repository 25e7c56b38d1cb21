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

from dataclasses import replace

from exports.advice import money
from exports.agreement_decision import agreement_point, deal_causes, renew_point
from exports.case_decision import case_point
from exports.case_decision import owner as _owner
from exports.general_decision import general_point
from exports.legal_decision import (
    LEGAL_CODES,
    deviation_point,
    legal_point,
    pass_down_point,
    reservation_point,
)
from exports.mandate_decision import actor_name, named_actor, own_clauses, own_point, sub_covers
from exports.staff_decision import Staff, staff_clause, staff_lead, staff_point
from exports.theme_decision import endorse, route_of, second_route, theme_point
from mapper.analysis import Analysis
from mapper.codes import MAP_GAPS
from mapper.findings import Cause, Finding, Severity
from mapper.legal import interested_provider, no_besluit
from mapper.names import once_forms
from mapper.wording import running, to_do
from models.case import Case
from models.entities import Mandate
from models.enums import ActorKind, Instrument
from models.i18n import Lang, long_date

__all__ = ["decision_points"]

_STAFF = (ActorKind.EXECUTIVE, ActorKind.MANAGER, ActorKind.PROFESSIONAL)


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
        f"{owner} te vragen{when} met {org} een voorrangsafspraak te maken voor urgente casussen"
        if lang == "nl"
        else f"to ask {owner} to make a priority agreement for urgent cases with {org}{when}"
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
            f"{owner} te vragen met {parties} een doorbraakafspraak te maken "
            f"over wie beslist als de organisaties het over ‘{what}’ niet eens worden"
        )
    return (
        f"to ask {owner} to make a breakthrough agreement with {parties} on who "
        f"decides when the organisations disagree on ‘{what}’"
    )


def _authorises(case: Case, m: Mandate) -> bool:
    """Whether ``m`` is a machtiging: so named, or for an act that is no besluit (a request to
    a court, art. 1:3 Awb), which passes on by machtiging (art. 10:12 Awb; jurist J6, W5)."""
    power = case.powers.get(str(m.power))
    return m.instrument is Instrument.AUTHORISATION or (power is not None and no_besluit(power))


def _mandate(case: Case, f: Finding, lang: Lang) -> tuple[Mandate, str, str, str] | None:
    """The finding's own mandate, its holder, grantor and "het mandaat voor … aan …" (or "de
    machtiging om … in te dienen aan …": the instrument's own word, W5)."""
    m = case.mandates.get(f.mandates[-1]) if f.mandates else None
    if m is None:
        return None
    holder, grantor = actor_name(case, m.holder, lang), actor_name(case, m.grantor, lang)
    power = case.powers.get(str(m.power))
    what = running(power.name) if power is not None else ""
    if _authorises(case, m):
        to = to_do(power.name, lang) if power is not None else ""
        if lang == "nl":
            return m, holder, grantor, f"de machtiging {f'{to} ' if to else ''}aan {holder}"
        return m, holder, grantor, f"the authorisation {f'{to} ' if to else ''}to {holder}"
    if lang == "nl":
        phrase = f"het mandaat {f'voor {what} ' if what else ''}aan {holder}"
    else:
        phrase = f"the mandate {f'for {what} ' if what else ''}to {holder}"
    return m, holder, grantor, phrase


def _provider(case: Case, m: Mandate) -> str:
    """The care provider whose staff holds ``m`` to decide on its own support ("" if none)."""
    holder = case.actors.get(m.holder)
    organisations = {o.id: o for o in case.organisations}
    found = (
        interested_provider(organisations, holder, case.powers.get(str(m.power)))
        if holder is not None
        else None
    )
    return found.name if found is not None else ""


def _decision_word(case: Case, m: Mandate, lang: Lang) -> str:
    """The decision that lays ``m`` down when the map names none."""
    if _authorises(case, m):
        return "het machtigingsbesluit" if lang == "nl" else "the authorisation decision"
    return "het mandaatbesluit" if lang == "nl" else "the mandate decision"


def _by_college(case: Case, m: Mandate, point: str, lang: Lang) -> str:
    """A decision the college takes itself when it granted the mandate. A sub-mandate granted
    inside the civil service is the organisation's own matter: the college, which orders it
    (art. 160 lid 1 onder c Gemeentewet), asks whoever leads that staff (the
    gemeentesecretaris; a GR's dagelijks bestuur for the GR's staff), not its wethouder. Any
    other grantor (a partner): the portfolio holder."""
    grantor = case.actors.get(m.grantor)
    if grantor is not None and grantor.kind is ActorKind.ADMINISTRATOR:
        return point
    staff = grantor is not None and grantor.kind in _STAFF
    who = staff_lead(case, [m.grantor], lang) if staff else _owner(case, lang)
    return f"{who} te vragen {point}" if lang == "nl" else f"to ask {who} {point}"


def _delegation_point(case: Case, f: Finding, lang: Lang) -> str | None:
    """An invalid delegation to a subordinate (art. 10:14 Awb): withdraw it, grant a mandate
    instead (art. 10:3 Awb) and ratify what the holder decided on it (jurist9 F4)."""
    m = case.mandates.get(f.mandates[-1]) if f.mandates else None
    if m is None or m.instrument is not Instrument.DELEGATION:
        return None
    holder = actor_name(case, m.holder, lang)
    power = case.powers.get(str(m.power))
    what = f"‘{power.name}’ " if power is not None else ""
    basis = m.legal_basis.strip()
    if lang == "nl":
        point = (
            f"{f'het {basis}' if basis else 'het delegatiebesluit'} in te trekken voor zover het "
            f"{what}aan {holder} delegeert (art. 10:14 Awb), die bevoegdheid aan {holder} in "
            f"mandaat te verlenen (art. 10:3 Awb), en de besluiten die {holder} op de delegatie "
            "nam, te bekrachtigen"
        )
    else:
        point = (
            f"to withdraw {f'the {basis}' if basis else 'the delegation decision'} in so far as "
            f"it delegates {what}to {holder} (Awb 10:14), to mandate that power to {holder} "
            f"instead (Awb 10:3), and to ratify the decisions {holder} took under the delegation"
        )
    return _by_college(case, m, point, lang)


def _pass_down(case: Case, f: Finding, lang: Lang) -> str | None:
    """INTENT_NOT_PASSED_DOWN: a delegation to a subordinate becomes a mandate (F4), a
    reservation is lifted, else the body mandates the powers (art. 10:3, 4:84 Awb)."""
    for m in (m for i in f.mandates if (m := case.mandates.get(i)) is not None):
        holder = case.actors.get(m.holder)
        if m.instrument is Instrument.DELEGATION and holder and not holder.is_public_body:
            return _delegation_point(case, replace(f, mandates=(m.id,)), lang)
        if m.reserves_deviation and (found := _mandate(case, replace(f, mandates=(m.id,)), lang)):
            return _by_college(case, m, reservation_point(found[3], found[1], lang), lang)
    point = pass_down_point(case, f, lang)
    body = case.actors.get(f.actors[0]) if f.actors else None
    if point is None or body is None or body.kind is ActorKind.ADMINISTRATOR:
        return point
    who = actor_name(case, body.id, lang)
    return f"{who} te vragen {point}" if lang == "nl" else f"to ask {who} {point}"


def _mandate_point(case: Case, f: Finding, lang: Lang) -> str | None:
    found = _mandate(case, f, lang)
    if found is None:
        return None
    m, holder, grantor, phrase = found
    basis = m.legal_basis.strip()
    nl = lang == "nl"
    where = (f"het {basis}" if nl else f"the {basis}") if basis else ""
    if f.code in (
        "MANDATE_CONSENT_UNKNOWN",
        "MANDATE_CONSENT_MISSING",
        "MANDATE_PROVIDER_INTEREST",
    ) and (
        provider := _provider(case, m)
    ):  # consent cures nothing: the provider decides on its own production (art. 2:4; N9)
        point = (  # the structure the ninth jurist proposed (F6): who decides, who advises
            f"{phrase} in te trekken; de besluiten daarover neemt dan een eigen medewerker in "
            f"mandaat, en {provider} adviseert over de omvang (art. 2:4 Awb)"
            if nl
            else f"to withdraw {phrase}; the decisions on it are then taken under mandate by a "
            f"member of the municipality's own staff, and {provider} advises on the amount "
            "(Awb 2:4)"
        )
        return _by_college(case, m, point, lang)
    if f.code in ("MANDATE_CONSENT_UNKNOWN", "MANDATE_CONSENT_MISSING"):
        at = where or _decision_word(case, m, lang)
        mandate = phrase.rsplit(" aan " if nl else " to ", 1)[0]
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
            # within the existing mandate: no decision of the college needed (jurist, ninth
            # round F9; "daarvoor is geen nieuw besluit nodig" read oddly in "Het college besluit:")
            f"{above} te vragen, binnen het bestaande mandaat, {lacking} ondermandaat te "
            f"verlenen voor {what}"
            if nl
            else f"to ask {above} to grant {lacking}, within the existing mandate, a "
            f"sub-mandate for {what}"
        )
    if f.code == "MANDATE_EXPIRED":
        it = "die" if _authorises(case, m) else "het"
        point = (
            f"{phrase} opnieuw te verlenen, of {it} in te trekken als {it} niet meer nodig is"
            if nl
            else f"to grant {phrase} again, or to withdraw it if it is no longer needed"
        )
        return _by_college(case, m, point, lang)
    if f.code == "MANDATE_GENERAL_NOT_IN_WRITING":
        point = (
            f"{phrase} schriftelijk vast te leggen in "
            + ("een machtigingsbesluit" if _authorises(case, m) else "een (onder)mandaatbesluit")
            if nl
            else f"to lay down {phrase} in writing in "
            + ("an authorisation decision" if _authorises(case, m) else "a (sub-)mandate decision")
        )
        return _by_college(case, m, point, lang)
    grantor_actor = case.actors.get(m.grantor)
    own = grantor_actor is not None and grantor_actor.kind is ActorKind.ADMINISTRATOR
    if (legal := legal_point(case, f, m, phrase, lang, own=own)) is not None:
        return _by_college(case, m, legal, lang)  # the other legal defects (ninth jurist F4)
    if f.code in ("MANDATE_NO_INFO_LINE", "DELEGATION_NO_INFO_LINE"):
        owner = _owner(case, lang)
        return (
            f"{owner} te vragen af te spreken hoe en hoe vaak {holder} {grantor} informeert"
            if nl
            else f"to ask {owner} to agree how and how often {holder} informs {grantor}"
        )
    return None


def _tailored(case: Case, analysis: Analysis, cause: Cause, lang: Lang) -> str | Staff | None:
    """The beslispunt written for the cause's kind, or a staff matter with its addressee."""
    findings = analysis.findings_of(cause)
    carriers = frozenset(
        g.actors[0] for g in analysis.findings if g.code == "STRUCTURE_CARRYING_ACTOR" and g.actors
    )
    for f in findings:  # the defect itself, before the room it leaves at the top (F4)
        if f.code == "DELEGATION_TO_SUBORDINATE" and (p := _delegation_point(case, f, lang)):
            return p
        # a grant void by a defect of its own, before what it leaves undone
        legal = f.code in LEGAL_CODES and f.severity is Severity.CRITICAL
        if legal and (p := _mandate_point(case, f, lang)):
            return p
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
        if f.code == "INTENT_NOT_PASSED_DOWN" and (p := _pass_down(case, f, lang)):
            return p
        if f.code == "DEVIATION_UNEQUAL_OUTCOMES" and (p := deviation_point(case, f, lang)):
            return p
        tailored = _mandate_point(case, f, lang) or theme_point(
            case, cause, f, findings, lang, carriers
        )
        if tailored:
            return tailored
    for f in findings:  # an individual case, a GR's decision, a withdrawal (N4)
        if (point := case_point(case, f, lang)) is not None:
            return point
    if cause.id.startswith("rule:"):
        return _rule_point(case, cause.id.split(":", 1)[1], lang)
    for f in findings:  # the college stands behind the intent (J9)
        if (point := endorse(case, f, lang)) is not None:
            return point
    # how the staff organisation works: to whoever leads the staff (W3)
    return next((s for f in findings if (s := staff_clause(case, f, lang)) is not None), None)


def _voids(case: Case, analysis: Analysis, cause: Cause, lang: Lang) -> list[str]:
    """The critical legal defects of a cause the college's own decision on its mandate decision
    answers (M3): that decision amends the chain, so an excluded or rootless grant in the same
    cause still needs its own beslispunt (ninth jurist F4)."""
    found = [
        p
        for f in analysis.findings_of(cause)
        if f.code in LEGAL_CODES and f.severity is Severity.CRITICAL
        if (p := _mandate_point(case, f, lang))
    ]
    return list(dict.fromkeys(found))


def _point(case: Case, analysis: Analysis, cause: Cause, lang: Lang) -> str:
    point = _tailored(case, analysis, cause, lang)
    if not point:
        # each beslispunt stands on its own, never "wat paragraaf 5.x voorstelt" (jurist J11)
        # nor a remedy pasted after "dit uit te werken:": a kind of cause without its own
        # sentence has its addressee by building block
        point = general_point(case, cause, analysis.findings_of(cause), lang)
    if isinstance(point, Staff):
        return staff_point([point], lang)
    return point


def _rule_point(case: Case, rule_id: str, lang: Lang) -> str:
    """A rule the case runs into (issue 17): aim it at the risk, account for deviations after."""
    rule = case.rules.get(rule_id)
    name = f"‘{rule.name}’" if rule is not None else ""
    with_owner = actor_name(case, rule.owner, lang) if rule is not None else ""
    owner = _owner(case, lang)
    if lang == "nl":
        who = f" met {with_owner}" if with_owner else ""
        return (
            f"{owner} te vragen{who} de regel {name} te richten op de casussen waarin het "
            "risico speelt, en afwijkingen achteraf licht te laten verantwoorden in het "
            "afwijkingenregister"
        )
    who = f" with {with_owner}" if with_owner else ""
    return (
        f"to ask {owner}{who} to aim the rule {name} at the cases where the risk arises, "
        "and to have deviations accounted for lightly afterwards in the register of deviations"
    )


def _body_carries(case: Case, cause: Cause) -> bool:
    actor = case.actors.get(cause.id.split(":", 1)[1]) if cause.id.startswith("person:") else None
    return actor is not None and actor.is_public_body


#: findings that only say what the map leaves out ("zet op de kaart …"): an opmerking for
#: whoever keeps the map, never a decision of the college (N3, W3)
_MAP_ONLY = MAP_GAPS | {
    "LEARNING_NO_RULE_OWNER",
    "TRUST_NOT_MAPPED",
    "STRUCTURE_DISCONNECTED",
    "STRUCTURE_ISOLATED_ACTOR",
}


def _route(
    case: Case,
    analysis: Analysis,
    cause: Cause,
    point: str | None,
    lang: Lang,
    carriers: frozenset[str],
) -> tuple[str, str] | None:
    """The person and the handler of a cause whose beslispunt is a second route beside one
    person, so that two such people beside one handler share a beslispunt."""
    route = route_of(case, cause, analysis.findings_of(cause))
    if route is None or point != second_route(case, route[:1], route[1], lang, carriers):
        return None
    return route


def _map_gap(analysis: Analysis, cause: Cause) -> bool:
    """A cause about the map being incomplete: no decision of the college (N3), also where the
    map names no power to deviate (W7's "unnamed" form, as mapper.casebook.variant tells it)."""
    return all(
        f.code in _MAP_ONLY
        or (
            f.code == "INTENT_NO_DEVIATION_POWER" and f.severity is Severity.INFO and not f.mandates
        )
        for f in analysis.findings_of(cause)
    )


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
    staff: dict[str, tuple[int, list[Staff]]] = {}  # by addressee: where, and its clauses
    routes: dict[str, tuple[int, list[str]]] = {}  # by handler: where, and the people
    carriers = frozenset(
        g.actors[0] for g in analysis.findings if g.code == "STRUCTURE_CARRYING_ACTOR" and g.actors
    )
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
            points.extend(_voids(case, analysis, cause, lang))
        elif cause.id in causes:
            points.extend(_voids(case, analysis, cause, lang))
        elif isinstance(point := _tailored(case, analysis, cause, lang), Staff):
            if point.lead in staff:  # one addressee, one beslispunt (W3)
                at, asked = staff[point.lead]
                asked.append(point)
                points[at] = staff_point(asked, lang)
            else:
                staff[point.lead] = (len(points), [point])
                points.append(staff_point([point], lang))
        elif (route := _route(case, analysis, cause, point, lang, carriers)) is not None:
            carrier, handler = route
            if handler in routes:  # one beslispunt per handler (W14)
                at, people = routes[handler]
                people.append(carrier)
                points[at] = second_route(case, people, handler, lang, carriers)
            else:
                routes[handler] = (len(points), [carrier])
                points.append(point or "")
        else:
            points.append(_point(case, analysis, cause, lang))
    if own is not None:
        points.append(own)
    points.extend(subs)
    first = {c.id for c in analysis.first()}
    for cause in analysis.causes:  # a later critical legal defect gets its own too (J13)
        if cause.id not in first and cause.id not in causes:
            points.extend(p for p in _voids(case, analysis, cause, lang) if p not in points)
    # a long role in full in the first point that names it, by its role alone after that:
    # "de wethouder Sociaal Domein te vragen … de wethouder te vragen" (L-d)
    named = [named_actor(case, a).forms(lang) for a in case.actors]
    return once_forms("\n".join(points), named).split("\n")
