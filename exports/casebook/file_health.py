"""Health words and dates leave a casebook file's shown name (issue 16, hostile review 15, H4):
'b/ggz-opname.kvmap', 'Gezin Visser/zwanger.kvmap' ('resident/zwanger.kvmap') and 'b/Anna
Vischer 1985-03-03.kvmap' (a date of birth) were shown so in the JSON, the workbook and the
index. A word of a folder's or file's name that speaks of health is left out, as is a full date;
a name with nothing left is a neutral word.

>>> without_health_or_dates("b/ggz-opname.kvmap", "nl")
'b/opname.kvmap'
>>> without_health_or_dates("resident/zwanger.kvmap", "en")
'resident/map.kvmap'
>>> without_health_or_dates("b/resident Vischer 1985-03-03.kvmap", "en")
'b/resident Vischer.kvmap'
>>> without_health_or_dates("ADHD/2026-03-inwoner.kvmap", "nl")
'map/2026-03-inwoner.kvmap'
"""

from __future__ import annotations

import re

from exports.anonymise_words import HEALTH
from models.i18n import Lang

__all__ = ["distinct", "without_health_or_dates"]

# a full date: 1985-03-03, 3-3-1985, 03.03.1985 (a year and month, "2026-03", stays)
_DATE = re.compile(r"(?<![\d])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{4})(?![\d])")
_SEP = re.compile(r"([ _.,-]+)")
# a folder's or a file's name with nothing left
_NEUTRAL = {"nl": ("map", "kaart"), "en": ("folder", "map")}


def _part(part: str, lang: Lang, *, file: bool) -> str:
    cut = _DATE.sub(" ", part)
    tokens = _SEP.split(cut)
    words = [t for i, t in enumerate(tokens) if i % 2 == 0]
    if cut == part and not any(w and HEALTH.search(w) for w in words):
        return part
    out = ""
    for i in range(0, len(tokens), 2):
        word = tokens[i]
        if not word or HEALTH.search(word):
            continue
        out += (tokens[i - 1] if out and i else "") + word
    out = out.strip(" _.,-")
    return out or _NEUTRAL[lang][1 if file else 0]


def without_health_or_dates(shown: str, lang: Lang) -> str:
    """``shown`` (a casebook file's path as a report shows it) without a word that speaks of
    health and without a full date, in every folder's name and the file's."""
    end = ".kvmap" if shown.endswith(".kvmap") else ""
    parts = shown.removesuffix(end).split("/")
    last = len(parts) - 1
    return "/".join(_part(p, lang, file=i == last) for i, p in enumerate(parts)) + end


def distinct(shown: list[str]) -> list[str]:
    """``shown`` (the files' names as a report shows them, in the run's order) with a number
    after a name an earlier file already has: two files both shown as 'Y.kvmap' are 'Y.kvmap'
    and 'Y (2).kvmap' (hostile review 15, H10).

    >>> distinct(["Y.kvmap", "b/X.kvmap", "Y.kvmap", "Y (2).kvmap"])
    ['Y.kvmap', 'b/X.kvmap', 'Y (3).kvmap', 'Y (2).kvmap']
    """
    taken = set(shown)
    seen: set[str] = set()
    out = []
    for name in shown:
        if name in seen:
            stem, end = (name[:-6], ".kvmap") if name.endswith(".kvmap") else (name, "")
            n = 2
            while f"{stem} ({n}){end}" in taken:
                n += 1
            name = f"{stem} ({n}){end}"
            taken.add(name)
        seen.add(name)
        out.append(name)
    return out
