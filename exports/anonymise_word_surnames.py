"""A resident's surname that is an everyday word ("Visser", "Noord", "de Groot") or a first name
that is one ("Ben", "Roos"): where it names the resident and where it is the word or part of
another name (hostile reviews 6 N2, 8 N1, 10 H1/H6, 11 N1). Written with a capital after any
capitalised word it is the resident ("Hulpvraag Visser"); in small letters, as a point of the
compass in a quarter or team ("Wijkteam Noord") or in a hyphenated compound ("Hugo de
Groot-school") it is not. Read by the cleaner (:mod:`exports.anonymise_names`) and, for the
shared keep rules, by the copy's check.

Examples
--------
>>> bare_word("visser", "De "), bare_word("Visser", "De ")
(True, False)
>>> in_a_name("Noord", "Wijkteam "), in_a_name("Visser", "Hulpvraag ")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exports.anonymise_everyday import starts_a_sentence_only
from exports.anonymise_spelling import fold, is_particle

__all__ = [
    "COMMON_WORDS",
    "EVERYDAY_NAMES",
    "FAMILY_AFTER",
    "OTHER_SURNAME",
    "another_name_here",
    "bare_word",
    "everyday",
    "in_a_name",
    "other_half",
    "without_half_before",
]

# surnames that are everyday words ("Jan Post": "de post"; "Henk Noord": "Wijkteam Noord"):
# such a surname alone names the resident only after a title or an initial ("mevrouw Post",
# "J. Post"), or as part of the whole name (hostile review 6 N2)
COMMON_WORDS = frozenset((
    "post", "noord", "zuid", "oost", "west", "groot", "klein", "kort", "lang", "jong", "oude",
    "wit", "zwart", "bruin", "rood", "groen", "blauw", "mol", "vos", "wolf", "haan", "kok",
    "bos", "berg", "hof", "hoek", "brink", "beek", "veen", "dijk", "meer", "water",
    "kamp", "visser", "bakker", "koning", "keizer", "prins", "graaf", "ridder", "schipper",
    "boer", "koster", "molenaar", "schaap", "bok", "kat", "vink", "kraai", "maan", "zon",
    "ster", "steen", "hout", "goud", "zilver", "koper", "tuin", "weg", "straat", "plein",
    "school", "winter", "zomer", "vrij", "blij", "snel", "stil", "sterk", "goed", "recht",
    "raad", "huis", "dag", "nacht", "hart", "hand", "voet", "kop", "arm", "been", "bloem",
    "roos", "linde", "eik", "wilg", "riet", "akker", "veld", "bosch", "laan", "poort", "brug",
    "sluis", "haven", "kaag", "zand", "klei", "zee", "storm", "wind", "regen", "sneeuw",
    "vogel", "zwaan", "kraan", "hoorn", "horn", "paus", "smid", "smit", "baas", "knecht",
    "mulder",
))  # fmt: skip
_TITLED = re.compile(
    r"(?:(?:mevrouw|meneer|de heer|mevr\.?|mw\.?|dhr\.?|mr\.|mrs\.|ms\.|gezin|familie|fam\.)\s+"
    r"|(?<![^\W_])(?-i:[A-Z])\.\s?)$",
    re.IGNORECASE,
)


# first names that are everyday words ("Ben", "Mark", "Roos"): written in small letters they
# are the word ("ik ben", "de roos"), never the resident
EVERYDAY_NAMES = frozenset((
    "ben", "mark", "roos", "hoop", "bas", "fleur", "jet", "will", "may", "sterre", "dewi",
    "lente", "zon", "storm", "bloem", "hanna", "wil", "gijs", "job", "pim", "ruben", "joy",
))  # fmt: skip


def everyday(found: str) -> bool:
    """Whether ``found``, as a text writes it, is an everyday word in small letters that is
    also a resident's first name ("ik ben" for "Meneer Ben de Vries")."""
    return found.islower() and found in EVERYDAY_NAMES


def bare_word(found: str, before: str) -> bool:
    """Whether ``found``, a resident's surname as the text writes it, is an everyday word in
    small letters with no title or initial just ``before`` it: then it is the word ("de post",
    "de visser vist"). Written with a capital anywhere, in capitals or sentence-initial it is
    the resident ("Visser belde", "VISSER, Anna", "Casus Visser": hostile review 8, N1)."""
    words = fold(found).split()
    # a first name with it is the whole name ("anna visser"), never the word
    return (
        len([w for w in words if not is_particle(w)]) == 1
        and words[-1].islower()  # "De boer vist" for a resident "De Boer": the word
        and words[-1] in COMMON_WORDS
        and not _TITLED.search(before[-20:])
        # "jansen-visser" is the name, "zwart-wit", "rivierstad-noord" the words (review 10)
        and not (_DOUBLE.search(before[-40:]) and words[-1] not in _COMPASS)
    )


_COMPASS = frozenset(("noord", "zuid", "oost", "west"))
_DOUBLE = re.compile(
    r"(?<![^\W_])(?!(?:" + "|".join(sorted(COMMON_WORDS)) + r")-)[^\W\d_]{2,}-$", re.IGNORECASE
)
_CAPITAL_BEFORE = re.compile(r"(?<![^\W_])(?P<word>(?-i:[A-Z])[\w]*)[\s-]+$")
# words before a surname that make it the resident's, even with their capital ("Casus
# Visser", "Gezin Visser": hostile review 8, N1)
# the case-work nouns a caseworker writes before a name ("Aanvraag Visser", "Huisbezoek
# Visser", "Brief Visser", "Kinderen Visser": hostile review 10, H1);
# anonymise_first reads them too
CASE_NOUNS = frozenset((
    "casus", "zaak", "dossier", "gezin", "familie", "fam", "family", "household", "aanvraag",
    "brief", "melding", "huisbezoek", "bezoek", "gesprek", "schuld", "schulden", "kinderen",
    "kind", "ontruiming", "stand", "notitie", "bijstand", "besluit", "beschikking", "bezwaar",
    "uitkering", "verzoek", "klacht", "afspraak", "overleg", "intake", "plan", "rapport",
    "verslag", "situatie", "woning", "huur", "huurachterstand", "achterstand", "betaling", "mail",
    "email", "e-mail", "telefoon", "contact", "client", "cliënt", "inwoner", "bewoner",
    "huishouden", "application", "letter", "visit", "call", "meeting", "debt", "children",
    "eviction", "note", "report", "complaint", "request", "case", "file",
))  # fmt: skip
_NAMING = CASE_NOUNS | frozenset((
    "dochter", "zoon", "moeder", "vader", "partner", "echtgenoot", "echtgenote",
))  # fmt: skip


_COMPOUND = re.compile(r"-[a-zà-ÿ]{3,}")


def in_a_name(
    core: str, before: str, known: Callable[[str], bool] = lambda _: False, after: str = ""
) -> bool:
    """Whether ``core``, a resident's name that is one everyday word ("Noord"), stands right
    after another capitalised word that is no title, no word that names a case or household
    and no resident's name (``known``), in a quarter or team ("Wijkteam Noord", review 6 N1)
    or a compound ("Hugo de Groot-school"); else it is the resident: "Jansen-Visser", "Casus
    Visser" (8, N1), "Hulpvraag Visser", after any noun (a list is never whole; 11, N1)."""
    capital = _CAPITAL_BEFORE.search(before[-40:])
    *lead, last = fold(core).casefold().split() or [""]
    # with its particle only in a compound named after another person: "Hugo de Groot-school"
    # for "Mw. A. de Groot" (review 10, H6), where "Rapportage de Groot" is the resident
    return (
        last in COMMON_WORDS
        and all(is_particle(w) for w in lead)
        and (_COMPOUND.match(after) is not None or (not lead and last in _COMPASS))
        and capital is not None
        and capital.group("word").casefold() not in _NAMING
        and not known(capital.group("word"))
        and not starts_a_sentence_only(before[-40:])  # "Zie Visser", "Volgens Bakker"
        and not _TITLED.search(before[-20:].rstrip(" -") + " ")
    )


# a particle with a capital before a surname makes it another surname ("Deurwaarderskantoor
# Van Dam" is not "Mevrouw Dam"), as does a first name with a particle ("Piet van Dam")
OTHER_SURNAME = re.compile(
    r"(?:(?<![^\W_])(?-i:Van|Ter|Ten|Den|Der|Te|Op|Uit|In|Vander)(?:\s+(?:de|der|den|het|'t))?"
    r"|(?<=[\w,;:)] )(?-i:[A-Z])[\w-]+\s+(?:van|ter|ten|te|op|uit)(?:\s+(?:de|der|den|het|'t))?)"
    r"\s+$",
    re.IGNORECASE,
)


# the other half of a double surname and a household's word after the resident's surname:
# "Visser-Bakker", "Smit-Bakker", "De Groot-Bakker", "The Visser family", "De Visser-familie"
# are the resident (or the household) whole, never "de inwoner-Bakker" (hostile review 12, P3)
_HALF_AFTER = re.compile(
    r"-(?:(?i:van|de|der|den|ter|ten|te|el|al)\s+)*(?P<half>(?-i:[A-Z])[^\W\d_]+)(?![^\W_])"
    r"|[ -](?i:familie|family|household|gezin|huishouden)(?![^\W_])"
    # "Visser, A." and a year of birth after it ("Visser, A. (1980)": P4)
    r"|,\s*(?-i:[A-Z])\.(?:\s?(?-i:[A-Z])\.){0,2}(?![\w])(?:\s*\((?:19|20)\d\d\))?"
)
# with its particle ("Anna de Groot-Visser": the resident whole, O1)
_HALF_BEFORE = re.compile(r"(?<![^\W_])(?:(?:van|de|der|den|ter|ten|te)\s+)*(?-i:[A-Z])[^\W\d_]+-$")
FAMILY_AFTER = re.compile(r"[ -](?:familie|family|household|gezin|huishouden)(?![^\W_])", re.I)


def other_half(text: str, end: int) -> int:
    """How many characters after ``end`` belong to the name that ends there: the other half
    of a double surname with its capital ("-Bakker", "-de Groot") or a household's word.

    >>> other_half("Visser-Bakker belde", 6), other_half("Visser-school", 6)
    (7, 0)
    >>> other_half("The Visser family stays", 10)
    7
    """
    match = _HALF_AFTER.match(text, end)
    if match is None or (match.group("half") or "").casefold() in _NAMING:
        return 0  # "Pietersen-Dossier", a tag: the case's word
    return len(match.group(0))


def without_half_before(between: str) -> str:
    """``between`` without a capitalised first half of a double surname at its end ("Smit-").

    >>> without_half_before("Mevrouw Smit-"), without_half_before("Hugo de ")
    ('Mevrouw ', 'Hugo de ')
    """
    return _HALF_BEFORE.sub("", between)


# a place's name that starts with a word that is also a surname ("Groot-Ammers", "Oud-Beijerland",
# "Noord-Scharwoude"), and a shop's name with an adjective ("Warme Bakker", "Echte Bakker"):
# they stay, for the cleaner and the check alike (hostile review 12, P7)
_PLACE_HEADS = frozenset((
    "groot", "klein", "oud", "oude", "nieuw", "nieuwe", "noord", "zuid", "oost", "west", "hoog",
    "laag", "sint", "midden", "boven", "beneden", "neder", "over",
))  # fmt: skip
_PLACE_AFTER = re.compile(r"-(?-i:[A-Z])[a-zà-ÿ]{2,}")
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![^\W_])(?-i:Warme|Echte|Oude|Nieuwe|Goede|Beste|Eerste|Grote|Kleine|Lokale|Verse|"
    r"Vrolijke|Ambachtelijke|Hollandse|Zeeuwse|Friese|Brabantse|Limburgse|Twentse|Groninger)\s+$"
)


def another_name_here(core: str, before: str, after: str) -> bool:
    """Whether ``core``, a resident's surname of one word written with its capital, starts a
    place's name ("Gemeente Groot-Ammers") or is a shop's word after an adjective ("Warme
    Bakker levert brood"), not the resident.

    >>> another_name_here("Groot", "Gemeente ", "-Ammers helpt")
    True
    >>> another_name_here("Bakker", "Warme ", " levert")
    True
    >>> another_name_here("Bakker", "Mevrouw ", "-Smit"), another_name_here("Groot", "", " belde")
    (False, False)
    """
    word = fold(core).casefold()
    if " " in word:
        return False
    place = word in _PLACE_HEADS and _PLACE_AFTER.match(after) is not None
    return place or (word in COMMON_WORDS and _ADJECTIVE_BEFORE.search(before[-30:]) is not None)
