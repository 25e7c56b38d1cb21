"""Ids and tags that name a person (issue 16; hostile reviews 13 and 13b): the anonymised copy
gives them a neutral id or the resident's role, the same in every state, and every reference
follows (:func:`exports.anonymise_ids.renamed`). A demanding user who shares the copy expects
no name left, and an id is no text the user can change in the app: the copy renames it
rather than refuse it. Three readings:

- a resident's initials in an id or a tag: the first name and the surname's initial
  ("annav", "anna_v", "anna.v"), both initials with a number ("av_2026", "av1980") or as the
  whole id ("av"), and both initials apart ("a_v"); the resident's surname and names are read
  by the cleaner's own patterns already ("visser_a", "annavisser");
- an id that keeps a word the copy took out of its item's name: "zoon_daan" for the actor
  "Zoon Daan (16)", now "Zoon", becomes "zoon"; "karin_smit" for "Journalist Karin Smit"
  becomes "journalist";
- a person after a kinship word or a form of address, as the check reads an id
  ("zoon_daan" for any item, "buurman_pietersen");
- what the cleaner renamed before: a resident's id, an id that shows health or holds a care
  provider's name or a resident's name.

Examples
--------
>>> names = ["Mevrouw Anna Visser", "Fatima El Amrani"]
>>> [initialled(t, names)[-6:] for t in ("annav", "av_2026", "a.v", "fatimaea", "av", "#av")]
['Visser', 'Visser', 'Visser', 'Amrani', 'Visser', 'Visser']
>>> initialled("av", names, alone=False), initialled("annabel", names), initialled("av_1", [])
(None, None, None)
>>> taken_out("zoon_daan", "Zoon Daan (16)", "Zoon"), taken_out("co", "Co (Sanne)", "Co")
(True, False)
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Protocol

from exports.anonymise_check_read import titled_person
from exports.anonymise_everyday import tag_form
from exports.anonymise_ids import new_ids, slug
from exports.anonymise_lookup import Lookup
from exports.anonymise_low_forms import person_id
from exports.anonymise_parts import TITLES, names_nobody
from exports.anonymise_spelling import fold, is_particle
from exports.anonymise_titled import Letters
from exports.anonymise_words import HEALTH_NAME, PROVIDER, health_in
from models.case import Case
from models.entities import Actor, Organisation
from models.enums import ActorKind, EntityKind
from models.fields import KINDS
from models.i18n import Lang

__all__ = [
    "Initials",
    "health_id",
    "initialled",
    "initials_tag",
    "lettered_ids",
    "named_id",
    "plan_ids",
    "taken_out",
]

_PIECE = re.compile(r"[^\W\d_]+|\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
# a tag of initials only, each with its dot ("D.V.", "D. E. A."); the few a text writes so for
# no one: a company's form, "vice versa", the Public Prosecution Service
_DOTTED = re.compile(r"(?:[^\W\d_]\.\s?){2,4}")
_NOT_INITIALS = frozenset(("b.v.", "n.v.", "v.v.", "o.m.", "c.v.", "v.o.f.", "e.v.", "a.s."))
_TITLE_WORDS = frozenset(w.strip(".").casefold() for t in TITLES for w in t.split())


def _pieces(text: str) -> list[str]:
    """The runs of letters and of digits of ``text``, without accents, case-folded."""
    return [p.casefold() for p in _PIECE.findall(fold(text))]


def _forms(name: str) -> tuple[set[str], set[tuple[str, str]], set[str]]:
    """A resident's ``name`` as an id or a tag writes it with initials: the first names with
    the surname's initial joined ("annav"), the pairs written apart (("anna", "v"), ("a",
    "v")), and both initials joined ("av"; "aea" and "aa" for "Anna El Amrani")."""
    words = [w for w in _LETTERS.findall(fold(name)) if w.casefold() not in _TITLE_WORDS]
    if len(words) < 2:
        return set(), set(), set()
    cut = next((i for i, w in enumerate(words) if i and is_particle(w)), len(words) - 1)
    firsts = [w.casefold() for w in words[:cut] if len(w) > 1]
    family = [w.casefold() for w in words[cut:]]
    if not firsts:
        return set(), set(), set()
    last = next((w for w in family if not is_particle(w)), family[-1])[0]
    every = "".join(w[0] for w in family)  # "ea" for "El Amrani"
    joined = {f + s for f in firsts for s in {last, every}}
    pairs = {(f, s) for f in [*firsts, firsts[0][0]] for s in {last, every}}
    return joined, pairs, {firsts[0][0] + last, firsts[0][0] + every}


class Initials:
    """The residents' initials as ids and tags write them, read once for all ``names``: each
    form to the resident it is."""

    def __init__(self, names: Iterable[str]) -> None:
        self.joined: dict[str, str] = {}
        self.pairs: dict[tuple[str, str], str] = {}
        self.initials: dict[str, str] = {}
        self.surnames: dict[str, str] = {}  # the surname's initials ("v", "ea") to the name
        for name in names:
            joined, pairs, initials = _forms(name)
            for form in initials:
                self.surnames.setdefault(form[1:], name)
            for form in joined:
                self.joined.setdefault(form, name)
            for pair in pairs:
                self.pairs.setdefault(pair, name)
            for form in initials:
                self.initials.setdefault(form, name)

    def find(self, text: str, *, alone: bool = True) -> str | None:
        """The resident whose initials ``text`` (an id or a tag) holds, or None. Both
        initials joined ("av") count beside a number, and as the whole text when ``alone``
        (an id; a tag "av" may be the general terms)."""
        pieces = _pieces(text)
        for piece in pieces:
            if piece in self.joined:
                return self.joined[piece]
        for pair in itertools.pairwise(pieces):
            if pair in self.pairs:
                return self.pairs[pair]
        letters = [p for p in pieces if not p.isdigit()]
        if len(letters) == 1 and letters[0] in self.initials and (alone or len(pieces) > 1):
            return self.initials[letters[0]]
        return None

    def relative(self, tag: str) -> str | None:
        """The resident whose surname's initial ends ``tag`` written as initials only ("D.V.",
        "D.E.A."): a relative's initials (rev-hostile16b, H9), or None ("B.V.", "N.V.")."""
        if _DOTTED.fullmatch(tag) is None or tag.casefold() in _NOT_INITIALS:
            return None
        letters = "".join(_LETTERS.findall(fold(tag))).casefold()
        return next(
            (self.surnames[letters[i:]] for i in (1, 2) if letters[i:] in self.surnames), None
        )


def initialled(text: str, names: Iterable[str], *, alone: bool = True) -> str | None:
    """The resident of ``names`` whose initials ``text`` (an id or a tag) holds, or None
    (:meth:`Initials.find`)."""
    return Initials(names).find(text, alone=alone)


def taken_out(id_: str, old: str, new: str) -> bool:
    """Whether ``id_`` keeps a word of three letters or more that the copy took out of the
    item's name (``old`` became ``new``)."""
    gone = {w for w in _pieces(old) if len(w) > 2 and not w.isdigit()} - set(_pieces(new))
    pieces = _pieces(id_)
    return any(p in gone or any(len(g) > 3 and g in p for g in gone) for p in pieces)


class _Plan(Protocol):
    """What the cleaner's plan (``exports.anonymise_plan.Plan``) gives this module."""

    lang: Lang
    lookup: Lookup
    names: dict[str, str]
    provider_ids: dict[str, str]
    ids: dict[str, str]
    letters: Letters

    def cores(self, text: str) -> list[str]: ...

    def text(self, text: str) -> str: ...


_READ: weakref.WeakKeyDictionary[Lookup, Initials] = weakref.WeakKeyDictionary()


def _initials(plan: _Plan) -> Initials:
    """The initials of the residents of ``plan`` that name someone ("Huishouden" names
    nobody), read once per plan."""
    read = _READ.get(plan.lookup)
    if read is None:
        names = dict.fromkeys(plan.lookup.full.values())
        read = _READ[plan.lookup] = Initials(n for n in names if not names_nobody(n))
    return read


def named_id(plan: _Plan, id_: str) -> bool:
    """Whether ``id_`` holds a resident's name or initials, or a person after a kinship word
    or a form of address, as the check reads it ("zoon_daan", "buurman_pietersen"; a short
    word is none: "huisarts_pr")."""
    words = re.sub(r"[\W_]+", " ", id_)
    return bool(plan.cores(words)) or _initials(plan).find(id_) is not None or _a_person(id_)


@lru_cache(maxsize=8192)  # the same ids in every state and every copy (issue 15)
def _a_person(id_: str) -> bool:
    """Whether ``id_`` names a person by a first name and a surname ("mark_devries": a person
    no rule knew, hostile review 14b) or after a kinship word or a form of address, whoever
    the residents are."""
    if person_id(id_):
        return True
    person = titled_person(tag_form(id_), set())
    return person is not None and len(person.split()[-1]) > 2


def initials_tag(plan: _Plan, tag: str) -> str | None:
    """The role of the resident whose initials ``tag`` holds ("annav", "av_2026": "inwoner"),
    in small letters as a tag writes it, or None."""
    read = _initials(plan)
    name = read.find(tag, alone=False) or read.relative(tag)  # "D.V." (rev-hostile16b, H9)
    return None if name is None else plan.lookup.roles.get(name, "").casefold() or None


def _provider_named(plan: _Plan, id_: str) -> bool:
    """Whether ``id_`` is a care provider's id that holds a word of its name ("karakter"
    for "Karakter", "devrieszorg"; "o4" says nothing)."""
    name = plan.provider_ids.get(id_)
    key = fold(id_).casefold()
    words = _LETTERS.findall(fold(name or "").casefold())
    return name is not None and any(w in key for w in words if len(w) > 3)


def plan_ids(states: list[Case], plan: _Plan) -> dict[str, str]:
    """A neutral id for each resident's id, each id that shows health (as a text would:
    "zwanger") or holds a full date, a care provider's name, a resident's name or initials,
    or keeps a word the copy took out of its item's name."""
    wanted: dict[str, str] = {}
    kept: set[str] = set()
    named: dict[str, bool] = {}  # an id is read once, not once per state

    def is_named(id_: str) -> bool:
        if id_ not in named:
            named[id_] = named_id(plan, id_) or _health_or_date(id_)
        return named[id_]

    seen: set[object] = set()  # an item every state repeats is read once (issue 15)
    for state in states:
        for kind in KINDS:
            for item in state.collection(kind):
                if item in seen:  # the same kind, id, name: the same reading
                    continue
                seen.add(item)
                kept.add(item.id)
                if kind is EntityKind.ACTOR and item.kind is ActorKind.CITIZEN:
                    wanted.setdefault(item.id, slug(plan.lookup.roles[item.name]))
                elif HEALTH_NAME.search(item.id) or _provider_named(plan, item.id):
                    provider = kind in (EntityKind.ACTOR, EntityKind.ORGANISATION)
                    word = PROVIDER["id"][plan.lang] if provider else kind.value
                    wanted.setdefault(item.id, word)
                elif is_named(item.id):
                    # "n_jansen", "rl_yildiz", "av_2026": another item's id with a resident's
                    # name or initials gets a neutral one (hostile reviews 6 N1, 13 P4)
                    wanted.setdefault(item.id, kind.value)
                elif isinstance(item, Actor | Organisation) and _renamed(plan.names, item):
                    wanted.setdefault(item.id, slug(plan.names[item.name]))  # "zoon_daan"
    return new_ids(wanted, kept)


# a full date in an id: "bezoek_03_03_1985", "geb19850303", "2024-03-01"
_DATE_ID = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[-_.](?:0?[1-9]|1[0-2])[-_.](?:19|20)?\d\d"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)(?!\d)"
)


def health_id(id_: str) -> bool:
    """Whether ``id_`` speaks of health as a text would ("adhd-daan", "zwanger")."""
    return health_in(re.sub(r"[\W_]+", " ", id_)) is not None


def _health_or_date(id_: str) -> bool:
    """Whether ``id_`` speaks of health or holds a full date (rev-hostile16b, H9: such ids
    were kept in the copy)."""
    return health_id(id_) or bool(_DATE_ID.search(id_))


def _renamed(names: Mapping[str, str], item: Actor | Organisation) -> bool:
    """Whether the copy renamed ``item`` and its id keeps a word it took out."""
    new = names.get(item.name)
    return new is not None and taken_out(item.id, item.name, new)


def lettered_ids(states: list[Case], plan: _Plan, texts: list[str]) -> dict[str, str]:
    """``plan``'s ids after each of ``texts`` is read once (so a surname that becomes a letter
    in one text is that letter in an earlier one too), with a neutral id for each other id
    that holds a first name or surname the texts gave a letter: "daan" and "daan_school" of a
    map that writes "Daan Visser spijbelt" (its copy: "X spijbelt"; rev-hostile16b, H9)."""
    for text in dict.fromkeys(texts):
        # a name has a capital; ids and kinds have none; a date or a number no letter at all
        if not text.islower() and _LETTERS.search(text):
            plan.text(text)
    lettered = {w for key in plan.letters.given for w in _pieces(key) if len(w) > 2}
    if not lettered:
        return plan.ids
    wanted: dict[str, str] = {}
    kept: set[str] = set(plan.ids.values())
    read: set[tuple[EntityKind, str]] = set()  # an id every state repeats is read once
    for state in states:
        for kind in KINDS:
            for item in state.collection(kind):
                if (kind, item.id) in read:
                    continue
                read.add((kind, item.id))
                kept.add(item.id)
                if item.id not in plan.ids and lettered & set(_pieces(item.id)):
                    wanted.setdefault(item.id, kind.value)
    return plan.ids | new_ids(wanted, kept) if wanted else plan.ids
