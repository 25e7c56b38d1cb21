"""The note's own date against the map's peildatum (jurist 15, J1).

The analysis measures a map at its peildatum; the note is dated the day it is written. When
that day lies after the peildatum, the note says so plainly and names the deadlines that have
passed since, and it never asks for something "vóór" a day that has already gone: that becomes
"zo spoedig mogelijk". The app says the same of the map on the day it is shown (the Findings
dock, ``krachtenveld analyse`` and presentation mode: user review 21, U4): ``about="map"``
and :func:`dated`.

>>> from datetime import date
>>> from models.example import example_case
>>> case = example_case()
>>> as_of_line(case, date(2026, 12, 5), "nl")[49:]
'de termijnen die op 15 oktober en 5 november 2026 afliepen, zijn inmiddels verstreken.'
>>> still_due("Zorg dat er vóór 5 november 2026 weer een afspraak geldt.", case,
...     date(2026, 12, 5), "nl")
'Zorg dat er zo spoedig mogelijk weer een afspraak geldt.'
>>> as_of_line(case, date(2026, 12, 5), "en", about="map")[:49]
'The map describes the state on 1 October 2026; th'
>>> as_of_line(case, date(2026, 10, 1), "nl")
''
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from mapper.findings import Cause, Finding, Text, changed
from mapper.lapsed import PLURALS, Lapsed, lapsed_since
from mapper.wording import count, join, word
from models.case import Case
from models.enums import Instrument
from models.i18n import Lang, long_date, short_date

if TYPE_CHECKING:
    from mapper.analysis import Analysis

__all__ = [
    "About",
    "as_of_header",
    "as_of_line",
    "dated",
    "dated_findings",
    "passed_since",
    "still_due",
]

#: what describes the state on the peildatum: the Word note, or the map in the app
About = Literal["nota", "map"]
_SUBJECT: dict[tuple[About, Lang], str] = {
    ("nota", "nl"): "Deze nota beschrijft",
    ("nota", "en"): "This note describes",
    ("map", "nl"): "De kaart beschrijft",
    ("map", "en"): "The map describes",
}


def passed_since(case: Case, today: date) -> list[date]:
    """The needs' deadlines that lie on or after the peildatum and before ``today``: still to
    come in the analysis, gone by the note's date."""
    as_of = case.info.as_of
    if as_of is None or today <= as_of:
        return []
    days = {n.deadline for n in case.needs if n.deadline is not None}
    return sorted(d for d in days if as_of <= d < today)


def _days(days: list[date], lang: Lang, said_as: Callable[[date, Lang], str] = long_date) -> str:
    """``15 oktober en 5 november 2026``: the year once when all share it."""
    if len({d.year for d in days}) == 1:
        said = [said_as(d, lang).rsplit(" ", 1)[0] for d in days]
        return f"{join(said, lang)} {days[0].year}"
    return join([said_as(d, lang) for d in days], lang)


def as_of_header(case: Case, today: date, lang: Lang) -> str:
    """:func:`as_of_line` of the map short enough for the Findings dock at 1366 pixels, what
    has passed first (jurist review 22, J3: the whole line was cut before its deadlines):
    ``Termijnen 15 okt en 5 nov 2026 verstreken — kaart per 1 okt 2026``; when mandates or
    agreements have run out too, a line each (jurist review 23): ``Termijnen … verstreken;`` /
    ``vier mandaten en één afspraak verlopen;`` / ``kaart per 1 okt 2026``. The whole sentence
    is the dock's tooltip."""
    as_of = case.info.as_of
    gone = passed_since(case, today)
    lapsed = lapsed_since(case, today)
    if as_of is None or (not gone and not lapsed):
        return as_of_line(case, today, lang, about="map")
    parts = []
    if len(gone) > 3:  # counted, as what ran out is (hostile review 23, 5: 391 characters)
        span = _days([gone[0], gone[-1]], lang, short_date).replace(
            " en " if lang == "nl" else " and ", " – "
        )
        n = word(len(gone), lang)
        parts.append(
            f"{n} termijnen verstreken ({span})"
            if lang == "nl"
            else f"{n} deadlines passed ({span})"
        )
    elif gone:
        days = _days(gone, lang, short_date)
        if lang == "nl":
            parts.append(f"{'termijnen' if len(gone) > 1 else 'termijn'} {days} verstreken")
        else:
            parts.append(f"{'deadlines' if len(gone) > 1 else 'deadline'} {days} passed")
    if lapsed:
        parts.append(f"{_counted(lapsed, lang)} {'verlopen' if lang == 'nl' else 'lapsed'}")
    tail = f"{'kaart per' if lang == 'nl' else 'map as of'} {short_date(as_of, lang)}"
    # a line each when things have run out: one line of the dock at 1366 pixels holds one
    said = ";\n".join([*parts, tail]) if lapsed else f"{parts[0]} — {tail}"
    return f"{said[0].upper()}{said[1:]}"


def as_of_line(
    case: Case, today: date, lang: Lang, *, about: About = "nota", always: bool = False
) -> str:
    """The sentence that tells the reader the note (``about="map"``: the map) describes the
    state on the peildatum, which deadlines have passed since and which mandates and
    agreements have lapsed since (:func:`mapper.lapsed.lapsed_since`); empty when there is no
    peildatum, or ``today`` does not lie after it (``always``: then only the first clause)."""
    as_of = case.info.as_of
    if as_of is None or (today <= as_of and not always):
        return ""
    said = f"{_SUBJECT[about, lang]} {'de stand op' if lang == 'nl' else 'the state on'} "
    said += long_date(as_of, lang)
    gone = passed_since(case, today)
    lapsed = lapsed_since(case, today)
    if not gone and not lapsed:
        return f"{said}."
    if gone:
        said += f"; {_deadlines(gone, lang)}"
    if lapsed:
        said += f"; {_lapsed(lapsed, lang)}"
    return f"{said}."


def _deadlines(gone: list[date], lang: Lang) -> str:
    """``de termijnen die op 15 oktober en 5 november 2026 afliepen, zijn inmiddels
    verstreken``: a termijn is a period, so it is said which day it ended (jurist review 22, J5)."""
    n = len(gone)
    if lang == "nl":
        if n > 1:
            return f"de termijnen die op {_days(gone, lang)} afliepen, zijn inmiddels verstreken"
        return f"de termijn die op {_days(gone, lang)} afliep, is inmiddels verstreken"
    what = "the deadlines" if n > 1 else "the deadline"
    verb = "have" if n > 1 else "has"
    return f"{what} of {_days(gone, lang)} {verb} since passed"


def _counted(lapsed: tuple[Lapsed, ...], lang: Lang) -> str:
    """``vier mandaten, één delegatie en één afspraak``: each instrument by its own word."""
    counts: dict[Instrument | None, int] = {}
    for x in lapsed:
        counts[x.instrument] = counts.get(x.instrument, 0) + 1
    said = [
        count(n, PLURALS[kind][0](lang), PLURALS[kind][1](lang), lang) for kind, n in counts.items()
    ]
    return join(said, lang)


def _lapsed(lapsed: tuple[Lapsed, ...], lang: Lang) -> str:
    """``op 30 november 2026 eindigde de looptijd van het mandaat … en de afspraak ‘…’; wie
    daarna nog op grond daarvan handelt, handelt onbevoegd, tenzij de bevoegdheid opnieuw is
    verleend; de bevindingen gaan uit van wat op de peildatum gold``. Each by what it is and
    with its own last day; nothing said of whether it was valid (the findings say that: jurist
    review 23)."""
    nl = lang == "nl"
    days = sorted({x.until for x in lapsed})
    named = len(lapsed) <= 3
    if len(days) == 1:
        what = join([x.name(lang) for x in lapsed], lang) if named else _counted(lapsed, lang)
        on = long_date(days[0], lang)
        said = (
            f"op {on} eindigde de looptijd van {what}"
            if nl
            else f"the term of {what} ended on {on}"
        )
    elif named:
        parts = []
        for k, x in enumerate(lapsed):
            on = long_date(x.until, lang)
            if nl:
                parts.append(
                    f"op {on} "
                    + ("eindigde de looptijd van " if k == 0 else "die van ")
                    + x.name(lang)
                )
            elif k == 0:
                parts.append(f"the term of {x.name(lang)} ended on {on}")
            else:
                parts.append(f"that of {x.name(lang)} on {on}")
        said = ", ".join(parts)
    else:
        through = "tot en met" if nl else "up to and including"
        span = f"{long_date(days[0], lang)} {through} {long_date(days[-1], lang)}"
        what = _counted(lapsed, lang)
        said = (
            f"op dagen van {span} eindigde de looptijd van {what}"
            if nl
            else f"the term of {what} ended on days from {span}"
        )
    if any(x.instrument is not None for x in lapsed):  # a power granted: acting on it now
        said += (
            "; wie daarna nog op grond daarvan handelt, handelt onbevoegd, tenzij de bevoegdheid "
            "opnieuw is verleend"
            if nl
            else f"; whoever acts on {'them' if len(lapsed) > 1 else 'it'} after that acts "
            "without authority, unless the power was granted again"
        )
    held = (
        "de bevindingen gaan uit van wat op de peildatum gold"
        if nl
        else "the findings describe the state on the reference date"
    )
    return f"{said}; {held}"


def _gone(case: Case, today: date, lang: Lang) -> list[tuple[str, str]]:
    """What :func:`still_due` replaces: "vóór <day>" of each deadline on or before ``today``
    (on the day itself "vóór" it can no longer be met: jurist review 22)."""
    as_of = case.info.as_of
    days = {n.deadline for n in case.needs if n.deadline is not None}
    out = []
    for day in sorted(days):
        if day <= today or (as_of is not None and day < as_of):
            said = long_date(day, lang)
            if lang == "nl":
                out.append((f" vóór {said}", " zo spoedig mogelijk"))
            else:
                out.append((f" before {said}", " as soon as possible"))
    return out


# a name quoted from the map ("the decision “aanvraag vóór 5 november 2026 binnen”"): the
# user's own words, never rewritten (hostile review 22)
_QUOTED = re.compile(r"(“[^”]*”|‘[^’]*’|\"[^\"]*\")")


def _replaced(text: str, gone: list[tuple[str, str]]) -> str:
    """``text`` with each pair of ``gone`` replaced outside the quoted names in it."""
    if not gone:
        return text
    parts = _QUOTED.split(text)  # the quoted names at the odd places
    for k in range(0, len(parts), 2):
        for old, new in gone:
            parts[k] = parts[k].replace(old, new)
    return "".join(parts)


def still_due(text: str, case: Case, today: date, lang: Lang) -> str:
    """``text`` with every "vóór <day>" of a deadline that has passed by ``today``, or falls
    on it, said as "zo spoedig mogelijk" ("as soon as possible"); a name quoted from the map
    keeps its own words."""
    return _replaced(text, _gone(case, today, lang))


class _Dated:
    """:func:`still_due` in both languages over an analysis's texts; what it leaves as it
    was stays the same object."""

    def __init__(self, case: Case, today: date) -> None:
        self.gone = {lang: _gone(case, today, lang) for lang in ("en", "nl")}

    def _said(self, text: str, lang: Lang) -> str:
        return _replaced(text, self.gone[lang])

    def text(self, text: Text) -> Text:
        en, nl = self._said(text.en, "en"), self._said(text.nl, "nl")
        return text if (en, nl) == (text.en, text.nl) else Text(en, nl)

    def finding(self, f: Finding) -> Finding:
        said = (self.text(f.title), self.text(f.detail), self.text(f.suggestion))
        if said == (f.title, f.detail, f.suggestion):
            return f
        return changed(f, title=said[0], detail=said[1], suggestion=said[2])

    def cause(self, c: Cause) -> Cause:
        said = (self.text(c.title), self.text(c.detail), self.text(c.suggestion))
        if said == (c.title, c.detail, c.suggestion):
            return c
        return replace(c, title=said[0], detail=said[1], suggestion=said[2])


def dated(analysis: Analysis, case: Case, today: date) -> Analysis:
    """``analysis`` as the app shows it on ``today``: the texts of its findings, causes and
    summary with :func:`still_due` applied in both languages; ``analysis`` itself when no
    deadline of ``case`` has passed (the findings keep their ids, keys and fingerprints).

    >>> from mapper import analyse
    >>> from models.example import example_case
    >>> case = example_case()
    >>> before = analyse(case)
    >>> dated(before, case, date(2026, 10, 1)) is before
    True
    >>> said = dated(before, case, date(2026, 12, 5)).causes[0].suggestion("nl")
    >>> said.startswith("Zorg dat er zo spoedig mogelijk weer een afspraak")
    True
    """
    say = _Dated(case, today)
    if not any(say.gone.values()):
        return analysis
    summary = analysis.summary
    return replace(
        analysis,
        findings=tuple(say.finding(f) for f in analysis.findings),
        causes=tuple(say.cause(c) for c in analysis.causes),
        summary=replace(summary, text=say.text(summary.text), headline=say.text(summary.headline)),
        structure=tuple(say.finding(f) for f in analysis.structure),
        accepted=tuple(replace(a, finding=say.finding(a.finding)) for a in analysis.accepted),
        returned=tuple(replace(r, finding=say.finding(r.finding)) for r in analysis.returned),
    )


def dated_findings(findings: Iterable[Finding], case: Case, today: date) -> tuple[Finding, ...]:
    """``findings`` said on ``today``, as :func:`dated` says an analysis's (a what-if's)."""
    say = _Dated(case, today)
    return tuple(say.finding(f) for f in findings)
