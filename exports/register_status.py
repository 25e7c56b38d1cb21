"""What the mandate register says about each mandate beyond the map's own fields.

- The status of each mandate on the reference date (valid, expired, void with the reasons of
  the mandate analysis, or a signing authorisation, which is no mandate: Awb 10:11).
- The sub-mandate room in one phrase, and the phrase read back.

Which powers belong in the register, their legal basis and their mandate rule are
:mod:`exports.register_rule`.
"""

from __future__ import annotations

import re
from datetime import date

from exports.register_rule import by_machtiging, instrument_label
from mapper.authority import Authority, Defect, Status
from mapper.graph import build_graphs
from mapper.names import Name
from models.case import Case
from models.entities import Mandate
from models.enums import Instrument, MandateRule, PowerAct
from models.i18n import Lang, long_date

__all__ = [
    "mandate_statuses",
    "parse_sub_mandate",
    "sub_mandate_text",
]


# --------------------------------------------------------------------------- status
_DEFECTS: dict[Defect, tuple[str, str]] = {
    Defect.SELF: ("granted to itself", "aan zichzelf verleend"),
    Defect.EXCLUDED: ("the power may not be mandated (Awb 10:3(1))",
                      "de bevoegdheid mag niet worden gemandateerd (art. 10:3 lid 1 Awb)"),
    Defect.GENERAL_RULES: (
        "generally binding rules are not mandated (Awb 10:3(2)(a))",
        "algemeen verbindende voorschriften worden niet gemandateerd "
        "(art. 10:3 lid 2 onder a Awb)"),
    Defect.CONSENT_MISSING: ("no consent of the holder or of whoever they work under "
                             "(Awb 10:4(1))",
                             "geen instemming van de gemandateerde of van degene onder wiens "
                             "verantwoordelijkheid hij werkt (art. 10:4 lid 1 Awb)"),
    Defect.CONSENT_UNKNOWN: ("consent not recorded (Awb 10:4(1))",
                             "instemming niet vastgelegd (art. 10:4 lid 1 Awb)"),
    Defect.PROVIDER_INTEREST: (
        "the holder works for a care provider and so decides on support that provider delivers "
        "itself (Awb 2:4), though Awb 10:4 is met",
        "de gemandateerde werkt voor een zorgaanbieder en beslist zo over ondersteuning die die "
        "aanbieder zelf levert (art. 2:4 Awb), ook al is aan art. 10:4 Awb voldaan"),
    Defect.NOT_IN_WRITING: ("general mandate not in writing (Awb 10:5(2))",
                            "algemeen mandaat niet schriftelijk verleend (art. 10:5 lid 2 Awb)"),
    Defect.WRITING_NOT_RECORDED: (
        "not recorded whether the mandate was granted in writing (Awb 10:5(2))",
        "niet vastgelegd of het mandaat schriftelijk is verleend (art. 10:5 lid 2 Awb)",
    ),
    Defect.CASE_NOT_IN_WRITING: (
        "not in writing while the holder does not work under the grantor (Awb 10:5(2))",
        "niet schriftelijk, terwijl de gemandateerde niet onder verantwoordelijkheid van de "
        "mandaatgever werkt (art. 10:5 lid 2 Awb)"),
    Defect.DELEGATION_NO_BASIS: ("delegation without a statutory basis (Awb 10:15)",
                                 "delegatie zonder wettelijk voorschrift (art. 10:15 Awb)"),
    Defect.DELEGATION_TO_SUBORDINATE: ("delegation to a subordinate (Awb 10:14)",
                                       "delegatie aan een ondergeschikte (art. 10:14 Awb)"),
    Defect.COUNCIL_PRIVATE_LAW: (
        "the council does not decide on the municipality's private-law acts; the executive "
        "does (art. 160(1)(e) Municipalities Act)",
        "de raad beslist niet over privaatrechtelijke rechtshandelingen van de gemeente; dat "
        "doet het college (art. 160 lid 1 onder e Gemeentewet)"),
    Defect.OBJECTION_PRIMARY_DECIDER: (
        "decides objections to its own decisions (Awb 10:3(3))",
        "beslist op bezwaar tegen een besluit dat de gemandateerde zelf nam "
        "(art. 10:3 lid 3 Awb)"),
}  # fmt: skip
#: what the map cannot settle: the mandate passes its power on, but a basis is to be checked
_CHECKS: dict[Defect, tuple[str, str]] = {
    Defect.ONWARD_DELEGATION: (
        "a delegate delegates further; check whether a statutory provision provides for it "
        "(Awb 10:15)",
        "een delegataris delegeert verder; ga na of een wettelijk voorschrift daarin voorziet "
        "(art. 10:15 Awb)"),
}  # fmt: skip
_STATUSES: dict[Status, tuple[str, str]] = {
    Status.DELEGATED_AWAY: ("the grantor delegated the power (Awb 10:17)",
                            "de mandaatgever heeft de bevoegdheid gedelegeerd (art. 10:17 Awb)"),
    Status.DELEGATION_BY_MANDATE_HOLDER: (
        "a mandate holder cannot delegate (Awb 10:13)",
        "wie een bevoegdheid in mandaat heeft, kan haar niet delegeren (art. 10:13 Awb)"),
    Status.SUB_MANDATE_NOT_ALLOWED: ("sub-mandate not allowed (Awb 10:9(1))",
                                     "ondermandaat niet toegestaan (art. 10:9 lid 1 Awb)"),
    Status.CHAIN_BROKEN: ("the grantor does not validly hold the power itself",
                          "de mandaatgever heeft de bevoegdheid zelf niet geldig"),
    Status.NO_LEGAL_ROOT: ("the grantor does not hold the power (Awb 10:1)",
                           "de mandaatgever heeft de bevoegdheid niet (art. 10:1 Awb)"),
}  # fmt: skip
_WORDS: dict[str, tuple[str, str]] = {
    "valid": ("valid", "geldig"),
    # art. 10:4 lid 1 Awb asks consent and the map records it: the line says why it holds (N9)
    "valid_consent": (
        "valid: the consent of the holder and of whoever they work under is recorded "
        "(Awb 10:4(1))",
        "geldig: de instemming van de gemandateerde en van degene onder wiens "
        "verantwoordelijkheid hij werkt, is vastgelegd (art. 10:4 lid 1 Awb)",
    ),
    # a bestuursorgaan (a GR's dagelijks bestuur) works under no one's responsibility (L10)
    "valid_body": ("valid: the holder's consent is recorded (Awb 10:4(1))", "geldig: de "
                   "instemming van de gemandateerde is vastgelegd (art. 10:4 lid 1 Awb)"),
    "void": ("void: {why}", "ongeldig: {why}"),
    "flawed": ("flawed: {why}", "gebrekkig: {why}"),
    "check": ("to be checked: {why}", "na te gaan: {why}"),
    "expired": ("expired (valid up to and including {d})", "verlopen (gold tot en met {d})"),
    "not_yet": ("not yet valid (from {d})", "nog niet geldig (vanaf {d})"),
    "signing": ("signing authorisation (Awb 10:11)", "ondertekeningsbevoegdheid (art. 10:11 Awb)"),
    "sub_none": ("Not allowed", "Niet toegestaan"),
    "sub_one": ("Allowed, one level", "Toegestaan, één niveau"),
    "sub_many": ("Allowed, {n} levels", "Toegestaan, {n} niveaus"),
    "sub_from": ("Not laid down; follows from the chain: {rest}",
                 "Niet vastgelegd; volgt uit de keten: {rest}"),
    "sub_unknown": ("Not laid down", "Niet vastgelegd"),
    "sub_root": ("Not laid down, so not allowed", "Niet vastgelegd, dus niet toegestaan"),
    # after delegation the delegataris holds the power as its own and may mandate it (art.
    # 10:13 jo. 10:3 Awb): no ondermandaat question (jurist, eighth round N6)
    "sub_delegated": (
        "Mandate by the delegate: allowed, unless the delegation decision or the arrangement "
        "excludes it",
        "Mandaat door de delegataris: toegestaan, tenzij het delegatiebesluit of de regeling "
        "het uitsluit",
    ),
    # a sub-mandate resting on a flawed mandate is flawed too, as "ongeldig" is carried down
    # a chain (jurist 12b M2)
    "rests_consent": (
        "rests on the {word} to {name}, for which consent is not recorded (Awb 10:4(1))",
        "berust op {word} aan {name}, waarvoor de instemming niet is vastgelegd "
        "(art. 10:4 lid 1 Awb)"),
    "rests_flawed": ("rests on the {word} to {name}, which is flawed: {why}",
                     "berust op {word} aan {name}, {rel} gebrekkig is: {why}"),
    "sub_left": ("{asked}; the chain leaves {left} (Awb 10:9(1))",
                 "{asked}; de keten laat er {left} (art. 10:9 lid 1 Awb)"),
}  # fmt: skip


def _w(key: str, lang: Lang) -> str:
    en, nl = _WORDS[key]
    return nl if lang == "nl" else en


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "nl" else pair[0]


def _authority(case: Case, as_of: date) -> Authority:
    return Authority.of(build_graphs(case), as_of)


# the mandate rules apply to a machtiging by art. 10:12 Awb: cited with it (jurist, eighth N6)
_CITED = (
    re.compile(r"\(art\. (10:(?:[3-9]|10)\b[^)]*)\)"),
    re.compile(r"\(Awb (10:(?:[3-9]|10)\b[^)]*)\)"),
)


def _via_machtiging(text: str, lang: Lang) -> str:
    """``(art. 10:4 lid 1 Awb)`` as ``(art. 10:12 jo. 10:4 lid 1 Awb)`` for a machtiging.

    >>> _via_machtiging("instemming niet vastgelegd (art. 10:4 lid 1 Awb)", "nl")
    'instemming niet vastgelegd (art. 10:12 jo. 10:4 lid 1 Awb)'
    >>> _via_machtiging("consent not recorded (Awb 10:4(1))", "en")
    'consent not recorded (Awb 10:12 read with 10:4(1))'
    """
    if lang == "nl":
        return _CITED[0].sub(r"(art. 10:12 jo. \1)", text)
    return _CITED[1].sub(r"(Awb 10:12 read with \1)", text)


def mandate_statuses(case: Case, as_of: date, lang: Lang) -> dict[str, str]:
    """Per mandate id its status on ``as_of``: valid, expired, void with its reasons, flawed
    (valid on the map but with a defect of form), to be checked (a basis the map cannot show:
    a delegataris delegating further, art. 10:15 Awb), or a signing authorisation."""
    auth = _authority(case, as_of)
    out: dict[str, str] = {}
    for m in case.mandates:
        defects = auth.defects.get(m.id, ())
        status = auth.status.get(m.id)
        if m.instrument == Instrument.SIGNING:
            out[m.id] = _w("signing", lang)
        elif Defect.EXPIRED in defects and m.valid_until is not None:
            out[m.id] = _w("expired", lang).format(d=long_date(m.valid_until, lang))
        elif Defect.NOT_YET_VALID in defects and m.valid_from is not None:
            out[m.id] = _w("not_yet", lang).format(d=long_date(m.valid_from, lang))
        else:
            why = [_pick(_STATUSES[status], lang)] if status in _STATUSES else []
            why += [_pick(_DEFECTS[d], lang) for d in defects if d in _DEFECTS]
            check = [_pick(_CHECKS[d], lang) for d in defects if d in _CHECKS]
            if status == Status.VALID or status is None:
                out[m.id] = (
                    _w("flawed", lang).format(why="; ".join(why + check))
                    if why
                    else _w("check", lang).format(why="; ".join(check))
                    if check
                    else _valid(auth, m, lang)
                )
            else:
                out[m.id] = _w("void", lang).format(why="; ".join(why) or status.value)
            if by_machtiging(case, m) or _private_volmacht(case, m):
                out[m.id] = _sub_words(_via_machtiging(out[m.id], lang), case, m, lang)
    _carry_flaws(case, auth, out, lang)
    return out


def _carry_flaws(case: Case, auth: Authority, out: dict[str, str], lang: Lang) -> None:
    """A mandate that is valid in itself but rests on a flawed mandate (its grantor holds the
    power only by that mandate) is flawed too, down the chain (jurist 12b M2: the medewerker
    OOV's sub-mandate read "geldig" under a mandate without recorded consent)."""
    valid = {_w(k, lang) for k in ("valid", "valid_consent", "valid_body")}
    flawed = _w("flawed", lang).split("{", 1)[0]
    changed = True
    while changed:
        changed = False
        for m in case.mandates:
            power = case.powers.get(str(m.power))
            if out.get(m.id) not in valid or power is None or power.holder == m.grantor:
                continue
            parents = [
                p
                for p in case.mandates
                if p.holder == m.grantor and p.power == m.power and p.id != m.id
            ]
            if not parents or any(out.get(p.id) in valid for p in parents):
                continue
            parent = next((p for p in parents if out.get(p.id, "").startswith(flawed)), None)
            if parent is None:
                continue
            out[m.id] = _w("flawed", lang).format(why=_rests_on(case, auth, parent, out, lang))
            if by_machtiging(case, m) or _private_volmacht(case, m):
                out[m.id] = _via_machtiging(out[m.id], lang)
            changed = True


def _rests_on(case: Case, auth: Authority, parent: Mandate, out: dict[str, str], lang: Lang) -> str:
    actor = case.actors.get(parent.holder)
    org = case.organisations.get(actor.organisation) if actor and actor.organisation else None
    proper = org is not None and actor is not None and org.name == actor.name
    name = Name.of(actor.name, actor.kind, proper=proper).forms(lang)[0] if actor else parent.holder
    word = instrument_label(case, parent, lang, cell=False).lower()
    rel = "dat" if word == "mandaat" else "die"
    word = f"{'het' if word == 'mandaat' else 'de'} {word}" if lang == "nl" else word
    if auth.defects.get(parent.id, ()) == (Defect.CONSENT_UNKNOWN,):
        return _w("rests_consent", lang).format(word=word, name=name)
    why = out[parent.id].split(": ", 1)[1]
    return _w("rests_flawed", lang).format(word=word, name=name, rel=rel, why=why)


def _private_volmacht(case: Case, m: Mandate) -> bool:
    power = case.powers.get(str(m.power))
    return m.instrument is Instrument.POWER_OF_ATTORNEY and (
        power is not None and power.act == PowerAct.PRIVATE_LAW
    )


def _sub_words(text: str, case: Case, m: Mandate, lang: Lang) -> str:
    """The sub-level in the instrument's own word: ondervolmacht, ondermachtiging (J2)."""
    power = case.powers.get(str(m.power))
    private = power is not None and power.act == PowerAct.PRIVATE_LAW
    if lang == "nl":
        return text.replace("ondermandaat", "ondervolmacht" if private else "ondermachtiging")
    return text.replace("sub-mandate", "sub-power of attorney" if private else "sub-authorisation")


def _valid(auth: Authority, m: Mandate, lang: Lang) -> str:
    """ "geldig", and why where art. 10:4 lid 1 Awb asked consent and the map records it."""
    legal = auth.legal
    power = legal.powers.get(str(m.power))
    asked = (
        m.instrument is Instrument.MANDATE
        and (power is None or power.act == PowerAct.BESLUIT)
        and m.grantor != m.holder
        and legal.mandate_rule(str(m.power)) != MandateRule.PROVIDED
        and not legal.works_under(m)
    )
    if not asked or m.consent is not True:
        return _w("valid", lang)
    body = (holder := legal.actors.get(m.holder)) is not None and holder.is_public_body
    return _w("valid_body" if body else "valid_consent", lang)


def _levels_text(levels: int, lang: Lang) -> str:
    if levels <= 0:
        return _w("sub_none", lang)
    return _w("sub_one", lang) if levels == 1 else _w("sub_many", lang).format(n=levels)


def sub_mandate_text(case: Case, as_of: date, lang: Lang) -> dict[str, str]:
    """Per mandate id its sub-mandate room in one phrase: as laid down, or as it follows from
    the chain when the mandate does not say (a root mandate that is silent allows none)."""
    auth = _authority(case, as_of)
    out: dict[str, str] = {}
    for m in case.mandates:
        if m.instrument == Instrument.SIGNING:
            out[m.id] = ""
            continue
        grant = auth.grants.get(str(m.power), {}).get(m.holder)
        left = grant.levels if grant is not None and grant.via == m.id else None
        if m.instrument is Instrument.DELEGATION and m.sub_mandate_levels is None:
            text = _w("sub_delegated", lang)
        elif m.sub_mandate_levels is not None:
            text = _levels_text(m.sub_mandate_levels, lang)
            if m.id in auth.widened:
                text = _w("sub_left", lang).format(asked=text, left=auth.widened[m.id])
        elif left is not None and grant is not None and grant.depth > 1:
            text = _w("sub_from", lang).format(rest=_levels_text(left, lang).lower())
        else:
            text = _w("sub_root" if _is_root(case, m) else "sub_unknown", lang)
        out[m.id] = text
    return out


def _is_root(case: Case, m: Mandate) -> bool:
    power = case.powers.get(str(m.power))
    return power is not None and power.holder == m.grantor


_LEVELS = re.compile(r"(?:toegestaan|allowed)\s*,\s*(\d+|één|een|one)\b", re.IGNORECASE)
_NONE = re.compile(r"niet toegestaan|not allowed", re.IGNORECASE)
_UNSTATED = re.compile(
    r"niet vastgelegd|not laid down|mandaat door de delegataris|mandate by the delegate",
    re.IGNORECASE,
)


def parse_sub_mandate(text: str) -> int | None:
    """The levels a phrase of :func:`sub_mandate_text` lays down; None when it lays down
    none; :class:`ValueError` when the phrase is not one of ours.

    Examples
    --------
    >>> [parse_sub_mandate(t) for t in ("Toegestaan, 2 niveaus", "Niet toegestaan",
    ...  "Niet vastgelegd; volgt uit de keten: toegestaan, één niveau")]
    [2, 0, None]
    """
    if _UNSTATED.match(text.strip()):
        return None
    if _NONE.match(text.strip()):
        return 0
    if match := _LEVELS.match(text.strip()):
        word = match[1].casefold()
        return int(word) if word.isdigit() else 1
    raise ValueError(text)
