"""The domain model of Krachtenveld: pure Python, no Qt, no networkx."""

from models.case import ActorRemoval, Case
from models.entities import Actor, CaseInfo, Mandate, Need, Position, Relationship
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
)
from models.errors import FormatError, KvmapError, ModelError, Problem

__all__ = [
    "Actor",
    "ActorKind",
    "ActorRemoval",
    "Case",
    "CaseInfo",
    "FormatError",
    "Instrument",
    "KvmapError",
    "Mandate",
    "ModelError",
    "Need",
    "Position",
    "Power",
    "Practice",
    "Problem",
    "RelationKind",
    "Relationship",
    "Role",
    "Scope",
    "Sphere",
    "Urgency",
]
