"""The beslispunten of the advice note as decisions of the college (jurist M13): what the
college changes, grants or commissions, named by the instruments and people on the map,
without ids.

Examples
--------
>>> from models.example import example_case
>>> from mapper.analysis import analyse
>>> case = example_case()
>>> points = decision_points(case, analyse(case), "nl")
>>> points[-2][:70]
'het Mandaatbesluit Rivierstad 2025 zo te wijzigen dat de consulent wij'
"""

from __future__ import annotations

import re
from datetime import date

from exports.agreement_decision import agreement_point, deal_causes, renew_point
from exports.case_decision import case_point, deciders_now
from exports.case_decision import owner as _owner
from exports.general_decision import general_point
from exports.grant_point import (
    delegation_point,
    mandate_point,
    pass_down,
    provider_point,
    sub_mandate_point,
)
from exports.legal_decision import (
    LEGAL_CODES,
    deviation_point,
)
from exports.mandate_decision import actor_name, named_actor, own_clauses, own_point, sub_covers
from exports.nota_dates import still_due
from exports.objection_decision import pending_objection_points
from exports.signing_points import signing_points
from exports.staff_decision import Staff, staff_clause, staff_point
from exports.theme_decision import endorse, route_of, second_route, theme_point
from mapper.analysis import Analysis
from mapper.codes import MAP_GAPS, Code
from mapper.findings import Cause, Severity
from mapper.name_once import once_forms
from models.case import Case
from models.i18n import Lang, long_date

__all__ = ["decision_points"]

#: the words of the point on the mandate decision for art. 10:3 lid 3 (exports.grant_point)
_OBJECTION = (
    "op bezwaar tegen een besluit dat een gemandateerde",
    "a decision a mandate holder took",
)


#: a power that is medical treatment (the treatment agreement, art. 7:446 BW)
_TREATMENT = re.compile(r"7:446|behandel|treatment", re.IGNORECASE)


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
    power = case.powers.get(str(need.power)) if need is not None else None
    if power is not None and _TREATMENT.search(f"{power.legal_basis} {power.notes}"):
        # a waiting list for treatment is the provider's, under the insurer's duty of care; a
        # lane for the municipality's cases would cut across medical triage (jurist 15, J16)
        return (
            f"{owner} te vragen{when} met {org} en de zorgverzekeraar afspraken te maken over "
            "een snelle urgentiebeoordeling en een escalatieroute"
            if lang == "nl"
            else f"to ask {owner} to make arrangements with {org} and the health insurer on a "
            f"quick assessment of urgency and an escalation route{when}"
        )
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


def _tailored(case: Case, analysis: Analysis, cause: Cause, lang: Lang) -> str | Staff | None:
    """The beslispunt written for the cause's kind, or a staff matter with its addressee."""
    findings = analysis.findings_of(cause)
    carriers = frozenset(
        g.actors[0]
        for g in analysis.findings
        if g.code == Code.STRUCTURE_CARRYING_ACTOR and g.actors
    )
    for f in findings:  # the defect itself, before the room it leaves at the top (F4)
        if f.code == Code.DELEGATION_TO_SUBORDINATE and (p := delegation_point(case, f, lang)):
            return p
        # a grant void by a defect of its own, before what it leaves undone
        legal = f.code in LEGAL_CODES and f.severity is Severity.CRITICAL
        if legal and (p := mandate_point(case, f, lang)):
            return p
    if (p := provider_point(case, findings, lang)) is not None:
        return p  # every mandate to a provider's staff on its own support (J3)
    for f in findings:
        if f.code == Code.MANDATE_SUBMANDATE_NOT_ALLOWED:
            point = sub_mandate_point(case, f.mandates, lang)
            if point:
                return point
        if f.code == Code.NEED_PARTNER_NOT_REACHED and f.needs:
            return _partner(case, f.needs, f.actors, lang)
        if f.code == Code.NEED_NO_PUSH_THROUGH and f.needs:
            return _push_through(case, f.needs, lang)
        if (found := deal_causes(case, analysis).get(cause.id)) is not None:
            return agreement_point(case, *found, _owner(case, lang), lang)
    for f in findings:
        if f.code == Code.INTENT_NOT_PASSED_DOWN and (p := pass_down(case, f, lang)):
            return p
        if f.code == Code.DEVIATION_UNEQUAL_OUTCOMES and (p := deviation_point(case, f, lang)):
            return p
        tailored = mandate_point(case, f, lang) or theme_point(
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
        if (p := mandate_point(case, f, lang))
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
    Code.LEARNING_NO_RULE_OWNER,
    Code.TRUST_NOT_MAPPED,
    Code.STRUCTURE_DISCONNECTED,
    Code.STRUCTURE_ISOLATED_ACTOR,
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
            f.code == Code.INTENT_NO_DEVIATION_POWER
            and f.severity is Severity.INFO
            and not f.mandates
        )
        for f in analysis.findings_of(cause)
    )


def decision_points(
    case: Case, analysis: Analysis, lang: Lang, today: date | None = None
) -> list[str]:
    """One decision of the college per first cause (without the closing punctuation); the
    college's own decision on its mandate decision comes in too when a mandate it granted is
    defective (jurist, third round M3), in the place of its cause when that is among the
    first, else after them. A deadline gone by ``today`` (the note's date) or by the
    peildatum is asked for "zo spoedig mogelijk", never "vóór" a past day (jurist 15, J1)."""
    decision, clauses, causes, since, subs = own_clauses(case, analysis, lang)
    # the current signing authorisations an official gave, after the expired ones (rev-jurist19
    # R1, R4): granted by the body itself, and what was signed ratified
    subs = [*subs, *signing_points(case, analysis, lang, lambda a: actor_name(case, a, lang))]
    covered = sub_covers(case)
    own = own_point(clauses, decision, lang, since, covered=covered) if clauses else None
    # who decides now, in this case, what the repaired mandate still leaves out (N5)
    mended = [f for c in analysis.causes if c.id in causes for f in analysis.findings_of(c)]
    now = deciders_now(case, mended, lang, analysis.findings) if own is not None else None
    deals = deal_causes(case, analysis)
    points: list[str] = []
    done: set[str] = set()  # the agreements that have their beslispunt (one each, N5)
    staff: dict[str, tuple[int, list[Staff]]] = {}  # by addressee: where, and its clauses
    routes: dict[str, tuple[int, list[str]]] = {}  # by handler: where, and the people
    carriers = frozenset(
        g.actors[0]
        for g in analysis.findings
        if g.code == Code.STRUCTURE_CARRYING_ACTOR and g.actors
    )
    for cause in analysis.first(same_step=True):  # one route beside two people (W14)
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
            if now:  # after every repair of the mandates
                points.append(now)
                now = None
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
    if now:
        points.append(now)
    first = {c.id for c in analysis.first(same_step=True)}
    for cause in analysis.causes:  # a later critical legal defect gets its own too (J13)
        if cause.id not in first and cause.id not in causes:
            points.extend(p for p in _voids(case, analysis, cause, lang) if p not in points)
    # who decides a bezwaar pending now, beside the point on the mandate decision (H8)
    for pending in pending_objection_points(case, analysis, lang):
        at = next(
            (i + 1 for i, p in enumerate(points) if any(w in p for w in _OBJECTION)), len(points)
        )
        points.insert(at, pending)
    # a long role in full once in a point, by its role alone after that (L-d); each point in
    # full, as a besluitenlijst quotes it on its own: "de wethouder te vragen met GGZ
    # Rivierland …" did not say which wethouder (jurist 12b LANG-2)
    named = [named_actor(case, a).forms(lang) for a in case.actors]
    # two causes of one chain to a provider's staff withdraw it in one point (twelfth jurist L3)
    day = today or case.info.as_of or date.min
    said = [once_forms(still_due(p, case, day, lang), named) for p in dict.fromkeys(points)]
    # a point that names the points before it ("de in 8 en 9 genoemde 143", rev-jurist18b J4):
    # "\x00k\x00" is the point k places back; the nota's first point, "kennis te nemen", is 1
    return [_number(p, i + 2) for i, p in enumerate(said)]


def _number(point: str, at: int) -> str:
    """``point``, beslispunt ``at``, with each NUL k NUL mark made the number k points before it."""
    return re.sub("\x00(\\d+)\x00", lambda m: str(at - int(m[1])), point)
