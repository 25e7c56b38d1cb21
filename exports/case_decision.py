"""Beslispunten on an individual case and on what a joint arrangement decides (jurist, sixth
round N4): the college does not steer an individual decision through a wethouder, does not
take a decision that belongs to a GR's bestuur, and withdraws its own mandate itself.

* An application that waits for a decision: the gemeentesecretaris sees to it that whoever
  is mandated decides at once (art. 103 Gemeentewet), and that the mandate lies near the case.
* A power delegated to a GR's bestuur: the decision on the application is that bestuur's; the
  college may only give beleidsregels on how the power is used (art. 10:16 lid 1 Awb), so the
  portfolio holder prepares a proposal for them (a beslispunt decides, never "te besluiten of";
  jurist, seventh round W4).
* A mandate the college granted for a power it has since delegated: the college withdraws it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exports.advice import money
from exports.mandate_amend import addressed_college
from exports.mandate_decision import actor_name, named_actor
from mapper.codes import Code
from mapper.findings import Finding
from mapper.names import organisation_name
from mapper.wording import join, quoted
from models.case import Case
from models.entities import Actor, Organisation
from models.enums import (
    ActorKind,
    Instrument,
    OrganisationKind,
    PowerAct,
    RelationKind,
    RuleType,
)
from models.i18n import Lang

__all__ = [
    "board_member",
    "case_point",
    "deciders_now",
    "joint_arrangement",
    "owner",
    "portfolio_holder",
    "portfolio_line",
    "secretaris",
    "secretaris_id",
    "stand_in",
]

_WAITING = (Code.NEED_TOO_LATE_BY_DESIGN, Code.NEED_HANDLER_MANDATE_FALLS_SHORT)


def owner(case: Case, lang: Lang) -> str:
    """Who owns the intent (the portfolio holder), by role."""
    name = actor_name(case, case.info.intent_owner, lang)
    return name or ("de portefeuillehouder" if lang == "nl" else "the portfolio holder")


def portfolio_holder(case: Case) -> Actor | None:
    """The college's member who holds the portfolio: the intent owner, unless that owner sits
    in another body, such as the chair of a GR's dagelijks bestuur, who is never a portfolio
    holder of the college (jurist, eighth round N3); then the municipality's wethouder on the
    map, if there is one."""
    top = case.actors.get(case.info.intent_owner or "")
    if top is None or joint_arrangement(case, top.id) is None:
        return top
    members = [
        a
        for a in case.actors
        if a.kind is ActorKind.ADMINISTRATOR
        and not a.is_public_body
        and joint_arrangement(case, a.id) is None
        and (org := case.organisations.get(a.organisation or "")) is not None
        and org.kind is OrganisationKind.MUNICIPALITY
    ]
    return next((a for a in members if "wethouder" in a.name.lower()), None)


def portfolio_line(owner: Actor, lang: Lang) -> str:
    """The header's portfolio holder: a college or another collegial body is none, so the line
    is left to fill in (rev-jurist16 N4: "Portefeuillehouder: College B&W 1")."""
    name = owner.name.lower()
    if owner.is_public_body and any(w in name for w in ("college", "raad", "bestuur")):
        return "[portefeuillehouder]" if lang == "nl" else "[portfolio holder]"
    return owner.name


def _in_consultation(case: Case, body: str, lang: Lang) -> str:
    """ ", in overleg met de voorzitter van het dagelijks bestuur van de Jeugdregio," when the
    intent owner sits in the body the power went to, not in the college (N3)."""
    top = case.actors.get(case.info.intent_owner or "")
    if top is None or joint_arrangement(case, top.id) is None:
        return ""
    chair = "voorzitter" in top.name.lower() or "chair" in top.name.lower()
    who = actor_name(case, body, lang)
    if chair:
        who = f"de voorzitter van {who}" if lang == "nl" else f"the chair of {who}"
    else:
        who = actor_name(case, top.id, lang)
    return f", in overleg met {who}," if lang == "nl" else f", in consultation with {who},"


_SECRETARIS = ("secretaris", "secretary")
_NOT_SECRETARIS = ("griffier", "clerk", "registrar")


def secretaris_id(case: Case) -> str | None:
    """The college's gemeentesecretaris on the map (art. 103 Gemeentewet), if any: the
    executive called so (by name or tag), else the one the college's hierarchy line reaches,
    else the first executive of the municipality. Never the griffier, who serves the raad
    (art. 107a Gemeentewet), nor anyone under the raad (jurist, eleventh round H1: a griffier
    listed first was asked to reorganise the civil service)."""
    top = case.actors.get(case.info.intent_owner or "")
    org = top.organisation if top is not None else None
    council = {a.id for a in case.actors if a.kind is ActorKind.COUNCIL}
    under_council = {
        r.target
        for r in case.relationships
        if r.kind is RelationKind.HIERARCHY and r.source in council
    }
    found = [
        a
        for a in case.actors
        if a.kind is ActorKind.EXECUTIVE
        and joint_arrangement(case, a.id) is None  # a GR's directeur leads the GR's staff
        and (org is None or a.organisation == org)
        and a.id not in under_council
        and not any(w in a.name.lower() for w in _NOT_SECRETARIS)
    ]
    named = [a for a in found if any(w in " ".join((a.name, *a.tags)).lower() for w in _SECRETARIS)]
    bodies = {a.id for a in case.actors if a.kind is ActorKind.ADMINISTRATOR and a.is_public_body}
    led = [
        a
        for a in found
        if any(
            r.kind is RelationKind.HIERARCHY and r.target == a.id and r.source in bodies
            for r in case.relationships
        )
    ]
    return next((a.id for a in (*named, *led, *found)), None)


def secretaris(case: Case, lang: Lang) -> str:
    """Who leads the civil service: the college's gemeentesecretaris (art. 103 Gemeentewet)."""
    found = secretaris_id(case)
    if found is not None:
        return actor_name(case, found, lang)
    return "de gemeentesecretaris" if lang == "nl" else "the municipal secretary"


def stand_in(case: Case, actor_id: str, lang: Lang) -> str:
    """The college's own beslispunt on who stands in for its secretaris: not a task for the
    secretaris himself (jurist, eighth round N11)."""
    who = actor_name(case, actor_id, lang)
    if lang == "nl":
        return f"vast te leggen wie {who} bij afwezigheid vervangt (art. 103 lid 2 Gemeentewet)"
    return f"to lay down who stands in for {who} when absent (art. 103(2) Gemeentewet)"


def board_member(gr: Organisation, lang: Lang) -> str:
    """Whoever sits in a GR's algemeen bestuur for the municipality: the map does not say it
    is the portfolio holder (jurist, seventh round W4)."""
    name = organisation_name(gr.name).running(lang)  # "van de Jeugdregio Dijkland"
    if lang == "nl":
        return f"het lid van het algemeen bestuur van {name} dat namens de gemeente zitting heeft"
    return f"the member of the general board of {name} who sits on it for the municipality"


def joint_arrangement(case: Case, actor_id: str | None) -> Organisation | None:
    """The gemeenschappelijke regeling ``actor_id`` works for, if any."""
    actor = case.actors.get(actor_id or "")
    org = case.organisations.get(actor.organisation) if actor and actor.organisation else None
    return org if org is not None and org.kind is OrganisationKind.JOINT_ARRANGEMENT else None


def _delegate(case: Case, power: str) -> str | None:
    """The bestuursorgaan ``power`` was delegated to, if it was."""
    return next(
        (
            m.holder
            for m in case.mandates
            if str(m.power) == power and m.instrument is Instrument.DELEGATION
        ),
        None,
    )


#: the agreement a need's note says the decision also needs ("een aanvullende overeenkomst
#: met de aanbieder")
_DEAL = re.compile(r"(?:aanvullende |nieuwe )?overeenkomst met de [\w-]+", re.IGNORECASE)


def _waiting(case: Case, f: Finding, lang: Lang) -> str | None:
    need = case.needs.get(f.needs[0]) if f.needs else None
    if need is None or len(f.actors) < 2:
        return None
    if _delegate(case, str(need.power)) is not None:
        return _delegated(case, f, lang)
    decider = f.actors[-1]
    gr = joint_arrangement(case, decider)
    who = actor_name(case, decider, lang)
    if gr is not None:
        member = board_member(gr, lang)
        if lang == "nl":
            return (
                f"{member}, te vragen daar aan de orde te stellen dat op de aanvraag "
                f"‘{need.decision}’ per direct wordt beslist"
            )
        return (
            f"to ask {member} to raise there that the application ‘{need.decision}’ is decided "
            "at once"
        )
    lead = secretaris(case, lang)
    # an agreement the need's note calls for is a private-law act: a volmacht, not the
    # mandate for the beschikking (art. 160 lid 1 onder e Gemeentewet; jurist 15, J8)
    deal = _DEAL.search(need.notes or "")
    if lang == "nl":
        signs = (
            f" en dat wie daartoe volmacht heeft, de {deal.group(0).lower()} sluit (art. 10:12 Awb)"
            if deal
            else ""
        )
        return (
            f"{lead} te vragen ervoor te zorgen dat op de aanvraag ‘{need.decision}’ per direct "
            f"wordt beslist door wie daartoe gemandateerd is ({who}){signs}, en het mandaat zo "
            "te beleggen dat zulke besluiten voortaan dicht bij de casus worden genomen"
        )
    which = "with the provider" if deal and "aanbieder" in deal.group(0).lower() else "it needs"
    signs = (
        f" and that whoever holds a power of attorney to do so concludes the agreement {which} "
        "(Awb 10:12)"
        if deal
        else ""
    )
    return (
        f"to ask {lead} to see to it that the application ‘{need.decision}’ is decided at once "
        f"by whoever is mandated to do so ({who}){signs}, and to place the mandate so that such "
        "decisions are taken close to the case from now on"
    )


#: the findings that say a mandate to decide bezwaren lies with someone who also takes primary
#: decisions in mandate (art. 10:3 lid 3 Awb)
_OBJECTION = (Code.MANDATE_OBJECTION_SAME_HOLDER, Code.MANDATE_OBJECTION_PRIMARY_DECIDER)


def _not_on_objection(
    case: Case, deciders: Sequence[str], barred: dict[str, str], lang: Lang
) -> str:
    """The clause that whoever decides now in mandate and also holds the mandate to decide
    bezwaren does not decide a bezwaar against that decision (rev-jurist17 R8: art. 10:3 lid 3
    Awb); "" when no decider holds such a mandate. ``barred``: each such holder and who granted
    that mandate. Where the college granted it, the clause is the college's own: only it can
    decide the bezwaar itself or mandate someone else, not the gemeentesecretaris asked in the
    point's first half (rev-jurist18 K2)."""
    actors = [
        (i, actor)
        for i in dict.fromkeys(deciders)
        if i in barred and (actor := case.actors.get(i)) is not None
    ]
    ids = [i for i, _ in actors]
    named = [named_actor(case, actor).forms(lang) for _, actor in actors]
    if not named:
        return ""
    whose = join([short or full for full, short in named], lang)
    own = {barred[i] for i in ids} == {addressed_college(case)}
    if lang == "nl":
        if own:
            return (
                f"; en zelf op een bezwaar tegen het besluit van {whose} te beslissen, of "
                f"daartoe een ander dan {whose} te mandateren (art. 10:3 lid 3 Awb)"
            )  # "zelf" before: after "de manager" it read as the manager's own (rev-jurist18b J1)
        return (
            f", en op een bezwaar tegen het besluit van {whose} een ander dan {whose} te laten "
            "beslissen (art. 10:3 lid 3 Awb)"
        )
    if own:
        return (
            f"; and to decide itself on an objection to the decision of {whose}, or to mandate "
            f"someone other than {whose} to do so (Awb 10:3(3))"
        )
    return (
        f", and to have someone other than {whose} decide on an objection to the decision of "
        f"{whose} (Awb 10:3(3))"
    )


def deciders_now(
    case: Case, findings: Sequence[Finding], lang: Lang, objections: Sequence[Finding] = ()
) -> str | None:
    """Who decides the needs a repaired mandate leaves outside it, in this case and now
    (rev-jurist16 N5: the amended mandate decision repairs the form, but the € 1.500 and the
    € 4.200 that departs from the beleidsregel stay beyond the consulent's € 1.000): the
    gemeentesecretaris sees to it that whoever is mandated decides (art. 103 Gemeentewet).
    A decider who also holds the mandate to decide bezwaren (a finding of ``objections``) does
    not decide one against this decision (art. 10:3 lid 3 Awb). None when no need of
    ``findings`` waits on someone else, or too many to name."""
    waits = [
        (need, f.actors[-1])
        for f in findings
        if f.code == Code.NEED_HANDLER_MANDATE_FALLS_SHORT and f.needs and len(f.actors) > 1
        if (need := case.needs.get(f.needs[0])) is not None
        # a besluit, taken in mandate: an agreement is concluded under a volmacht (10:12 Awb)
        and ((p := case.powers.get(str(need.power))) is None or p.act is PowerAct.BESLUIT)
    ]
    if not waits or len(waits) > _NAMED_NOW:
        return None
    nl = lang == "nl"
    said = []
    for need, who in sorted(waits, key=lambda w: (w[0].budget or 0, w[0].id)):
        what = [money(need.budget, lang)] if need.budget is not None else []
        if need.deviates:
            what.append("afwijking van de beleidsregel" if nl else "departing from the policy rule")
        name = actor_name(case, who, lang)
        said.append(f"{name} ({', '.join(what)})" if what else name)
    lead = secretaris(case, lang)
    barred = {
        m.holder: m.grantor
        for f in objections
        if f.code in _OBJECTION
        for i in f.mandates
        if (m := case.mandates.get(i)) is not None
    }
    bezwaar = _not_on_objection(case, [who for _, who in waits], barred, lang)
    if nl:
        return (
            f"{lead} te vragen ervoor te zorgen dat in deze casus nu wordt beslist door wie "
            f"daartoe gemandateerd is: {join(said, lang)}{bezwaar}"
        )
    return (
        f"to ask {lead} to see to it that in this case whoever is mandated to do so decides "
        f"now: {join(said, lang)}{bezwaar}"
    )


#: More needs than this waiting on others are no beslispunt of names (the nota at scale)
_NAMED_NOW = 3


def _delegated(case: Case, f: Finding, lang: Lang) -> str | None:
    need = case.needs.get(f.needs[0]) if f.needs else None
    body = _delegate(case, str(need.power)) if need is not None else None
    power = case.powers.get(str(need.power)) if need is not None else None
    if need is None or body is None or power is None:
        return None
    who, what = actor_name(case, body, lang), power.name
    holder = portfolio_holder(case)
    lead = (
        actor_name(case, holder.id, lang)
        if holder is not None
        else ("de portefeuillehouder" if lang == "nl" else "the portfolio holder")
    )
    # beleidsregels over a delegated power are the delegans's, the college's (art. 10:16 lid 1
    # Awb): its own portfolio holder prepares them, with the GR's chair as a contact (N3)
    consult = _in_consultation(case, body, lang)
    if lang == "nl":
        return (
            f"{lead} te vragen{consult} een voorstel voor te bereiden voor beleidsregels aan "
            f"{who} over de uitoefening van de gedelegeerde bevoegdheid ‘{what}’ "
            f"(art. 10:16 lid 1 Awb); op de aanvraag ‘{need.decision}’ beslist {who} zelf"
        )
    return (
        f"to ask {lead} to prepare{consult} a proposal for policy rules to {who} on the "
        f"exercise of the delegated power ‘{what}’ (art. 10:16(1) Awb); {who} itself decides "
        f"on the application ‘{need.decision}’"
    )


def _beyond_statute(case: Case, f: Finding, lang: Lang) -> str | None:
    """A request the statute itself leaves no room for (NEED_NO_HOLDER's "no room" form, the
    rule a statute): no beleidsregel or mandate can give that room, so the college states it
    and has another statutory route looked at (tenth jurist J7: map D proposed beleidsregels
    for jeugdhulp after 23, which the Jeugdwet does not cover, art. 1.1)."""
    need = case.needs.get(f.needs[0]) if f.needs else None
    if need is None or not need.deviates or len(f.actors) < 2:
        return None
    rule = next(
        (
            r
            for r in case.rules
            if str(need.power) in r.applies_to and r.rule_type is RuleType.STATUTE
        ),
        None,
    )
    if rule is None:
        return None
    holder = portfolio_holder(case)
    nl = lang == "nl"
    lead = (
        actor_name(case, holder.id, lang)
        if holder is not None
        else ("de portefeuillehouder" if nl else "the portfolio holder")
    )
    power = case.powers.get(str(need.power))
    youth = "jeugdwet" in f"{rule.name} {power.legal_basis if power else ''}".casefold()
    if nl:
        return (
            f"vast te stellen dat de wettelijke regel ‘{rule.name}’ geen ruimte laat voor de "
            f"aanvraag ‘{need.decision}’, zodat ook een beleidsregel of mandaat die ruimte niet "
            f"kan geven, en {lead} te vragen na te gaan of de ondersteuning langs een andere "
            f"wettelijke weg kan lopen{', zoals de Wmo 2015' if youth else ''}"
        )
    return (
        f"to establish that the statutory rule ‘{rule.name}’ leaves no room for the "
        f"application ‘{need.decision}’, so that no policy rule or mandate can give that room "
        f"either, and to ask {lead} to look into whether the support can take another "
        f"statutory route{', such as the Wmo 2015' if youth else ''}"
    )


def _withdraw(case: Case, f: Finding, lang: Lang) -> str | None:
    m = next(
        (
            m
            for i in f.mandates
            if (m := case.mandates.get(i)) is not None and m.instrument is not Instrument.DELEGATION
        ),
        None,
    )
    if m is None:
        return None
    holder = actor_name(case, m.holder, lang)
    power = case.powers.get(str(m.power))
    what = f" voor {quoted(power.name)}" if power is not None and lang == "nl" else ""
    basis = f" ({m.legal_basis.strip()})" if m.legal_basis.strip() else ""
    if lang == "nl":
        return f"het mandaat aan {holder}{what}{basis} in te trekken"
    what = f" for {quoted(power.name)}" if power is not None else ""
    return f"to withdraw the mandate to {holder}{what}{basis}"


def case_point(case: Case, f: Finding, lang: Lang) -> str | None:
    """The beslispunt for a finding on an individual case, a GR's decision or a mandate the
    college must withdraw; None for any other finding."""
    if f.code in _WAITING:
        return _waiting(case, f, lang)
    if f.code == Code.NEED_NO_HOLDER:
        return _beyond_statute(case, f, lang) or _delegated(case, f, lang)
    if f.code == Code.MANDATE_GRANTOR_DELEGATED_AWAY:
        grantor = case.actors.get(f.actors[0]) if f.actors else None
        if grantor is not None and grantor.kind is ActorKind.ADMINISTRATOR:
            return _withdraw(case, f, lang)
    return None
