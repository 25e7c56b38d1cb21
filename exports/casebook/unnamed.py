"""The names a casebook record may show (issue 16): the anonymiser's, for the few words a
record keeps.

A record keeps the case's title and the names of actors (as roles), organisations and powers;
nothing else of the map's text. Rather than anonymising the whole case (every note, reason
and snapshot: about a third of the casebook's work per case), the worker analyses the case
itself and anonymises a small case that holds only those names, with
:func:`exports.anonymise.anonymise`, so the words are exactly the anonymiser's: a resident is
"Inwoner", a staff member's name leaves their actor's name, a care provider is "de
zorgaanbieder", a power that shows health is named neutrally, the title leaves the name out.

Examples
--------
>>> from models.example import example_case
>>> names = shown_names(example_case(), "nl")
>>> names.title
'Dreigende huisuitzetting bij schulden en zorg'
>>> names.actors["jansen"], names.actors["consulent"], "jansen" in names.ids
('Inwoner', 'Consulent wijkteam', False)
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from exports.anonymise import anonymise
from exports.anonymise_titled import Letters
from exports.anonymise_words import PROVIDER
from exports.map_language import map_language
from mapper.casebook import Casebook, Count, Shown
from mapper.timeline import case_at
from models import Actor, Case, CaseInfo, Organisation, Power
from models.enums import ActorKind, EntityKind
from models.errors import KvmapError
from models.fields import KINDS
from models.i18n import Lang

__all__ = ["counted_by_kind", "shown_case", "shown_names"]

# what may not stand in a map's text: a line break, a control or direction character (a file's
# name may hold them; the report prints them escaped, see exports.casebook.run.printable)
_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]+"
)

# what a pseudonym that many organisations share is counted as: its kind, with the warning
# that behind it may stand a different organisation in each case (ninth jurist, F8)
_BY_KIND = {
    "organisation": {
        "nl": "een zorgaanbieder (per casus mogelijk een andere)",
        "en": "a care provider (possibly a different one in each case)",
    },
    "other": {
        "nl": "een organisatie (per casus mogelijk een andere)",
        "en": "an organisation (possibly a different one in each case)",
    },
}


def _named(case: Case) -> Case:
    """``case`` with only what a record names: the title, and the actors, organisations and
    powers with their names and what links them (no notes, no other entities); and, after
    them, the residents who are only on an earlier snapshot (the title may still name one)."""
    actors = [
        Actor(a.id, a.name, a.kind, organisation=a.organisation, public_body=a.public_body)
        for a in case.actors
    ]
    ids = {item.id for kind in KINDS for item in case.collection(kind)}
    for snap in case.timeline.snapshots:
        try:
            then = case_at(case, snap.id)
        except KvmapError:  # a snapshot that does not open names nobody the record shows
            continue
        for a in then.actors:
            if a.kind is ActorKind.CITIZEN and a.id not in ids:
                ids.add(a.id)
                actors.append(Actor(a.id, a.name, a.kind))
    orgs = [Organisation(o.id, o.name, o.kind, parent=o.parent) for o in case.organisations]
    powers = [Power(p.id, p.name, p.category, holder=p.holder) for p in case.powers]
    parts: dict[EntityKind, list[Any]] = {
        EntityKind.ACTOR: actors,
        EntityKind.ORGANISATION: orgs,
        EntityKind.POWER: powers,
    }
    return Case.build(CaseInfo(case.info.title), parts, checked=True)


def shown_names(case: Case, lang: Lang) -> Shown:
    """What a record of ``case`` says instead of its names (in ``lang``)."""
    return shown_case(case, lang)[0]


def _with_dropped(
    named: Case, case: Case, lang: Lang, letters: Letters | None, parts: list[str], new: list[str]
) -> list[str]:
    """``new`` (the lines of ``parts`` the anonymiser kept) read again with each part it drops
    on its own left empty, as it drops a file's name at the top level ('sub/Daan 12
    autisme.kvmap' showed 'sub/Daan 12.kvmap' where 'Daan 12 autisme.kvmap' is 'kaart.kvmap';
    rev-hostile16b, N3); ``new`` as it was when that does not account for the lines."""

    def said(lines: list[str]) -> list[str]:
        named.set_case_field("description", "\n".join(_LINE.sub(" ", p) for p in lines))
        anon = anonymise(named, map_language(case, lang), names=lang, letters=letters)
        return anon.info.description.split("\n")

    dropped = {i for i, part in enumerate(parts) if not said([part])[0].strip()}
    if not dropped:
        return new
    again = said(["x" if i in dropped else p for i, p in enumerate(parts)])
    if len(again) != len(parts):
        return new
    return ["" if i in dropped else line for i, line in enumerate(again)]


def shown_case(
    case: Case, lang: Lang, relative: str = "", letters: Letters | None = None
) -> tuple[Shown, str | None]:
    """What a record of ``case`` says instead of its names (in ``lang``), and its file's path
    ``relative`` as a report shows it: each folder's and the file's name replaced as the
    title is, with the same letters ("zoon Daan.kvmap" of a map titled "Partner Mark" is
    "zoon Y.kvmap"; hostile review 12, P5); None when the anonymiser dropped a part (a name
    that speaks of health). A part it leaves as it was keeps its line breaks and control
    characters (which a map's text may not hold). ``letters``: the letters the map's own texts
    gave (exports.casebook.file_names.map_letters), so that a name has the copy's letter."""
    named = _named(case)
    parts = relative.removesuffix(".kvmap").split("/") if relative else []
    if parts:  # one line each, after the title: the title's letters come first
        named.set_case_field("description", "\n".join(_LINE.sub(" ", p) for p in parts))
    # the title in the words of the map's own language, as the nota writes it (new user,
    # session 11, A1: "The moeder zit thuis zonder school"); the names in ``lang``
    anon = anonymise(named, map_language(case, lang), names=lang, letters=letters)
    new = anon.info.description.split("\n") if parts else []
    if parts and len(new) != len(parts):
        new = _with_dropped(_named(case), case, lang, letters, parts, new)
    path = None
    if len(new) == len(parts):
        kept = [p if _LINE.sub(" ", p) == n else n for p, n in zip(parts, new, strict=True)]
        path = "/".join(kept) + relative[len(relative.removesuffix(".kvmap")) :]
    pairs = {  # the anonymiser keeps each collection's order
        kind: list(zip(named.collection(kind), anon.collection(kind), strict=True))
        for kind in (EntityKind.ACTOR, EntityKind.ORGANISATION, EntityKind.POWER)
    }
    # an id the anonymiser changes names a resident or shows health; a resident's id the
    # record says as "inwoner1" itself (the same on every run, to open the map on a cause)
    ids = {
        old.id: new.id
        for kind, both in pairs.items()
        for old, new in both
        if old.id != new.id and not (kind is EntityKind.ACTOR and old.kind is ActorKind.CITIZEN)
    }
    shown = Shown(
        title=" ".join(anon.info.title.split()),  # on one line ("Vis-\nser": P5)
        actors={old.id: new.name for old, new in pairs[EntityKind.ACTOR]},
        organisations={old.id: new.name for old, new in pairs[EntityKind.ORGANISATION]},
        powers={old.id: new.name for old, new in pairs[EntityKind.POWER]},
        ids=ids,
    )
    return shown, path


def counted_by_kind(book: Casebook, lang: Lang) -> Casebook:
    """``book`` with the organisations that a record names by a shared pseudonym ("de
    zorgaanbieder", "de zorgaanbieder 2") counted by their kind: "een zorgaanbieder (per
    casus mogelijk een andere): in 5 van de 9", never as if one provider blocked in five cases
    (ninth jurist, F8). ``lang``: the language the records were named in."""
    merged: dict[str, set[int]] = {}
    counts: list[Count] = []
    for count in book.organisations:
        kind = next(
            (
                key
                for key in _BY_KIND
                if re.fullmatch(rf"{re.escape(PROVIDER[key][lang])}(?: \d+)?", count.name, re.I)
            ),
            None,
        )
        if kind is None:
            counts.append(count)
        else:
            merged.setdefault(_BY_KIND[kind][lang], set()).update(count.cases)
    counts += [Count(name, tuple(sorted(cases))) for name, cases in merged.items()]
    counts.sort(key=lambda c: (-len(c.cases), c.name.casefold()))
    return dataclasses.replace(book, organisations=tuple(counts))
