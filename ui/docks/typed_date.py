"""A date as a user types it in a date field, in the usual Dutch and English forms (new user,
twelfth round B2: '31-12-2026' and '15 januari 2027' were refused without a word).

Day first with dashes, slashes or dots ("31-12-2026", "31/12/2026", "31.12.2026", also with a
two-digit year), ISO ("2026-12-31"), and the day, the month in words and the year ("15 januari
2027", "4 dec 2026", "December 4, 2026"), the month in Dutch or English, whole or shortened.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["typed_date"]

_MONTH_NAMES = (
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
     "september", "oktober", "november", "december"),
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"),
)  # fmt: skip
_MONTHS = {m: i for names in _MONTH_NAMES for i, m in enumerate(names, 1)}
_SHORT = {m[:3]: i for m, i in _MONTHS.items()} | {"mrt": 3, "okt": 10, "sept": 9}
_NUMERIC = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})\.?\s*([^\W\d_]+)\.?,?\s*(\d{4})")
_MONTH_DAY = re.compile(r"([^\W\d_]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})")


def _month(word: str) -> int | None:
    """The month ``word`` names, whole or shortened to at least three letters ("sept")."""
    word = word.casefold()
    if len(word) < 3:
        return None
    if word in _MONTHS or word in _SHORT:
        return _MONTHS.get(word) or _SHORT[word]
    return next((i for m, i in _MONTHS.items() if m.startswith(word)), None)


def _day(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def typed_date(text: str) -> date | None:
    """The day ``text`` names, or None.

    >>> [str(typed_date(t)) for t in ("31-12-2026", "31/12/2026", "2026-12-31", "1.2.27")]
    ['2026-12-31', '2026-12-31', '2026-12-31', '2027-02-01']
    >>> [str(typed_date(t)) for t in ("15 januari 2027", "4 december 2026", "4 Dec 2026")]
    ['2027-01-15', '2026-12-04', '2026-12-04']
    >>> str(typed_date("December 4, 2026")), typed_date("31-02-2026"), typed_date("morgen")
    ('2026-12-04', None, None)
    """
    text = " ".join(text.replace("—", " ").split())
    if found := _ISO.fullmatch(text):
        return _day(int(found[1]), int(found[3]), int(found[4]))
    if found := _NUMERIC.fullmatch(text):
        year = int(found[4]) + (2000 if len(found[4]) == 2 else 0)
        return _day(year, int(found[3]), int(found[1]))
    if found := _DAY_MONTH.fullmatch(text):
        return _day(int(found[3]), _month(found[2]), int(found[1]))
    if found := _MONTH_DAY.fullmatch(text):
        return _day(int(found[3]), _month(found[1]), int(found[2]))
    return None
