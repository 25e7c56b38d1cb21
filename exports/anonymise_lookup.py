"""What the cleaner knows of the residents' names (split from :mod:`exports.anonymise_names`,
issue 16, session 16): the residents' names and the relatives they are named after
(:func:`citizen_names`), each resident's role ("inwoner", "inwoner 2", "buurman":
:func:`roles`, :func:`roles_by_id`), and :class:`Lookup`, from a name as a text writes it to
the resident it names.

>>> roles(["Mevrouw Jansen", "Buurman De Wit", "Jan Jansen"], "nl")
{'Mevrouw Jansen': 'inwoner', 'Buurman De Wit': 'buurman', 'Jan Jansen': 'inwoner 2'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from exports.anonymise_parts import (
    RELATIONS,
    first_names,
    initial_names,
    initials_of,
    initials_pattern,
    names_nobody,
    place_words,
    relative_roles,
    surnames,
    whole_names,
)
from exports.anonymise_spelling import fold, spellings
from exports.anonymise_words import HEALTH
from models.case import Case
from models.enums import ActorKind
from models.i18n import Lang

__all__ = ["Lookup", "bare_name", "citizen_names", "roles", "roles_by_id"]


def citizen_names(case: Case) -> list[str]:
    """The residents' names (citizen actors), then the relatives they are named after (A1)."""
    names = [a.name for a in case.actors if a.kind is ActorKind.CITIZEN and a.name.strip()]
    names = list(dict.fromkeys(bare_name(n) for n in names))  # "Mevrouw X (41)" (15b, B4)
    return names + list(relative_roles(names, "nl"))


# a bracket after a resident's name that holds no name: an age, health, a remark ("Mevrouw Anna
# Visser (41)", "(depressief)", "(ADHD)"); "(Annie)" is her other first name and stays
_BRACKET = re.compile(
    r"\s*(?:\((?P<c>[^()]*)\)|\[(?P<s>[^\[\]]*)\]|\{(?P<b>[^{}]*)\}|<(?P<a>[^<>]*)>|«(?P<g>[^«»]*)»"
    r"|(?:\s*[,:;]|\s[–—-])\s*(?P<r>[^\W\d_A-Z][^,:;()]*|\d[^,:;()]*))\s*$"
)
_A_NAME = re.compile(r"(?-i:[A-Z][a-zà-ÿ])")


def bare_name(name: str) -> str:
    """A resident's actor ``name`` without a bracket at its end that holds no name (hostile
    look 15b, B4: with it the resident was not found in "Mevrouw Anna Visser (41) woont"):
    what is in the bracket is an age or health, and the copy leaves it out.

    >>> bare_name("Mevrouw Anna Visser (depressief)"), bare_name("Inwoner (41, ADHD)")
    ('Mevrouw Anna Visser', 'Inwoner')
    >>> bare_name("Mevrouw Anna Visser [41]"), bare_name("Mevrouw Anna Visser – depressief")
    ('Mevrouw Anna Visser', 'Mevrouw Anna Visser')
    >>> bare_name("Mevrouw Anna Visser (Annie)"), bare_name("(zwanger)")
    ('Mevrouw Anna Visser (Annie)', '(zwanger)')
    """
    while (bracket := _BRACKET.search(name)) is not None and bracket.start() > 0:
        said = next(g for g in bracket.groups() if g is not None)
        if _A_NAME.search(said) and not HEALTH.search(said):
            break
        name = name[: bracket.start()]
    return name


class Lookup:
    """From the text of a name as it occurs (case-folded) to the resident it names, built once
    for all residents (hostile review 4, H5): a full name first, then a surname or a first
    name that fits one resident only; a surname that fits more than one resident is the
    household (H2: "Mevrouw Jansen" and "Jan Jansen" are two people)."""

    HOUSEHOLD = "\x00household"

    def __init__(self, names: list[str], roles: dict[str, str]) -> None:
        self.roles = roles
        self.full: dict[str, str] = {}
        parts: dict[str, set[str]] = {}
        family = {n: surnames(n) for n in names}  # once per name (hostile review 4, H5)
        wholes = {n: whole_names(n) for n in names}
        firsts = {n: first_names(n) for n in names}
        # "avisser", "a.visser", "Anna V." (review 10, H3): written as they are, no spellings
        initials = {n: initial_names(n) for n in names}
        for n in names:
            for spelling in [*spellings(n), *initials[n]]:
                self.full.setdefault(_key(spelling), n)
            for whole in wholes[n]:
                for spelling in spellings(whole):
                    self.full.setdefault(_key(spelling), n)
            for part in [*family[n], *firsts[n]]:
                for spelling in spellings(part):
                    parts.setdefault(_key(spelling), set()).add(n)
        # a part that fits several names of one resident (renamed on a later snapshot:
        # "Mevrouw Jansen", now "Mevrouw Özdemir-Jansen") is that resident (B4)
        self.part = {
            text: next(iter(who)) if len({roles.get(w, w) for w in who}) == 1 else self.HOUSEHOLD
            for text, who in parts.items()
            if text not in self.full
        }
        texts = [*names, *(w for n in names for w in wholes[n])]
        texts += [p for n in names for p in [*family[n], *firsts[n]]]
        # the first names alone: before another name's word they are part of it ("Stichting
        # Anna Zorg", hostile review 10, H6)
        self.firsts = {_key(s) for n in names for f in firsts[n] for s in spellings(f)}
        self.surnames = {_key(s) for n in names for p in family[n] for s in spellings(p)}
        self.firsts -= self.surnames
        # the words that are a place after "in" ("woont in IJsselstein", F7)
        self.places = {w for n in names for w in place_words(n)}
        self.initials = (initials_pattern(names), {i: n for n in names if (i := initials_of(n))})
        spelt = [v for t in texts for v in spellings(t)]
        self.texts = list(dict.fromkeys([*spelt, *(i for n in names for i in initials[n])]))

    def who(self, prefix: str, core: str) -> str:
        """The resident named by ``prefix`` + ``core`` (or :attr:`HOUSEHOLD`)."""
        key = _key(core)
        titled = _key(f"{prefix}{core}").strip()
        if titled in self.full:  # "Mevrouw Jansen" is the resident's own full name
            return self.full[titled]
        if key in self.full:
            return self.full[key]
        return self.part.get(key, self.HOUSEHOLD)

    def knows(self, text: str) -> bool:
        """Whether ``text`` is a resident's name, surname or first name (in any spelling)."""
        return _key(text) in self.full or _key(text) in self.part

    def is_first(self, core: str) -> bool:
        """Whether ``core`` is a resident's first name (and no resident's surname)."""
        return _key(core) in self.firsts

    def is_full(self, core: str) -> bool:
        """Whether ``core`` is a resident's whole name (not a surname or first name alone)."""
        return _key(core) in self.full


def _key(text: str) -> str:
    """How a name is looked up: without accents, case-folded."""
    return fold(text).casefold()


def _relation(name: str) -> str | None:
    """The word that says what a resident is to the case ("Buurman De Wit": "buurman")."""
    first = name.split(" ", 1)[0].casefold()
    if name.strip().casefold() in RELATIONS:  # a resident named "Mantelzorger" (jurist J13)
        return name.strip().casefold()
    return first if first in RELATIONS and " " in name.strip() else None


def roles(names: list[str], lang: Lang) -> dict[str, str]:
    """Each resident's role: "inwoner", "inwoner 2", or what they are to the case ("buurman")."""
    word = "inwoner" if lang == "nl" else "resident"
    out: dict[str, str] = {}
    used: dict[str, int] = {}
    for n in names:
        role = _relation(n) or word
        used[role] = used.get(role, 0) + 1
        out[n] = role if used[role] == 1 else f"{role} {used[role]}"
    return out


def roles_by_id(residents: Iterable[tuple[str, str]], lang: Lang) -> dict[str, str]:
    """Each resident's role by their id, for every name that id has on the map or an
    earlier snapshot ("Mevrouw Jansen" renamed "Mevrouw Özdemir-Jansen" is one resident, with
    one role: hostile review 5, B4): ``residents`` are (id, name) pairs in map order."""
    names: dict[str, list[str]] = {}
    for id_, name in residents:
        names.setdefault(id_, [])
        if name.strip() and name not in names[id_]:
            names[id_].append(name)
    # a resident named only by role words ("Ouders en kind", "Oudere inwoner") keeps that
    # name: it is no personal data, and "de inwoner" would make two parties one (jurist 15, J20)
    first = roles([n[0] for n in names.values() if n and not names_nobody(n[0])], lang)
    out: dict[str, str] = {}
    for ns in names.values():
        for n in ns:
            out.setdefault(n, first.get(ns[0], ns[0]))
            out.setdefault(bare_name(n), first.get(ns[0], ns[0]))  # as citizen_names gives it
    return out
