"""A person's own name after a role or in a one-person firm's name, without brackets, title or
initials (issue 16, session 10): "Consulent Jan Visser" is the consulent Jan Visser, and
"Klusbedrijf Jansen" is Mr Jansen's own business, so the owner's name is personal data (art. 4
AVG). The role and the kind of firm stay; the name goes. What reads as a role's or a firm's
own words stays: "Wethouder Sociaal Domein", "Teamleider Wijkteam Noord", "Klusbedrijf
Rivierstad Noord", "Raad voor de Kinderbescherming".

Examples
--------
>>> role_person("Consulent Jan Visser"), role_person("Wijkverpleegkundige Karin Smit-Bakker")
(('Consulent', 'Jan Visser'), ('Wijkverpleegkundige', 'Karin Smit-Bakker'))
>>> role_person("Wethouder Sociaal Domein"), role_person("Jurist Ruimtelijke Ordening")
(None, None)
>>> firm_owner("Klusbedrijf Jansen"), firm_owner("Schoonmaakbedrijf Noord")
(('Klusbedrijf', 'Jansen'), None)
"""

from __future__ import annotations

import re

__all__ = ["DOMAIN_WORDS", "firm_owner", "own_words", "role_person"]

# words that name a role: a name of one of them, then a first name and a surname, names a
# person in that role (a compound counts: "Jeugdconsulent", "Schuldhulpmedewerker")
_ROLE = re.compile(
    r"(?:consulent|medewerker|kundige|coach|regisseur|manager|leider|adviseur|jurist|ambtenaar|"
    r"werker|beschermer|onderzoeker|wethouder|burgemeester|secretaris|directeur|hoofd|"
    r"officier|rechter|advocaat|notaris|bewindvoerder|deurwaarder|mentor|curator|begeleider|"
    r"behandelaar|verlener|arts|agent|handhaver|inspecteur|ombudsman|ombudsvrouw|"
    r"casemanager|caseworker|officer|adviser|advisor|worker|director|alderman|mayor|nurse|"
    r"lawyer|councillor|raadslid|boa|journalist|verslaggever|correspondent|columnist|reporter)$",
    re.IGNORECASE,
)
# the kinds of firm one person runs under their own name ("Klusbedrijf Jansen",
# "Schoonmaakbedrijf P. de Vries", "Taxibedrijf Yilmaz", "Kapsalon Anita")
_FIRM = re.compile(
    r"(?:bedrijf|bedrijfje|handel|zaak|winkel|salon|bakkerij|slagerij|kwekerij|garage|"
    r"onderneming|klussen|klusbedrijf|klusservice|schilderwerken|timmerwerken|hoveniers?)$",
    re.IGNORECASE,
)
# capitalised words that are a role's, a body's or a place's own words, never a first name or
# a surname here ("Wethouder Sociaal Domein", "Consulent Wijkteam Noord")
DOMAIN_WORDS = frozenset((
    "sociaal", "sociale", "domein", "zorg", "jeugd", "jeugdzorg", "wonen", "werk", "inkomen",
    "schuldhulp", "schulden", "armoede", "participatie", "publiekszaken", "welzijn",
    "veiligheid", "handhaving", "wijkteam", "team", "noord", "zuid", "oost", "west", "centrum",
    "stad", "regio", "gemeente", "wmo", "beleid", "juridische", "zaken", "financien",
    "financiën", "bijstand", "uitvoering", "dienstverlening", "onderwijs", "leerplicht",
    "jeugdhulp", "toegang", "backoffice", "frontoffice", "klantcontact", "vergunningen",
    "ruimte", "economie", "openbare", "orde", "sport", "cultuur", "college", "raad", "staf",
    "bestuur", "directie", "afdeling", "dienst", "wijk", "buurt", "dorp", "binnenstad",
    "social", "domain", "youth", "care", "housing", "work", "income", "debt", "north",
    "south", "east", "west", "city", "region", "council", "services", "service", "support",
    "general", "algemeen", "algemene", "senior", "junior", "extern", "externe", "intern",
    "interne", "tijdelijk", "tijdelijke", "plaatsvervangend", "plaatsvervangende",
    "coördinerend", "coordinerend", "eerste", "tweede", "derde", "groot", "klein", "onderhoud",
    "schoonmaak", "bouw", "installatie", "techniek", "transport", "logistiek", "holding",
    "regionaal", "regionale", "expertise",
))  # fmt: skip
_WORD = r"(?-i:[A-Z][a-zà-ÿ]+)"
_SURNAME = rf"{_WORD}(?:-{_WORD})?"
_ROLE_PERSON = re.compile(rf"^(?P<role>[^\W\d_][\w-]*)\s+(?P<person>{_WORD}\s+{_SURNAME})$")
_PARTICLES = r"(?:(?i:van|de|der|den|ten|ter|te|el|al)\s+)*"
_FIRST = rf"(?:(?-i:[A-Z])\.\s?){{1,3}}|{_WORD}\s+"  # "P. de Vries", "Ali Yilmaz"
_FIRM_OWNER = re.compile(
    rf"^(?P<firm>[^\W\d_][\w-]*)\s+(?P<person>(?:{_FIRST})?{_PARTICLES}{_SURNAME})$"
)


# a word of a role's or a field's name by its ending: an abstract noun anywhere ("Gezondheid",
# "Justitie", "Kwaliteit", "Vennootschap"; a team, "Expertiseteam": twelfth jurist L4), a
# particle written with a capital ("Officier Van Justitie"), and in the first name's place an
# adjective ("Publieke", "Ruimtelijke", "Juridische", "Financiële", "Integrale", "Openbare"; a
# surname such as "Hale" stays a name)
_NOUNISH = re.compile(
    r"(?:heid|tie|sie|teit|schap|team)$|^(?:van|de|der|den|het|en|voor|of|and|for)$", re.IGNORECASE
)
_ADJECTIVE = re.compile(r"(?:lijke|ische|blieke|tieke|iële|ële|ale|are)$", re.IGNORECASE)


def own_words(person: str) -> bool:
    """Whether none of the words of ``person`` is a role's, body's or place's own word."""
    words = re.split(r"[\s-]+", person)
    if len(words) > 1 and _ADJECTIVE.search(words[0]):
        return False
    return not any(w.casefold() in DOMAIN_WORDS or _NOUNISH.search(w) for w in words)


def role_person(name: str) -> tuple[str, str] | None:
    """(role, person) when ``name`` is one role word and a first name and a surname
    ("Consulent Jan Visser"), else None."""
    match = _ROLE_PERSON.match(name.strip())
    if match is None or not _ROLE.search(match.group("role")) or not own_words(match["person"]):
        return None
    return match.group("role"), match.group("person")


def firm_owner(name: str) -> tuple[str, str] | None:
    """(kind of firm, owner) when ``name`` is one word for a kind of firm and a surname,
    with or without a first name ("Klusbedrijf Jansen", "Taxibedrijf Ali Yilmaz"), else None."""
    match = _FIRM_OWNER.match(name.strip())
    if match is None or not _FIRM.search(match.group("firm")) or not own_words(match["person"]):
        return None
    return match.group("firm"), match.group("person")
