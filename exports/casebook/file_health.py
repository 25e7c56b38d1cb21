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
>>> without_health_or_dates("Daan 3 maart 2014/inwoner 19850303 03-03-85.kvmap", "nl")
'Daan/inwoner.kvmap'
>>> without_health_or_dates("ADHD/2026-03-inwoner.kvmap", "nl")
'map/2026-03-inwoner.kvmap'
"""

from __future__ import annotations

import re
import unicodedata

from exports.anonymise_identifiers import MONTH_WORDS
from exports.anonymise_words import HEALTH
from models.i18n import Lang

__all__ = ["distinct", "health_word", "without_dates", "without_health_or_dates"]

# the texts' months, and the short forms a file name may also use ("febr", "mar", "oct")
_MONTHS = f"{MONTH_WORDS}|febr|mar|oct"
_D, _Y = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:19|20)\d\d"
_M, _YY = r"(?:0?[1-9]|1[0-2])", r"(?:(?:19|20)?\d\d)"
_W = rf"(?i:{_MONTHS})\.?"  # a month in words: "maart", "March", "mrt."
_S = r"[ _.,-]+"
_D2, _M2 = r"(?:0[1-9]|[12]\d|3[01])", r"(?:0[1-9]|1[0-2])"
_YQ = rf"(?:{_YY}|['\u2019]\d\d)"  # "3 maart '85"
_ROMAN = r"(?i:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)"
# a full date, day, month and year (a year and month, "2026-03", stays): 1985-03-03, 3-3-1985,
# 03.03.85, 19850303, 03031985, "3 maart 2014", "3 March 2014", "March 3, 2014" (hostile 15b, B1);
# with spaces ("03 03 1985"), in six digits ("030385", "850303"), glued to letters
# ("geb19850303", "3maart1985") or a time ("19850303T1200"), "3rd of March 1985", "3-III-1985"
# (rev-hostile16a, R7)
_DATE = re.compile(
    rf"(?<![^\W_])(?:{_Y}([-._ ]){_M}\1{_D}|{_D}([-._ ]){_M}\2{_YY}|{_D}([-./ ]){_ROMAN}\3{_Y}"
    rf"|{_D}(?i:st|nd|rd|th|e)?{_S}(?i:of{_S})?{_W}{_S}{_YQ}|{_W}{_S}{_D}(?i:st|nd|rd|th)?{_S}{_YY})"
    r"(?![^\W_])"
    rf"|(?<![^\W\d_])\d{{1,2}}(?i:{_MONTHS})['\u2019]?{_YY}(?!\d)"
    rf"|(?<!\d)(?:{_Y}{_M2}{_D2}|{_D2}{_M2}{_Y}|[1-9]{_M2}{_Y}|{_D2}{_M2}\d\d|\d\d{_M2}{_D2})"
    r"(?:T\d{2,6})?(?!\d)"
)
# a date spread over folders: "1985/03/03/visser.kvmap" keeps the year and month
_FOLDERS = re.compile(rf"(?<![^/])({_Y}[/-]{_M})/{_D}(?=/)")
# a day and month in words before a year's folder: "geboren 3 maart/1985/visser.kvmap"
_BEFORE_YEAR = re.compile(rf"[ _.,-]*(?<![^\W_]){_D}(?i:st|nd|rd|th|e)?{_S}{_W}(?=/{_Y}(?:/|$))")
_SEP = re.compile(r"([ _.,-]+)")


def health_word(word: str) -> bool:
    """Whether a word of a file's name speaks of health: as a word in a text, or alone in a
    bracket, which is how a name holds it ("MS", "overspannen": the one list of
    exports.anonymise_words, hostile review 15b, B5)."""
    return bool(HEALTH.search(word) or HEALTH.search(f"({word})"))


_SEP_END = re.compile(r"^[ _.,-]+|[ _.,-]+$")
_AROUND = re.compile(r"[ _.,-]*\0[ _.,-]*")
# a folder's or a file's name with nothing left
_NEUTRAL = {"nl": ("map", "kaart"), "en": ("folder", "map")}


def _part(part: str, lang: Lang, *, file: bool) -> str:
    if not part.strip(" _.,-"):  # the title rules left nothing ("Daan (12) autisme": B8)
        return _NEUTRAL[lang][1 if file else 0]
    cut = _DATE.sub(" ", part)
    tokens = _SEP.split(cut)
    # two words a hyphen joins that speak of health together ("PDD-NOS": rev-hostile16a, R8)
    pairs = {
        j
        for i in range(0, len(tokens) - 2, 2)
        if tokens[i + 1] == "-"
        and not health_word(tokens[i])
        and not health_word(tokens[i + 2])
        and health_word(f"{tokens[i]}-{tokens[i + 2]}")
        for j in (i, i + 2)
    }
    words = [t for i, t in enumerate(tokens) if i % 2 == 0]
    if cut == part and not pairs and not any(w and health_word(w) for w in words):
        return part
    out = ""
    for i in range(0, len(tokens), 2):
        word = tokens[i]
        if not word or i in pairs or health_word(word):
            continue
        out += (tokens[i - 1] if out and i else "") + word
    out = out.strip(" _.,-")
    return out or _NEUTRAL[lang][1 if file else 0]


def _cut_date(part: str) -> str:
    return _SEP_END.sub("", _AROUND.sub(" ", _DATE.sub("\0", part)))


def without_dates(relative: str) -> str:
    """``relative`` without a full date in any folder's or file's name, read before the names
    are ("2014-03-03_daan.kvmap" is "daan.kvmap", then the name its letter: hostile 15b, B1)."""
    end = ".kvmap" if relative.endswith(".kvmap") else ""
    # full-width digits and dashes as digits and dashes ("３-３-１９８５")
    plain = _FOLDERS.sub(r"\1", unicodedata.normalize("NFKC", relative.removesuffix(end)))
    plain = _BEFORE_YEAR.sub("", plain)
    parts = plain.split("/")
    cut = [p if not _DATE.search(p) else _cut_date(p) for p in parts]
    return "/".join(cut) + end


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
