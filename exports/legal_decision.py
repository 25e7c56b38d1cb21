"""Beslispunten for the legal defects of a mandate or delegation that have no sentence of their
own in :mod:`exports.decisions` (issue 10, ninth jurist F4; the kinds
``tests/exports/test_decisions_kinds.py`` listed as still reaching the generic "een voorstel te
doen om het volgende te verhelpen"). Each decides the legal fix and names its article, in the
college's words: what is withdrawn or laid down, by whom, and what happens to the decisions
taken on the defective grant.

Fields: ``{phrase}`` the grant ("het mandaat voor … aan …", "de delegatie van … aan …"),
``{holder}``, ``{grantor}``, ``{body}`` the public body that holds the power, ``{power}``.
"""

from __future__ import annotations

from exports.case_decision import joint_arrangement
from exports.mandate_decision import actor_name
from exports.staff_decision import bestuur
from mapper.codes import Code
from mapper.findings import Finding, Text
from mapper.mandate_down import down_chain
from mapper.wording import join, quoted
from models.case import Case
from models.entities import Deviation, Mandate
from models.enums import Instrument, Outcome, PowerAct, PowerCategory, RuleType
from models.i18n import Lang, long_date

__all__ = [
    "LEGAL_CODES",
    "deviation_point",
    "legal_point",
    "pass_down_point",
    "phrase_of",
    "reservation_point",
]

#: What happens to the decisions taken on a grant that passed nothing on: they are listed and
#: ratified where no other valid mandate covered them (as the ninth jurist's F9 wrote it);
#: ``{ratify}``: "te bekrachtigen" when the college decides this itself, else "door het
#: college te laten bekrachtigen".
_RATIFY = Text(
    ", and to have the decisions {holder} took under it listed and, in so far as no other "
    "valid mandate covered them, {ratify}",
    ", en de besluiten die {holder} erop nam, te laten inventariseren en, voor zover geen ander "
    "geldig mandaat ze dekte, {ratify}",
)

# each decision put forward, not ratified unseen (jurist 15, J2: "the college cannot ratify
# decisions it has not seen")
_OWN_RATIFY = Text("to put them forward for ratification", "ter bekrachtiging voor te leggen")
_ASKED_RATIFY = Text(
    "to put them to {body} for ratification", "ter bekrachtiging aan {body} voor te leggen"
)

_POINTS: dict[Code, Text] = {
    # lid 1: excluded by the regulation that confers the power; what waits is decided now,
    # and the raad may amend its verordening if mandate is wanted (twelfth jurist L9)
    # no other mandate can cover decisions on a power that may not be mandated at all, and the
    # sub-mandates below fall with it (jurist 12b M5): all listed and ratified
    Code.MANDATE_EXCLUDED: Text(
        "to withdraw {phrase}, since mandate is excluded for this power (Awb 10:3{lid_en}), so "
        "that {body} takes these decisions itself and {prep_en}, and to have the decisions "
        "{took_en} listed and {ratify}{after}",
        "{phrase} in te trekken, omdat mandaat voor deze bevoegdheid is uitgesloten (art. 10:3"
        "{lid} Awb), zodat {body} deze besluiten zelf neemt en {prep}, en de besluiten die "
        "{took}, te laten inventariseren en {ratify}{after}",
    ),
    Code.MANDATE_NOT_MANDATABLE: Text(
        "to withdraw {phrase}, since {grantor} sets generally binding rules itself unless the "
        "rule that confers the power provides for mandate (Awb 10:3(2)(a)); {holder} can "
        "prepare them",
        "{phrase} in te trekken, omdat {grantor} algemeen verbindende voorschriften zelf "
        "vaststelt, tenzij de regeling die de bevoegdheid toekent in mandaat voorziet (art. 10:3 "
        "lid 2 onder a Awb); {holder} kan ze voorbereiden",
    ),
    Code.MANDATE_CYCLE: Text(
        "to withdraw {phrase} and to grant the mandate directly from {body}, which holds the "
        "power, since the mandates pass it on in a circle and none leads back to {body} "
        "(Awb 10:1)" + _RATIFY.en,
        "{phrase} in te trekken en het mandaat rechtstreeks vanuit {body}, dat de bevoegdheid "
        "heeft, te verlenen, omdat de mandaten haar in een kring doorgeven en geen ervan naar "
        "{body} terugleidt (art. 10:1 Awb)" + _RATIFY.nl,
    ),
    # the grantor without the power granted nothing, and the college cannot withdraw what
    # it did not grant: it states that the mandate has no basis and grants it itself
    # (jurist, eleventh round H7)
    Code.MANDATE_NO_LEGAL_ROOT: Text(
        "to establish that {phrase} has no basis, since {grantor} does not hold the power "
        "(Awb 10:1), to grant {holder} that power by mandate from {body}" + _RATIFY.en,
        "vast te stellen dat {phrase} geen grondslag heeft, omdat {grantor} de bevoegdheid niet "
        "heeft (art. 10:1 Awb), {holder} die bevoegdheid vanuit {body} te mandateren" + _RATIFY.nl,
    ),
    Code.MANDATE_CHAIN_BROKEN: Text(
        "to repair first the mandate higher up the chain on which {phrase} rests, since until "
        "then it passes nothing on (Awb 10:1)" + _RATIFY.en,
        "eerst het mandaat hoger in de keten te herstellen waarop {phrase} steunt, omdat het tot "
        "dan niets doorgeeft (art. 10:1 Awb)" + _RATIFY.nl,
    ),
    Code.MANDATE_SUBMANDATE_WIDENED: Text(
        "to bring {phrase} in line with the mandate above it, since how many levels of "
        "sub-mandate there may be is for the grantor of that mandate to decide (Awb 10:9(1))",
        "{phrase} in lijn te brengen met het mandaat erboven, omdat de mandaatgever van dat "
        "mandaat bepaalt hoeveel niveaus van ondermandaat er mogen zijn (art. 10:9 lid 1 Awb)",
    ),
    Code.MANDATE_WRITING_NOT_RECORDED: Text(
        "to check whether {phrase} was granted in writing and, if not, to lay it down in writing "
        "(Awb 10:5(2))",
        "na te gaan of {phrase} schriftelijk is verleend, en het anders schriftelijk vast te "
        "leggen (art. 10:5 lid 2 Awb)",
    ),
    Code.MANDATE_CASE_NOT_IN_WRITING: Text(
        "to lay {phrase} down in writing now that {holder} asks for it (Awb 10:5(2))",
        "{phrase} schriftelijk vast te leggen, nu {holder} daarom vraagt (art. 10:5 lid 2 Awb)",
    ),
    Code.MANDATE_BUDGET_ABOVE_GRANTOR: Text(
        "to bring the maximum amount of {phrase} in line with the mandate of {grantor}: a "
        "sub-mandate cannot reach further than the mandate it derives from",
        "het maximumbedrag van {phrase} in lijn te brengen met het mandaat van {grantor}: een "
        "ondermandaat kan niet verder reiken dan het mandaat waarop het steunt",
    ),
    Code.MANDATE_FINE_REPORTER: Text(
        "to lay down in {phrase} that {holder} imposes no fine for a violation it reported "
        "itself (Awb 10:3(4)); another holder of the mandate imposes that fine",
        "in {phrase} vast te leggen dat {holder} geen boete oplegt voor een overtreding waarvan "
        "die zelf het rapport opmaakte (art. 10:3 lid 4 Awb); die boete legt een andere "
        "gemandateerde op",
    ),
    Code.MANDATE_EXPIRES_BEFORE_DEADLINE: Text(
        "to extend {phrase} in time, before the deadline of the decision it carries",
        "{phrase} tijdig te verlengen, vóór de uiterste datum van het besluit dat erop steunt",
    ),
    Code.MANDATE_NOT_YET_VALID: Text(
        "to have {phrase} take effect earlier, or to lay down who decides until it does",
        "{phrase} eerder te laten ingaan, of vast te leggen wie tot de ingangsdatum beslist",
    ),
    # the body grants it itself, or allows it in its own mandate decision; an official's
    # (sub-)mandate decision cures nothing; one citation form with the finding (rev-jurist19 R5)
    Code.MANDATE_SIGNING_NOT_BY_BODY: Text(
        "to have {body} grant {holder} the authorisation to sign decisions itself, or allow in "
        "its mandate decision that {grantor} grants it: {grantor} is no public body and cannot "
        "grant it on its own (Awb 10:11; compare Awb 10:9(1)), and to have the decisions signed "
        "under it listed and {ratify}",
        "de machtiging tot ondertekening aan {holder} door {body} zelf te laten verlenen, of "
        "{body} in zijn mandaatbesluit te laten toestaan dat {grantor} haar verleent: {grantor} "
        "is geen bestuursorgaan en kan haar niet op eigen gezag verlenen (art. 10:11 Awb; vgl. "
        "art. 10:9 lid 1 Awb), en de besluiten die erop zijn ondertekend, te laten "
        "inventariseren en {ratify}",
    ),
    Code.DELEGATION_BY_MANDATE_HOLDER: Text(
        "to withdraw {phrase}, since only the public body that holds the power itself can "
        "delegate it (Awb 10:13); {grantor} can pass the work on by sub-mandate, as far as its "
        "own mandate allows",
        "{phrase} in te trekken, omdat alleen het bestuursorgaan dat de bevoegdheid zelf heeft, "
        "haar kan delegeren (art. 10:13 Awb); {grantor} kan het werk met ondermandaat "
        "doorgeven, voor zover het eigen mandaat dat toestaat",
    ),
    # the map calls it a mandate, but the act is no besluit: the grant passes on by machtiging,
    # or for a private-law act by volmacht (art. 10:12 Awb); valid all the same, so the
    # decision only names it right (tenth session, issue 10)
    Code.MANDATE_RECORDED_FOR_NON_BESLUIT: Text(
        "to call the grant of ‘{power}’ by {grantor} to {holder} {instr_en}, not a mandate, in "
        "the decision that lays it down: that act is no besluit (Awb 1:3), so it passes on by "
        "{instr_word}, to which the rules on mandate apply by analogy (Awb 10:12)",
        "in het besluit waarin {grantor} ‘{power}’ aan {holder} opdraagt, die opdracht een "
        "{instr} te noemen en geen mandaat: die handeling is {act} (art. 1:3 Awb), dus "
        "gaat zij over met een {instr}; de regels over mandaat zijn daarop van overeenkomstige "
        "toepassing (art. 10:12 Awb)",
    ),
    # a GR's bestuur does not work under the college: a mandate to it needs its consent
    # (art. 10:4 lid 1 Awb); what it decided on the delegation is listed and ratified (J14)
    Code.DELEGATION_NO_LEGAL_BASIS: Text(
        "to lay down the statutory provision{or_gr_en} that provides for {phrase} (Awb 10:15) "
        "or, where there is none, to withdraw the delegation and grant {holder} a mandate "
        "instead{consent_en}, and to have the decisions {holder} took under the delegation "
        "listed and those no valid mandate covered put forward for ratification",
        "vast te leggen welk wettelijk voorschrift{or_gr} in {phrase} voorziet (art. 10:15 "
        "Awb), of, als er geen is, de delegatie in te trekken en {holder} in plaats daarvan"
        "{consent} mandaat te verlenen{cite}, en de besluiten die {holder} op de delegatie nam, te "
        "laten inventariseren en de besluiten die geen geldig mandaat dekte, ter bekrachtiging "
        "voor te leggen",
    ),
}


#: The codes this module words (a critical one leads its cause's beslispunt).
#: The raad's volmacht for a private-law act has its own sentence in exports.grant_point (H5).
LEGAL_CODES = frozenset(_POINTS) | {Code.MANDATE_COUNCIL_PRIVATE_LAW}


def phrase_of(case: Case, m: Mandate, lang: Lang) -> str:
    """A delegation as what it is: "de delegatie van bijzondere bijstand verlenen aan …"."""
    holder = actor_name(case, m.holder, lang)
    power = case.powers.get(str(m.power))
    what = quoted(power.name) if power is not None else ""
    if lang == "nl":
        return f"de delegatie {f'van {what} ' if what else ''}aan {holder}"
    return f"the delegation {f'of {what} ' if what else ''}to {holder}"


def legal_point(
    case: Case, f: Finding, m: Mandate, phrase: str, lang: Lang, *, own: bool
) -> str | None:
    """The beslispunt for ``f``'s legal defect of ``m`` (without the addressee: ``own`` when
    the college decides it itself, else someone is asked), or None."""
    template = _POINTS.get(f.code)
    if template is None or joint_arrangement(case, m.grantor) is not None:
        return None  # a GR's own grant is its bestuur's to repair, not the college's (N4)
    if m.instrument is Instrument.DELEGATION:
        phrase = phrase_of(case, m, lang)
    power = case.powers.get(str(m.power))
    private = power is not None and power.act is PowerAct.PRIVATE_LAW
    # a decision on an objection may be excluded by art. 10:3 lid 2, any other by lid 1 (L9)
    objection = power is not None and power.category is PowerCategory.DECIDE_OBJECTION
    holder_actor = case.actors.get(m.holder)
    gr = joint_arrangement(case, m.holder) is not None
    outside = gr or (holder_actor is not None and holder_actor.is_public_body)
    body = actor_name(case, power.holder, lang) if power is not None and power.holder else ""
    if not body:
        body = "het bestuursorgaan" if lang == "nl" else "the public body"
    below = down_chain(case.mandates, m) if f.code == Code.MANDATE_EXCLUDED else []
    holders = join([actor_name(case, x.holder, lang) for x in (m, *below)], lang)
    if below and m.instrument is Instrument.MANDATE and power is not None:
        what = quoted(power.name)
        phrase = (
            f"de mandaten voor {what} aan {holders}"
            if lang == "nl"
            else f"the mandates for {what} to {holders}"
        )
    one = actor_name(case, m.holder, lang)
    return template(lang).format(
        phrase=phrase,
        prep=f"{holders} ze voorbereiden" if below else f"{one} ze voorbereidt",
        prep_en=f"{holders} prepare them" if below else f"{one} prepares them",
        took="zij erop namen" if below else f"{one} erop nam",
        took_en="they took under them" if below else f"{one} took under it",
        holder=one,
        grantor=actor_name(case, m.grantor, lang),
        body=body,
        ratify=_OWN_RATIFY(lang) if own else _ASKED_RATIFY(lang).format(body=body),
        power=power.name if power is not None else "",  # quoted as written in the text
        instr=_INSTR[private][2],
        instr_en=_INSTR[private][0],
        instr_word=_INSTR[private][1],
        act=_ACT[private][1],
        act_en=_ACT[private][0],
        or_gr=" of welke bepaling van de gemeenschappelijke regeling" if gr else "",
        or_gr_en=" or the provision of the joint arrangement" if gr else "",
        consent=" met zijn instemming" if outside else "",
        cite=" (art. 10:4 lid 1 Awb)" if outside else "",
        consent_en=" with its consent (Awb 10:4(1))" if outside else "",
        after=_excluded_after(case, m, lang) if f.code == Code.MANDATE_EXCLUDED and own else "",
        lid="" if objection else " lid 1",
        lid_en="" if objection else "(1)",
    )


def _excluded_after(case: Case, m: Mandate, lang: Lang) -> str:
    """What the body does now that it decides itself (twelfth jurist L9): the need that waits
    on the excluded mandate, decided before its deadline; and, for a verordening that excludes
    mandate, a proposal to the raad to amend it if mandate is wanted."""
    power = case.powers.get(str(m.power))
    out = ""
    for need in case.needs:
        if need.power == m.power and need.deadline is not None:
            by = long_date(need.deadline, lang)
            out += (
                f", en op ‘{need.decision}’ vóór {by} zelf te beslissen"
                if lang == "nl"
                else f", and to decide on ‘{need.decision}’ itself before {by}"
            )
    if power is not None and power.rule_type is RuleType.ORDINANCE and power.legal_basis.strip():
        basis = power.legal_basis.strip()
        name, _, art = basis.partition(" art. ")
        what = f"art. {art} van de {name}" if art else basis
        out += (
            f"; als mandaat gewenst is, de raad voor te stellen {what} te wijzigen"
            if lang == "nl"
            else f"; if mandate is wanted, to propose to the council to amend {basis}"
        )
    return out


#: A grant over an act that is no besluit: a machtiging, or for a private-law act a volmacht
#: (art. 10:12 Awb).
_INSTR = {False: ("an authorisation (machtiging)", "authorisation", "machtiging"),
          True: ("a power of attorney (volmacht)", "power of attorney", "volmacht")}  # fmt: skip

_ACT = {False: ("no besluit", "geen besluit"),
        True: ("a private-law act, no besluit",
               "een privaatrechtelijke rechtshandeling en geen besluit")}  # fmt: skip


def _date(d: Deviation, lang: Lang) -> str:
    if d.date is None:
        return "een onbekende datum" if lang == "nl" else "an unknown date"
    return long_date(d.date, lang)


def deviation_point(case: Case, f: Finding, lang: Lang) -> str | None:
    """Comparable requests to deviate that ended differently, the refusal without a recorded
    reason (art. 3:46 Awb): the body reconsiders the refusal beside the grant and either grants
    it after all or gives the difference in a new, reasoned decision (equal treatment). A
    deviation decided by a GR's staff is its bestuur's to reconsider."""
    found = [d for i in f.deviations if (d := case.deviations.get(i)) is not None]
    refused = next((d for d in found if d.outcome is Outcome.REFUSED), None)
    granted = next((d for d in found if d.outcome is not Outcome.REFUSED), None)
    if refused is None or granted is None:
        return None
    rule = case.rules.get(refused.rule or "")
    what = f"‘{rule.name}’" if rule is not None else ("de regel" if lang == "nl" else "the rule")
    if lang == "nl":
        point = (
            f"het verzoek van {_date(refused, lang)} om af te wijken van {what}, dat werd "
            f"afgewezen, ambtshalve te heroverwegen naast het verzoek van "
            f"{_date(granted, lang)}, dat werd toegestaan: verschillen de gevallen niet, dan het "
            "verzoek alsnog toe te wijzen; verschillen zij wel, dan dat verschil in een nieuw "
            "besluit te motiveren (art. 3:46 Awb; gelijkheidsbeginsel)"
        )
    else:
        point = (
            f"to reconsider of its own motion the request of {_date(refused, lang)} to deviate "
            f"from {what}, which was refused, beside the request of {_date(granted, lang)}, "
            "which was granted: if the cases do not differ, to grant the request after all; if "
            "they do, to give that difference in a new, reasoned decision (Awb 3:46; equal "
            "treatment)"
        )
    gr = joint_arrangement(case, refused.decided_by or "")
    if gr is None:
        return point
    who = bestuur(case, gr, lang)
    return f"{who} te vragen {point}" if lang == "nl" else f"to ask {who} {point}"


_DEVIATE = frozenset({PowerCategory.DEVIATE_FROM_RULE, PowerCategory.SUSPEND_ROUTINE})


def pass_down_point(case: Case, f: Finding, lang: Lang) -> str | None:
    """The room to deviate stays with the body (INTENT_NOT_PASSED_DOWN, Awb 10:1 and 4:84):
    the body mandates the powers that carry it, with the duty to depart from a policy rule
    where applying it is disproportionate (art. 4:84 Awb). Without the addressee: the body
    that holds them (``f.actors``) decides it."""
    powers = [
        p.name
        for p in case.powers
        if p.holder in f.actors and p.act is PowerAct.BESLUIT
        if p.category in _DEVIATE or p.rule_type is RuleType.POLICY_RULE
    ]
    if not powers:
        return None
    names = join([quoted(n) for n in powers], lang)
    one = len(powers) == 1
    if lang == "nl":
        return (
            f"de {'bevoegdheid' if one else 'bevoegdheden'} {names} in mandaat te verlenen aan "
            "de teamleider of manager van de casus, met "
            "een lijn terug (art. 10:3 Awb); de plicht om af te wijken van een beleidsregel als "
            "toepassing ervan onevenredig uitpakt (art. 4:84 Awb), gaat dan mee"
        )
    return (
        f"to mandate the {'power' if one else 'powers'} {names} to the team lead or manager "
        "of the case, with a line back "
        "(Awb 10:3); the duty to depart from a policy rule where applying it would be "
        "disproportionate (Awb 4:84) comes with it"
    )


def reservation_point(phrase: str, holder: str, lang: Lang) -> str:
    """A mandate decision that keeps deviating from the policy rule to the grantor (an
    instruction, art. 10:6 lid 1 Awb) while the room stays at the top: lift the reservation."""
    if lang == "nl":
        return (
            f"het voorbehoud van het afwijken van de beleidsregel in {phrase} op te heffen "
            f"(art. 10:6 lid 1 Awb), zodat {holder} ervan mag en moet afwijken als toepassing "
            "onevenredig uitpakt (art. 4:84 Awb)"
        )
    return (
        f"to lift the reservation of departing from the policy rule in {phrase} (Awb 10:6(1)), "
        f"so that {holder} may and must depart from it where applying it would be "
        "disproportionate (Awb 4:84)"
    )
