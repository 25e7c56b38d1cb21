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
    "OTHER_SURNAME",
    "bare_word",
    "everyday",
    "in_a_name",
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
# and the case-work nouns a caseworker writes before a name ("Aanvraag Visser", "Huisbezoek
# Visser", "Brief Visser", "Kinderen Visser": hostile review 10, H1)
_NAMING = frozenset((
    "casus", "zaak", "dossier", "gezin", "familie", "fam", "family", "household",
    "aanvraag", "brief", "melding", "huisbezoek", "bezoek", "gesprek", "schuld", "schulden",
    "kinderen", "kind", "ontruiming", "stand", "notitie", "bijstand", "besluit", "beschikking",
    "bezwaar", "uitkering", "verzoek", "klacht", "afspraak", "overleg", "intake", "plan",
    "rapport", "verslag", "situatie", "woning", "huur", "huurachterstand", "achterstand",
    "betaling", "mail", "email", "e-mail", "telefoon", "contact", "dochter", "zoon", "moeder",
    "vader", "partner", "echtgenoot", "echtgenote", "client", "cliënt", "inwoner", "bewoner",
    "huishouden", "application", "letter", "visit", "call", "meeting", "debt", "children",
    "eviction", "note", "report", "complaint", "request", "case", "file",
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
