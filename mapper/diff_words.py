"""What changed between two states of a case, in a few words at the top of a comparison.

:func:`summary` turns a :class:`~mapper.diff.CaseDiff` into one short paragraph: which
actors, ties, mandates and needs came and went, which mandates expired or were renewed on
the later peildatum, and which causes were solved or are new. The compare view, the
``timeline --compare`` command and the Timeline dock all show this one text.

Examples
--------
>>> from models import Actor, Case, CaseInfo
>>> from mapper.diff import diff_cases
>>> a = Case.from_parts(CaseInfo("t"), [Actor("x", "Raad")])
>>> b = Case.from_parts(CaseInfo("t"), [Actor("x", "Raad"), Actor("y", "Wijkagent"),
...                                     Actor("z", "Ombudsman")])
>>> print(summary(diff_cases(a, b), "nl").replace("; ", ";\\n"))
Twee actoren toegevoegd: Wijkagent en Ombudsman;
oorzaak “Drie actoren hebben geen relatie: de raad, de wijkagent en de ombudsman” is nieuw;
bevindingen: één erbij.
>>> print(summary(diff_cases(b, a), "en").replace("; ", ";\\n").replace(", the", ",\\nthe"))
Two actors removed: Wijkagent and Ombudsman;
cause “Three actors have no relationship: the Raad,
the Wijkagent and the Ombudsman” is solved;
findings: one gone.
>>> summary(diff_cases(a, a), "nl")
'Geen verschil in inhoud of bevindingen.'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from difflib import SequenceMatcher

from mapper.diff import CaseDiff, entity_name
from mapper.findings import Cause, Finding
from mapper.names import Name
from mapper.wording import capital, count, join, word
from models import Case, Mandate
from models.enums import EntityKind
from models.i18n import Lang, long_date

__all__ = ["reworded", "summary", "summary_lines"]

#: Per kind: the noun (singular, plural) in English and Dutch.
_NOUNS: dict[EntityKind, tuple[tuple[str, str], tuple[str, str]]] = {
    EntityKind.ACTOR: (("actor", "actors"), ("actor", "actoren")),
    EntityKind.RELATIONSHIP: (("tie", "ties"), ("relatie", "relaties")),
    EntityKind.MANDATE: (("mandate", "mandates"), ("mandaat", "mandaten")),
    EntityKind.NEED: (
        ("needed decision", "needed decisions"),
        ("benodigd besluit", "benodigde besluiten"),
    ),
    EntityKind.ORGANISATION: (("organisation", "organisations"), ("organisatie", "organisaties")),
    EntityKind.POWER: (("power", "powers"), ("bevoegdheid", "bevoegdheden")),
    EntityKind.AGREEMENT: (("agreement", "agreements"), ("afspraak", "afspraken")),
}
_VERBS = {"added": ("added", "toegevoegd"), "removed": ("removed", "verwijderd")}
# counted, not named
_UNNAMED = frozenset({EntityKind.RELATIONSHIP, EntityKind.POWER, EntityKind.ORGANISATION})
_MOST = 3  # names listed per clause; past it only the number


def summary(d: CaseDiff, lang: Lang) -> str:
    """What changed from ``d.a`` to ``d.b`` in one paragraph (clauses joined by semicolons).

    Entities are named as on the map (a tie or mandate as ``A → B``); an actor's article
    follows the Dutch running text ("het mandaat van de manager Werk en Inkomen").
    """
    clauses = _clauses(d, lang)
    if not clauses:
        if lang == "en":
            return "No difference in substance or findings."
        return "Geen verschil in inhoud of bevindingen."
    return capital("; ".join(clauses)) + "."


def summary_lines(d: CaseDiff, lang: Lang) -> list[str]:
    """The clauses of :func:`summary`, one per kind of change, each a line of its own with a
    capital (the compare view shows them as bullets; new user, seventh round: one bold
    paragraph of eight lines did not scan). Empty when nothing changed.

    >>> from models import Actor, Case, CaseInfo
    >>> from mapper.diff import diff_cases
    >>> a = Case.from_parts(CaseInfo("t"), [Actor("x", "Raad")])
    >>> b = Case.from_parts(CaseInfo("t"), [Actor("x", "Raad"), Actor("y", "Wijkagent")])
    >>> summary_lines(diff_cases(a, b), "en")[0]
    'One actor added: Wijkagent'
    >>> summary_lines(diff_cases(a, a), "en")
    []
    """
    return [capital(c) for c in _clauses(d, lang)]


def _clauses(d: CaseDiff, lang: Lang) -> list[str]:
    clauses: list[str] = _as_of(d, lang)
    changed: list[str] = []
    for kind in _NOUNS:
        entities = d.entities.get(kind)
        if entities is None:
            continue
        for verb, ids in (("added", entities.added), ("removed", entities.removed)):
            if ids:
                clauses.append(_entities(d, kind, verb, ids, lang))
        if entities.changed:
            changed.append(count(len(entities.changed), *_noun(kind, lang), lang))
    clauses += _validity(d, lang)
    if changed:
        clauses.append(("changed: " if lang == "en" else "gewijzigd: ") + join(changed, lang))
    clauses += _causes(d.before.causes, d.after.causes, lang)
    clauses += _findings(d, lang)
    return clauses


def _as_of(d: CaseDiff, lang: Lang) -> list[str]:
    """The peildatum, when it moved: mandates are judged on it."""
    moved = next((c for c in d.info if c.field == "as_of"), None)
    if moved is None or not isinstance(moved.new, date):
        return []
    new = long_date(moved.new, lang)
    if not isinstance(moved.old, date):
        return [f"peildatum {new}" if lang == "nl" else f"reference date {new}"]
    old = long_date(moved.old, lang)
    if lang == "en":
        return [f"reference date moved from {old} to {new}"]
    return [f"peildatum verschoven van {old} naar {new}"]


def _noun(kind: EntityKind, lang: Lang) -> tuple[str, str]:
    return _NOUNS[kind][0 if lang == "en" else 1]


def _entities(d: CaseDiff, kind: EntityKind, verb: str, ids: Sequence[str], lang: Lang) -> str:
    head = f"{count(len(ids), *_noun(kind, lang), lang)} {_VERBS[verb][0 if lang == 'en' else 1]}"
    if kind in _UNNAMED or len(ids) > _MOST:
        return head  # long to name, or many: the list below names them
    return f"{head}: {join([_short_name(d, kind, i, lang) for i in ids], lang)}"


def _short_name(d: CaseDiff, kind: EntityKind, item_id: str, lang: Lang) -> str:
    for case in (d.b, d.a):
        if case is None:
            continue
        if kind is EntityKind.MANDATE and (m := case.mandates.get(item_id)) is not None:
            power = case.power_name(m.power, lang)
            holder = _running(case, m.holder, lang)
            return f"aan {holder} voor ‘{power}’" if lang == "nl" else f"to {holder} for ‘{power}’"
        if kind is EntityKind.NEED and (n := case.needs.get(item_id)) is not None:
            return f"‘{n.decision}’"
        named = entity_name(case, kind, item_id, lang)
        if named is not None:
            return named
    return item_id


def _running(case: Case, actor_id: str, lang: Lang) -> str:
    """An actor inside a sentence: in Dutch a role with its article."""
    actor = case.actors.get(actor_id)
    if actor is None or not actor.name.strip():
        return actor_id
    org = case.organisations.get(actor.organisation) if actor.organisation else None
    proper = org is not None and org.name == actor.name
    return Name.of(actor.name, actor.kind, proper=proper).running(lang)


def _expired(m: Mandate, on: date) -> bool:
    return m.valid_until is not None and m.valid_until < on


def _validity(d: CaseDiff, lang: Lang) -> list[str]:
    """Mandates that were valid on the first peildatum and expired on the second, and the
    other way round (renewed)."""
    if d.a is None or d.b is None:
        return []
    today = date.today()
    before_on, after_on = d.a.info.as_of or today, d.b.info.as_of or today
    expired: list[str] = []
    renewed: list[str] = []
    for m in d.b.mandates:
        was = d.a.mandates.get(m.id)
        if was is None:
            continue
        if not _expired(was, before_on) and _expired(m, after_on):
            expired.append(_mandate_of(d.b, m, lang))
        elif _expired(was, before_on) and not _expired(m, after_on):
            renewed.append(_mandate_of(d.b, m, lang))
    out = []
    if expired:
        out.append(
            f"{join(expired, lang)} {'has' if len(expired) == 1 else 'have'} expired"
            if lang == "en"
            else f"{join(expired, lang)} {'is' if len(expired) == 1 else 'zijn'} verlopen"
        )
    if renewed:
        out.append(
            f"{join(renewed, lang)} {'is' if len(renewed) == 1 else 'are'} valid again"
            if lang == "en"
            else f"{join(renewed, lang)} {'is' if len(renewed) == 1 else 'zijn'} weer geldig"
        )
    return out


def _mandate_of(case: Case, m: Mandate, lang: Lang) -> str:
    power = case.power_name(m.power, lang)
    holder = _running(case, m.holder, lang)
    if lang == "en":
        return f"the mandate of {holder} for ‘{power}’"
    return f"het mandaat van {holder} voor ‘{power}’"


def _causes(before: Sequence[Cause], after: Sequence[Cause], lang: Lang) -> list[str]:
    """Causes solved (in ``before`` only) and new (in ``after`` only), matched by id."""
    old = {c.id for c in before}
    new = {c.id for c in after}
    solved = [f"“{c.title(lang)}”" for c in before if c.id not in new]
    fresh = [f"“{c.title(lang)}”" for c in after if c.id not in old]
    out = []
    if solved:
        if lang == "en":
            noun = "cause" if len(solved) == 1 else "causes"
            out.append(
                f"{noun} {_listed(solved, lang)} {'is' if len(solved) == 1 else 'are'} solved"
            )
        else:
            noun = "oorzaak" if len(solved) == 1 else "oorzaken"
            verb = "is" if len(solved) == 1 else "zijn"
            out.append(f"{noun} {_listed(solved, lang)} {verb} opgelost")
    if fresh:
        if lang == "en":
            noun = "cause" if len(fresh) == 1 else "causes"
            out.append(f"{noun} {_listed(fresh, lang)} {'is' if len(fresh) == 1 else 'are'} new")
        else:
            noun = "oorzaak" if len(fresh) == 1 else "oorzaken"
            out.append(f"{noun} {_listed(fresh, lang)} {'is' if len(fresh) == 1 else 'zijn'} nieuw")
    return out


def _listed(items: Sequence[str], lang: Lang, most: int = 2) -> str:
    """The first ``most`` titles, then how many more."""
    if len(items) <= most:
        return join(items, lang)
    rest = len(items) - most
    more = f"{word(rest, lang)} more" if lang == "en" else f"nog {word(rest, lang)}"
    return join([*items[:most], more], lang)


def _findings(d: CaseDiff, lang: Lang) -> list[str]:
    """How many findings came, went and were reworded (the list below names them)."""
    words = ("added", "gone", "reworded") if lang == "en" else ("erbij", "weg", "anders verwoord")
    parts = [
        f"{word(len(found), lang)} {what}"
        for found, what in zip((d.gained, d.lost, d.changed), words, strict=True)
        if found
    ]
    if not parts:
        return []
    return [("findings: " if lang == "en" else "bevindingen: ") + join(parts, lang)]


def reworded(old: Finding, new: Finding, lang: Lang) -> list[tuple[str, str, str]]:
    """What a changed finding says differently: per part that differs (``severity``,
    ``title``, ``detail``, ``suggestion``) its old and new words; of a detail or suggestion
    only the stretch that differs, with a few words around it. The compare view shows them
    under the finding: "één anders verwoord" alone did not say what changed (new user,
    twelfth round).

    >>> from dataclasses import replace
    >>> from mapper.codes import Code
    >>> from mapper.findings import Severity, Text
    >>> blank = Text("", "")
    >>> a = Finding(Code.INTENT_NOT_STATED, 1, Severity.INFO, Text("T", "T"), blank, blank)
    >>> long = "Geen route leidt van A, B en C naar de eigenaar van de regels."
    >>> short = "Geen route leidt van A en B naar de eigenaar van de regels."
    >>> for part, was, now in reworded(
    ...     replace(a, detail=Text(long, long)), replace(a, detail=Text(short, short)), "nl"
    ... ):
    ...     print(f"{part}: {was}")
    ...     print(f"{part}: {now}")
    detail: … leidt van A, B en C naar de …
    detail: … leidt van A en B naar de …
    """
    out: list[tuple[str, str, str]] = []
    if old.severity is not new.severity:
        out.append(("severity", old.severity.value, new.severity.value))
    if old.title(lang) != new.title(lang):
        out.append(("title", old.title(lang), new.title(lang)))
    for part in ("detail", "suggestion"):
        was, now = getattr(old, part)(lang), getattr(new, part)(lang)
        if was != now:
            out.append((part, *_stretch(was, now)))
    return out


def _stretch(was: str, now: str, around: int = 2) -> tuple[str, str]:
    """The words from the first to the last that differ, ``around`` words either side."""
    a, b = was.split(), now.split()
    ops = [op for op in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:  # only spacing differs
        return was, now

    def cut(words: list[str], lo: int, hi: int) -> str:
        start, end = max(0, lo - around), min(len(words), hi + around)
        text = " ".join(words[start:end]) or "—"
        return f"{'… ' * (start > 0)}{text}{' …' * (end < len(words))}"

    return cut(a, ops[0][1], ops[-1][2]), cut(b, ops[0][3], ops[-1][4])
