"""The beslispunten on a grant itself (split from :mod:`exports.decisions`): a mandate,
machtiging, volmacht or delegation the college withdraws, lays down, renews or has repaired,
with the article it rests on; who decides it (the college itself, or whoever it asks) follows
from the grantor.
"""

from __future__ import annotations

from dataclasses import replace

from exports.advice import money
from exports.body_decision import void_grant_point
from exports.case_decision import joint_arrangement
from exports.case_decision import owner as _owner
from exports.legal_decision import legal_point, pass_down_point, phrase_of, reservation_point
from exports.mandate_decision import actor_name
from exports.staff_decision import staff_lead
from mapper.codes import Code
from mapper.findings import Finding
from mapper.legal import interested_provider, no_besluit
from mapper.mandate_down import down_chain, up_chain
from mapper.wording import join, quoted, the_decision, to_do
from models.case import Case
from models.entities import Mandate
from models.enums import ActorKind, Instrument, RelationKind
from models.i18n import Lang

__all__ = [
    "delegation_point",
    "mandate_point",
    "pass_down",
    "provider_point",
    "sub_mandate_point",
]

#: The findings on a mandate to a provider's staff member: consent cures nothing there, the
#: provider would decide on its own production (art. 2:4 Awb; N9)
_PROVIDER_CODES = frozenset(
    {Code.MANDATE_CONSENT_UNKNOWN, Code.MANDATE_CONSENT_MISSING, Code.MANDATE_PROVIDER_INTEREST}
)

_STAFF = (ActorKind.EXECUTIVE, ActorKind.MANAGER, ActorKind.PROFESSIONAL)


def sub_mandate_point(case: Case, mandates: tuple[str, ...], lang: Lang) -> str | None:
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
            f"{the_decision(decision)} zo te wijzigen dat {grantor} ondermandaat kan verlenen aan "
            f"{holder}{amount}, schriftelijk"
        )
    amount = f", up to {money(last.budget, 'en')} per decision" if last.budget else ""
    return f"to amend the {decision} so that {grantor} may sub-mandate {holder}{amount}, in writing"


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
    what = quoted(power.name) if power is not None else ""  # as written (3a82fd0)
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


def provider_point(case: Case, findings: tuple[Finding, ...], lang: Lang) -> str | None:
    """Every mandate of ``findings`` held by a provider's staff member to decide on that
    provider's own support, withdrawn in one beslispunt (tenth jurist J3: map G's casemanager
    and coördinator of Thuiszorg Delta both, not only the first). The structure the ninth
    jurist proposed (F6): who decides, who advises. Without the addressee when the college
    granted them itself."""
    grants: dict[str, tuple[Mandate, str]] = {}
    for f in findings:
        found = _mandate(case, f, lang) if f.code in _PROVIDER_CODES else None
        if found is not None and (provider := _provider(case, found[0])):
            grants.setdefault(found[0].id, (found[0], provider))
    if not grants and not any(f.code == Code.MANDATE_SUBMANDATE_NOT_ALLOWED for f in findings):
        return None
    # the whole chain to the provider's staff, up and down: a sub-mandate to its staff is
    # withdrawn with the mandate it rests on, never widened (twelfth jurist L3)
    starts = [m for m, _ in grants.values()]
    starts += [
        m
        for f in findings
        if f.code == Code.MANDATE_SUBMANDATE_NOT_ALLOWED
        for i in f.mandates
        if (m := case.mandates.get(i)) is not None
    ]
    for start in starts:
        for m in (*up_chain(case.mandates, start), start, *down_chain(case.mandates, start)):
            if provider := _provider(case, m):
                grants.setdefault(m.id, (m, provider))
    if not grants:
        return None
    mandates = sorted(
        (m for m, _ in grants.values()), key=lambda m: len(up_chain(case.mandates, m))
    )
    holders = join([_with_provider(case, m, grants[m.id][1], lang) for m in mandates], lang)
    powers = list(dict.fromkeys(str(m.power) for m in mandates))
    names = join([quoted(p.name) for i in powers if (p := case.powers.get(i)) is not None], lang)
    providers = join(list(dict.fromkeys(p for _, p in grants.values())), lang)
    nl = lang == "nl"
    many = len(mandates) > 1
    what = (
        (f"de mandaten voor {names}" if many else f"het mandaat voor {names}")
        if nl
        else (f"the mandates for {names}" if many else f"the mandate for {names}")
    )
    # "een eigen medewerker" read as the pseudonym "de medewerker" of the provider's staff
    # member in the anonymised nota (tenth jurist J4): the municipality's official by that word
    point = (
        f"{what} aan {holders} in te trekken; de besluiten daarover neemt dan een ambtenaar van "
        f"de gemeente in mandaat, en {providers} adviseert over de omvang (art. 2:4 Awb)"
        if nl
        else f"to withdraw {what} to {holders}; the decisions on it are then taken under mandate "
        f"by an official of the municipality, and {providers} advises on the amount (Awb 2:4)"
    )
    return _by_college(case, mandates[0], point, lang)


#: words of an organisation's name that do not tell which organisation it is
_LEGAL_FORMS = frozenset({"stichting", "vereniging", "coöperatie", "b.v.", "n.v."})


def _with_provider(case: Case, m: Mandate, provider: str, lang: Lang) -> str:
    """The holder, with its provider where its name does not say it: the pseudonymised nota
    read 'aan de medewerker in te trekken' (tenth jurist J4 rest), now 'aan de medewerker van
    de zorgaanbieder'."""
    holder = actor_name(case, m.holder, lang)
    said = set(holder.casefold().split())
    own = [w for w in provider.casefold().split() if len(w) > 3 and w not in _LEGAL_FORMS]
    if not own or any(w in said for w in own):  # 'de casemanager Thuiszorg Delta'
        return holder
    return f"{holder} van {provider}" if lang == "nl" else f"{holder} of {provider}"


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


def delegation_point(case: Case, f: Finding, lang: Lang) -> str | None:
    """An invalid delegation to a subordinate (art. 10:14 Awb): withdraw it, grant a mandate
    instead (art. 10:3 Awb) and have what the holder decided on it listed and ratified, not a
    blanket ratification (jurist9 F4; eleventh jurist, F4 rest)."""
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
            "nam, te laten inventariseren en de besluiten die geen geldig mandaat dekte, ter "
            "bekrachtiging voor te leggen"
        )
    else:
        point = (
            f"to withdraw {f'the {basis}' if basis else 'the delegation decision'} in so far as "
            f"it delegates {what}to {holder} (Awb 10:14), to mandate that power to {holder} "
            f"instead (Awb 10:3), and to have the decisions {holder} took under the delegation "
            "listed and those no valid mandate covered put forward for ratification"
        )
    return _by_college(case, m, point, lang)


def pass_down(case: Case, f: Finding, lang: Lang) -> str | None:
    """INTENT_NOT_PASSED_DOWN: a delegation to a subordinate becomes a mandate (F4), a
    reservation is lifted, else the body mandates the powers (art. 10:3, 4:84 Awb)."""
    for m in (m for i in f.mandates if (m := case.mandates.get(i)) is not None):
        holder = case.actors.get(m.holder)
        if m.instrument is Instrument.DELEGATION and holder and not holder.is_public_body:
            return delegation_point(case, replace(f, mandates=(m.id,)), lang)
        if m.reserves_deviation and (found := _mandate(case, replace(f, mandates=(m.id,)), lang)):
            return _by_college(case, m, reservation_point(found[3], found[1], lang), lang)
    point = pass_down_point(case, f, lang)
    body = case.actors.get(f.actors[0]) if f.actors else None
    if point is None or body is None or body.kind is ActorKind.ADMINISTRATOR:
        return point
    who = actor_name(case, body.id, lang)
    return f"{who} te vragen {point}" if lang == "nl" else f"to ask {who} {point}"


def mandate_point(case: Case, f: Finding, lang: Lang) -> str | None:
    found = _mandate(case, f, lang)
    if found is None:
        return None
    m, holder, grantor, phrase = found
    basis = m.legal_basis.strip()
    nl = lang == "nl"
    where = (the_decision(basis) if nl else f"the {basis}") if basis else ""
    if f.code in _PROVIDER_CODES and _provider(case, m):
        return provider_point(case, (f,), lang)
    if f.code in (Code.MANDATE_CONSENT_UNKNOWN, Code.MANDATE_CONSENT_MISSING):
        at = where or _decision_word(case, m, lang)
        mandate = phrase.rsplit(" aan " if nl else " to ", 1)[0]
        return (
            f"de instemming van {holder} met {mandate} vast te leggen bij {at}"
            if nl
            else f"to record the consent of {holder} to {mandate} with {at}"
        )
    if f.code in (Code.MANDATE_OBJECTION_SAME_HOLDER, Code.MANDATE_OBJECTION_PRIMARY_DECIDER):
        at = where or ("het mandaatbesluit" if nl else "the mandate decision")
        # every holder who took the contested decision, the sub-mandated one too (H8)
        return (
            f"in {at} vast te leggen dat op bezwaar tegen een besluit dat een gemandateerde zelf "
            "nam, een ander beslist (art. 10:3 lid 3 Awb)"
            if nl
            else f"to lay down in {at} that someone else decides on an objection to a decision "
            "a mandate holder took (Awb 10:3(3))"
        )
    if f.code == Code.MANDATE_NO_LEGAL_ROOT and len(f.actors) >= 3:
        # the one above may sub-mandate the grantor himself (jurist round 5, map A; J11)
        above = actor_name(case, f.actors[2], lang)
        lacking = actor_name(case, f.actors[0], lang)
        power = case.powers.get(str(m.power))
        what = quoted(power.name) if power is not None else ""
        return (
            # within the existing mandate: no decision of the college needed (jurist, ninth
            # round F9; "daarvoor is geen nieuw besluit nodig" read oddly in "Het college besluit:")
            f"{above} te vragen, binnen het bestaande mandaat, {lacking} ondermandaat te "
            f"verlenen voor {what}"
            if nl
            else f"to ask {above} to grant {lacking}, within the existing mandate, a "
            f"sub-mandate for {what}"
        )
    if f.code == Code.MANDATE_EXPIRED:
        it = "die" if _authorises(case, m) else "het"
        point = (
            f"{phrase} opnieuw te verlenen, of {it} in te trekken als {it} niet meer nodig is"
            if nl
            else f"to grant {phrase} again, or to withdraw it if it is no longer needed"
        )
        return _by_college(case, m, point, lang)
    if f.code == Code.MANDATE_GENERAL_NOT_IN_WRITING:
        point = (
            f"{phrase} schriftelijk vast te leggen in "
            + ("een machtigingsbesluit" if _authorises(case, m) else "een (onder)mandaatbesluit")
            if nl
            else f"to lay down {phrase} in writing in "
            + ("an authorisation decision" if _authorises(case, m) else "a (sub-)mandate decision")
        )
        return _by_college(case, m, point, lang)
    if f.code == Code.MANDATE_NO_LEGAL_ROOT and (void := void_grant_point(case, m, phrase, lang)):
        return void  # another body's power: the college only states it (twelfth jurist L1)
    if f.code == Code.DELEGATION_ONWARD_UNCHECKED:
        return _onward_point(case, m, lang)
    if f.code == Code.MANDATE_COUNCIL_PRIVATE_LAW:
        return _council_point(case, m, lang)
    grantor_actor = case.actors.get(m.grantor)
    own = grantor_actor is not None and grantor_actor.kind is ActorKind.ADMINISTRATOR
    if (legal := legal_point(case, f, m, phrase, lang, own=own)) is not None:
        return _by_college(case, m, legal, lang)  # the other legal defects (ninth jurist F4)
    if f.code in (Code.MANDATE_NO_INFO_LINE, Code.DELEGATION_NO_INFO_LINE):
        owner = _owner(case, lang)
        return (
            f"{owner} te vragen af te spreken hoe en hoe vaak {holder} {grantor} informeert"
            if nl
            else f"to ask {owner} to agree how and how often {holder} informs {grantor}"
        )
    return None


def _onward_point(case: Case, m: Mandate, lang: Lang) -> str:
    """A delegataris that delegates further (art. 10:15 Awb; eleventh jurist H4): it is asked
    which statutory provision, or which provision of the GR's regeling, provides for it, and
    to withdraw the delegation where none does; the college decides it only where the college
    itself delegated further."""
    phrase = phrase_of(case, m, lang)
    gr = joint_arrangement(case, m.grantor) is not None
    if lang == "nl":
        point = (
            f"na te gaan welk wettelijk voorschrift"
            f"{' of welke bepaling van de gemeenschappelijke regeling' if gr else ''} voorziet "
            f"in {phrase} (art. 10:15 Awb), en die delegatie anders in te trekken"
        )
    else:
        point = (
            f"to check which statutory provision"
            f"{' or provision of the joint arrangement' if gr else ''} provides for {phrase} "
            "(Awb 10:15), and otherwise to withdraw that delegation"
        )
    grantor = case.actors.get(m.grantor)
    if grantor is not None and grantor.kind is ActorKind.ADMINISTRATOR and not gr:
        return point
    who = actor_name(case, m.grantor, lang)
    return f"{who} te vragen {point}" if lang == "nl" else f"to ask {who} {point}"


def _council_point(case: Case, m: Mandate, lang: Lang) -> str:
    """The raad's volmacht for a private-law act (eleventh jurist H5): the college, which
    decides on the municipality's privaatrechtelijke rechtshandelingen (art. 160 lid 1 onder e
    Gemeentewet), mandates that decision itself and has what was concluded on the raad's
    listed and ratified (art. 3:69 BW); the burgemeester designates the signer (jurist 12b M1:
    exports.body_decision)."""
    holder, grantor = actor_name(case, m.holder, lang), actor_name(case, m.grantor, lang)
    power = case.powers.get(str(m.power))
    # a holder who works under the raad (the griffier) consents, and so does the raad
    # (art. 10:4 lid 1 jo. 10:12 Awb; jurist 12b M1)
    under = any(
        r.kind is RelationKind.HIERARCHY and r.source == m.grantor and r.target == m.holder
        for r in case.relationships
    )
    if lang == "nl":
        consent = (
            f", met instemming van {holder} en van {grantor} (art. 10:4 lid 1 jo. 10:12 Awb)"
            if under
            else ""
        )
        # the college mandates its decision to conclude the contract; the burgemeester, who
        # represents the municipality, designates the signer in his own block (art. 171 lid 2
        # Gemeentewet; jurist 12b M1 on map H: exports.body_decision)
        mandate = f"het mandaat om te besluiten tot {quoted(power.name)}" if power else "mandaat"
        return (
            f"{mandate} aan {holder} te verlenen{consent}, omdat over privaatrechtelijke "
            "rechtshandelingen van de gemeente het college beslist en niet de raad (art. 160 "
            f"lid 1 onder e Gemeentewet), en de overeenkomsten die {holder} op de volmacht van "
            f"{grantor} sloot, te laten inventariseren en ter bekrachtiging voor te leggen (art. "
            "3:69 BW)"
        )
    what = f"the mandate to decide on {quoted(power.name)}" if power else "a mandate"
    consent = (
        f", with the consent of {holder} and of {grantor} (Awb 10:12 read with 10:4(1))"
        if under
        else ""
    )
    return (
        f"to grant {what} to {holder}{consent}, since the executive, not the "
        "council, decides on the municipality's private-law acts (art. 160(1)(e) "
        f"Municipalities Act), and to have the contracts {holder} concluded under the power of "
        f"attorney of {grantor} listed and put forward for ratification (art. 3:69 Dutch Civil "
        "Code)"
    )
