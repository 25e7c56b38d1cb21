"""An anonymised copy of a case for the advice note and the deck (art. 5 lid 1 onder c and
art. 9 AVG): residents (actors of kind citizen) are named by their role ("de inwoner",
"inwoner 2") in every text, the title leaves the name out, the occasion and the intent
leave out the sentences about health, and a needed decision that shows health is named
neutrally ("Start van specialistische zorg"). The resident stays identifiable for whoever
knows the case: this is pseudonymisation, not anonymisation in the sense of the AVG.

Examples
--------
>>> from models.example import example_case
>>> case = anonymise(example_case(), "nl")
>>> case.info.title
'Dreigende huisuitzetting bij schulden en zorg'
>>> case.actors.get("jansen").name
'Inwoner'
>>> "Jansen" in case.info.description, "psychisch" in case.info.description
(False, False)
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from mapper.timeline import case_at
from models.acceptance import Acceptance
from models.case import Case
from models.entities import Need, Power
from models.enums import ActorKind
from models.fields import KINDS
from models.fileformat import case_to_dict
from models.i18n import Lang
from models.timeline import HistoryEntry, Snapshot, Timeline
from models.timeline_io import state_of

__all__ = ["anonymise", "citizen_names", "name_pattern", "replaced"]

# a resident named by what they are to the case ("Buurman De Wit"): the anonymised text keeps
# that word ("de buurman"), not a number
_RELATIONS = (
    "buurman", "buurvrouw", "buren", "moeder", "vader", "zoon", "dochter", "broer", "zus",
    "partner", "mantelzorger", "huisgenoot", "oom", "tante", "opa", "oma", "neighbour",
    "mother", "father", "son", "daughter", "brother", "sister", "carer",
)  # fmt: skip
# a household named by its surname ("gezin Jansen"): the anonymised text says "het gezin"
_HOUSEHOLD = ("gezin", "familie", "family", "household")
# words before a surname that belong to it in running text ("mevrouw Jansen", "gezin Jansen")
_PREFIX = (
    r"(?:(?:[Gg]ezin|[Ff]amilie|[Mm]evrouw|[Mm]eneer|[Dd]e heer|[Mm]w\.|[Dd]hr\.|Mrs?\.|Ms\.|"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _RELATIONS)
    + r")\s+)?"
)
_AGE = r"(?:\s*\(\d{1,3}\))?"
# words that show health data (art. 9 AVG); "zorg" only on its own, not in "zorgverzekeraar"
_HEALTH = re.compile(
    r"\b(ggz|gezondheid|psychisch|psychiatr|verslav|medisch|ziekte|ziek|behandel|diagnos|"
    r"depress|burn-?out|health|medical|mental|psychiatric|addiction|treatment|illness)\w*"
    r"|\b(zorg|care)\b",
    re.IGNORECASE,
)
# the neutral name of a needed decision, and of a power, that shows health
_NEUTRAL_NEED = {"nl": "Start van specialistische zorg", "en": "Start of specialist care"}
_NEUTRAL_POWER = {"nl": "Specialistische zorg starten", "en": "Starting specialist care"}
_CLAUSE = re.compile(r"(?<=[.;!?])\s+")


def citizen_names(case: Case) -> list[str]:
    """The names of the residents on the map (actors of kind citizen), in map order."""
    return [a.name for a in case.actors if a.kind is ActorKind.CITIZEN and a.name.strip()]


_TITLES = (
    "gezin", "familie", "mevrouw", "meneer", "de heer", "mw.", "dhr.", "mr.", "mrs.", "ms.",
    *_RELATIONS,
)  # fmt: skip


_PARTICLES = ("de", "van", "der", "den", "ten", "ter", "te", "op", "het", "'t", "in")


def _surnames(name: str) -> list[str]:
    """The surname in ``name``: what follows "mevrouw", "gezin" and the like ("Mevrouw
    Jansen": "Jansen", "Meneer De Wit": "De Wit"), else what follows the first name when it
    starts with a capital or a particle ("Jan de Vries": "de Vries"; "Jan Vries": "Vries")."""
    low = name.casefold()
    for title in _TITLES:
        if low.startswith(title + " ") and name[len(title) :].strip():
            return [name[len(title) :].strip()]
    words = name.split()
    rest = " ".join(words[1:])
    # "de Vries" is replaced too (hostile review 4, H1 5): a common surname still names
    # the resident together with the rest of the case
    particle = len(words) > 2 and words[1].casefold() in _PARTICLES and words[-1][:1].isupper()
    return [rest] if (rest[:1].isupper() or particle) and len(rest) > 1 else []


def name_pattern(names: list[str]) -> re.Pattern[str] | None:
    """One pattern for the full names, the surnames and the first names (with "mevrouw",
    "gezin" and an age in brackets around them, and a possessive "s"), in any case; None
    without names. The name itself is the group ``core``."""
    parts = sorted({re.escape(p) for p in _Lookup(names, {}).texts}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(rf"{_PREFIX}\b(?P<core>{'|'.join(parts)})(?:'?s)?\b{_AGE}", re.IGNORECASE)


def _first_name(name: str) -> str | None:
    """The first name of "Karel Pietersen" ("Karel"); None for "Mevrouw Jansen" or one word."""
    words = name.split()
    if len(words) < 2 or name.casefold().startswith(_TITLES) or not words[0][:1].isupper():
        return None
    return words[0] if len(words[0]) > 2 else None


class _Lookup:
    """From the text of a name as it occurs (case-folded) to the resident it names, built once
    for all residents (hostile review 4, H5): a full name first, then a surname or a first
    name that fits one resident only; a surname that fits more than one resident is the
    household (H2: "Mevrouw Jansen" and "Jan Jansen" are two people)."""

    HOUSEHOLD = "\x00household"

    def __init__(self, names: list[str], roles: dict[str, str]) -> None:
        self.roles = roles
        self.full: dict[str, str] = {}
        parts: dict[str, set[str]] = {}
        for n in names:
            self.full.setdefault(n.casefold(), n)
            for part in [*_surnames(n), *filter(None, [_first_name(n)])]:
                parts.setdefault(part.casefold(), set()).add(n)
        self.part = {
            text: next(iter(who)) if len(who) == 1 else self.HOUSEHOLD
            for text, who in parts.items()
            if text not in self.full
        }
        self.texts = [*(n for n in names), *(p for n in names for p in _surnames(n))] + [
            f for n in names if (f := _first_name(n))
        ]

    def who(self, prefix: str, core: str) -> str:
        """The resident named by ``prefix`` + ``core`` (or :attr:`HOUSEHOLD`)."""
        key = core.casefold()
        titled = f"{prefix}{core}".casefold().strip()
        if titled in self.full:  # "Mevrouw Jansen" is the resident's own full name
            return self.full[titled]
        if key in self.full:
            return self.full[key]
        return self.part.get(key, self.HOUSEHOLD)


def _relation(name: str) -> str | None:
    """The word that says what a resident is to the case ("Buurman De Wit": "buurman")."""
    first = name.split(" ", 1)[0].casefold()
    return first if first in _RELATIONS and " " in name.strip() else None


def _roles(names: list[str], lang: Lang) -> dict[str, str]:
    """Each resident's role: "inwoner", "inwoner 2", or what they are to the case ("buurman")."""
    word = "inwoner" if lang == "nl" else "resident"
    out: dict[str, str] = {}
    used: dict[str, int] = {}
    for n in names:
        role = _relation(n) or word
        used[role] = used.get(role, 0) + 1
        out[n] = role if used[role] == 1 else f"{role} {used[role]}"
    return out


def _replace(text: str, pattern: re.Pattern[str], lookup: _Lookup, lang: Lang) -> str:
    article = "de " if lang == "nl" else "the "
    household = "het gezin" if lang == "nl" else "the household"

    def role(match: re.Match[str]) -> str:
        found = match.group(0)
        core = match.group("core")
        prefix = found[: match.start("core") - match.start()]
        name = lookup.who(prefix, core)
        start = match.start() == 0 or text[: match.start()].rstrip().endswith((".", "!", "?"))
        if name == lookup.HOUSEHOLD or found.split(" ", 1)[0].casefold() in _HOUSEHOLD:
            said = household
        else:
            said = lookup.roles[name]
            said = said if " " in said else article + said
        return said[:1].upper() + said[1:] if start else said

    return pattern.sub(role, text)


_JOIN = re.compile(r",\s+|\s+(?:en|and|maar|but)\s+")


def _trimmed(clause: str) -> str | None:
    """The part of ``clause`` before the phrase that speaks of health, when that part is a
    sentence of its own (at least four words), ended with a full stop; else None."""
    health = _HEALTH.search(clause)
    if health is None:
        return clause
    cuts = [m.start() for m in _JOIN.finditer(clause, 0, health.start())]
    if not cuts:
        return None
    head = clause[: cuts[-1]].rstrip(" ,;")
    return head + "." if len(head.split()) >= 4 else None


def _without_health(text: str, *, trim: bool = False) -> str:
    """``text`` without the sentences and clauses that speak of health; with ``trim``, a
    sentence keeps what it says before the health phrase (an intent keeps its aim)."""
    if trim:
        kept = [t for c in _CLAUSE.split(text) if (t := _trimmed(c)) is not None]
    else:
        kept = [c for c in _CLAUSE.split(text) if not _HEALTH.search(c)]
    out: list[str] = []
    for clause in kept:
        if out and out[-1].endswith(";") and not clause[:1].islower():
            out[-1] = out[-1][:-1] + "."
        if out and out[-1].endswith(".") and clause[:1].islower():
            clause = clause[:1].upper() + clause[1:]
        out.append(clause)
    if out and out[-1].endswith(";"):
        out[-1] = out[-1][:-1] + "."
    return " ".join(out)


def _title(title: str, pattern: re.Pattern[str]) -> str:
    """The subject without the personal name: "Gezin Jansen: dreigende huisuitzetting"
    becomes "Dreigende huisuitzetting"."""
    head, sep, rest = title.partition(":")
    if sep and pattern.search(head) and rest.strip():
        rest = rest.strip()
        return rest[:1].upper() + rest[1:]
    return title


def anonymise(case: Case, lang: Lang) -> Case:
    """A copy of ``case`` in which no resident is named and the occasion says nothing about
    health (the ids stay, so references hold).

    The timeline goes along, anonymised the same way: every snapshot's state and label (a
    resident who is only on an earlier snapshot is named by a role too, the same role in
    every state), and the history of saves without its authors and with the residents'
    names replaced in the edits."""
    states = [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]
    names = list(dict.fromkeys(n for state in states for n in citizen_names(state)))
    pattern = name_pattern(names)
    if pattern is None:
        out = case.copy()
        out.timeline = Timeline(
            case.timeline.snapshots, _history(case, None, _Lookup([], {}), lang)
        )
        return out
    lookup = _Lookup(names, _roles(names, lang))
    out = _cleaned(case, pattern, lookup, lang)
    snapshots = [
        Snapshot(
            snap.id,
            snap.date,
            _replace(snap.label, pattern, lookup, lang),
            state_of(case_to_dict(_cleaned(state, pattern, lookup, lang))),
        )
        for snap, state in zip(case.timeline.snapshots, states[1:], strict=True)
    ]
    out.timeline = Timeline(snapshots, _history(case, pattern, lookup, lang))
    return out


def _history(
    case: Case, pattern: re.Pattern[str] | None, lookup: _Lookup, lang: Lang
) -> list[HistoryEntry]:
    """The saves without their authors; the residents' names in the edits replaced."""
    return [
        dataclasses.replace(
            entry,
            author="",
            edits=tuple(
                e if pattern is None else _replace(e, pattern, lookup, lang) for e in entry.edits
            ),
        )
        for entry in case.timeline.history
    ]


def _cleaned(case: Case, pattern: re.Pattern[str], lookup: _Lookup, lang: Lang) -> Case:
    """``case`` (without its timeline) with the residents named by their roles, in every
    text and every list of texts (tags)."""
    roles = lookup.roles
    ids = {item.id for kind in KINDS for item in case.collection(kind)}
    word = "Inwoner" if lang == "nl" else "Resident"

    def clean(item: Any) -> Any:
        changes: dict[str, Any] = {}
        for field in dataclasses.fields(item):
            value = getattr(item, field.name)
            if field.name == "id" or value in ids:
                continue
            if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
                new: Any = tuple(
                    v if v in ids and field.name != "tags" else _replace(v, pattern, lookup, lang)
                    for v in value
                )
            elif isinstance(value, str):
                new = _replace(value, pattern, lookup, lang)
            else:
                continue
            if new != value:
                changes[field.name] = new
        # a decision that shows health is named neutrally (jurist, third round M2): that a
        # resident waits for treatment is a health fact (art. 9 AVG)
        if isinstance(item, Need) and _HEALTH.search(item.decision):
            changes["decision"] = _NEUTRAL_NEED[lang]
            changes["notes"] = _without_health(changes.get("notes", item.notes))
        # health leaves every note and reason, and the tags (hostile review 4, H1 7)
        for name in ("notes", "reason"):
            text = changes.get(name, getattr(item, name, None))
            if isinstance(text, str) and _HEALTH.search(text):
                left = "(weggelaten)" if lang == "nl" else "(left out)"
                changes[name] = _without_health(text) or (left if name == "reason" else "")
        tags = changes.get("tags", getattr(item, "tags", ()))
        if any(_HEALTH.search(t) for t in tags):
            changes["tags"] = tuple(t for t in tags if not _HEALTH.search(t))
        if isinstance(item, Acceptance):  # who accepted is an author, like a save's
            changes["by"] = ""
        if isinstance(item, Power) and _HEALTH.search(item.name):
            changes["name"] = _NEUTRAL_POWER[lang]
        if getattr(item, "kind", None) is ActorKind.CITIZEN and item.name in roles:
            role = roles[item.name]
            changes["name"] = (
                word + role[len("inwoner") :]
                if role.startswith("inwoner")
                else (
                    word + role[len("resident") :]
                    if role.startswith("resident")
                    else role.capitalize()
                )
            )
        return dataclasses.replace(item, **changes) if changes else item

    info = case.info
    info = dataclasses.replace(
        info,
        title=_replace(_title(info.title, pattern), pattern, lookup, lang),
        description=_without_health(_replace(info.description, pattern, lookup, lang)),
        intent=_without_health(_replace(info.intent, pattern, lookup, lang), trim=True),
    )
    return Case.build(
        info, {kind: [clean(i) for i in case.collection(kind)] for kind in KINDS}, checked=True
    )


def replaced(case: Case, lang: Lang) -> tuple[list[tuple[str, str]], bool]:
    """What :func:`anonymise` changes, to tell the user: each resident's name with the role
    that replaces it, and whether sentences about health leave the occasion or the intent."""
    anon = anonymise(case, lang)
    names = [
        (a.name, b.name)
        for a in case.actors
        if a.kind is ActorKind.CITIZEN
        and (b := anon.actors.get(a.id)) is not None
        and a.name != b.name
    ]
    info = case.info
    health = bool(_HEALTH.search(info.description) or _HEALTH.search(info.intent))
    return names, health
