"""The note's own date against the map's peildatum (jurist 15, J1).

The analysis measures a map at its peildatum; the note is dated the day it is written. When
that day lies after the peildatum, the note says so plainly and names the deadlines that have
passed since, and it never asks for something "vóór" a day that has already gone: that becomes
"zo spoedig mogelijk".

>>> from datetime import date
>>> from models.example import example_case
>>> case = example_case()
>>> as_of_line(case, date(2026, 12, 5), "nl")[49:]
'de termijnen van 15 oktober en 5 november 2026 zijn inmiddels verstreken.'
>>> still_due("Zorg dat er vóór 5 november 2026 weer een afspraak geldt.", case,
...     date(2026, 12, 5), "nl")
'Zorg dat er zo spoedig mogelijk weer een afspraak geldt.'
>>> as_of_line(case, date(2026, 10, 1), "nl")
''
"""

from __future__ import annotations

from datetime import date

from mapper.wording import join
from models.case import Case
from models.i18n import Lang, long_date

__all__ = ["as_of_line", "passed_since", "still_due"]


def passed_since(case: Case, today: date) -> list[date]:
    """The needs' deadlines that lie on or after the peildatum and before ``today``: still to
    come in the analysis, gone by the note's date."""
    as_of = case.info.as_of
    if as_of is None or today <= as_of:
        return []
    days = {n.deadline for n in case.needs if n.deadline is not None}
    return sorted(d for d in days if as_of <= d < today)


def _days(days: list[date], lang: Lang) -> str:
    """``15 oktober en 5 november 2026``: the year once when all share it."""
    if len({d.year for d in days}) == 1:
        said = [long_date(d, lang).rsplit(" ", 1)[0] for d in days]
        return f"{join(said, lang)} {days[0].year}"
    return join([long_date(d, lang) for d in days], lang)


def as_of_line(case: Case, today: date, lang: Lang) -> str:
    """The sentence that tells the reader the note describes the state on the peildatum, and
    which deadlines have passed since; empty when the note is not dated after it."""
    as_of = case.info.as_of
    if as_of is None or today <= as_of:
        return ""
    day = long_date(as_of, lang)
    gone = passed_since(case, today)
    nl = lang == "nl"
    if not gone:
        return (
            f"Deze nota beschrijft de stand op {day}."
            if nl
            else (f"This note describes the state on {day}.")
        )
    n = len(gone)
    if nl:
        what = "de termijnen" if n > 1 else "de termijn"
        verb = "zijn" if n > 1 else "is"
        return (
            f"Deze nota beschrijft de stand op {day}; {what} van {_days(gone, lang)} {verb} "
            "inmiddels verstreken."
        )
    what = "the deadlines" if n > 1 else "the deadline"
    verb = "have" if n > 1 else "has"
    return (
        f"This note describes the state on {day}; {what} of {_days(gone, lang)} {verb} since "
        "passed."
    )


def still_due(text: str, case: Case, today: date, lang: Lang) -> str:
    """``text`` with every "vóór <day>" of a deadline that has passed by ``today`` said as
    "zo spoedig mogelijk" ("as soon as possible")."""
    as_of = case.info.as_of
    days = {n.deadline for n in case.needs if n.deadline is not None}
    for day in days:
        if day < today or (as_of is not None and day < as_of):
            said = long_date(day, lang)
            if lang == "nl":
                text = text.replace(f" vóór {said}", " zo spoedig mogelijk")
            else:
                text = text.replace(f" before {said}", " as soon as possible")
    return text
