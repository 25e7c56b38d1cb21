"""A resident's name taken apart (hostile review 7, F1): the title, the initials, the first
names and the surname ("Mevrouw Fatima El Amrani": "Fatima", "El Amrani"), the surname's parts
and forms without particles, the whole name as a text also writes it, and the words of a
surname that are also a place ("woont in IJsselstein").
"""

from __future__ import annotations

import re

from exports.anonymise_spelling import fold, is_particle, particles
from models.i18n import Lang

__all__ = [
    "RELATIONS",
    "TITLES",
    "a_place",
    "first_names",
    "initial_names",
    "initials_of",
    "initials_pattern",
    "initials_said",
    "kin_said",
    "names_nobody",
    "place_words",
    "relative",
    "relative_roles",
    "split_name",
    "surnames",
    "whole_names",
]

# a resident named by what they are to the case ("Buurman De Wit"): the anonymised text keeps
# that word ("de buurman"), not a number
_KIN = (
    "buurman", "buurvrouw", "buren", "moeder", "vader", "zoon", "dochter", "broer", "zus",
    "partner", "mantelzorger", "huisgenoot", "oom", "tante", "opa", "oma", "neighbour",
    "mother", "father", "son", "daughter", "brother", "sister", "carer",
)  # fmt: skip
# compounds ("Schoonzoon Visser": the resident's son-in-law, session 13)
_HEADS = ("stief", "schoon", "pleeg", "half")
_COMPOUNDED = ("vader", "moeder", "zoon", "dochter", "broer", "zus")
_GRAND = (
    "kleinzoon", "kleindochter", "grootvader", "grootmoeder", "stepson", "stepdaughter",
    "stepfather", "stepmother", "grandson", "granddaughter", "grandmother", "grandfather",
)  # fmt: skip
RELATIONS = (*_KIN, *(f"{h}{k}" for h in _HEADS for k in _COMPOUNDED), *_GRAND)
TITLES = (
    "gezin", "familie", "fam.", "fam", "mevrouw", "meneer", "de heer", "mevr.", "mevr", "mw.",
    "mw", "dhr.", "dhr", "mr.", "mrs.", "ms.", *RELATIONS,
)  # fmt: skip
# a resident named after someone else, a different person (new user, session 11, A1: the
# anonymised nota said "De moeder zit thuis zonder school" for "Noah (11) zit thuis", where the
# only resident was "Moeder van Noah"): the relative is named by what they are to the resident,
# a child for a parent, a grandchild for a grandparent, a parent for a child, a relative in
# the family, else "de naaste" (a partner, a carer, a housemate: no kin word fits them all). A
# neighbour is left out: "Buurman van Dam" is the neighbour's own surname far more often
_RELATIVE_OF = {
    "moeder": "child", "vader": "child", "ouder": "child", "mother": "child", "father": "child",
    "parent": "child", "opa": "grandchild", "oma": "grandchild", "zoon": "parent",
    "dochter": "parent", "son": "parent", "daughter": "parent", "broer": "relative",
    "zus": "relative", "oom": "relative", "tante": "relative", "brother": "relative",
    "sister": "relative", "partner": "close", "mantelzorger": "close", "huisgenoot": "close",
    "carer": "close",
}  # fmt: skip
_RELATIVE_WORD = {
    "child": {"nl": "het kind", "en": "the child"},
    "grandchild": {"nl": "het kleinkind", "en": "the grandchild"},
    "parent": {"nl": "de ouder", "en": "the parent"},
    "relative": {"nl": "het familielid", "en": "the relative"},
    "close": {"nl": "de naaste", "en": "the next of kin"},
}
_RELATIVE = re.compile(
    rf"(?i:(?P<rel>{'|'.join(_RELATIVE_OF)}))\s+(?:van|of)\s+(?P<name>[^\W\d_][^()]*?)"
    r"\s*(?:\(\s*\d{1,3}\s*(?:jaar|years?)?\s*\))?"
)
# an initial, or several ("A.", "M.J.", "Th.")
_INITIAL = re.compile(r"(?:[A-Z][a-z]?h?\.){1,4}")


def relative(name: str) -> tuple[str, str] | None:
    """The relative a resident is named after and what that relative is to them, for a name
    "<relation> van <Name>" ("Moeder van Noah": "Noah", "child"); None for any other name.

    >>> relative("Moeder van Noah"), relative("Dochter van Anna Visser (8)")
    (('Noah', 'child'), ('Anna Visser', 'parent'))
    >>> relative("Buurman van Dam"), relative("Moeder van twee kinderen"), relative("Jan")
    (None, None, None)
    """
    found = _RELATIVE.fullmatch(" ".join(name.split()))
    if found is None or not found.group("name")[:1].isupper():
        return None
    if is_particle(found.group("name").split()[0]):  # "Moeder van De Wit"
        return None
    return found.group("name"), _RELATIVE_OF[found.group("rel").casefold()]


# the words of a resident's "name" that only says what they are to the case ("Oudere inwoner",
# "Ouders en kind", "Moeder"): such a name names nobody (new user, twelfth round B9)
_ROLE_ONLY = frozenset((
    *RELATIONS, "inwoner", "inwoners", "bewoner", "bewoners", "ouder", "ouders", "kind",
    "kinderen", "gezin", "huishouden", "cliënt", "client", "jongere", "oudere", "huurder",
    "schulden", "debts",
    "alleenstaande", "resident", "residents", "parent", "parents", "child", "children",
    "family", "household", "tenant", "older", "elderly", "young", "single",
    "en", "of", "met", "zonder", "de", "het", "een", "and", "or", "with", "without", "the", "a",
))  # fmt: skip


def names_nobody(name: str) -> bool:
    """Whether a resident's ``name`` only says what they are to the case: every word a role
    word, the first one perhaps with its capital. Such a name is no personal data, and the
    same words in a text are the words, not the resident (new user, twelfth round B9: "Een
    oudere inwoner kan niet meer ..." became "Een de inwoner ...").

    >>> names_nobody("Oudere inwoner"), names_nobody("Ouders en kind"), names_nobody("Moeder")
    (True, True, True)
    >>> names_nobody("Moeder van Sem"), names_nobody("buurman jansen"), names_nobody("Anna")
    (False, False, False)
    """
    words = re.findall(r"[^\W\d_]+", name)
    if not words or any(w != w.lower() for w in words[1:]):
        return False
    return all(w.casefold() in _ROLE_ONLY for w in words)


def relative_roles(names: list[str], lang: Lang) -> dict[str, str]:
    """The role of each relative the residents in ``names`` are named after and who is no
    resident in ``names`` themselves: "het kind" ("the child") for "Noah" of "Moeder van Noah",
    numbered when two relatives are the same to them ("het kind 2")."""
    out: dict[str, str] = {}
    used: dict[str, int] = {}
    for name in names:
        found = relative(name)
        if found is None or found[0] in names or found[0] in out:
            continue
        word = _RELATIVE_WORD[found[1]][lang]
        used[word] = used.get(word, 0) + 1
        out[found[0]] = word if used[word] == 1 else f"{word} {used[word]}"
    return out


def _untitled(name: str) -> tuple[str, bool]:
    """``name`` without a title before it ("Mevrouw", "Dhr.", "Fam.", "Buurman"), and whether
    it had one."""
    text = " ".join(name.split())
    low = text.casefold()
    for title in TITLES:
        if low.startswith(title + " ") and text[len(title) :].strip():
            return text[len(title) :].strip(), True
    return text, False


def split_name(name: str) -> tuple[list[str], str | None]:
    """A resident's first names and surname (hostile review 7, F1): after a title and the
    initials, the surname starts at the first particle ("Fatima El Amrani": "El Amrani";
    "Pieter van IJsselstein": "van IJsselstein"), else it is the last word, and the words
    before it are first names; "Achternaam, Voornaam" is read the other way round. A name
    of one word is a surname after a title or an initial only.

    >>> split_name("Mevrouw Fatima El Amrani"), split_name("Dhr. Pieter van IJsselstein")
    ((['Fatima'], 'El Amrani'), (['Pieter'], 'van IJsselstein'))
    >>> split_name("Mw. A. Jansen-de Groot"), split_name("JANSEN, Anna")
    (([], 'Jansen-de Groot'), (['Anna'], 'JANSEN'))
    >>> split_name("Dhr. P.J. (Piet) van der Berg")
    (['Piet'], 'van der Berg')
    >>> split_name("Meneer De Wit"), split_name("Jan"), split_name("Jonge moeder")
    (([], 'De Wit'), ([], None), ([], None))
    """
    if relative(name) is not None:  # "Moeder van Noah": Noah is someone else (A1)
        return [], None
    text, titled = _untitled(name)
    # a nickname in brackets is a first name ("Dhr. P.J. (Piet) van der Berg", review 8)
    text = re.sub(r"\((?P<nick>[^\W\d_][\w'-]*)\)", r"\g<nick>", text)
    if "," in text:  # "Jansen, Anna", "Amrani, Fatima el"
        head, _, tail = text.partition(",")
        words = tail.split()
        cut = len(words)
        while cut > 0 and is_particle(words[cut - 1]):
            cut -= 1  # "Fatima el": the particle belongs to the surname
        firsts = [w for w in words[:cut] if not _INITIAL.fullmatch(w)]
        surname = " ".join([*words[cut:], *head.split()])
        return _capitalised(firsts), surname if _has_capital(surname) else None
    words = text.split()
    while len(words) > 1 and _INITIAL.fullmatch(words[0]):
        words, titled = words[1:], True
    if len(words) == 1:
        return [], words[0] if titled and _has_capital(words[0]) else None
    # "Ben" first is the first name ("Ben de Vries"), also in "Ben Ali": both words go then
    first = is_particle(words[0]) and words[0] != "Ben"
    joined = "-" in words[0] and is_particle(words[0].rpartition("-")[2])  # "Jansen-de Groot"
    if first or joined:  # "De Wit"
        surname = " ".join(words)
        return [], surname if _has_capital(surname) else None
    # the surname starts at a particle or a double-barrelled word ("Anna Jansen-de Groot")
    starts = (i for i in range(1, len(words) - 1) if is_particle(words[i]) or "-" in words[i])
    cut = next(starts, len(words) - 1)
    surname = " ".join(words[cut:])
    if not _has_capital(surname):
        return [], None
    return _capitalised(words[:cut]), surname


def _has_capital(text: str) -> bool:
    """Whether a word of ``text`` starts with a capital."""
    return any(w[:1].isupper() for w in text.split())


def _capitalised(words: list[str]) -> list[str]:
    """The first names among ``words``: a capital and three letters or more, no initial."""
    return [w for w in words if w[:1].isupper() and len(w) > 2 and not _INITIAL.fullmatch(w)]


def whole_names(name: str) -> list[str]:
    """The ways a text writes a resident's whole name besides ``name`` itself: without the
    title ("Fatima El Amrani" for "Mevrouw Fatima El Amrani"), first name first ("Anna
    Jansen" for "Jansen, Anna") and the other way round; only forms with a first name."""
    firsts, surname = split_name(name)
    if not firsts or surname is None:
        return []
    text, _ = _untitled(name)
    forms = [text, " ".join([*firsts, surname])] if "," not in text else []
    forms += [" ".join([*firsts, surname])] if "," in text else []
    forms += [" ".join([*firsts[:1], surname]), f"{surname}, {' '.join(firsts)}"]
    forms += [f"{surname}, {firsts[0]}"]
    forms += [firsts[0] + surname.replace(" ", "")]  # a tag "annavisser" (review 8, N5)
    return [f for f in dict.fromkeys(forms) if f != name]


def initial_names(name: str) -> list[str]:
    """A resident's ``name`` as a tag, a login or an e-mail address writes it: an initial (of
    a first name, or given as one) before the surname, with a dot or joined, particles too
    (hostile review 10, H3: "avisser", "a.visser", "jdeboer", "j.de.boer"); joined only to a
    surname of four letters or more ("draad" is a word, not D. Raad).

    >>> initial_names("Mevrouw Anna (Annie) Visser")
    ['a.visser', 'avisser', 'Anna V.', 'Anna V', 'Annie V.', 'Annie V']
    >>> initial_names("Mw. A. de Groot")
    ['a.de.groot', 'a.degroot', 'adegroot']
    """
    firsts, surname = split_name(name)
    if surname is None:
        return []
    text, _ = _untitled(name)
    given = [w[0] for w in text.split() if _INITIAL.fullmatch(w)]
    letters = dict.fromkeys(i.casefold() for i in [*given, *(f[0] for f in firsts)])
    words = surname.casefold().split()
    out: list[str] = []
    for i in letters:
        out += [f"{i}.{'.'.join(words)}", f"{i}.{''.join(words)}"]
        if len(words[-1]) >= 4:
            out.append(i + "".join(words))
    # a first name with the surname's initial ("Anna V. belde")
    last = surname.replace("-", " ").split()[-1]
    out += [f"{first} {last[0].upper()}{dot}" for first in firsts for dot in (".", "")]
    return list(dict.fromkeys(out))


def surnames(name: str) -> list[str]:
    """The surname in ``name`` (:func:`split_name`), its parts and its forms without
    particles ("Mevrouw Fatima El Amrani": "El Amrani", "Amrani"; "Jan de Vries": "de Vries",
    "Vries"), and everything after the first first name when that is more ("Anna Maria
    Jansen": "Maria Jansen")."""
    firsts, surname = split_name(name)
    if surname is None:
        return []
    out = _with_parts(surname)
    if len(firsts) > 1:
        out.append(" ".join([*firsts[1:], surname]))
    return list(dict.fromkeys(out))


def first_names(name: str) -> list[str]:
    """The first names in ``name`` ("Mevrouw Fatima El Amrani": "Fatima")."""
    return split_name(name)[0]


def place_words(name: str) -> set[str]:
    """The words of a resident's surname that stand after a particle ("IJsselstein" of "van
    IJsselstein"): alone after "in", "te", "naar" or "uit" they are a place, not the resident
    (hostile review 7, F7: "woont in IJsselstein")."""
    _, surname = split_name(name)
    words = (surname or "").replace("-", " ").split()
    return {fold(w).casefold() for i, w in enumerate(words) if i and is_particle(words[i - 1])}


_PLACE_BEFORE = re.compile(r"(?<![^\W_])(?:in|te|naar|uit|nabij)\s+$")


def a_place(core: str, before: str, places: set[str]) -> bool:
    """Whether ``core``, one word of a resident's surname that stands after a particle in it
    (``places``), is written as a place here: right after "in", "te", "naar" or "uit"."""
    return fold(core).casefold() in places and _PLACE_BEFORE.search(before[-20:]) is not None


def _with_parts(surname: str) -> list[str]:
    """``surname`` and, for a double-barrelled one, each of its parts ("Özdemir-Jansen":
    "Özdemir", "Jansen"; "Jansen-de Groot": "Jansen", "de Groot", "Groot"), and without its
    particles ("van IJsselstein": "IJsselstein", "El Amrani": "Amrani"): a text often names a
    resident by one of them."""
    parts = [p.strip() for p in surname.split("-")] if "-" in surname else []
    found = [surname]
    for part in [surname, *parts]:
        found += [part] if part != surname else []
        count = particles(part)
        if count:
            found.append(" ".join(part.split()[count:]))
    return list(
        dict.fromkeys(
            p for p in found if p == surname or (len(p) > 2 and _has_capital(p.split()[-1]))
        )
    )


_TITLE_FORM = r"(?:(?i:mw|mevr|mevrouw|dhr|meneer|de heer|mr|mrs|ms)\.?\s+)"
_ARTICLE_BEFORE = re.compile(r"(?<![^\W_])(?:de|het|een|the|a|an)\s+$", re.IGNORECASE)


def initials_of(name: str) -> str | None:
    """A resident's initials as a text writes them, the first name's and the surname's
    ("Mevrouw Anna Visser": "AV"; "Mw. A. de Groot": "AG"), or None.

    >>> initials_of("Mevrouw Anna Visser"), initials_of("Mw. A. de Groot"), initials_of("Jan")
    ('AV', 'AG', None)
    """
    firsts, surname = split_name(name)
    if surname is None:
        return None
    text, _ = _untitled(name)
    given = [w[0] for w in text.split() if _INITIAL.fullmatch(w)]
    first = (given or [f[0] for f in firsts] or [""])[0]
    words = [w for w in surname.replace("-", " ").split() if not is_particle(w)]
    return (first + words[0][0]).upper() if first and words else None


def initials_pattern(names: list[str]) -> re.Pattern[str] | None:
    """The residents' initials in a text, with a form of address before them or not ("A.V.
    belde", "mw. A.V.", "AV belde"; hostile review 12, P4): the group ``i`` holds them."""
    pairs = sorted({i for n in names if (i := initials_of(n))})
    if not pairs:
        return None
    forms = "|".join(rf"{p[0]}\.\s?{p[1]}\.?|{p}(?=\s+[a-zà-ÿ])" for p in pairs)
    return re.compile(rf"(?<![\w.-]){_TITLE_FORM}?(?P<i>(?-i:{forms}))(?![\w-])")


def initials_said(text: str, pattern: re.Pattern[str], said: dict[str, str]) -> str:
    """``text`` with the residents' initials as their role (``said``: initials -> role)."""

    def one(match: re.Match[str]) -> str:
        key = re.sub(r"[^A-Z]", "", match.group("i"))
        if "." not in match.group("i") and _ARTICLE_BEFORE.search(text[: match.start()]):
            return match.group(0)  # "de AV": the general terms, not the resident
        new = said.get(key, match.group(0))
        before = text[: match.start()].rstrip()
        return new[:1].upper() + new[1:] if not before or before[-1] in ".!?" else new

    return pattern.sub(one, text)


_NEIGHBOURS = frozenset(("buurman", "buurvrouw", "buren", "neighbour"))


_OWNED = re.compile(
    r"(?<![^\W_])(?:haar|zijn|hun|mijn|onze|ons|uw|her|his|their|my|our|your)\s+$", re.I
)


def kin_said(word: str, said: str, lang: Lang, before: str) -> str:
    """What a relative named by a kinship word and the resident's surname is ("Dochter
    Visser": "de dochter van de inwoner", "the resident's daughter"; after a possessive
    "Haar dochter Visser" is "Haar dochter"); a neighbour of that name is "de buurman"."""
    if word.casefold() in _NEIGHBOURS:
        return ("de " if lang == "nl" else "the ") + word.casefold()
    if _OWNED.search(before):  # "Haar dochter Visser": whose daughter is said already
        return word
    if lang == "nl":
        return f"de {word.casefold()} van {said}"
    return f"{said}'s {word.casefold()}"
