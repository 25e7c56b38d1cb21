"""The things on a map: actors, relationships, mandates, needs, and the case header.

All entities are immutable; the :class:`models.case.Case` aggregate replaces them when a field
changes, so a reference held elsewhere never changes under its holder's feet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.enums import (
    ActorKind,
    Instrument,
    Power,
    Practice,
    RelationKind,
    Role,
    Scope,
    Sphere,
    Urgency,
    default_sphere,
)

__all__ = ["Actor", "CaseInfo", "Mandate", "Need", "Position", "Relationship"]


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


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, role or organisation on the map."""

    id: str
    name: str
    kind: ActorKind = ActorKind.OTHER
    sphere: Sphere | None = None  # None: derived from kind
    organisation: str = ""
    influence: int = 0  # 0..5
    interest: int = 0  # 0..5
    stance: int = 0  # -2..+2 towards the intent
    powers: tuple[Power, ...] = ()  # held by law (bestuursorgaan)
    roles: tuple[Role, ...] = ()
    tags: tuple[str, ...] = ()
    group: str = ""
    notes: str = ""
    position: Position | None = None

    @property
    def effective_sphere(self) -> Sphere:
        """The sphere as given, or the one derived from the kind."""
        return self.sphere if self.sphere is not None else default_sphere(self.kind)


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
    power: Power
    description: str = ""
    instrument: Instrument = Instrument.MANDATE
    scope: Scope = Scope.GENERAL
    budget: float | None = None
    sub_mandate_allowed: bool = False
    in_writing: bool = True
    consent: bool | None = None
    legal_basis: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    practice: Practice = Practice.BOTH


@dataclass(frozen=True, slots=True)
class Need:
    """A decision the case requires."""

    id: str
    decision: str
    power: Power = Power.OTHER
    budget: float | None = None
    handler: str | None = None  # actor id
    organisations: tuple[str, ...] = field(default=())
    urgency: Urgency = Urgency.MEDIUM
    notes: str = ""
