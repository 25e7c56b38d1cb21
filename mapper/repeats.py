"""Findings that repeat across the map as one finding (issue 14: what the tool says at scale).

On a large map the same thing is often wrong in many places: 1,000 teams whose team leader has
no recorded triage task, 150 links of one chain where a mandate runs over distrust. Each is a
finding of the same code whose title differs only in the names it gives (its *shape*, set by
:func:`mapper.catalogue.say`). From :data:`LEAST` such findings on, they become one finding:

- its title is the first one's, then "; hetzelfde geldt voor" two more and the rest counted
  ("… en 197 anderen"); a title naming two actors that both differ (the links of a chain)
  names the pairs in prose ("… voor Schakel 101 en Schakel 100 en voor 68 andere paren");
- the members stand in the order of their names, numbers read as numbers (names without a
  number keep the map's order);
- its detail is the first one's and names up to eight more; its suggestion is the first one's
  and "Doe hetzelfde bij …";
- it holds every member's actors, relationships, mandates and needs, and ``members`` lists the
  ids of the findings it replaces, so the JSON, the app's selection and the nota's annex still
  reach each of them;
- its id is ``CODE:group-<hash>``: the hash of its shape (and of the names its title keeps
  fixed), so it stays the same when members come or go.

A finding an acceptance names (``accepted[]``) is never grouped: its acceptance keeps working.
An acceptance of the grouped finding's id sets the whole group apart.

Examples
--------
>>> from mapper.codes import Code
>>> from mapper.findings import Severity, Text
>>> from mapper.names import Name
>>> def f(i):
...     n = Name.of(f"Teamleider {i}")
...     return Finding(Code.TRIAGE_ROLE_WITHOUT_MANDATE, 2, Severity.WARNING,
...         Text(f"The team leader {i} x", f"De teamleider {i} x"), Text("d", "d"), Text("s", "s"),
...         actors=(str(i),), id=f"T:{i}", shape="T|x", subjects=(n,))
>>> found, members = group_repeats([f(i) for i in range(6)])
>>> found[0].title.nl
'De teamleider 0 x; hetzelfde geldt voor de teamleider 1, de teamleider 2 en drie anderen'
>>> len(found), len(members[found[0].id]), found[0].actors
(1, 6, ('0', '1', '2', '3', '4', '5'))
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from mapper.codes import Code
from mapper.findings import Finding, Text
from mapper.group_roles import SAID_BY_ROLE, roles
from mapper.names import Name
from mapper.wording import capital, join, kinds_first, natural_key, word
from models.i18n import Lang

__all__ = ["LEAST", "Decision", "group_repeats"]

#: From this many findings of one shape on, they are one finding.
LEAST = 3
#: Names a grouped title gives (the first included) before it counts the rest.
_TITLE = 3
#: Names its detail gives after the first.
_DETAIL = 8

#: Codes whose grouped lists name one of each kind of holder first (the 146 expired mandates
#: were "de consulent 4.7, de consulent 4.16, …" and 131 others, 39 of them directeuren)
_KINDS_FIRST = frozenset({Code.MANDATE_EXPIRED})

#: The label of a member: the index of the one name that differs, or None (all: a pair).
_At = int | None


class Decision(str):
    """A needed decision a title names in quotes (‘Besluit 4’): a subject like an actor."""


def _label(f: Finding, at: _At, lang: Lang, *, prose: bool = True) -> str:
    """A member as its title names it: the name that differs, or the pair, in running text
    with its articles ("de manager 2 en de teamleider 2"; new user at scale, session 14: not
    the shorthand "manager 2 – teamleider 2", which a table keeps: ``prose=False``)."""
    if at is not None:
        return _name(f.subjects[at], lang, running=True)
    if prose:
        return join([_name(n, lang, running=True) for n in f.subjects], lang)
    return " – ".join(_name(n, lang, running=False) for n in f.subjects)


def _sorted(found: list[Finding], at: _At) -> list[Finding]:
    """The members by the names that differ, their numbers read as numbers, when every one has
    a number ("Schakel 9, Schakel 11"); names without one keep the map's order ("de raad, de
    wijkagent en de ombudsman")."""

    def names(f: Finding) -> list[str]:
        said = f.subjects if at is None else (f.subjects[at],)
        return [n.nl if isinstance(n, Text) else str(n) for n in said]

    if not all(any(c.isdigit() for c in "".join(names(f))) for f in found):
        return found
    return sorted(found, key=lambda f: tuple(natural_key(n) for n in names(f)))


def _name(name: str | Text, lang: Lang, *, running: bool) -> str:
    if isinstance(name, Text):
        return name(lang)
    if isinstance(name, Name):
        return name.running(lang) if running else name.link_in(lang)
    if isinstance(name, Decision):
        return f"‘{name}’"
    return str(name)


_MORE = {
    "nl": {"pairs": "andere paren", "decisions": "andere besluiten", "names": "anderen"},
    "en": {"pairs": "other pairs", "decisions": "other decisions", "names": "others"},
}


def _few(labels: Sequence[str], limit: int, kind: str, lang: Lang, again: str = "") -> str:
    """``labels`` as "a, b en c", or the first ``limit`` and the rest counted. Pairs, each
    "x en y" itself, repeat the preposition ``again`` before each but the first: "voor a en b,
    voor c en d en voor 42 andere paren"."""
    items = list(labels)
    if len(labels) > limit + 1:
        items = [*labels[:limit], f"{word(len(labels) - limit, lang, upto=20)} {_MORE[lang][kind]}"]
    if kind == "pairs" and again and items:  # a kind of remedy one member alone has: none
        items = [items[0], *(f"{again} {x}" for x in items[1:])]
    return join(items, lang)


#: a suggestion about "this decision" as it reads for a group of decisions (jurist 15, J18)
_EACH = {
    "Wijs een behandelaar aan voor dit besluit.": "Wijs voor elk van deze besluiten een "
    "behandelaar aan.",
    "Name the handler of this decision.": "Name a handler for each of these decisions.",
}


_DIGITS = re.compile(r"\d+(?:\.\d+)*")
#: the kinds of remedy a grouped suggestion spells out before it counts the rest
_KINDS = 3


def _kind_of(suggestion: str) -> str:
    """The kind of a member's remedy: its first two words, numbers left out ("De ombudsman
    brengt verslag uit …" is not "Geef de consulent … een tweede route")."""
    return " ".join(_DIGITS.sub("#", suggestion[:60]).split()[:2])


#: the members of a route's remedy that names its source, not the person it runs through
_VIA = {
    "nl": "Doe hetzelfde waar de route van een ombudsman of toezichthouder via {} loopt.",
    "en": "Do the same where the route of an ombudsman or supervisor runs through {}.",
}


def _same_for(
    found: list[Finding], at: _At, lang: Lang, own: str, kind: str, words: tuple[str, str]
) -> str:
    """The suggestion of a group: the first member's, "Doe hetzelfde bij" the members whose
    remedy is of the same kind; each other kind of remedy its own first member's, and so on
    (jurist 15, J18: the ombudsman's report under art. 9:36 Awb was "the same" for 21
    consulents, who need a second route)."""
    do, by = words
    signing = found[0].code == Code.MANDATE_SIGNING_NOT_BY_BODY and at is None
    kinds: dict[str, list[Finding]] = {}
    for f in found:
        kinds.setdefault(_kind_of(f.suggestion(lang)), []).append(f)
    out: list[str] = []
    for members in list(kinds.values())[:_KINDS]:
        said = members[0].suggestion(lang)
        first = _label(members[0], at, lang)
        labels = [
            x
            for x in dict.fromkeys(_label(f, at, lang) for f in members[1:])
            if x not in (first, own)
        ]
        listed = _few(labels, _TITLE - 1, kind, lang, by)
        if signing and labels:  # who is asked, whose authorisation (rev-jurist19 R6)
            out.append(_same_signing(members, said, lang))
            continue
        if members[0].code == Code.SIGNAL_SINGLE_PERSON and "9:36" in said and first not in said:
            # the ombudsman's report (art. 9:36 Awb) is not the consulent's: "Doe hetzelfde bij
            # de consulent 6.4" read as if consulenten report (rev-jurist16 N8)
            out.append(f"{said} {_VIA[lang].format(listed)}" if labels else said)
            continue
        out.append(f"{said} {do} {listed}." if labels else said)
    if len(kinds) > _KINDS:
        out.append(
            "Voor de overige gevallen geldt een vergelijkbaar voorstel."
            if lang == "nl"
            else "A similar suggestion holds for the other cases."
        )
    return " ".join(out)


def _same_signing(members: list[Finding], said: str, lang: Lang) -> str:
    """The signing authorisations officials gave, as a group's suggestion: the body asked and
    whose authorisation, not "Doe hetzelfde bij de directeur 4.2 en het college B&W 4", which
    read as asking the directeur (rev-jurist19 R6); the members are (grantor, body) pairs."""
    whose = "machtiging van" if lang == "nl" else "authorisation of"
    pairs = [[_name(n, lang, running=True) for n in f.subjects] for f in members[1:]]
    labels = list(dict.fromkeys(f"{body} ({whose} {grantor})" for grantor, body in pairs))
    asks = said.startswith(("Vraag", "Ask"))
    if lang == "nl":
        do, by = ("Vraag hetzelfde aan", "aan") if asks else ("Doe hetzelfde voor", "voor")
    else:
        do, by = ("Ask the same of", "of") if asks else ("Do the same for", "for")
    named = [labels[0], *(f"{by} {x}" for x in labels[1 : _TITLE - 1])]
    if len(labels) == len(named) + 1:  # one more is named, not counted ("één andere machtigingen")
        named.append(f"{by} {labels[-1]}")
    more = len(labels) - len(named)
    if more <= 0:
        return f"{said} {do} {join(named, lang)}."
    rest = (
        f"en zo voor {word(more, lang, upto=20)} andere machtigingen"
        if lang == "nl"
        else f"and so for {word(more, lang, upto=20)} other authorisations"
    )
    return f"{said} {do} {', '.join(named)}, {rest}."


def _grouped(found: list[Finding], at: _At, key: str) -> Finding:
    """One finding for ``found`` (the first leads); ``at``: which of its names differs."""
    first = found[0]
    kind = "pairs" if at is None else "names"
    if at is not None and isinstance(first.subjects[at], Decision):
        kind = "decisions"
    texts: dict[str, tuple[str, str, str]] = {}
    for lang in ("en", "nl") if first.title.en or first.title.nl else ():
        same = "hetzelfde geldt voor" if lang == "nl" else "the same holds for"
        do = "Doe hetzelfde bij" if lang == "nl" else "Do the same for"
        prep, by = ("voor", "bij") if lang == "nl" else ("for", "for")
        # each name once, and not the first's again (two mandates of one holder)
        own = _label(first, at, lang)
        labels = [x for x in dict.fromkeys(_label(f, at, lang) for f in found[1:]) if x != own]
        if first.code in _KINDS_FIRST:  # the kinds of holder among them shown (§5.16, J11)
            labels = kinds_first([own, *labels])[1:]
        title, detail, suggestion = first.title(lang), first.detail(lang), first.suggestion(lang)
        if not labels:  # all about one actor (several mandates of one holder)
            times = f"{word(len(found), lang)} {'keer' if lang == 'nl' else 'times'}"
            more = "Dit doet zich {} voor." if lang == "nl" else "This occurs {}."
            texts[lang] = (title, f"{detail} {more.format(times)}", suggestion)
            continue
        title = f"{title}; {same} {_few(labels, _TITLE - 1, kind, lang, prep)}"
        detail = f"{detail} {capital(same)} {_few(labels, _DETAIL, kind, lang, prep)}."
        said = SAID_BY_ROLE.get(first.code)
        who = roles([f.subjects[0] for f in found], lang) if said is not None else None
        if said is not None and who is not None:  # "15 directeuren, …" (rev-jurist16 N11)
            detail = f"{detail} {said(lang).format(who)}"
        if suggestion in _EACH:  # "voor elk van deze besluiten", not "dit besluit" (J18)
            suggestion = _EACH[suggestion]
        elif suggestion:
            suggestion = _same_for(found, at, lang, own, kind, (do, by))
        texts[lang] = (title, detail, suggestion)
    digest = hashlib.sha1(key.encode()).hexdigest()[:10]

    def union(attr: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x for f in found for x in getattr(f, attr)))

    blank = ("", "", "")  # an unworded analysis (mapper.catalogue.unworded): no words
    en, nl = texts.get("en", blank), texts.get("nl", blank)
    return replace(
        first,
        id=f"{first.code}:group-{digest}",
        title=Text(en[0], nl[0]),
        detail=Text(en[1], nl[1]),
        suggestion=Text(en[2], nl[2]),
        actors=union("actors"),
        relationships=union("relationships"),
        mandates=union("mandates"),
        needs=union("needs"),
        rules=union("rules"),
        deviations=union("deviations"),
        members=tuple(f.id for f in found),
        # each member as the title names it (the nota's annex lists them all)
        subjects=tuple(
            Text(_label(f, at, "en", prose=False), _label(f, at, "nl", prose=False)) for f in found
        ),
    )


def _split(found: list[Finding], least: int) -> tuple[int, list[list[Finding]], list[Finding]]:
    """Findings naming several actors, split where all names but one are the same: the name
    that differs most usefully (the most findings in runs of ``least``), its runs, the rest."""
    best: tuple[int, list[list[Finding]], list[Finding]] | None = None
    for at in range(len(found[0].subjects)):
        fixed: dict[tuple[object, ...], list[Finding]] = {}
        for f in found:
            fixed.setdefault((*f.subjects[:at], *f.subjects[at + 1 :]), []).append(f)
        runs = [part for part in fixed.values() if len(part) >= least]
        rest = [f for part in fixed.values() if len(part) < least for f in part]
        if best is None or sum(map(len, runs)) > sum(map(len, best[1])):
            best = (at, runs, rest)
    assert best is not None
    return best


def _title_key(key: str) -> str:
    """A group's key without the parts only the detail shows (after \\x02 in its shape)."""
    head, sep, rest = key.partition("\x02")
    return f"{head}|{rest.partition('|')[2]}" if sep else key


def _one_per_title(
    groups: list[tuple[list[Finding], _At, str]],
) -> list[tuple[list[Finding], _At, str]]:
    """Groups whose titles read the same but for names as one (they differed in a part of the
    detail alone: two headings "Het mandaat van Schakel 8 zelf is niet geldig"); findings
    that are no group stay as they are (each keeps its own beslispunt)."""
    same: dict[str, list[tuple[list[Finding], _At, str]]] = {}
    for group in groups:
        same.setdefault(_title_key(group[2]), []).append(group)
    return [
        parts[0] if len(parts) == 1 else ([f for p in parts for f in p[0]], parts[0][1], key)
        for key, parts in same.items()
    ]


def group_repeats(
    findings: Sequence[Finding], *, keep: Collection[str] = (), least: int = LEAST
) -> tuple[tuple[Finding, ...], dict[str, tuple[Finding, ...]]]:
    """``findings`` with each run of :data:`LEAST` or more of one shape as one finding (see the
    module text), in the place of its first; and each grouped finding's members by its id.
    Findings whose id is in ``keep`` (named by an acceptance) stay as they are."""
    shapes: dict[tuple[str, str, int], list[Finding]] = {}
    for f in findings:
        if f.shape and f.subjects and f.id not in keep:
            key = (f.shape, f.severity.value, f.building_block)
            shapes.setdefault(key, []).append(f)
    groups: list[tuple[list[Finding], _At, str]] = []
    for (shape, severity, _), found in shapes.items():
        if len(found) < least:
            continue
        if len(found[0].subjects) == 1:
            groups.append((found, 0, f"{shape}|{severity}"))
            continue
        # one name differs, the others are the same (one college, many opponents)
        at, runs, rest = _split(found, least)
        if len(runs) > 1 or (runs and len(rest) >= least):  # one section per shape: all as pairs
            groups.append((found, None, f"{shape}|{severity}|pairs"))
            continue
        for part in runs:
            fixed = [str(n) for i, n in enumerate(part[0].subjects) if i != at]
            groups.append((part, at, "|".join((shape, severity, str(at), *fixed))))
        if len(rest) >= least:  # every name differs: the links of a chain, as pairs
            groups.append((rest, None, f"{shape}|{severity}|pairs"))
    if not groups:
        return tuple(findings), {}
    groups = _one_per_title(groups)
    made: dict[str, Finding] = {}  # the first member's id -> the grouped finding
    gone: set[str] = set()
    members: dict[str, tuple[Finding, ...]] = {}
    for found, where, shape_key in groups:
        # the members in the order of their names, numbers read as numbers ("Schakel 11"
        # before "Schakel 108"); the finding stays where its first member stood
        place = found[0].id
        found = _sorted(found, where)
        one = _grouped(found, where, shape_key)
        made[place] = one
        gone.update(f.id for f in found if f.id != place)
        members[one.id] = tuple(found)
    out = tuple(made.get(f.id, f) for f in findings if f.id not in gone)
    return out, members
