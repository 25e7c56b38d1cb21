"""Closed vocabularies of the domain: kinds, spheres, power categories, instruments.

Every enum is a ``StrEnum`` so its value is what the ``.kvmap`` file stores.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ActorKind",
    "AgreementKind",
    "EntityKind",
    "Instrument",
    "LayoutMethod",
    "MandateRule",
    "OrganisationKind",
    "Outcome",
    "PowerAct",
    "PowerCategory",
    "Practice",
    "RelationKind",
    "Role",
    "RuleOrigin",
    "RuleType",
    "Scope",
    "Sphere",
    "Urgency",
    "default_public_body",
    "default_sphere",
]


class LayoutMethod(StrEnum):
    """How :func:`mapper.layout.layout` places the actors (the CLI's ``--method`` values).

    Here, at the bottom of the layers, so the command line offers the choices without
    importing the layout's numpy.
    """

    FORCE = "force"
    HIERARCHY = "hierarchy"
    SPHERES = "spheres"
    GRID = "grid"
    CIRCLE = "circle"


class ActorKind(StrEnum):
    """What an actor on the map is."""

    CITIZEN = "citizen"
    ADMINISTRATOR = "administrator"
    COUNCIL = "council"
    EXECUTIVE = "executive"
    MANAGER = "manager"
    PROFESSIONAL = "professional"
    PARTNER = "partner"
    OVERSIGHT = "oversight"
    MEDIA = "media"
    OTHER = "other"


class Sphere(StrEnum):
    """The world an actor belongs to."""

    POLITICAL = "political"
    ADMINISTRATIVE = "administrative"
    PARTNER = "partner"
    SOCIETY = "society"
    OVERSIGHT = "oversight"


class Role(StrEnum):
    """Roles an actor plays in handling the case."""

    CASE_HANDLER = "case_handler"
    TRIAGE = "triage"
    RULE_OWNER = "rule_owner"
    COORDINATOR = "coordinator"


class RelationKind(StrEnum):
    """Kinds of relationship between two actors (source -> target)."""

    HIERARCHY = "hierarchy"  # source manages target
    ACCOUNTABILITY = "accountability"  # source answers to target
    SIGNAL = "signal"  # source passes signals to target
    ESCALATION = "escalation"  # source can escalate to target
    TRUST = "trust"  # source trusts target (level -2..+2)
    COLLABORATION = "collaboration"  # symmetric
    FEEDBACK = "feedback"  # source feeds lessons back to target


class Practice(StrEnum):
    """The work practice a relationship or mandate belongs to."""

    ROUTINE = "routine"
    MAATWERK = "maatwerk"
    BOTH = "both"


class PowerCategory(StrEnum):
    """Categories of decision power (the version-1 ``power`` values; a ``Power``'s category)."""

    DEVIATE_FROM_RULE = "deviate_from_rule"
    SUSPEND_ROUTINE = "suspend_routine"
    SPEND_BUDGET = "spend_budget"
    TRIAGE = "triage"
    PUSH_THROUGH = "push_through"
    DECIDE_OBJECTION = "decide_objection"
    IMPOSE_FINE = "impose_fine"
    SET_RULES = "set_rules"
    OTHER = "other"


class RuleType(StrEnum):
    """The kind of rule a power rests on; it decides how one may deviate from it."""

    STATUTE = (
        "statute"  # wet: deviation only by a specific clause (3:4 lid 2 weighs within discretion)
    )
    ORDINANCE = "ordinance"  # verordening: deviation needs a hardship clause
    POLICY_RULE = "policy_rule"  # beleidsregel: Awb 4:84 applies
    INTERNAL = "internal"  # werkinstructie, internal rule


class RuleOrigin(StrEnum):
    """Why a rule was made: by policy, after an incident, on a council motion, after an audit."""

    POLICY = "policy"
    INCIDENT = "incident"
    MOTION = "motion"
    AUDIT = "audit"
    OTHER = "other"


class Outcome(StrEnum):
    """The outcome of a request to deviate from a rule."""

    GRANTED = "granted"
    REFUSED = "refused"


class MandateRule(StrEnum):
    """Whether a power may be mandated (Awb 10:3)."""

    ALLOWED = "allowed"
    FORBIDDEN = "forbidden"  # excluded by 10:3 lid 2 or by the attributing rule
    PROVIDED = "provided"  # the attributing rule itself provides for mandate


class PowerAct(StrEnum):
    """What using a power is in law: a besluit (art. 1:3 Awb), or an act that is none, such as
    a request to a court, passed on by machtiging, or a private-law act, passed on by volmacht
    (both art. 10:12 Awb), not by mandate."""

    BESLUIT = "besluit"
    REQUEST = "request"  # a request to a court or another body (verzoek), e.g. a moratorium
    OTHER = "other"  # another act that is no besluit (a procedural or factual act)
    # a privaatrechtelijke rechtshandeling (a contract, a loan agreement): no besluit, passed
    # on by volmacht, to which art. 10:12 Awb applies the mandate rules (eighth jurist, N12)
    PRIVATE_LAW = "private_law"


class OrganisationKind(StrEnum):
    """What an organisation on the map is."""

    MUNICIPALITY = "municipality"
    PROVINCE = "province"
    NATIONAL = "national"
    JOINT_ARRANGEMENT = "joint_arrangement"  # gemeenschappelijke regeling
    PROVIDER = "provider"
    PARTNER = "partner"
    OTHER = "other"


class AgreementKind(StrEnum):
    """Kinds of agreement between organisations."""

    COVENANT = "covenant"
    ESCALATION_PROTOCOL = "escalation_protocol"
    BREAKTHROUGH = "breakthrough"  # doorbraakafspraak
    DATA_SHARING = "data_sharing"
    OTHER = "other"


class EntityKind(StrEnum):
    """The kinds of entity a case holds; the value is the singular word used in files."""

    ACTOR = "actor"
    RELATIONSHIP = "relationship"
    MANDATE = "mandate"
    NEED = "need"
    ORGANISATION = "organisation"
    POWER = "power"
    AGREEMENT = "agreement"
    ACCEPTANCE = "acceptance"
    RULE = "rule"
    DEVIATION = "deviation"


class Instrument(StrEnum):
    """The legal instrument by which a power is passed on (Awb title 10.1)."""

    MANDATE = "mandate"
    POWER_OF_ATTORNEY = "power_of_attorney"
    AUTHORISATION = "authorisation"
    DELEGATION = "delegation"
    SIGNING = "signing"


class Scope(StrEnum):
    """Whether a mandate covers a class of decisions or one case (Awb 10:5)."""

    GENERAL = "general"
    CASE = "case"


class Urgency(StrEnum):
    """How urgent a needed decision is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


_DEFAULT_SPHERE: dict[ActorKind, Sphere] = {
    ActorKind.CITIZEN: Sphere.SOCIETY,
    ActorKind.ADMINISTRATOR: Sphere.POLITICAL,
    ActorKind.COUNCIL: Sphere.POLITICAL,
    ActorKind.EXECUTIVE: Sphere.ADMINISTRATIVE,
    ActorKind.MANAGER: Sphere.ADMINISTRATIVE,
    ActorKind.PROFESSIONAL: Sphere.ADMINISTRATIVE,
    ActorKind.PARTNER: Sphere.PARTNER,
    ActorKind.OVERSIGHT: Sphere.OVERSIGHT,
    ActorKind.MEDIA: Sphere.SOCIETY,
    ActorKind.OTHER: Sphere.SOCIETY,
}


def default_sphere(kind: ActorKind) -> Sphere:
    """Return the sphere an actor of ``kind`` belongs to when none is given.

    Examples
    --------
    >>> default_sphere(ActorKind.COUNCIL).value
    'political'
    """
    return _DEFAULT_SPHERE[kind]


def default_public_body(kind: ActorKind) -> bool:
    """Whether an actor of ``kind`` is a bestuursorgaan when not said otherwise.

    Examples
    --------
    >>> default_public_body(ActorKind.ADMINISTRATOR), default_public_body(ActorKind.MANAGER)
    (True, False)
    """
    return kind in (ActorKind.ADMINISTRATOR, ActorKind.COUNCIL)
