"""What the mandate register says about a power: whether it belongs in the register, its legal
basis in two parts, its mandate rule, and the word for the instrument that passes it on.

- Which powers belong in it: only public-law powers of public bodies (a bestuursorgaan holds
  them, and the rule is a statute, an ordinance or a policy rule). A partner's own
  private-law decision, an agreement between organisations and an internal work rule are no
  mandate matters; the Word overview lists them apart, the workbook leaves them out.
- The legal basis split in two: the statute or ordinance the power comes from, and the policy
  rules, work instructions and agreements under which it is exercised.
- The mandate rule as the workbook writes it and reads it back, and as the Word overview
  states it; a mandate over an act that is no besluit is a machtiging (art. 10:12 Awb).

The status of each mandate and its sub-mandate room are :mod:`exports.register_status`.
"""

from __future__ import annotations

import re

from models.case import Case
from models.entities import Mandate, Power
from models.enums import Instrument, MandateRule, PowerAct, PowerCategory, RuleType
from models.i18n import Lang
from models.labels import label

__all__ = [
    "basis_parts",
    "by_machtiging",
    "instrument_label",
    "is_public_power",
    "join_basis",
    "mandate_rule_label",
    "mandate_rule_read",
    "mandate_rule_shown",
]


def is_public_power(case: Case, power: Power) -> bool:
    """Whether ``power`` belongs in a mandate register: a public body holds it under a
    statute, an ordinance or a policy rule (not a partner's own decision, an agreement or an
    internal work rule)."""
    holder = case.actors.get(power.holder) if power.holder else None
    return holder is not None and holder.is_public_body and power.rule_type != RuleType.INTERNAL


#: words that make a part of a legal basis a policy rule, instruction or agreement
_POLICY = re.compile(
    r"beleidsregel|beleidslijn|instructie|werkafspraak|afspraak|convenant|protocol|richtlijn|"
    r"handboek|werkwijze|policy|guideline|instruction|agreement|covenant",
    re.IGNORECASE,
)


def basis_parts(text: str) -> tuple[str, str]:
    """The statutory part (statute, ordinance) and the policy part (policy rules, work
    instructions, agreements) of a legal basis written as ``part; part``.

    Examples
    --------
    >>> basis_parts("Participatiewet art. 35; Beleidsregels bijzondere bijstand 2025")
    ('Participatiewet art. 35', 'Beleidsregels bijzondere bijstand 2025')
    >>> basis_parts("Werkinstructie wijkteams 2025")
    ('', 'Werkinstructie wijkteams 2025')
    """
    parts = [p.strip() for p in text.split(";") if p.strip()]
    statutory = [p for p in parts if not _POLICY.search(p)]
    policy = [p for p in parts if _POLICY.search(p)]
    return "; ".join(statutory), "; ".join(policy)


def join_basis(statutory: str, policy: str) -> str:
    """The legal basis again from its two parts (statute first)."""
    return "; ".join(p for p in (statutory.strip(), policy.strip()) if p)


def instrument_label(case: Case, m: Mandate, lang: Lang, *, cell: bool = True) -> str:
    """A mandate's instrument as annex A and the register print it: over a power whose act is
    no besluit (a request to a court) it is a machtiging (art. 10:12 Awb), not a mandate
    (jurist round 5, J6); ``cell`` adds "(geen besluit)"."""
    power = case.powers.get(str(m.power))
    passed_on = m.instrument in (Instrument.MANDATE, Instrument.AUTHORISATION)
    if power is None or power.act == PowerAct.BESLUIT or not passed_on:
        return label(m.instrument, lang)
    # a private-law act is passed on by volmacht (art. 10:12 Awb; eighth jurist, N12)
    private = power.act == PowerAct.PRIVATE_LAW
    word = label(Instrument.POWER_OF_ATTORNEY if private else Instrument.AUTHORISATION, lang)
    return f"{word} ({'geen besluit' if lang == 'nl' else 'no besluit'})" if cell else word


#: a power whose act is no besluit is passed on by machtiging, a private-law act by volmacht:
#: its mandate rule says so (J6; tenth jurist J2)
_AUTHORISED = (("Mandaat", "Machtiging"), ("Mandate", "Authorisation"))
_PRIVATE = (("Mandaat", "Volmacht"), ("Mandate", "Power of attorney"))


def mandate_rule_label(power: Power, lang: Lang) -> str:
    """``Mandaat toegestaan``; ``Machtiging toegestaan`` for a power whose act is no besluit
    (art. 10:12 Awb), ``Volmacht toegestaan`` for a private-law act; read back by
    :func:`mandate_rule_read`."""
    text = label(power.mandate, lang)
    if power.act == PowerAct.BESLUIT:
        return text
    for word, authorised in _PRIVATE if power.act == PowerAct.PRIVATE_LAW else _AUTHORISED:
        text = text.replace(word, authorised, 1) if text.startswith(word) else text
    return text


#: The rule types whose rules are algemeen verbindende voorschriften (as mapper.mandate_form)
_BINDING = frozenset({RuleType.STATUTE, RuleType.ORDINANCE})


def mandate_rule_shown(power: Power, lang: Lang) -> str:
    """The *Mandaatregel* as the Word overview states it: a verordening or other generally
    binding rule is never mandated unless the rule that confers the power provides for it
    (art. 10:3 lid 2 onder a Awb; for the raad also art. 156 lid 2 Gemeentewet), whatever
    the map's "allowed" says (tenth jurist J2: the raad's verordening read "Mandaat
    toegestaan"). The workbook keeps :func:`mandate_rule_label`, which reads back.

    >>> from models.enums import PowerCategory
    >>> p = Power("v", "Verordening vaststellen", category=PowerCategory.SET_RULES,
    ...           rule_type=RuleType.ORDINANCE)
    >>> mandate_rule_shown(p, "nl")
    'Mandaat uitgesloten (art. 10:3 lid 2 onder a Awb)'
    """
    binding = power.category is PowerCategory.SET_RULES and power.rule_type in _BINDING
    if binding and power.act == PowerAct.BESLUIT and power.mandate is not MandateRule.PROVIDED:
        if lang == "nl":
            return "Mandaat uitgesloten (art. 10:3 lid 2 onder a Awb)"
        return "Mandate excluded (Awb 10:3(2)(a))"
    if power.mandate is MandateRule.FORBIDDEN and power.act == PowerAct.BESLUIT:
        return _excluded_by(power, lang)  # the rule that excludes it (jurist 12b LANG-5)
    return mandate_rule_label(power, lang)


def _excluded_by(power: Power, lang: Lang) -> str:
    """``Mandaat uitgesloten (art. 6 Verordening meedoen Heuvelrode 2024; art. 10:3 lid 1
    Awb)``: the statutory part of the legal basis, and art. 10:3 lid 1 (lid 2 for a decision
    on an objection, left without its lid).

    >>> p = Power("m", "Meerkosten", legal_basis="Verordening meedoen 2024 art. 6",
    ...           mandate=MandateRule.FORBIDDEN)
    >>> _excluded_by(p, "nl")
    'Mandaat uitgesloten (art. 6 Verordening meedoen 2024; art. 10:3 lid 1 Awb)'
    """
    statutory = basis_parts(power.legal_basis)[0].split(";")[0].strip()
    name, _, art = statutory.partition(" art. ")
    rule = f"art. {art} {name}" if art and lang == "nl" else statutory
    objection = power.category is PowerCategory.DECIDE_OBJECTION
    awb = (
        ("art. 10:3 Awb" if objection else "art. 10:3 lid 1 Awb")
        if lang == "nl"
        else ("Awb 10:3" if objection else "Awb 10:3(1)")
    )
    cited = f"{rule}; {awb}" if rule else awb
    return f"{label(power.mandate, lang)} ({cited})"


def mandate_rule_read(cell: str) -> str:
    """A register's *Mandaatregel* cell as :class:`MandateRule` labels it (``Machtiging
    toegestaan`` and ``Volmacht toegestaan`` read as ``Mandaat toegestaan``)."""
    text = cell.strip()
    for word, authorised in (*_AUTHORISED, *_PRIVATE):
        if text.casefold().startswith(authorised.casefold()):
            return word + text[len(authorised) :]
    return text


def by_machtiging(case: Case, m: Mandate) -> bool:
    """Whether ``m`` passes a power on by machtiging (art. 10:12 Awb): a machtiging on the map,
    or a mandate over an act that is no besluit (J6)."""
    if m.instrument is Instrument.AUTHORISATION:
        return True
    power = case.powers.get(str(m.power))
    return (
        m.instrument is Instrument.MANDATE and power is not None and power.act != PowerAct.BESLUIT
    )
