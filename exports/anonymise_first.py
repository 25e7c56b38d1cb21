"""Whether a capitalised word right before a resident's surname is a relative's first name
("Daan Visser wacht op hulp", "Sam Visser is at school": hostile review 13b, S1) or a word
that names the case, a role, a body or the time ("Hulpvraag Visser", "Consulent Visser",
"Gisteren Visser gebeld"), read alike by the cleaner and the copy's check.

A text gives no list of first names; what is no first name is listed instead: the cleaner's
and the check's own lists of function words, titles, kinship, roles, offices and bodies, the
nouns a caseworker writes before a name, and the endings of Dutch nouns ("Houding",
"Rapportage", "Ontruimingsvonnis"). Anything else with a capital before the surname is a
person: the copy gives that person a letter ("X wacht op hulp"). A noun the lists miss
becomes a letter too, which loses a word but names nobody.

>>> [a_first_name(w) for w in ("Daan", "Sam", "Mark-Jan", "Annie")]
[True, True, True, True]
>>> [a_first_name(w) for w in ("Hulpvraag", "Houding", "Consulent", "Gisteren", "Zoon", "Dr")]
[False, False, False, False, False, False]
>>> a_first_name("daan"), a_first_name("Rapportage"), a_first_name("Ontruimingsvonnis")
(False, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from exports.anonymise_everyday import ADJECTIVES, FUNCTION_WORDS
from exports.anonymise_identifiers import YEAR_LEFT_OUT
from exports.anonymise_kin_words import KIN_WORDS, PROFESSIONS
from exports.anonymise_parts import RELATIONS, TITLES
from exports.anonymise_persons import DOMAIN_WORDS
from exports.anonymise_spelling import HYPHENS, fold
from exports.anonymise_surname_first import initial_relative, surname_first
from exports.anonymise_titled import _ACRONYMS, FAMILY, NOT_NAMES, Letters
from exports.anonymise_word_surnames import CASE_NOUNS

__all__ = [
    "a_first_name",
    "a_person",
    "first_name_after",
    "first_name_before",
    "person_around",
    "relative_named",
    "relative_of_resident",
    "relatives_here",
    "relatives_said",
    "relatives_start",
]

_FIRST = re.compile(r"(?-i:[A-Z])[a-zà-ÿ]+(?:-(?-i:[A-Z])[a-zà-ÿ]+)?")
# words that open a sentence or a heading before a name, greetings, days and months
_OPENERS = frozenset((
    "hi", "hoi", "hallo", "hey", "beste", "lieve", "geachte", "dear", "hello", "eerst", "later",
    "straks", "alleen", "samen", "ook", "nog", "weer", "vooral", "zowel", "tussen", "wil",
    "wilt", "moet", "kan", "zal", "mag", "hoe", "wie", "wat", "waar", "waarom", "first", "only",
    "both", "het", "een", "de", "the", "a", "an", "mevrouw", "meneer", "heer", "mevr", "mw",
    "dhr", "mr", "mrs", "ms", "miss", "sir", "dr", "drs", "ir", "ing", "prof", "mr", "ds",
    "pastoor", "dominee", "imam", "rabbijn", "dokter", "zuster", "broeder", "professor",
    "today", "yesterday", "tomorrow", "vandaag", "gisteren", "morgen", "toen", "nu", "er",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "januari", "februari",
    "maart", "april", "juni", "juli", "augustus", "september", "oktober", "november",
    "december", "january", "february", "march", "june", "july", "august", "october",
    "gebeld", "gemaild", "gesproken", "gezien", "gemeld", "gevraagd", "gestuurd", "ontvangen",
    "verstuurd", "bezocht", "called", "emailed", "visited", "met", "informed", "bezoek",
    "spreek", "informeer", "herinner", "stuur", "nodig", "check", "ask", "visit", "tell",
    "inform", "meet", "remind", "email", "ja", "nee", "yes", "no", "niet", "geen", "volgens",
))  # fmt: skip
# the nouns a caseworker writes before a name ("Aanvraag Visser", "Mail Visser"), and the
# bodies and firms a name may follow ("Stichting Visser", "Bakkerij Visser")
_NOUNS = CASE_NOUNS | frozenset((
    "account", "update", "status", "advies", "nota", "hulp", "hulpvraag", "vraag", "signaal",
    "actie", "taak", "stichting", "gemeente", "corporatie", "firma", "fa", "huize", "bedrijf",
    "kantoor", "praktijk", "apotheek", "winkel", "bakkerij", "slagerij", "garage", "school",
    "team", "wijkteam", "zorg", "bank", "bureau", "centrum", "groep", "thuis", "politie",
    "rechtbank", "instelling", "dienst", "organisatie", "foundation", "council", "agency",
    "office", "board", "police", "court", "ouders", "buren", "broers", "zussen", "tijdlijn",
    "kaart", "map", "memo", "concept", "samenvatting", "summary", "agenda", "planning", "arts",
    "huis", "raad", "team", "zorg", "signaal", "signalen", "belang", "wens", "wensen", "rol",
    "stem", "keuze", "mening", "verhaal", "positie", "rechten", "plichten", "netwerk", "kracht",
    "doel", "doelen", "zorgen", "perspectief", "regie", "eigen", "leven", "inkomen", "budget",
    "gezondheid", "veiligheid", "toekomst", "interests", "wishes", "role", "voice", "choice",
    "view", "story", "rights", "network", "goals", "needs", "future", "income", "home", "house",
    "warme", "echte", "oude", "nieuwe", "goede", "beste", "eerste", "grote", "kleine", "lokale",
    "verse", "vrolijke", "ambachtelijke", "hollandse", "zeeuwse", "friese", "brabantse",
    "limburgse", "twentse", "groninger", "sint", "midden", "boven", "beneden", "neder",
    "gebroeders", "gezusters", "echtpaar", "erven", "weduwe", "wed", "broers", "artikel",
    "bijlage", "stap", "fase", "lid", "punt", "noot", "versie", "ronde", "deel", "hoofdstuk",
    "paragraaf", "item", "optie", "scenario", "bouwsteen", "oorzaak", "bevinding", "regel",
    "mandaat", "week", "maand", "dag", "jaar", "niveau", "klasse", "schaal", "type", "categorie",
    "trede", "route", "sector", "step", "phase", "article", "annex", "section", "cause", "block",
    "level", "chapter", "part", "appendix", "schedule", "box", "bijlagen",
))  # fmt: skip
# the endings of nouns: "Houding", "Gezondheid", "Rapportage", "Ontruimingsvonnis", compounds
# that end in a case noun ("Hulpvraag", "Huurschuld", "Budgetplan", "Schuldendossier"), and a
# role word ("Jeugdconsulent", "Schuldhulpmedewerker")
_NOUN_END = re.compile(
    r"(?:ing|heid|teit|schap|[aiu]tie|ctie|ptie|ssie|age|isme|ument|gement|vonnis|tenis|genis|"
    r"kenis|vraag|plan|zaak|dossier|gesprek|overleg|verslag|traject|brief|mail|besluit|bezoek|"
    r"afspraak|contact|verzoek|kosten|schuld|schulden|huur|woning|notitie|rapport|advies|"
    r"consulent|medewerker|kundige|coach|regisseur|manager|leider|adviseur|jurist|ambtenaar|"
    r"werker|beschermer|onderzoeker|wethouder|burgemeester|secretaris|directeur|hoofd|"
    r"officier|rechter|advocaat|notaris|bewindvoerder|deurwaarder|mentor|curator|begeleider|"
    r"behandelaar|verlener|arts|agent|handhaver|inspecteur|ombudsman|ombudsvrouw|raad|team|"
    r"zorg|dienst|bureau|centrum|kantoor|huis|school|bedrijf|officer|worker|adviser|advisor|"
    r"lawyer|nurse|teacher|report|meeting|request)$",
    re.IGNORECASE,
)
_NOT_FIRST = (
    FUNCTION_WORDS
    | ADJECTIVES
    | DOMAIN_WORDS
    | NOT_NAMES
    | frozenset(KIN_WORDS)
    | {w.rstrip(".") for t in (*TITLES, *RELATIONS) for w in t.split()}
    | _OPENERS
    | _NOUNS
)


def a_first_name(word: str) -> bool:
    """Whether ``word``, written right before a resident's surname, is a person's first name:
    one capitalised word (or two joined by a hyphen, "Mark-Jan") that is no function word,
    title, kinship or role word, office, body, case noun or word with a noun's ending; in
    capitals ("DAAN") as it would be with one (hostile review 14, C3)."""
    if len(word) > 1 and word.isupper():
        if word.casefold() in _ACRONYMS:  # "UWV VISSER": the body's abbreviation
            return False
        word = "-".join(part.capitalize() for part in word.split("-"))
    if _FIRST.fullmatch(word) is None:
        return False
    key = fold(word).casefold()
    if key in _NOT_FIRST or any(part in _NOT_FIRST for part in key.split("-")):
        return False
    return len(key) < 6 or _NOUN_END.search(key) is None


# a first name as written before a surname: "Daan", "Mark-Jan", in capitals "DAAN"
_NAME = r"(?:(?-i:[A-Z])[a-zà-ÿ]+(?:-(?-i:[A-Z])[a-zà-ÿ]+)?|(?-i:[A-Z]{2,}(?:-[A-Z]{2,})?))"
# spaces or tabs, not a line break: "Daan  Visser" is "Daan Visser" (hostile review 14, C6);
_WORD_BEFORE = re.compile(rf"(?<![^\W_])(?P<w>{_NAME})[ \t]+$")
# or a hyphen in an actor's name: "Daan-Visser" is a relative, not a body (hostile look 15b, B3)
_NAME_BEFORE = re.compile(rf"(?<![^\W_])(?P<w>{_NAME})(?:[ \t]+|(?P<j>[-{HYPHENS}]))$")
# a particle of a surname between the first name and the surname ("Daan de Visser": C2)
# ("Piet van Dam" is another surname than "Dam": hostile review 5, B4)
_PARTICLE = re.compile(r"(?<![^\W_])[Dd]e[ \t]+$")
# a compound after the surname: "Hugo de Groot-school" names a school, not a relative
_COMPOUND = re.compile(r"-(?-i:[a-zà-ÿ])")
# the register's order: a first name after the surname and a comma ("Visser, Daan": C2)
_REGISTER_AFTER = re.compile(
    rf"[ \t]*,[ \t]*(?P<w>{_NAME})(?![^\W_])(?![ \t]*(?:[,&]|(?i:en|and)(?![^\W_])))"
)


def _caps_fit(first: str, surname: str) -> bool:
    """Whether a first name in capitals stands before a surname in capitals ("DAAN VISSER";
    "UWV Visser" is a body's abbreviation, not a first name)."""
    return not first.isupper() or surname.isupper()


def first_name_before(text: str, start: int) -> str | None:
    """The first name right before ``start`` of ``text`` (a surname's place: "Daan Visser"
    as an actor's name, hostile review 13b S4; "DAAN VISSER", "Daan de Visser",
    "Daan  Visser": hostile review 14, C2), or None."""
    particle = _PARTICLE.search(text, 0, start)
    end = particle.start() if particle is not None else start
    match = _NAME_BEFORE.search(text, 0, end)
    if match is None or not a_first_name(match["w"]):
        return None
    surname = re.match(r"[^\W\d_]+", text[start:])
    if surname is not None and _COMPOUND.match(text, start + surname.end()):
        return None
    if match["j"] and surname is not None and re.match(r"\s*\w", text[start + surname.end() :]):
        return None  # "Jansen-Visser Advocaten": a firm's name, not "Daan-Visser (12)"
    return match["w"] if _caps_fit(match["w"], surname.group(0) if surname else "") else None


def first_name_after(text: str, end: int) -> re.Match[str] | None:
    """The first name after the surname that ends at ``end``, in the register's order
    ("Visser, Daan", hostile review 14 C2), where the surname opens ``text`` or a sentence
    and no second name follows ("Visser, Daan en Fleur" is a list), or None."""
    match = _REGISTER_AFTER.match(text, end)
    return match if match is not None and a_first_name(match["w"]) else None


# a person's other forms around a surname: initials or a first name in capitals before it,
# a first name after it and a comma ("D. Visser", "DAAN VISSER", "Visser, Daan": hostile
# review 14, C2)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:(?-i:[A-Z])\.\s?){1,3}\s*$")
_CAPS_BEFORE = re.compile(r"(?<![^\W_])(?P<w>(?-i:[A-Z]{2,})) {1,3}$")
_FIRST_AFTER = re.compile(r",\s*(?P<w>(?-i:[A-Z])[a-zà-ÿ]+(?:-(?-i:[A-Z])[a-zà-ÿ]+)?)(?![^\W_])")


def person_around(name: str, start: int, end: int) -> str | None:
    """Whether the surname at ``start``:``end`` of an actor's or organisation's ``name`` is a
    person's: initials or a first name in capitals before it, or a comma and a first name
    after it ("D. Visser", "DAAN VISSER", "Visser, Daan"), never kept whole as a body's: the
    person's key for a letter, or None.

    >>> [bool(person_around(n, n.find("Visser"), n.find("Visser") + 6)) for n in (
    ...     "D. Visser", "Visser, Daan", "Bakkerij Visser", "Visser, Bakkerij")]
    [True, True, False, False]
    >>> person_around("Visser, Daan", 0, 6), person_around("DAAN VISSER", 5, 11)
    ('Daan', 'Daan')
    """
    if initials := _INITIALS_BEFORE.search(name, 0, start):
        return "\x00" + re.sub(r"\s", "", initials.group(0))  # the key "Zoon D." has too
    caps = _CAPS_BEFORE.search(name, 0, start)
    if caps and a_first_name(caps["w"].capitalize()):
        return caps["w"].capitalize()
    after = _FIRST_AFTER.match(name, end)
    return after["w"] if after and a_first_name(after["w"]) else None


def relative_named(
    pattern: re.Pattern[str], is_first: Callable[[str], bool], knows: Callable[[str], bool]
) -> Callable[[str], str | None]:
    """Whether a name holds a first name right before a resident's surname of ``pattern``
    ("Daan Visser" as a partner actor): a relative, never kept whole as a body's name is
    (hostile review 13b, S4; 14, C2): the key of its letter; a resident's own first name
    (``knows``) is the resident."""

    def named(name: str) -> str | None:
        read = name.title() if name.islower() else name  # "daan visser" (review 14b, N2)
        for m in pattern.finditer(fold(read)):
            if is_first(m["core"]):
                continue
            first = first_name_before(read, m.start("core"))  # "Anna-Visser": no body's
            if first and (not knows(first) or read[m.start("core") - 1] in "-" + HYPHENS):
                return _as_written(first)
            if key := person_around(read, m.start("core"), m.end("core")):
                return key
            if key := surname_first(read, m.end("core")):  # "Visser D.", "Visser (Daan)"
                return key
            if not read[: m.start("core")].strip() and not read[m.end("core") :].strip():
                return "\x00" + m["core"]  # the surname alone ("Visser"): a relative
        return None

    return named


class _Known(Protocol):
    """What the cleaner knows of the residents' names (``anonymise_names.Lookup``)."""

    @property
    def initials(self) -> tuple[object, dict[str, str]]: ...

    def knows(self, text: str) -> bool: ...
    def is_first(self, core: str) -> bool: ...
    def is_full(self, core: str) -> bool: ...


# first names joined before the one right before the surname ("Daan en Fleur Visser")
_FIRSTS_BEFORE = re.compile(rf"(?<![^\W_])(?P<w>{_NAME})(?P<sep>\s*,\s*|\s+(?i:en|and|&)\s+)$")


_COMPOUND_AFTER = re.compile(r"-[a-zà-ÿ]{3,}")


def relatives_start(
    text: str, match: re.Match[str], known: _Known, relative: object, since: int
) -> int | None:
    """Where the first names of relatives right before the resident's surname at ``match``
    start ("Daan Visser", "Daan en Fleur Visser": hostile review 13b, S1), or None: none
    where the surname has a title, an article or a case word before it, or a resident's own
    first name, or where no ``relative`` letters are given."""
    core = match.group("core")
    art = match.group("art") or ""
    if relative is None or match.start("core") != match.start() + len(art):
        return None
    if art.strip().casefold() not in ("", "de"):  # "Daan de Groot", "Daan de Visser" (C7, C2)
        return None
    if known.is_full(core) or known.is_first(core) or _COMPOUND.match(text, match.end()):
        return None
    one = _WORD_BEFORE.search(text, since, match.start())
    if one is None or not a_first_name(one["w"]) or known.knows(one["w"]):
        return None
    if not _caps_fit(one["w"], text[match.start("core") : match.end("core")]):
        return None
    start = one.start("w")
    while (more := _FIRSTS_BEFORE.search(text, since, start)) is not None:
        if not a_first_name(more["w"]) or known.knows(more["w"]):
            break
        start = more.start("w")
    return start


def _as_written(word: str) -> str:
    """A first name in capitals as it is written with one ("DAAN": "Daan"), so that it gets
    the same letter in every text."""
    return "-".join(p.capitalize() for p in word.split("-")) if word.isupper() else word


def relatives_said(
    text: str,
    match: re.Match[str],
    start: int,
    relative: Callable[[str], str],
    article: Callable[[str], str] | None = None,
) -> str:
    """The relatives from ``start`` to the surname at ``match`` as their letters, with the
    age and possessive the surname had ("Daan en Fleur Visser (9)": "X en Y (9)"); with a
    Dutch ``article``, a possessive before a noun is said with "van" ("Daan Vissers fiets":
    "de fiets van X", not the English "X's fiets": hostile review 14, C6)."""
    said = re.sub(
        rf"(?<![^\W_]){_NAME}(?![^\W_])",
        lambda m: m[0].lower() if m[0] in ("EN", "AND") else relative(_as_written(m[0])),
        " ".join(text[start : match.start()].split()),
    )
    age = match.group("age") or ""
    if len(age) == 4:  # a year of birth ("Daan Visser (2014)": hostile review 14b)
        said += " " + YEAR_LEFT_OUT["nl" if article is not None else "en"]
    elif age:
        said += f" ({age})"
    noun = match.group("noun") or ""
    if match.group("poss") and article is not None and noun.strip():
        head = text[:start].rstrip()
        the = article(noun.strip())
        the = the.capitalize() if not head or head[-1] in ".!?" else the
        return f"{the} {noun.strip()} van {said}"
    said += "'s" if match.group("poss") else ""
    return said + noun


def relatives_here(
    text: str,
    match: re.Match[str],
    known: _Known,
    relative: Callable[[str], str] | None,
    since: int,
    article: Callable[[str], str] | None = None,
) -> tuple[int, str, int] | None:
    """Where relatives named with the resident's surname at ``match`` start, what the copy
    says for them and where they end ("Daan en Fleur Visser", "DAAN VISSER", "Daan de
    Visser", "Visser, Daan": one letter per first name, hostile reviews 13b S1 and 14 C2,
    C3), or None."""
    if relative is None:
        return None
    if (other := initial_relative(text, match, known.initials[1], relative)) is not None:
        return other  # "D. Visser", "de heer D. Visser" (review 14b)
    start = relatives_start(text, match, known, relative, since)
    if start is not None:
        return start, relatives_said(text, match, start, relative, article), match.end()
    whole = not match.group("art") and match.start("core") == match.start()
    head = text[: match.start()].rstrip()
    if not whole or match.group("poss") or match.group("age") or head[-1:] not in ("", *".!?"):
        return None  # the register's order opens a text or a sentence
    core = match.group("core")
    if known.is_full(core) or known.is_first(core):
        return None
    after = first_name_after(text, match.end())
    if after is None or known.knows(after["w"]):
        return None
    return match.start(), relative(_as_written(after["w"])), after.end()


# the copy's role after a word with a capital ("Daan van de inwoner", "Sam of the resident")
# or in capitals without "van" ("DAAN de inwoner": hostile review 14, C3)
_OF_RESIDENT = re.compile(
    r"(?<![^\W_])(?P<w>(?-i:[A-Z])[a-zà-ÿ]+(?:-(?-i:[A-Z])[a-zà-ÿ]+)?)\s+"
    r"(?:van\s+de\s+inwoner|of\s+the\s+resident)(?:\s+\d+)?(?![^\W_])"
    r"|(?<![^\W_])(?P<caps>(?-i:[A-Z]{2,}))\s+(?:van\s+)?(?:de\s+inwoner|the\s+resident)"
    r"(?:\s+\d+)?(?![^\W_])"
)


def relative_of_resident(text: str) -> str | None:
    """The first name of a relative the copy left before the resident's role ("Daan van de
    inwoner", "Sam of the resident": the cleaner missed a first name before the surname,
    hostile review 13b S1), or None; "Hulpvraag van de inwoner" names nobody.

    >>> relative_of_resident("Daan en Fleur van de inwoner wachten.")
    'Fleur van de inwoner'
    >>> relative_of_resident("Hulpvraag van de inwoner; Zoon van de inwoner.") is None
    True
    """
    for match in _OF_RESIDENT.finditer(text):
        if a_first_name(match["w"] or match["caps"]):
            return match.group(0)
    return None


def a_person(name: str) -> bool:
    """Whether an organisation's or an actor's ``name`` names a family or a person not on the
    map ("Familie De Groot-Bakker", "Zoon Daan (16)"): never kept whole because a resident's
    name is in it (hostile reviews 12 P1b, 13 N1)."""
    if FAMILY.search(name) is not None:
        return True
    first = name.split(" ", 1)[0].casefold()  # "Deurwaarder Piet van Dam" is a body's (B4)
    return first not in PROFESSIONS and Letters().text(name) != name
