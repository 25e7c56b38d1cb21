"""Dutch role words in English sentences (new user, seventh round, 7).

An actor's name is a name, also in English: "the Gemeentesecretaris", "the Wijkcoach", as
typed (new user, tenth round, N6: "Wijkcoach" became "the neighbourhood coach"). Only the
app's own word for a role is English: a long name ("Consulent wijkteam (Sanne)", "Teamleider
Wijkteam Noord") is named by its role alone after the first time, and that role is English
("the consultant", "the team leader"); a name in known role words only
(:func:`english_role`) has no shorter form. A Dutch role word is never lowercased inside an
English sentence.

Examples
--------
>>> english_role("Gemeentesecretaris"), english_role("Oudere inwoner")
('municipal secretary', 'older resident')
>>> english_role("Huishouden met schulden"), english_role("Ouders en kind")
('household with debts', 'parents and child')
>>> english_role("Consulent wijkteam (Sanne)") is None
True
>>> english_head("Consulent wijkteam (Sanne)"), english_head("Wmo-consulent")
('consultant', 'Wmo consultant')
>>> english_head("Rivierstad Dagblad")
''

A numbered name's short form is the name without its number, not its English role: "the
director" after "the Directeur 2.1" read as someone else (rev-jurist17b N6).

>>> english_short("Teamleider Wijkteam Noord"), english_short("Directeur 2.1")
('team leader', 'Directeur')
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["english_head", "english_role", "english_short"]

# role nouns: Dutch → English
_NOUNS = {
    "wethouder": "alderman", "burgemeester": "mayor", "gemeentesecretaris": "municipal secretary",
    "secretaris": "secretary", "gemeenteraad": "municipal council", "raad": "council",
    "manager": "manager", "contractmanager": "contract manager", "teamleider": "team leader",
    "directeur": "director", "consulent": "consultant", "jeugdconsulent": "youth consultant",
    "woonconsulent": "housing consultant", "inkomensconsulent": "income consultant",
    "beleidsadviseur": "policy adviser", "adviseur": "adviser", "jurist": "lawyer",
    "casusregisseur": "case director", "regisseur": "director", "coördinator": "coordinator",
    "medewerker": "officer", "behandelaar": "case handler", "uitvoerder": "case handler",
    "huisarts": "GP", "arts": "doctor", "wijkverpleegkundige": "district nurse",
    "verpleegkundige": "nurse", "psycholoog": "psychologist", "therapeut": "therapist",
    "moeder": "mother", "vader": "father", "ouder": "parent", "ouders": "parents",
    "pleegouder": "foster parent", "pleegouders": "foster parents", "kind": "child",
    "kinderen": "children", "jongere": "young person", "inwoner": "resident",
    "bewoner": "resident", "huurder": "tenant", "mantelzorger": "informal carer",
    "gezin": "family", "huishouden": "household", "schulden": "debts",
    "deurwaarder": "bailiff", "deurwaarderskantoor": "bailiff's office",
    "invorderingsambtenaar": "tax collector", "schuldhulpverlener": "debt counsellor",
    "hulpverlener": "care worker", "cliëntondersteuner": "client supporter",
    "ombudsman": "ombudsman", "ombudsvrouw": "ombudsman", "toezichthouder": "supervisor",
    "handhaver": "enforcement officer", "wijkagent": "community police officer",
    "agent": "police officer", "leerkracht": "teacher", "voogd": "guardian",
    "mentor": "mentor", "rechter": "judge", "griffier": "clerk", "verhuurder": "landlord",
    "werkgever": "employer", "woningcorporatie": "housing corporation",
    "wijkteam": "neighbourhood team", "jeugdteam": "youth team", "buurman": "neighbour",
    "buurvrouw": "neighbour", "begeleider": "support worker", "coach": "coach",
    "wijkcoach": "neighbourhood coach", "aanbieder": "provider",
    "zorgaanbieder": "care provider", "jeugdhulpaanbieder": "youth care provider",
    "gedragswetenschapper": "behavioural scientist",
}  # fmt: skip

# adjectives before a role noun
_ADJECTIVES = {
    "gemeentelijke": "municipal", "onafhankelijke": "independent", "oudere": "older",
    "jonge": "young", "intern": "internal", "interne": "internal", "externe": "external",
    "alleenstaande": "single", "zelfstandig": "independent", "eerste": "first",
}  # fmt: skip

_JOINS = {"en": "and", "met": "with"}

# whole names in which the order changes in English
_PHRASES = {
    "fractievoorzitter oppositie": "opposition group leader",
    "intern begeleider": "special needs coordinator",
    "intern begeleider school": "school's special needs coordinator",
}


@lru_cache(maxsize=4096)
def english_role(name: str) -> str | None:
    """``name`` in English when it is a Dutch role in known words (adjectives, a role noun,
    joined by "en"/"met"), in lower case without article; ``None`` otherwise."""
    words = name.casefold().split()
    if not words:
        return None
    if (phrase := _PHRASES.get(" ".join(words))) is not None:
        return phrase
    out: list[str] = []
    noun = False  # a noun must follow its adjectives before a join
    for i, w in enumerate(words):
        if w in _JOINS and noun and i + 1 < len(words):
            out.append(_JOINS[w])
            noun = False
        elif w in _ADJECTIVES and not noun:
            out.append(_ADJECTIVES[w])
        elif w in _NOUNS and not noun:
            out.append(_NOUNS[w])
            noun = True
        else:
            return None
    return " ".join(out) if noun else None


@lru_cache(maxsize=4096)
def english_head(name: str) -> str:
    """The English role of the role noun ``name`` starts with ("consultant" of "Consulent
    wijkteam"; "Wmo consultant" of "Wmo-consulent"), "" when that is not a known role."""
    words = name.split()
    if not words:
        return ""
    first = words[0]
    if first.casefold() in _ADJECTIVES and len(words) > 1:
        adjective, first = _ADJECTIVES[first.casefold()] + " ", words[1]
    else:
        adjective = ""
    prefix, _, tail = first.rpartition("-")
    noun = _NOUNS.get(tail.casefold())
    if noun is None:
        return ""
    return f"{adjective}{prefix} {noun}" if prefix else f"{adjective}{noun}"


_NUMBERED = re.compile(r"\s+\d+(?:\.\d+)*\Z")


@lru_cache(maxsize=4096)
def english_short(name: str) -> str:
    """The short form of a long role ``name`` in English, without article: its English role
    (:func:`english_head`), but a numbered role by its name without the number ("Directeur"
    of "Directeur 2.1"), so that it reads as the one named before; "" when it has none."""
    head = english_head(name)
    numbered = _NUMBERED.search(name)
    # a college is named in full every time (jur18d): "the College B&W" in a note to the
    # College B&W 1 could be either (mapper.name_again keeps the remedies merged)
    return name[: numbered.start()] if numbered and head else head
