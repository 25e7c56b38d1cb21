"""The college's own decision on its mandate decision (jurist, third round M3): a sub-mandate the
chain does not allow, or a mandate that expired, can only be repaired by the body that granted the
mandate, so the advice note puts that amendment to the college as a beslispunt of its own.
Also how an actor is named inside a beslispunt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from exports.advice import money
from exports.category_words import about as category_about
from exports.category_words import allowed
from exports.chain_point import broken_grants, top_renewal
from exports.expired_points import expired_points
from exports.group_decision import group_tail, member_chain, other_bodies
from exports.mandate_amend import addressed_college, amend_point, asked_point, own_point
from exports.mandate_cover import sub_covers
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.findings import Finding
from mapper.legal import interested_provider, no_besluit
from mapper.mandate_down import down_chain, up_chain
from mapper.names import Name
from mapper.wording import running, subject, the_decision, to_do
from models.case import Case
from models.entities import Actor, Mandate, Power
from models.enums import ActorKind, Instrument, OrganisationKind, PowerAct, Practice
from models.i18n import Lang, long_date

__all__ = [
    "actor_name",
    "municipal_college",
    "named_actor",
    "own_clauses",
    "own_point",
    "sub_covers",
    "volmacht",
]


def named_actor(case: Case, actor: Actor) -> Name:
    """``actor``'s name for running text (a proper name when it is its organisation's)."""
    org = case.organisations.get(actor.organisation) if actor.organisation else None
    return Name.of(actor.name, actor.kind, proper=org is not None and org.name == actor.name)


def _named(case: Case, actor_id: str) -> Name | None:
    actor = case.actors.get(actor_id)
    return named_actor(case, actor) if actor is not None else None


def actor_name(case: Case, actor_id: str | None, lang: Lang) -> str:
    """An actor inside a sentence: "de wethouder Sociaal Domein", and in English a role in
    lower case too, "the wethouder Sociaal Domein" (jurist L4)."""
    named = _named(case, actor_id) if actor_id else None
    return named.forms(lang)[0] if named is not None else ""


# defects only the body that granted the mandate can repair in its mandate decision
_OWN_CODES = (Code.MANDATE_SUBMANDATE_NOT_ALLOWED, Code.MANDATE_EXPIRED)


def _name(case: Case, lang: Lang) -> Callable[[str], str]:
    return lambda actor_id: actor_name(case, actor_id, lang)


def municipal_college(case: Case, actor_id: str) -> bool:
    """Whether ``actor_id`` is a municipality's college: it decides on the municipality's
    private-law acts (art. 160 lid 1 onder e Gemeentewet), while the burgemeester represents
    the municipality (art. 171 Gemeentewet). Not a GR's board."""
    actor = case.actors.get(actor_id)
    if actor is None or actor.kind is not ActorKind.ADMINISTRATOR:
        return False
    org = case.organisations.get(actor.organisation) if actor.organisation else None
    gr = org is not None and org.kind is OrganisationKind.JOINT_ARRANGEMENT
    return "college" in actor.name.lower() and not gr


def _root(case: Case, m: Mandate) -> Mandate:
    """The first mandate of the chain ``m`` hangs from (the one the body itself granted)."""
    return next(iter(up_chain(case.mandates, m)), m)


def provider_staff(case: Case, m: Mandate) -> bool:
    """Whether ``m``'s holder is a care provider's staff member deciding on its own support
    (art. 2:4 Awb)."""
    holder = case.actors.get(m.holder)
    organisations = {o.id: o for o in case.organisations}
    power = case.powers.get(str(m.power))
    return holder is not None and interested_provider(organisations, holder, power) is not None


def _consent(case: Case, root: Mandate, target: str, lang: Lang) -> str:
    """ ", met instemming van de medewerker en van het dagelijks bestuur (art. 10:4 lid 1 Awb)"
    when the body at the root grants directly to someone who works under another body: the
    body the root mandate went to (a GR's dagelijks bestuur), in whose organisation he works
    (twelfth jurist L8)."""
    body, holder = case.actors.get(root.holder), case.actors.get(target)
    top = case.actors.get(root.grantor)
    if body is None or holder is None or top is None or not body.is_public_body:
        return ""
    if not holder.organisation or holder.organisation != body.organisation:
        return ""
    if top.organisation == holder.organisation:
        return ""
    named = _named(case, target)
    short = (named.forms(lang)[1] if named is not None else "") or actor_name(case, target, lang)
    board = actor_name(case, body.id, lang)
    if lang == "nl":
        return f", met instemming van {short} en van {board} (art. 10:4 lid 1 Awb)"
    return f", with the consent of {short} and of {board} (Awb 10:4(1))"


def _sub_point(case: Case, m: Mandate, about: str, lang: Lang, top: str = "") -> list[str]:
    """An expired sub-mandate is renewed by whoever granted it, not in the college's mandate
    decision (jurist, fifth round J1). The same point ratifies what the holder did on that
    chain since it lapsed, naming the chain and the holder (ninth round F2, F9): for a
    volmacht the contracts (art. 3:69 BW), for a mandate the besluiten, listed first and only
    as far as no other valid mandate covered them. ``top``: the renewal asked of the body at the
    top of a broken chain instead (:func:`exports.chain_point.top_renewal`, rev-jurist16 N1)."""
    grantor = actor_name(case, m.grantor, lang)
    holder = actor_name(case, m.holder, lang)
    named = _named(case, m.holder)
    short = (named.forms(lang)[1] if named is not None else "") or holder
    until = long_date(m.valid_until, lang) if m.valid_until else ""
    since = long_date(m.valid_until + timedelta(days=1), lang) if m.valid_until else ""
    volmacht = m.instrument is Instrument.POWER_OF_ATTORNEY
    root = case.actors.get(_root(case, m).grantor)
    own = root is not None and root.kind is ActorKind.ADMINISTRATOR
    principal = None if own or root is None else actor_name(case, root.id, lang)
    ratifier = (
        actor_name(case, root.id, lang)
        if own and root is not None
        else ("het college" if lang == "nl" else "the municipal executive")
    )
    # a body other than the college that decides: asked, not had ("te laten"), to list and ratify
    asked = own and root is not None and root.id != addressed_college(case)
    if lang == "nl":
        if volmacht and since and principal is None:
            # the principal ratifies, not the sub-grantor (art. 3:69 lid 1 BW: "die ander",
            # the municipality, for which the college acts; art. 160 lid 1 onder e
            # Gemeentewet); the college's own clause comes first, so "te vragen" binds only the
            # renewal (session 10)
            return [
                f"de overeenkomsten die {holder} sinds {since} op de verlopen ondervolmacht "
                f"sloot, te laten inventariseren en ter bekrachtiging voor te leggen (art. 3:69 "
                f"BW), en {grantor} "
                "te vragen de ondervolmacht "
                f"aan {short} voor {about}, die op {until} verliep, opnieuw te verlenen"
            ]
        if volmacht:
            ended = f", die op {until} verliep," if until else ""
            point = (
                f"{grantor} te vragen de ondervolmacht aan {holder} voor {about}{ended} "
                "opnieuw te verlenen"
            )
            if since:
                point += (
                    f", en de overeenkomsten die {short} sinds {since} op de verlopen volmacht "
                    f"sloot, te laten inventariseren en ter bekrachtiging aan {principal} voor te "
                    "leggen (art. 3:69 BW)"
                )
            return [point]
        ended = f", dat op {until} verliep," if until else ""
        renew = top or (
            f"{grantor} te vragen het ondermandaat aan {holder} voor {about}{ended} opnieuw te "
            "verlenen"
        )
        if since and asked:
            # another body lists and ratifies its own decisions (rev-jurist17 R4)
            ask = f"{ratifier} te vragen "
            return [
                f"{ask}de besluiten die {holder} sinds {since} op het verlopen ondermandaat nam, "
                "te inventariseren en de besluiten die geen geldig mandaat dekte, te "
                f"bekrachtigen, en {renew.removeprefix(ask)}"
            ]
        if since:
            # the college's own clause first: a mandataris cannot ratify (jurist 15, J2)
            return [
                f"de besluiten die {holder} sinds {since} op het verlopen ondermandaat nam, te "
                "laten inventariseren en de besluiten die geen geldig mandaat dekte, ter "
                f"bekrachtiging aan {ratifier} voor te leggen, en {renew}"
            ]
        return [renew]
    ended = f", which expired on {until}" if until else ""
    # a lapsed mandate is granted again, not extended (jurist, sixth round J1)
    if volmacht and since and principal is None:
        return [
            f"to have the contracts {holder} concluded under the expired sub-power of attorney "
            f"since {since} listed and put forward for ratification (art. 3:69 of the Dutch "
            "Civil Code), and "
            f"to ask {grantor} to grant "
            f"the sub-power of attorney to {short} for {about} again{ended}"
        ]
    if volmacht:
        point = (
            f"to ask {grantor} to grant the sub-power of attorney to {holder} for {about} "
            f"again{ended}"
        )
        if since:
            point += (
                f", and to have the contracts {short} concluded under the expired power of "
                f"attorney since {since} listed and put to {principal} for ratification (art. 3:69 "
                "of the Dutch Civil Code)"
            )
        return [point]
    renew = top or f"to ask {grantor} to grant the sub-mandate to {holder} for {about} again{ended}"
    if since and asked:
        ask = f"to ask {ratifier} "
        return [
            f"{ask}to list the decisions {holder} took under the expired sub-mandate since "
            f"{since} and to ratify those no valid mandate covered, and "
            f"{renew.removeprefix(ask)}"
        ]
    if since:
        return [
            f"to have the decisions {holder} took under the expired sub-mandate since {since} "
            f"listed and those no valid mandate covered put to {ratifier} for ratification, "
            f"and {renew}"
        ]
    return [renew]


def own_clauses(
    case: Case, analysis: Analysis, lang: Lang
) -> tuple[str, list[str], set[str], list[tuple[str, str]], list[str]]:
    """The mandate decision to amend, what to change in it, and the causes that asks for
    (jurist, third round M3): a sub-mandate the chain does not allow, a mandate that expired;
    then the first days from which decisions on an expired mandate are to be ratified, and the
    points for expired sub-mandates that someone other than the college granted (J1)."""
    nl = lang == "nl"
    decision, clauses, causes = "", [], set()
    since: list[tuple[str, str]] = []  # (holder, first day) of each expired mandate
    subs: list[str] = []
    expired: list[tuple[Finding, int]] = []  # the groups of expired mandates, where they came
    bad = broken_grants(analysis)  # links no chain passes on through (rev-jurist16 N1)
    for cause in analysis.causes:
        if cause.severity.value == "info":
            continue
        for f in analysis.findings_of(cause):
            if f.code not in _OWN_CODES or not f.mandates:
                continue
            if f.members and f.code == Code.MANDATE_EXPIRED:  # the groups named, as one (F5)
                expired.append((f, len(subs)))
                causes.add(cause.id)
                continue
            ids = member_chain(case, f) if f.members else f.mandates  # its first member
            last = case.mandates.get(ids[-1]) if ids else None
            if last is None:
                continue
            root = _root(case, case.mandates.get(ids[0]) or last)
            body = case.actors.get(root.grantor)
            if body is None or body.kind is not ActorKind.ADMINISTRATOR:
                continue
            power = case.powers.get(str(last.power))
            # a category without a named power reads in words, never an empty slot (F4)
            what = running(power.name) if power else category_about(str(last.power), lang)
            holder = actor_name(case, last.holder, lang)
            if f.code == Code.MANDATE_SUBMANDATE_NOT_ALLOWED:
                grants = [
                    *filter(None, map(case.mandates.get, ids)),
                    *down_chain(case.mandates, last),
                ]
                if any(provider_staff(case, x) for x in grants):
                    continue  # withdrawn, never widened (art. 2:4 Awb; twelfth jurist L3)
                consent = ""
                if below := down_chain(case.mandates, last):
                    # the handler further down falls with it: reach him (twelfth jurist L8)
                    holder = actor_name(case, below[-1].holder, lang)
                    consent = _consent(case, root, below[-1].holder, lang)
                act = to_do(power.name, lang) if power else allowed(str(last.power), lang)
                word = _DIRECT[_instrument(power, last)][0 if nl else 1]
                # a machtiging is mandate's rules by analogy (art. 10:12 Awb; tenth jurist J1)
                cite = _CITE.get(_instrument(power, last), ("", ""))[0 if nl else 1]
                if nl:
                    amount = f", tot {money(last.budget, 'nl')} per besluit" if last.budget else ""
                    clause = f"dat {holder} {word} {act}{cite}{amount}{consent}"
                else:
                    amount = (
                        f", up to {money(last.budget, 'en')} per decision" if last.budget else ""
                    )
                    clause = f"so that {holder} {word} {act}{cite}{amount}{consent}"
                clause += group_tail(f, lang, case)
                if rest := other_bodies(case, f, f"{word} {act}{cite}", lang, _name(case, lang)):
                    subs.append(rest)  # their own mandaatbesluiten (jurist session 15 J6)
                own_decision = root.legal_basis.strip()
                if not own_decision and body.id != addressed_college(case):
                    point = asked_point(actor_name(case, body.id, lang), clause, lang)
                    if point not in subs:  # another college's, asked of it (J6)
                        subs.insert(0, point)
                        causes.add(cause.id)
                    continue
                if decision and own_decision and own_decision != decision:
                    # a volmacht rests on its own besluit: amend that one (tenth jurist J1)
                    point = amend_point([clause], own_decision, lang)
                    if _instrument(power, last) is Instrument.POWER_OF_ATTORNEY:
                        point += _ratify_agreements(holder, lang)
                    if point not in subs:
                        subs.append(point)
                        causes.add(cause.id)
                    continue
                decision = decision or own_decision
            else:
                until = long_date(last.valid_until, lang) if last.valid_until else ""
                about = subject(power.name) if power is not None else what
                granted_by = case.actors.get(last.grantor)
                if granted_by is None or granted_by.kind is not ActorKind.ADMINISTRATOR:
                    top = top_renewal(
                        case,
                        last,
                        about,
                        bad,
                        analysis.as_of,
                        addressed_college(case),
                        _name(case, lang),
                        lang,
                    )
                    for sub in _sub_point(case, last, about, lang, top):
                        if sub not in subs:
                            subs.append(sub)
                            causes.add(cause.id)
                    continue
                if _instrument(power, last) is Instrument.POWER_OF_ATTORNEY:
                    # a volmacht is renewed in its own besluit, with the contracts concluded
                    # on it, never as a "mandaat" in the mandate decision (twelfth jurist L2)
                    point = _renew_volmacht(case, last, root.legal_basis.strip(), lang)
                    if point not in subs:
                        subs.append(point)
                        causes.add(cause.id)
                    continue
                if last.valid_until is not None:
                    day = long_date(last.valid_until + timedelta(days=1), lang)
                    if (holder, day) not in since:
                        since.append((holder, day))
                case_kind = (
                    (" in maatwerkcasussen" if nl else " in tailored cases")
                    if last.practice is Practice.MAATWERK
                    else ""
                )
                if nl:
                    ended = f", dat op {until} verliep," if until else ""
                    clause = (
                        f"het mandaat van {holder} voor {about}{case_kind}{ended} opnieuw te "
                        "verlenen"
                    )
                else:
                    ended = f", which expired on {until}" if until else ""
                    clause = f"to grant again the mandate of {holder} for {about}{case_kind}{ended}"
            if clause not in clauses:
                clauses.append(clause)
                causes.add(cause.id)
    if not decision:
        # the body's current mandate decision: one without an end date, else the expired one's
        granted = [
            m.legal_basis.strip()
            for m in case.mandates
            if m.legal_basis.strip()
            and m.valid_until is None
            and (a := case.actors.get(m.grantor)) is not None
            and a.kind is ActorKind.ADMINISTRATOR
        ]
        decision = max(granted, default="")
    if expired:
        rank = {c.id: c.rank for c in analysis.causes}  # the nota's sections, 5.{rank}
        groups = [f for f, _ in expired]
        sections = [f"5.{rank.get(f.cause, 0)}" for f in groups]
        at = expired[0][1]
        said = expired_points(case, groups, lang, _name(case, lang), sections, analysis.as_of)
        subs[at:at] = said
    return decision, clauses, causes, since, subs


def _renew_volmacht(case: Case, m: Mandate, decision: str, lang: Lang) -> str:
    """An expired volmacht the body granted itself, renewed in the besluit that lays it down,
    and the contracts the holder concluded on it since it lapsed listed and ratified (art. 3:69
    BW; twelfth jurist L2)."""
    holder = actor_name(case, m.holder, lang)
    power = case.powers.get(str(m.power))
    words = f"‘{power.name}’" if power is not None else category_about(str(m.power), lang)
    what = f" {'voor' if lang == 'nl' else 'for'} {words}"  # a category in words too (F4)
    until = long_date(m.valid_until, lang) if m.valid_until else ""
    since = long_date(m.valid_until + timedelta(days=1), lang) if m.valid_until else ""
    college = municipal_college(case, m.grantor)
    if lang == "nl":
        where = the_decision(decision) if decision else "het volmachtbesluit"
        if college and power is not None:
            # the college decides to conclude the contract and mandates that decision; the
            # burgemeester, who represents the municipality, designates who signs (art. 171
            # lid 2 Gemeentewet: exports.body_decision; jurist 12b M1 on map K)
            ended = f", dat op {until} verliep," if until else ""
            point = (
                f"in {where} het mandaat van {holder} om te besluiten tot ‘{power.name}’{ended} "
                "opnieuw te verlenen (art. 160 lid 1 onder e Gemeentewet)"
            )
        else:
            ended = f", die op {until} verliep," if until else ""
            point = f"in {where} de volmacht van {holder}{what}{ended} opnieuw te verlenen"
        if since:
            point += (
                f", en de overeenkomsten die {holder} sinds {since} op de verlopen volmacht "
                "sloot, te laten inventariseren en ter bekrachtiging voor te leggen (art. 3:69 BW)"
            )
        return point
    where = f"the {decision}" if decision else "the power-of-attorney decision"
    ended = f", which expired on {until}," if until else ""
    point = f"to grant again in {where} the power of attorney of {holder}{what}{ended}"
    if college and power is not None:
        point = (
            f"to grant again in {where} the mandate of {holder} to decide on ‘{power.name}’"
            f"{ended.rstrip(',')} (art. 160(1)(e) Municipalities Act)"
        )
    if since:
        comma = "," if college and power is not None else ""
        point += (
            f"{comma} and to have the agreements {holder} concluded under the expired power of "
            f"attorney since {since} listed and put forward for ratification (BW 3:69)"
        )
    return point


#: How the holder is to hold the power directly, by instrument (tenth jurist J1): nobody is
#: "gemandateerd" to sign a lease (art. 10:12 Awb).
_DIRECT = {
    Instrument.MANDATE: (
        "rechtstreeks en schriftelijk gemandateerd is",
        "holds a direct, written mandate",
    ),
    Instrument.AUTHORISATION: (
        "rechtstreeks en schriftelijk gemachtigd is",
        "holds a direct, written authorisation",
    ),
    Instrument.POWER_OF_ATTORNEY: (
        "rechtstreeks volmacht heeft",
        "holds a direct power of attorney",
    ),
}


_CITE = {Instrument.AUTHORISATION: (" (art. 10:12 Awb)", " (Awb 10:12)")}


def _ratify_agreements(holder: str, lang: Lang) -> str:
    """What the holder concluded on an ondervolmacht that was not allowed is listed and
    ratified by the principal (art. 3:69 BW; tenth jurist J1)."""
    if lang == "nl":
        return (
            f", en de overeenkomsten die {holder} op de ondervolmacht sloot, te laten "
            "inventariseren en ter bekrachtiging voor te leggen (art. 3:69 BW)"
        )
    return (
        f", and to have the agreements {holder} concluded under the sub-power of attorney "
        "listed and put forward for ratification (BW 3:69)"
    )


def volmacht(power: Power | None, m: Mandate) -> bool:
    """Whether ``m`` is a volmacht, whatever the map calls it (art. 10:12 Awb)."""
    return _instrument(power, m) is Instrument.POWER_OF_ATTORNEY


def _instrument(power: Power | None, m: Mandate) -> Instrument:
    """A grant over a private-law act is a volmacht, over an act that is no besluit a
    machtiging (art. 10:12 Awb), whatever the map calls it."""
    if m.instrument is Instrument.POWER_OF_ATTORNEY or (
        power is not None and power.act is PowerAct.PRIVATE_LAW
    ):
        return Instrument.POWER_OF_ATTORNEY
    if m.instrument is Instrument.AUTHORISATION or (power is not None and no_besluit(power)):
        return Instrument.AUTHORISATION
    return Instrument.MANDATE
