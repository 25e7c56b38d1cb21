"""The things on a map: actors, relationships, mandates, needs, organisations, powers,
agreements, and the case header.

All entities are immutable; the :class:`models.case.Case` aggregate replaces them when a field
changes, so a reference held elsewhere never changes under its holder's feet.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from datetime import date

from models.enums import (
    ActorKind,
    AgreementKind,
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
    default_public_body,
    default_sphere,
)

__all__ = [
    "DEFAULT_STEP_DAYS",
    "Actor",
    "Agreement",
    "CaseInfo",
    "Deviation",
    "Entity",
    "Mandate",
    "Need",
    "Organisation",
    "Position",
    "Power",
    "Relationship",
    "Rule",
]

DEFAULT_STEP_DAYS = 5  # working days one step up a route takes, when the case does not say


@dataclass(frozen=True, slots=True)
class Position:
    """A point on the canvas (scene coordinates, y grows downwards)."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """The case header: what the map is about and the date mandates are judged on."""

    title: str
    intent: str = ""
    description: str = ""
    as_of: date | None = None
    intent_owner: str | None = None  # actor id of the administrator who owns the intent
    step_days: int = DEFAULT_STEP_DAYS  # working days one step up a route takes
    # written only by the anonymised copy (``case.anonymised`` in the file): the mark that lets
    # a later copy replace it without --force (hostile review 6, N3)
    anonymised: bool = False


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, role or organisation on the map."""

    id: str
    name: str
    kind: ActorKind = ActorKind.OTHER
    sphere: Sphere | None = None  # None: derived from kind
    organisation: str = ""  # organisation id, "" for none
    influence: int = 0  # 0..5
    interest: int = 0  # 0..5
    stance: int = 0  # -2..+2 towards the intent
    public_body: bool | None = None  # bestuursorgaan; None: derived from kind
    roles: tuple[Role, ...] = ()
    tags: tuple[str, ...] = ()
    group: str = ""
    notes: str = ""
    position: Position | None = None

    @property
    def effective_sphere(self) -> Sphere:
        """The sphere as given, or the one derived from the kind."""
        return self.sphere if self.sphere is not None else default_sphere(self.kind)

    @property
    def is_public_body(self) -> bool:
        """Whether the actor is a bestuursorgaan: as given, or derived from the kind
        (administrators and councils are, everyone else is not)."""
        return self.public_body if self.public_body is not None else default_public_body(self.kind)


@dataclass(frozen=True, slots=True)
class Relationship:
    """A typed, directed tie between two actors (collaboration is symmetric)."""

    id: str
    source: str
    target: str
    kind: RelationKind
    level: int = 1  # -2..+2; for trust how much source trusts target
    practice: Practice = Practice.BOTH
    label: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Mandate:
    """A power passed from grantor to holder (mandate, delegation, signing, ...)."""

    id: str
    grantor: str
    holder: str
    power: str  # a power id, or a PowerCategory (version 1)
    description: str = ""
    instrument: Instrument = Instrument.MANDATE
    scope: Scope = Scope.GENERAL
    budget: float | None = None
    sub_mandate_levels: int | None = None  # further levels the root body allows (Awb 10:9)
    in_writing: bool | None = True  # None: not recorded whether it was granted in writing
    consent: bool | None = None
    legal_basis: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    practice: Practice = Practice.BOTH
    holder_works_under_grantor: bool | None = None  # None: derived from the hierarchy
    reserves_deviation: bool = False  # the mandate decision keeps deviating (4:84) to the grantor


@dataclass(frozen=True, slots=True)
class Need:
    """A decision the case requires."""

    id: str
    decision: str
    power: str = PowerCategory.OTHER  # a power id, or a PowerCategory
    budget: float | None = None
    handler: str | None = None  # actor id
    organisations: tuple[str, ...] = field(default=())  # organisation ids
    urgency: Urgency = Urgency.MEDIUM
    notes: str = ""
    deadline: date | None = None  # eviction date, end of a statutory decision period
    deviates: bool = False  # the decision departs from the rule it falls under


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation: a municipality, a joint arrangement, a partner ... (a group on the map)."""

    id: str
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    parent: str | None = None  # organisation id
    notes: str = ""
    collapsed: bool = False  # drawn as a collapsed group box


@dataclass(frozen=True, slots=True)
class Power:
    """A bevoegdheid: one power with its legal basis and the public body that holds it."""

    id: str
    name: str
    category: PowerCategory = PowerCategory.OTHER
    legal_basis: str = ""
    rule_type: RuleType = RuleType.STATUTE
    holder: str | None = None  # actor id of the public body holding it by statute
    mandate: MandateRule = MandateRule.ALLOWED
    notes: str = ""
    act: PowerAct = PowerAct.BESLUIT  # a request to a court is no besluit (art. 10:12 Awb)


@dataclass(frozen=True, slots=True)
class Agreement:
    """An agreement between organisations: a covenant, escalation protocol, doorbraakafspraak."""

    id: str
    name: str
    kind: AgreementKind = AgreementKind.OTHER
    parties: tuple[str, ...] = ()  # organisation ids
    decider: str | None = None  # actor id of who takes the joint decision
    covers: tuple[str, ...] = ()  # power ids or PowerCategory values
    in_writing: bool = True
    valid_from: date | None = None
    valid_until: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule the case runs into: where it comes from, who can change it and what it costs.

    ``burden`` is the number of checks or sign-offs the rule adds to every case it applies
    to; ``origin`` says why it was made (an incident or a motion: the risicoregelreflex).
    """

    id: str
    name: str
    rule_type: RuleType = RuleType.INTERNAL
    owner: str | None = None  # actor id of who can change the rule
    applies_to: tuple[str, ...] = ()  # power ids or PowerCategory values
    introduced: date | None = None
    origin: RuleOrigin = RuleOrigin.POLICY
    origin_note: str = ""
    burden: int = 0  # checks or sign-offs added to each case
    practice: Practice = Practice.BOTH
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Deviation:
    """One custom decision in the register of deviations: who departed from which rule, why,
    with what outcome, which earlier deviations it is comparable to and whom it was reported to.
    """

    id: str
    date: _dt.date | None = None
    decided_by: str | None = None  # actor id
    rule: str | None = None  # rule id
    need: str | None = None  # need id
    reason: str = ""
    outcome: Outcome = Outcome.GRANTED
    comparable_to: tuple[str, ...] = ()  # ids of earlier deviations
    reported_to: str | None = None  # actor id
    notes: str = ""


Entity = Actor | Relationship | Mandate | Need | Organisation | Power | Agreement | Rule | Deviation
