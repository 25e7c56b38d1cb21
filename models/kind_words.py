"""The kind a new actor's name suggests ("Wethouder Zorg" is an administrator), so the kind
chooser on the map offers it and one Return accepts it (new user, eighth round N4: every
new actor outside a box was an "Other"). Words after the domain vocabulary
(/work/shared/domain/README.md), Dutch and English; a word inside a Dutch compound counts
("Woonconsulent", "Schuldhulpmedewerker"). Checked in this order, so a staff member of a
partner ("Woonconsulent Corporatie") is the partner's and "Casemanager" a professional.
Care and school staff are a partner's, as the templates have them ("Huisarts", "Jeugdarts
GGD", "Wijkverpleegkundige", "Intern begeleider basisschool"): a care provider or a school
is a partner organisation (domain README), not the municipality's own staff.

Examples
--------
>>> guess_kind("Wethouder Zorg").name
'ADMINISTRATOR'
>>> guess_kind("Woonconsulent Corporatie").name
'PARTNER'
>>> guess_kind("Teamleider Schuldhulp").name
'MANAGER'
>>> guess_kind("Mevrouw de Vries").name
'CITIZEN'
>>> guess_kind("Raad voor de Kinderbescherming").name
'PARTNER'
>>> guess_kind("Intern begeleider basisschool").name
'PARTNER'
>>> guess_kind("Ambulant begeleider").name
'PROFESSIONAL'
>>> guess_kind("Wijkcoach") is None
False
>>> guess_kind("Nieuwe actor 3") is None
True
"""

from __future__ import annotations

import re
from itertools import pairwise

from models.enums import ActorKind

__all__ = ["guess_kind"]

# word pairs that name a role no single word of them names: "Intern begeleider" is a
# school's, where a "begeleider" alone is a frontline professional; checked first
_PHRASES: tuple[tuple[ActorKind, tuple[str, str]], ...] = (
    (ActorKind.PARTNER, ("intern", "begeleider")),
    (ActorKind.PARTNER, ("interne", "begeleider")),
    (ActorKind.PARTNER, ("needs", "coordinator")),
)

# (kind, words found anywhere in a word, words that must be a whole word); first match wins
_RULES: tuple[tuple[ActorKind, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ActorKind.OVERSIGHT,
        ("ombudsman", "ombudsvrouw", "toezichthouder", "inspectie", "rekenkamer", "auditor"),
        ("ombudsperson", "inspectorate", "regulator"),
    ),
    (
        ActorKind.MEDIA,
        ("dagblad", "krant", "journalist", "verslaggever", "omroep", "newspaper", "reporter"),
        ("media", "nieuws", "news", "tv", "radio"),
    ),
    (
        ActorKind.PARTNER,
        (
            "corporatie",
            "zorgaanbieder",
            "aanbieder",
            "kredietbank",
            "deurwaarder",
            "zorgverzekeraar",
            "verzekeraar",
            "thuiszorg",
            "zorggroep",
            "reclassering",
            "kinderbescherming",
            "woningbouw",
            "politie",
            "stichting",
            "housing",
            "provider",
            "belastingsamenwerking",
            "belastingdienst",
            "huisarts",
            "jeugdarts",
            "schoolarts",
            "verpleegkundig",
            "school",
            "doctor",
            "nurse",
        ),
        ("ggz", "ggd", "arts", "gp", "uwv", "svb", "cak", "police", "association"),
    ),
    (
        ActorKind.ADMINISTRATOR,
        ("wethouder", "burgemeester", "gedeputeerde", "alderman", "mayor"),
        ("college", "dagelijks", "executive"),
    ),
    (
        ActorKind.COUNCIL,
        ("gemeenteraad", "raadslid", "raadsleden", "fractie", "councillor"),
        ("raad", "council"),
    ),
    (ActorKind.EXECUTIVE, ("secretaris", "directeur", "director"), ("secretary",)),
    (
        ActorKind.PROFESSIONAL,
        (
            "consulent",
            "medewerker",
            "jurist",
            "casemanager",
            "regisseur",
            "coach",
            "adviseur",
            "handhaver",
            "ambtenaar",
            "behandelaar",
            "hulpverlener",
            "maatschappelijk",
            "uitvoerder",
            "professional",
            "caseworker",
            "officer",
            "lawyer",
            "adviser",
            "advisor",
            "worker",
            "begeleider",
        ),
        ("werker", "team"),
    ),
    (
        ActorKind.MANAGER,
        ("manager", "teamleider", "afdelingshoofd", "leidinggevende", "teamlead"),
        ("hoofd", "head"),
    ),
    (
        ActorKind.CITIZEN,
        (
            "inwoner",
            "bewoner",
            "burger",
            "huurder",
            "cliënt",
            "client",
            "mevrouw",
            "meneer",
            "gezin",
            "familie",
            "moeder",
            "vader",
            "resident",
            "citizen",
            "tenant",
        ),
        ("dhr", "mevr", "mw", "heer", "ouder", "ouders", "mrs", "ms"),
    ),
)


def guess_kind(name: str) -> ActorKind | None:
    """The kind ``name`` suggests, or None where no word of it is known."""
    words = [w for w in re.split(r"[^\w]+", name.casefold()) if w]
    for kind, (first, second) in _PHRASES:
        if any(pair == (first, second) for pair in pairwise(words)):
            return kind
    for kind, inside, whole in _RULES:
        if any(w in whole for w in words):
            return kind
        if any(part in w for w in words for part in inside):
            return kind
    return None
