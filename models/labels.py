"""Dutch and English names of every enum value, for tables, legends, exports and messages."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import TypeVar

from models.enums import (
    ActorKind,
    AgreementKind,
    EntityKind,
    Instrument,
    MandateRule,
    OrganisationKind,
    Outcome,
    PowerAct,
    PowerCategory,
    Practice,
    RelationKind,
    Role,
    RuleOrigin,
    RuleType,
    Scope,
    Sphere,
    Urgency,
)
from models.i18n import Lang

__all__ = ["LABELS", "POWER_KINDS", "label", "parse_label", "power_kind", "shown_name"]

E = TypeVar("E", bound=StrEnum)


class _Labels(Mapping[StrEnum, tuple[str, str]]):
    """Labels by enum member.

    A ``StrEnum`` member hashes and compares like its string, so in a plain dict
    ``ActorKind.PARTNER`` and ``Sphere.PARTNER`` (both ``"partner"``) would be one key and the
    last label would win for both. This mapping keys on (enum type, value).
    """

    def __init__(self, pairs: list[tuple[StrEnum, tuple[str, str]]]) -> None:
        self._members = [member for member, _ in pairs]
        self._by_key = {(type(member), member.value): names for member, names in pairs}

    def __getitem__(self, key: StrEnum) -> tuple[str, str]:
        if not isinstance(key, StrEnum):
            raise KeyError(key)
        return self._by_key[(type(key), key.value)]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, StrEnum) and (type(key), key.value) in self._by_key

    def __iter__(self) -> Iterator[StrEnum]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)


LABELS: Mapping[StrEnum, tuple[str, str]] = _Labels(
    [
        (ActorKind.CITIZEN, ("Citizen", "Inwoner")),
        # one English name per kind that no reader takes for another: the college, a wethouder
        # and a burgemeester are the executive (bestuurder), a directeur is no "Executive"
        # beside "The Executive decides:" (rev-jurist19 R7)
        (ActorKind.ADMINISTRATOR, ("Executive (bestuurder)", "Bestuurder")),
        (ActorKind.COUNCIL, ("Council", "Gemeenteraad")),
        (ActorKind.EXECUTIVE, ("Senior management", "Directie")),
        (ActorKind.MANAGER, ("Manager", "Manager")),
        (ActorKind.PROFESSIONAL, ("Professional", "Professional")),
        (ActorKind.PARTNER, ("Partner organisation", "Ketenpartner")),
        (ActorKind.OVERSIGHT, ("Oversight", "Toezicht")),
        (ActorKind.MEDIA, ("Media", "Media")),
        (ActorKind.OTHER, ("Other", "Overig")),
        (Sphere.POLITICAL, ("Political", "Politiek")),
        (Sphere.ADMINISTRATIVE, ("Administrative", "Ambtelijk")),
        (Sphere.PARTNER, ("Partners", "Partners")),
        (Sphere.SOCIETY, ("Society", "Samenleving")),
        (Sphere.OVERSIGHT, ("Oversight", "Toezicht")),
        (Role.CASE_HANDLER, ("Case handler", "Casusregisseur")),
        (Role.TRIAGE, ("Triage", "Triage")),
        (Role.RULE_OWNER, ("Rule owner", "Eigenaar regel")),
        (Role.COORDINATOR, ("Coordinator", "Coördinator")),
        (RelationKind.HIERARCHY, ("Manages", "Stuurt aan")),
        (RelationKind.ACCOUNTABILITY, ("Answers to", "Legt verantwoording af aan")),
        (RelationKind.SIGNAL, ("Signals to", "Signaleert aan")),
        (RelationKind.ESCALATION, ("Escalates to", "Escaleert naar")),
        (RelationKind.TRUST, ("Trusts", "Vertrouwt")),
        (RelationKind.COLLABORATION, ("Collaborates with", "Werkt samen met")),
        (RelationKind.FEEDBACK, ("Feeds back to", "Koppelt terug aan")),
        (Practice.ROUTINE, ("Routine", "Routine")),
        (Practice.MAATWERK, ("Custom (maatwerk)", "Maatwerk")),
        (Practice.BOTH, ("Both", "Beide")),
        (PowerCategory.DEVIATE_FROM_RULE, ("Deviate from a rule", "Afwijken van regel")),
        (PowerCategory.SUSPEND_ROUTINE, ("Suspend the routine", "Routine opschorten")),
        (PowerCategory.SPEND_BUDGET, ("Spend budget", "Budget besteden")),
        (PowerCategory.TRIAGE, ("Triage", "Triage")),
        (PowerCategory.PUSH_THROUGH, ("Push through", "Doorzettingsmacht")),
        (PowerCategory.DECIDE_OBJECTION, ("Decide on objection", "Beslissen op bezwaar")),
        (PowerCategory.IMPOSE_FINE, ("Impose a fine", "Boete opleggen")),
        (PowerCategory.SET_RULES, ("Set rules", "Regels vaststellen")),
        (PowerCategory.OTHER, ("Other", "Overig")),
        (Instrument.MANDATE, ("Mandate", "Mandaat")),
        (Instrument.POWER_OF_ATTORNEY, ("Power of attorney", "Volmacht")),
        (Instrument.AUTHORISATION, ("Authorisation", "Machtiging")),
        (Instrument.DELEGATION, ("Delegation", "Delegatie")),
        (Instrument.SIGNING, ("Signing on behalf", "Ondertekening")),
        (Scope.GENERAL, ("General", "Algemeen")),
        (Scope.CASE, ("This case", "Deze casus")),
        (Urgency.LOW, ("Low", "Laag")),
        (Urgency.MEDIUM, ("Medium", "Middel")),
        (Urgency.HIGH, ("High", "Hoog")),
        (OrganisationKind.MUNICIPALITY, ("Municipality", "Gemeente")),
        (OrganisationKind.PROVINCE, ("Province", "Provincie")),
        (OrganisationKind.NATIONAL, ("National government", "Rijk")),
        (OrganisationKind.JOINT_ARRANGEMENT, ("Joint arrangement", "Gemeenschappelijke regeling")),
        (OrganisationKind.PROVIDER, ("Provider", "Aanbieder")),
        (OrganisationKind.PARTNER, ("Partner organisation", "Ketenpartner")),
        (OrganisationKind.OTHER, ("Other", "Overig")),
        (RuleType.STATUTE, ("Statute", "Wet")),
        (RuleType.ORDINANCE, ("Ordinance", "Verordening")),
        (RuleType.POLICY_RULE, ("Policy rule", "Beleidsregel")),
        (RuleType.INTERNAL, ("Internal rule", "Interne regel")),
        (MandateRule.ALLOWED, ("Mandate allowed", "Mandaat toegestaan")),
        (MandateRule.FORBIDDEN, ("Mandate excluded", "Mandaat uitgesloten")),
        (
            MandateRule.PROVIDED,
            ("Mandate provided for by the rule", "Mandaat voorzien in de regeling"),
        ),
        (PowerAct.BESLUIT, ("Besluit (decision)", "Besluit")),
        (PowerAct.REQUEST, ("Request, no besluit", "Verzoek, geen besluit")),
        (PowerAct.OTHER, ("Other act, no besluit", "Andere handeling, geen besluit")),
        (
            PowerAct.PRIVATE_LAW,
            ("Private-law act (volmacht), no besluit", "Privaatrechtelijke rechtshandeling"),
        ),
        (AgreementKind.COVENANT, ("Covenant", "Convenant")),
        (AgreementKind.ESCALATION_PROTOCOL, ("Escalation protocol", "Escalatieprotocol")),
        (AgreementKind.BREAKTHROUGH, ("Breakthrough agreement", "Doorbraakafspraak")),
        (AgreementKind.DATA_SHARING, ("Data-sharing agreement", "Gegevensuitwisselingsafspraak")),
        (AgreementKind.OTHER, ("Other", "Overig")),
        (EntityKind.ACTOR, ("Actor", "Actor")),
        (EntityKind.RELATIONSHIP, ("Relationship", "Relatie")),
        (EntityKind.MANDATE, ("Mandate", "Mandaat")),
        (EntityKind.NEED, ("Need", "Benodigd besluit")),
        (EntityKind.ORGANISATION, ("Organisation", "Organisatie")),
        (EntityKind.POWER, ("Power", "Bevoegdheid")),
        (EntityKind.AGREEMENT, ("Agreement", "Afspraak")),
        (EntityKind.ACCEPTANCE, ("Accepted finding", "Geaccepteerde bevinding")),
        (EntityKind.RULE, ("Rule", "Regel")),
        (EntityKind.DEVIATION, ("Deviation", "Afwijking")),
        (RuleOrigin.POLICY, ("Policy", "Beleid")),
        (RuleOrigin.INCIDENT, ("Incident", "Incident")),
        (RuleOrigin.MOTION, ("Council motion", "Motie")),
        (RuleOrigin.AUDIT, ("Audit", "Audit")),
        (RuleOrigin.OTHER, ("Other", "Overig")),
        (Outcome.GRANTED, ("Granted", "Toegekend")),
        (Outcome.REFUSED, ("Refused", "Afgewezen")),
    ]
)


def label(value: StrEnum, lang: Lang = "en") -> str:
    """The user-facing name of an enum value.

    Examples
    --------
    >>> label(PowerCategory.PUSH_THROUGH, "nl")
    'Doorzettingsmacht'
    """
    en, nl = LABELS[value]
    return nl if lang == "nl" else en


#: What a power of a category is, where its rule type says more than the category (jurist M5):
#: a power of a statute to depart or refrain (Participatiewet art. 58 lid 8) is statutory
#: discretion, and applying it applies the law; an ordinance is departed from under its
#: hardship clause. Read back as the category (:func:`parse_label`).
POWER_KINDS: dict[tuple[PowerCategory, RuleType], tuple[str, str]] = {
    (PowerCategory.DEVIATE_FROM_RULE, RuleType.STATUTE): (
        "Statutory discretion",
        "Discretionaire bevoegdheid uit de wet",
    ),
    (PowerCategory.DEVIATE_FROM_RULE, RuleType.ORDINANCE): (
        "Hardship clause of the ordinance",
        "Hardheidsclausule van de verordening",
    ),
}
_ALIASES: dict[StrEnum, tuple[str, ...]] = {}
for (_category, _), _names in POWER_KINDS.items():
    _ALIASES[_category] = (*_ALIASES.get(_category, ()), *_names)


def power_kind(category: PowerCategory, rule_type: RuleType, lang: Lang = "en") -> str:
    """What a power of ``category`` under a rule of ``rule_type`` is, for a register.

    Examples
    --------
    >>> power_kind(PowerCategory.DEVIATE_FROM_RULE, RuleType.STATUTE, "nl")
    'Discretionaire bevoegdheid uit de wet'
    >>> power_kind(PowerCategory.DEVIATE_FROM_RULE, RuleType.POLICY_RULE, "nl")
    'Afwijken van regel'
    """
    names = POWER_KINDS.get((category, rule_type))
    if names is None:
        return label(category, lang)
    return names[1] if lang == "nl" else names[0]


def parse_label(enum: type[E], text: str) -> E | None:
    """The enum value whose stored value or Dutch/English label matches ``text`` (any case).

    Examples
    --------
    >>> parse_label(ActorKind, "Bestuurder")
    <ActorKind.ADMINISTRATOR: 'administrator'>
    >>> parse_label(ActorKind, "unknown") is None
    True
    """
    wanted = text.strip().casefold()
    for member in enum:
        names = (member.value, *LABELS.get(member, ()), *_ALIASES.get(member, ()))
        if wanted in (n.casefold() for n in names):
            return member
    return None


def shown_name(item: object) -> str:
    """How an entity is named in a cell or a choice: its name, a need's decision, else its id
    (a deviation in the register has a number, not a name)."""
    for attr in ("name", "decision"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value.strip():
            return value
    return str(getattr(item, "id", ""))
