"""The plan of an anonymised copy (:func:`exports.anonymise.anonymise`): what it says instead
of each name, the same for every state of the timeline. The residents' roles, the staff's roles
without their names, the care providers' neutral names, the letters of persons who are no
actor, and the new ids; :meth:`Plan.text` applies it to one text.

Split from :mod:`exports.anonymise` by meaning (issue 15): the plan decides the names, the
cleaner there applies them to every field of every entity.
"""

from __future__ import annotations

import re

from exports.anonymise_everyday import tag_form
from exports.anonymise_first import a_person, relative_named
from exports.anonymise_id_names import initials_tag, plan_ids
from exports.anonymise_identifiers import without_identifiers
from exports.anonymise_initials import initials_of_relatives
from exports.anonymise_kin_health import care_word_name
from exports.anonymise_low_forms import LowForms, person_id
from exports.anonymise_names import Lookup, citizen_names, name_pattern, replace, roles_by_id
from exports.anonymise_once import SaidOnce
from exports.anonymise_parts import initials_of, names_nobody, relative_roles
from exports.anonymise_persons import firm_owner
from exports.anonymise_short import shorts_for
from exports.anonymise_spelling import fold, loose, unbroken, without_format
from exports.anonymise_staff import StaffNames
from exports.anonymise_titled import Letters
from exports.anonymise_words import (
    HEALTH_NAME,
    PROVIDER,
    YOUTH_PROVIDER,
    health_in,
    staff_name,
)
from mapper.names import Name
from models.case import Case
from models.entities import Actor, Organisation
from models.enums import ActorKind, OrganisationKind
from models.i18n import Lang

__all__ = ["Plan", "care_provider"]

CITIZEN = ActorKind.CITIZEN
# a kept name stands in a text as one character of a private-use plane while it is cleaned
_KEPT = 0xF0000
_WORD = re.compile(r"[^\W_]+")
_KEPT_CHAR = "[\U000f0000-\U000ffffd]"
_TAG_ARTICLE = re.compile(r"^(?:de|het|the)\s+", re.IGNORECASE)


#: a provider named by the Jeugdwet's word keeps it in a Jeugdwet case (YOUTH_PROVIDER)
_YOUTH_WORD = "jeugdhulpaanbieder"


def youth_law_case(case: Case) -> bool:
    """Whether ``case`` is a Jeugdwet case: one of its powers rests on the Jeugdwet."""
    return any("jeugdwet" in p.legal_basis.casefold() for p in case.powers)


def care_provider(org: Organisation) -> bool:
    """Whether ``org`` is a care provider: of kind provider, or named with a care word."""
    return org.kind is OrganisationKind.PROVIDER or HEALTH_NAME.search(org.name) is not None


def _words(text: str) -> list[str]:
    """The words of ``text`` without accents, case-folded."""
    return _WORD.findall(fold(text).casefold())


class Plan(SaidOnce):
    """What the anonymised copy says instead, the same for every state of the timeline: the
    residents' roles, the staff's roles without their names, the care providers' neutral
    names, and the new ids."""

    def __init__(
        self,
        states: list[Case],
        lang: Lang,
        for_copy: bool,
        words_lang: Lang | None = None,
        letters: Letters | None = None,
        ids: bool = True,  # False: no new ids, for a text with no old id (anonymise_filename)
    ) -> None:
        self.lang = lang
        words: Lang = words_lang or lang  # the new names of actors, organisations
        self.names_lang = words
        names = list(dict.fromkeys(n for state in states for n in citizen_names(state)))
        pairs = [(a.id, a.name) for s in states for a in s.actors if a.kind is CITIZEN]
        residents = {id_ for id_, _ in pairs}
        # "Oudere inwoner" only says what the resident is: texts keep it (new user 12, B9)
        self.pattern = name_pattern([n for n in names if not names_nobody(n)])
        # the first word of every name: a text without one of them names nobody, and is not
        # searched with the pattern of all names (hostile review 5, B2)
        # a relative a resident is named after ("Noah" of "Moeder van Noah") is no resident
        kin = {lg: relative_roles([n for _, n in pairs], lg) for lg in (lang, words)}
        self.lookup = Lookup(names, {**kin[lang], **roles_by_id(pairs, lang)})
        self.roles = {**kin[words], **roles_by_id(pairs, words)}  # the residents' new names
        self.words = {w for t in self.lookup.texts for w in _words(t)[:1]}
        self.names: dict[str, str] = {}  # an actor's or organisation's new name
        said: dict[str, str] = {}  # a name as it occurs in a text -> what the text says
        kind = "actor" if for_copy else "organisation"
        counts: dict[tuple[str, str], int] = {}
        self.provider_ids: dict[str, str] = {}  # care providers and the actors in them
        cared_names: list[str] = []

        # a new name is never another actor's on the map (twelfth jurist L4: two "Medewerker"s)
        taken = {a.name.casefold() for state in states for a in state.actors}
        crew = StaffNames(lang, words, taken, self.names, said)

        def numbered(word: str, series: str) -> str:
            # organisations and actors are counted apart: the provider's team in the provider
            # is "Zorgaanbieder" too, not "Zorgaanbieder 2" (issue 11, new user 6)
            while True:
                counts[series, word] = counts.get((series, word), 0) + 1
                new = word if counts[series, word] == 1 else f"{word} {counts[series, word]}"
                if series != "actor" or new.casefold() not in taken:
                    break
            if series == "actor":
                taken.add(new.casefold())
            return new

        youth = youth_law_case(states[0])

        def provider(old: str, key: str, actor_kind: ActorKind, series: str) -> None:
            """Name a care provider: in ``words`` on the map, in ``lang`` in its texts; a
            jeugdhulpaanbieder in a Jeugdwet case by that role (rev-jurist18 K7)."""
            kept = youth and key in YOUTH_PROVIDER and _YOUTH_WORD in old.casefold()
            table = YOUTH_PROVIDER if kept else PROVIDER
            new = numbered(table[key][lang], series)
            self.names[old] = table[key][words] + new[len(table[key][lang]) :]
            cared_names.append(old)
            said[old] = Name.of(new, actor_kind).forms(lang)[0]

        lookup = self.lookup
        relative = self.pattern and relative_named(self.pattern, lookup.is_first, lookup.knows)
        for state in states:
            cared = set()
            for org in state.organisations:
                if care_provider(org):  # its kind, not only a care word (hostile review 7, F3)
                    cared.add(org.id)
                    self.provider_ids[org.id] = org.name
                    if org.name not in self.names:
                        provider(org.name, kind, ActorKind.PARTNER, "organisation")
                elif health_in(org.name) and org.name not in self.names:  # not a GP (J20)
                    # a mosque, a parish, the probation service: art. 9/10 AVG in the name
                    provider(org.name, "other", ActorKind.PARTNER, "organisation")
                elif (firm := firm_owner(org.name)) is not None and org.name not in self.names:
                    # "Klusbedrijf Jansen": the owner's name is personal data; the kind stays
                    self.names[org.name] = numbered(firm[0], "organisation")
                    said[org.name] = self.names[org.name]
            for actor in state.actors:
                if actor.kind is ActorKind.CITIZEN:
                    continue
                if care_word_name(actor.name) or actor.organisation in cared:
                    self.provider_ids[actor.id] = actor.name
                    home = state.organisations.get(actor.organisation or "")
                    if not crew.add(actor.name, home, cared):  # staff by role (user 12b, C3)
                        provider(actor.name, "actor", actor.kind, "actor")
                    continue
                if actor.name in self.names:
                    continue
                role, person = staff_name(actor.name)
                if person and f"({person})" in actor.name and relative and relative(actor.name):
                    continue  # "Visser (Daan)": a relative, not a staff member (review 14b)
                if person is not None:
                    role = numbered(role, "actor")
                    self.names[actor.name] = role
                    said[f"({person})"] = ""
                    said.setdefault(person, Name.of(role, actor.kind).forms(lang)[0])
                    if " " in person:  # as a tag writes it: "janvisser"
                        said.setdefault(re.sub(r"[\s.]+", "", person), said[person])
                    if f"({person})" not in actor.name:
                        # the whole name in a text is the role: "Consulent Jan Visser belde"
                        # is "De consulent belde", not "Consulent de consulent belde"
                        said.setdefault(actor.name, Name.of(role, actor.kind).forms(lang)[0])
        self.said = {k.casefold(): v for k, v in said.items()}
        self.shorts = shorts_for(cared_names + crew.named, states, said)  # "De Hoeve" (12b C2)
        parts = sorted((re.escape(k) for k in said), key=len, reverse=True)
        # an ASCII text names one of them only where it holds one in small letters (issue 15;
        # a name not in ASCII may match an ASCII text without case: "ſ" is "s")
        self._small = [k.lower() for k in said] if all(k.isascii() for k in said) else None
        self.others = (
            re.compile(
                rf"(?:\b(?:de|het|the)\s+)?\s?(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])",
                re.IGNORECASE,
            )
            if parts
            else None
        )
        self.letters = Letters() if letters is None else letters  # "mevrouw Bakker" (J11)
        self.low = LowForms(self.pattern, self.lookup, lang, self.names)  # review 14b
        marks = frozenset(i[1] for n in names if (i := initials_of(n)))  # "Daan V." (S3)
        self._initials = (marks, self.lookup.knows, self.letters.relative)
        self.ids = plan_ids(states, self) if ids else {}  # exports/anonymise_id_names.py
        self.kept = self._kept(states)
        self.renamed = {old.casefold(): new for old, new in self.ids.items()}
        # a resident's old id in a text ("zie dossier ozdemir_a") says the new one (B3 4); an
        # id that is a name ("jansen") is said by the role, as the name is; a plain word that
        # names nobody ("gezin") stays that word (new user 12, B9: "Een inwoner met een kind")
        named = {fold(t).casefold() for t in self.lookup.texts}
        residents = {i for i in residents if not i.isalpha() or self.cores(i)}
        old = sorted(
            (i for i in self.ids if len(i) > 2 and i in residents and i.casefold() not in named),
            key=len,
            reverse=True,
        )
        self.old_ids = (
            re.compile(rf"(?<!\w)({'|'.join(map(re.escape, old))})(?!\w)", re.IGNORECASE)
            if old
            else None
        )

    def may_name(self, text: str) -> bool:
        """Whether ``text`` has a word a resident's name starts with."""
        words = _words(text)  # "Jansens kinderen": the name with a possessive s
        return not self.words.isdisjoint(words) or any(w[:-1] in self.words for w in words)

    def cores(self, text: str) -> list[str]:
        """The residents' names (or surnames, first names) in ``text``, without accents."""
        if self.pattern is None or not self.may_name(text):
            return []
        return [m.group("core") for m in self.pattern.finditer(fold(text))]

    def _kept(self, states: list[Case]) -> re.Pattern[str] | None:
        """The names of organisations and other actors that hold a resident's surname or
        first name but are not the resident ("Deurwaarderskantoor Van Dam"): they stay as they
        are, in their own name and in every text (B4). A name that holds a resident's whole
        name is not kept, unless it is one word ("Wijkteam Noord" for "Noord": review 6 N1)."""
        if self.pattern is None:
            return None
        kept = set()
        kin = relative_named(self.pattern, self.lookup.is_first, self.lookup.knows)
        named: list[Actor | Organisation] = [i for s in states for i in s.organisations]
        for item in [*named, *(a for state in states for a in state.actors)]:
            if (isinstance(item, Actor) and item.kind is CITIZEN) or item.name in self.names:
                continue
            found = self.cores(item.name)
            whole = any(self.lookup.is_full(c) and len(c.split()) > 1 for c in found)
            # a family (P1b), a person ("Zoon Daan (16)": N1), a relative ("Daan Visser": S4)
            if found and not whole and (key := kin(item.name)):  # "Visser, Daan": X (C2)
                self.names.setdefault(item.name, self.letters.relative(key))
            elif found and not whole and not a_person(item.name):
                kept.add(item.name)
        if not kept:
            return None
        parts = (loose(k) for k in sorted(kept, key=len, reverse=True))
        return re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])", re.IGNORECASE)

    def _text(self, text: str) -> str:  # SaidOnce.text: each text once
        text = unbroken(without_identifiers(without_format(text), self.lang), self.lookup.knows)
        text = self.low.glued(text)  # "Daаn", "DaanVisser" (hostile review 14b)
        kept: list[str] = []
        if self.kept is not None:

            def keep(match: re.Match[str]) -> str:
                kept.append(match.group(0))
                return chr(_KEPT + len(kept) - 1)

            text = self.kept.sub(keep, text)
        if self.old_ids is not None:
            text = self.old_ids.sub(lambda m: self.renamed[m.group(1).casefold()], text)
        if self.pattern is not None and self.may_name(text):
            text = self.low.before(text)  # "Visser D.", "Anna Visser, 1980,", "Mevrouw V."
            text = replace(text, self.pattern, self.lookup, self.lang, self.letters.relative)
        text = initials_of_relatives(self.shorts.text(self._others(text)), *self._initials)
        text = self.low.after(self.letters.text(text), self.letters.said)  # "X's fiets"
        if kept:
            text = re.sub(_KEPT_CHAR, lambda m: kept[ord(m.group(0)) - _KEPT], text)
        return text

    def tag(self, tag: str) -> str:
        """A tag that names a resident as the resident's role, in small letters and without
        an article, the same role as in every text ("elamrani", "de_vries", "visser" become
        "inwoner", "inwoner 2", "gezin"; hostile review 8, N5); any other tag as it was."""
        if (initials := initials_tag(self, tag)) is not None:
            return initials  # "annav", "av_2026" (hostile review 13, P4)
        if (person := person_id(tag)) is not None:  # "mark_devries" (hostile review 14b)
            return self.letters.relative(person).lower()
        read = tag_form(tag)
        new = self.text(read)
        if new == read:
            new = self.text(tag)  # "a.visser" as it is written (hostile review 10, H3)
            if new == tag:
                return tag
        return _TAG_ARTICLE.sub("", new).lower()

    def _others(self, text: str) -> str:
        """``text`` with the staff and care providers named by their role."""
        if self.others is None:
            return text
        if self._small is not None and text.isascii():
            low = text.lower()
            if not any(k in low for k in self._small):
                return text

        def other(match: re.Match[str]) -> str:
            found = match.group(0)
            lead = " " if found[:1].isspace() else ""
            key = re.sub(r"^\s*(?:(?:de|het|the)\s+)?", "", found, flags=re.IGNORECASE)
            new = self.said.get(key.casefold().strip(), key)
            if not new:
                return ""
            if match.start() == 0 or text[: match.start()].rstrip().endswith((".", "!", "?")):
                new = new[:1].upper() + new[1:]
            return lead + new if found[:1].isspace() or not found[:1].isalpha() else new

        return self.others.sub(other, text)

    def actor_name(self, item: Actor | Organisation) -> str | None:
        """The new name of an actor or an organisation (None: its name as cleaned)."""
        if isinstance(item, Actor) and item.kind is ActorKind.CITIZEN:
            role = self.roles.get(item.name)
            return None if role is None else role[:1].upper() + role[1:]
        return self.names.get(item.name)
