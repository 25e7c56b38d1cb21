"""The check of an anonymised copy before it is written (hostile review 5, B2 and B3): does
any text or id still name a resident (with or without accents), a staff member by their own
name, a resident's old id, a word that shows health or another special category, or a direct
identifier?

The names are found through a token index, not one pattern per name: every text is cut into
words once (without accents, case-folded) and each word is looked up in a dictionary from a
name's first word to the names that start with it. The check's time grows with the length of
the map, not with the number of residents times that length (3,000 residents took minutes).

A name of an organisation or another actor that holds a resident's surname but is not the
resident ("Deurwaarderskantoor Van Dam" for "Mevrouw Dam") is kept by the copy and passes the
check, in its own name and in any text (B4); so does a surname after a particle with a capital
("Van Dam") or after another person's first name ("Piet van Dam").

Examples
--------
>>> index = NameIndex(["Mevrouw Özdemir-Jansen", "Jansen", "Özdemir"])
>>> [name for name, _ in index.find("Ozdemir belde; zie ook OZDEMIR-jansen.")]
['Özdemir', 'Özdemir', 'Jansen']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from exports.anonymise_check_read import (
    in_another_name,
    initials_leak,
    plain,
    titled_person,
)
from exports.anonymise_everyday import (
    a_firm,
    a_word_here,
    after_a_title,
    before_another_name,
    tag_form,
)
from exports.anonymise_first import (
    first_name_after,
    first_name_before,
    person_around,
    relative_of_resident,
)
from exports.anonymise_grammar import plural_word
from exports.anonymise_identifiers import identifiers
from exports.anonymise_initials import initial_left
from exports.anonymise_joiners import joined_to_resident
from exports.anonymise_low_forms import person_id, titled_initial_left
from exports.anonymise_names import double, glued
from exports.anonymise_near import NearNames
from exports.anonymise_parts import TITLES, a_place
from exports.anonymise_spelling import (
    HYPHENS,
    is_particle,
    loose,
    spellings,
    unbroken,
    without_format,
)
from exports.anonymise_title import policy_title
from exports.anonymise_word_surnames import (
    COMMON_WORDS,
    FAMILY_AFTER,
    OTHER_SURNAME,
    another_name_here,
    bare_word,
    everyday,
)
from exports.anonymise_words import HEALTH_NAME, health_in, without_law

__all__ = ["FREE", "NameIndex", "find_leak", "kept_names", "resident_words"]

# the free-text fields the copy has cleaned of health and other special data (art. 9 AVG)
FREE = frozenset(("notes", "reason", "label", "description", "origin_note", "content"))
# the name of an agreement or a rule is read as a note is (exports.anonymise._NAMED_LEFT), and
# an actor's: "Zoon X (autisme)" tells a relative's health (hostile look 15, H3)
_NAMED = re.compile(r"/(?:agreements|rules|actors)/\d+$")
_TOKEN = re.compile(r"[^\W_]+")
_ID_TOKEN = re.compile(r"\w+")


# words of a resident's name that name nobody: titles, relations, the roles the copy writes
_NOT_A_NAME = frozenset(
    {w.strip(".") for t in TITLES for w in t.split()} | {"inwoner", "resident", "bewoner"}
)
# a resident's name's words, split at any dash too ("Anna–Visser": hostile look 16b, N4)
_NAME_WORD = re.compile(r"[^\s,;()/\-\u2010-\u2015\u2212\[\]{}<>«»]+")


def resident_words(name: str) -> tuple[list[str], set[str]]:
    """What the check looks for of a resident's ``name``, read apart from the cleaner's
    reading of it (hostile review 7, F1: the check shared the cleaner's surnames and was as
    blind): every word with a capital of three letters or more that is no title, particle or
    role ("Fatima", "Amrani"), and every particle with the word after it ("El Amrani",
    "van IJsselstein", "de Groot"); and the words that stand after a particle (alone after
    "in" they are a place: "woont in IJsselstein").

    >>> resident_words("Mw. A. Jansen-de Groot")
    (['Jansen', 'Groot', 'de Groot'], {'groot'})
    >>> resident_words("Mevrouw Fatima El Amrani")[0]
    ['Fatima', 'Amrani', 'El Amrani']
    """
    words = [w.rstrip(".") for w in _NAME_WORD.findall(name)]
    found: list[str] = []
    runs: list[str] = []
    places: set[str] = set()
    for i, word in enumerate(words):
        # "Ben" first is a first name ("Ben de Vries"), after one a particle ("Mohamed Ben Ali")
        if is_particle(word) and not (word == "Ben" and i + 1 < len(words) and not found):
            continue
        if i and is_particle(words[i - 1]):
            start = i - 1
            while start and is_particle(words[start - 1]):
                start -= 1
            runs.append(" ".join(words[start : i + 1]))
            places.add(plain(word).casefold())
        if len(word) > 2 and word[:1].isupper() and word.casefold() not in _NOT_A_NAME:
            found.append(word)
    return list(dict.fromkeys([*found, *runs])), places


def _tokens(text: str) -> list[tuple[str, int]]:
    """The words of ``text`` without accents, case-folded, with where each starts."""
    return [(m.group(0).casefold(), m.start()) for m in _TOKEN.finditer(plain(text))]


class NameIndex:
    """Names by their first word (without accents, case-folded), to find every name in a text
    in one pass over its words."""

    def __init__(self, names: Iterable[str], firsts: Iterable[str] = ()) -> None:
        self.firsts = {plain(f).casefold() for f in firsts}  # the residents' first names
        self.first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.full: set[str] = set()
        for name in dict.fromkeys(names):
            for spelling in spellings(name):
                words = tuple(w for w, _ in _tokens(spelling))
                if words:
                    self.first.setdefault(words[0], []).append((words, name))

    def knows(self, word: str) -> bool:
        """Whether ``word`` alone is one of the names ("Jansen" in "Jansen-Visser")."""
        found = self.first.get(plain(word).casefold(), [])
        return any(len(seq) == 1 for seq, _ in found)

    def is_first(self, name: str) -> bool:
        """Whether ``name`` is one of the residents' first names given to the index."""
        return plain(name).casefold() in self.firsts

    def find(self, text: str) -> Iterator[tuple[str, int]]:
        """Each name in ``text`` as (the name as given, where it starts), longest first at a
        place."""
        words = _tokens(text)
        for i, (word, start) in enumerate(words):
            candidates = self.first.get(word)
            if not candidates and word.endswith("s"):  # "Vissers kinderen": the possessive
                candidates = [c for c in self.first.get(word[:-1], []) if len(c[0]) == 1]
            if not candidates:
                continue
            for seq, name in sorted(candidates, key=lambda c: -len(c[0])):
                if len(seq) == 1 or tuple(w for w, _ in words[i : i + len(seq)]) == seq:
                    yield name, start
                    break


# "de" right before a surname ("Daan de Visser")
_DE_BEFORE = re.compile(r"(?<![^\W_])[Dd]e[ \t]+$")
# an initial right before a surname ("D. Visser")
_INITIAL_BEFORE = re.compile(r"(?<![^\W_])(?P<i>(?-i:[A-Z]))\.[ \t]*$")


# the surname first, as a register writes a person: initials or a first name in brackets
# after it, and nothing more but an age ("Visser D.", "VISSER, D.J.", "Visser-Bakker, D.",
# "Visser (Daan)"; hostile review 14b, N2), the check's own reading; a firm's form is none
_SURNAME_FIRST = re.compile(
    r"(?:-[^\W\d_]+)?[ \t]*,?[ \t]*(?:(?:[A-Z]\.[ \t]?){1,4}|\([A-Z][a-z]+\))[ \t]*"
    r"(?:\(\d{1,3}\))?[ \t]*$"
)
_FIRM_FORM = re.compile(r"(?<![\w.])(?:B\.V\.|N\.V\.|C\.V\.|V\.O\.F\.)")


def _surname_first(read: str, start: int, end: int) -> bool:
    """Whether the surname at ``start``:``end`` opens ``read`` and is the whole name or has
    a person's initials or first name after it (hostile review 14b, N2)."""
    if read[:start].strip():
        return False
    if not read[end:].strip():
        return True  # an actor "Visser": the resident's surname alone
    return _SURNAME_FIRST.match(read, end) is not None and not _FIRM_FORM.search(read, end)


def _relative(name: str, index: NameIndex) -> bool:
    """Whether ``name`` has a first name right before a resident's surname ("Daan Visser" as
    a partner actor), or another form of a person with that surname ("Visser D.", "daan
    visser"): a relative, whose name the copy never keeps (hostile review 13b, S4; 14b N2)."""
    read = plain(name)
    read = read.title() if read.islower() else read  # "daan visser" (review 14b, N2)
    for found, start in index.find(read):
        if len(found.split()) > 1 or index.is_first(found):
            continue
        if _surname_first(read, start, start + len(found)):
            return True
        first = first_name_before(read, start)
        if first is not None and not index.knows(first) and not index.is_first(first):
            return True
        if first is not None and read[start - 1] in "-" + HYPHENS:  # "Anna-Visser" (15b, B3)
            return True
        if person_around(read, start, start + len(found)):  # "Visser, Daan" (review 14, C2)
            return True
        # "Visser, Daan", "D. Visser" (hostile review 14, C2): a relative, or the copy refused
        after = first_name_after(read, start + len(found)) if not read[:start].strip() else None
        if after is not None and not index.knows(after["w"]) and not index.is_first(after["w"]):
            return True
        initial = _INITIAL_BEFORE.search(read, 0, start)
        if initial is not None and not any(
            f.startswith(initial["i"].casefold()) for f in index.firsts
        ):
            return True
    return False


def kept_names(names: Iterable[str], index: NameIndex, full: set[str]) -> re.Pattern[str] | None:
    """A pattern for the organisations' and other actors' ``names`` that hold a resident's
    surname or first name but not a resident's whole name of more than one word: the copy
    keeps them (B4; "Wijkteam Noord" for a resident called "Noord")."""
    kept = [
        n
        for n in dict.fromkeys(names)
        if (found := [name for name, _ in index.find(n)])
        and not {f for f in found if len(f.split()) > 1} & full
        and not _relative(n, index)
    ]
    if not kept:
        return None
    parts = (loose(k) for k in sorted(kept, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])", re.IGNORECASE)


def _text_leak(
    text: str,
    key: str,
    index: NameIndex,
    full: set[str],
    kept: re.Pattern[str] | None,
    old_ids: set[str],
    places: set[str],
    explained: frozenset[str],
    capital_only: frozenset[str] = frozenset(),
    initials: re.Pattern[str] | None = None,
    marks: frozenset[str] = frozenset(),
    near: NearNames | None = None,
) -> str | None:
    """What in ``text`` (the value of field ``key``) should not be in the copy, or None."""
    if key in ("tags", "id") and person_id(text):
        return text  # "mark_devries": a person no rule knew (hostile review 14b)
    text = without_format(text)  # "Yil\u200bdiz" is read as "Yildiz", as the cleaner does
    text = unbroken(text, index.knows)  # "Vis-\nser" (hostile review 12, P4)
    if key in ("tags", "id"):  # "devries", "de_vries", "visser": a tag is read as a name (N5)
        text = tag_form(text)  # and an id, a snapshot's too ("stand_visser"; review 11, N4)
    free = key in FREE or key in ("named", "title")  # title: hostile 15 H1; a legal sentence
    health = HEALTH_NAME.search(without_law(text) if free else text)  # about no one: H8
    if health is None and free:
        health = health_in(text)
    if key == "title" and policy_title(text):  # a kind of care, no one's health (15b B7)
        health = None
    if health is not None:
        return health.group(0)
    if direct := identifiers(text):
        return direct[0][1]
    masked = kept.sub(lambda m: " " * len(m.group(0)), text) if kept is not None else text
    for name, start in index.find(masked):
        before = masked[max(0, start - 40) : start]
        written = masked[start : start + len(name)]
        # "#visser", "fam_visser", "anna.visser", "visser-jansen": a tag or an id (N4)
        end = start + len(written)
        tag = glued(masked, start, end) or double(masked, start, end, index.knows)
        if FAMILY_AFTER.match(masked, end) and not written.islower():
            return name  # "The Visser family", "De Visser-familie" (hostile review 12, P3)
        kin = first_name_before(masked, start) if _DE_BEFORE.search(before) else None
        if kin and not written.islower() and not index.knows(kin) and not index.is_first(kin):
            return name  # "Daan de Visser", "Daan de Groot": a relative (review 14, C2, C7)
        if bare_word(written, before) and not tag:
            continue  # "de post" for "Jan Post"; "Post" with its capital is the resident
        if name in capital_only and written.islower() and not tag:
            continue  # "op de hoeve" for the provider "Begeleider De Hoeve" (user 12b, C2)
        if (
            name not in full
            and plain(name).casefold() in COMMON_WORDS
            and a_word_here(name, masked[:start], masked[start + len(written) :])
        ):
            continue  # "de Raad", "Raad van State", "Groot is het belang" (review 8, N1)
        if bare_word(written.lower(), "") and plural_word(masked, end):
            continue  # "Vissers en bakkers staken": the trade (O1)
        if name not in full and everyday(masked[start : start + len(name)]):
            continue  # "ik ben" for a resident "Ben de Vries"
        after = masked[start + len(written) : start + len(written) + 60]
        if name not in full and a_firm(after):
            continue  # "Visser Advocaten": a firm of several (review 10, H6)
        if index.is_first(name) and before_another_name(after, index.knows):
            continue  # "Stichting Anna Zorg", "Het Anna Paulowna-huis"
        if another_name_here(name, before, after):
            continue  # "Gemeente Groot-Ammers", "Warme Bakker" (hostile review 12, P7)
        if index.is_first(name) and after_a_title(before):
            continue  # "Koningin Anna" (hostile review 12, P6)
        if in_another_name(name, before, after, explained):
            continue  # "Wijkteam Noord" for a resident called "Noord" (N1; review 11, N1)
        if a_place(name, before, places):
            continue  # "woont in IJsselstein" for "Pieter van IJsselstein" (review 7, F7)
        if name in full or not OTHER_SURNAME.search(before):
            return name
    if (kin := relative_of_resident(masked)) is not None:
        return kin  # "Daan van de inwoner": a relative's first name (hostile review 13b, S1)
    if (kin := joined_to_resident(masked)) is not None:
        return kin  # "Daan‐de inwoner", "Daan/inwoner" (hostile look 15b, B3)
    if key not in ("tags", "id") and (kin := initial_left(masked, marks)) is not None:
        return kin  # "Zoon D.", "Daan V." (hostile review 13b, S3)
    if key not in ("tags", "id") and (form := titled_initial_left(masked, marks)) is not None:
        return form  # "De heer V." beside "Mevrouw Anna Visser" (hostile review 14b)
    own = initials_leak(masked, initials) if initials and key not in ("tags", "id") else None
    if own is not None:
        return own  # "A.V. belde", "de inwoner, A. (1980)" (hostile review 12, P4)
    if near is not None and (left := near.left(masked) or near.handle(masked)) is not None:
        return left  # "Anna Vischer", "@daanvisser" (hostile looks 15 and 15b, H6 and H9)
    person = titled_person(masked, explained)
    if person is not None and key in ("tags", "id") and len(person.split()[-1]) < 3:
        person = None  # "huisarts_pr" (the youth template's GP practice): no name, a short word
    if person is not None:
        return person  # "mevrouw Jansen" of a family no actor on the map is (jurist 10, J11)
    if old_ids:
        for m in _ID_TOKEN.finditer(masked):
            if plain(m.group(0)).casefold() in old_ids:
                return m.group(0)
    return None


def find_leak(
    data: Any,
    index: NameIndex,
    full: set[str],
    kept: re.Pattern[str] | None = None,
    old_ids: Iterable[str] = (),
    places: Iterable[str] = (),
    explained: Iterable[str] = (),
    capital_only: Iterable[str] = (),
    initials: re.Pattern[str] | None = None,
    marks: Iterable[str] = (),
) -> tuple[str, str] | None:
    """The first (what, JSON path) in ``data`` that should not be in the copy: a name of
    ``index`` (a name in ``full`` even after a particle), a resident's old id, health or
    another special category, or a direct identifier; ids and finding keys are searched too
    (hostile review 4, H1 1); any surname after a form of address ("mevrouw Jansen") that is
    no word of the names in ``explained`` (what the copy itself names). Every text is read
    once. A name in ``capital_only`` (a staff name that starts with an article: "De Hoeve")
    in small letters is the words; ``initials``: the residents' initials as the check reads
    them (:func:`~exports.anonymise_check_read.initials_reading`)."""
    known = frozenset(w.casefold() for n in explained for w in _TOKEN.findall(plain(n)))
    # an old id that is a name ("jansen") is found as a name, with a particle before it
    words = {seq[0] for found in index.first.values() for seq, _ in found if len(seq) == 1}
    ids = {plain(i).casefold() for i in old_ids} - words
    place_words = set(places)
    lower = frozenset(capital_only)
    letters = frozenset(marks)  # the initials of the residents' surnames ("Daan V.": S3)
    # the residents' first names and surnames, read by the check (H6, H9)
    near = NearNames(index.firsts, words - index.firsts, key=lambda w: plain(w).casefold())
    stack: list[tuple[Any, str, str]] = [(data, "", "")]
    passed: set[tuple[str, str]] = set()  # each state of the timeline repeats most texts
    while stack:
        value, where, key = stack.pop()
        if isinstance(value, str):
            if (value, key) in passed:
                continue
            found = _text_leak(
                value,
                key,
                index,
                full,
                kept,
                ids,
                place_words,
                known,
                lower,
                initials,
                letters,
                near,
            )
            if found is not None:
                return found, where or "/"
            passed.add((value, key))
        elif isinstance(value, dict):
            named = _NAMED.search(where) is not None
            stack.extend(
                (v, f"{where}/{k}", "named" if named and k == "name" else str(k))
                for k, v in reversed(value.items())
            )
        elif isinstance(value, list):
            stack.extend((v, f"{where}/{i}", key) for i, v in reversed(list(enumerate(value))))
    return None
