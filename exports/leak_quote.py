"""The words a refusal quotes, as they stand on the map (issue 16, hostile review 13, M1b).

The check reads the copy, and the copy's text is not the map's: for the map's "Anna, Daan en
Fleur Visser blijven." the copy has "De inwoner, X en Fleur van de inwoner blijven.", and a
refusal that quotes "X en Fleur" sends the user looking for words that are not on the map.
The two texts are aligned word by word, and the words of the copy that the check found are
quoted as the map writes them ("Daan en Fleur"). A find without a letter (a year of birth,
"1980") is quoted with the two words before it ("De inwoner (1980)"), so it can be found in a
long text. A tag or an id is quoted whole, as the map has it.

Examples
--------
>>> on_map("X en Fleur", "De inwoner, X en Fleur van de inwoner blijven.",
...        "Anna, Daan en Fleur Visser blijven.")
'Daan en Fleur'
>>> on_map("1980", "De inwoner (1980) belde.", "Zij belde. De inwoner (1980) belde.")
'De inwoner (1980)'
>>> on_map("Mark de Vries", "Haar partner, Mark de Vries, werkt.", "")
'Mark de Vries'
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from exports.anonymise_spelling import fold

__all__ = ["on_map"]

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text``, case-folded, with where each starts and ends."""
    return [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _aligned(start: int, end: int, copy: str, original: str) -> tuple[int, int] | None:
    """Where the words of ``copy[start:end]`` stand in ``original`` (None: nowhere, or no
    word of them is the same in both)."""
    ours, theirs = _words(copy), _words(original)
    inside = [i for i, (_, s, e) in enumerate(ours) if s < end and e > start]
    if not inside:
        return None
    lo, hi = inside[0], inside[-1] + 1
    matcher = SequenceMatcher(None, [w for w, _, _ in ours], [w for w, _, _ in theirs], False)
    found: list[int] = []
    same = False
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":  # words only the map has, between the found ones
            found += range(j1, j2) if lo < i1 < hi else []
            continue
        x1, x2 = max(i1, lo), min(i2, hi)
        if x1 >= x2 or tag == "delete":  # "delete": words only the copy has ("de inwoner")
            continue
        if tag == "equal":
            same = True
            found += range(j1 + x1 - i1, j1 + x2 - i1)
        elif x1 > i1 and x2 == i2:  # the find starts inside a changed run: its end
            found += range(max(j1, j2 - (x2 - x1)), j2)
        elif x1 == i1 and x2 < i2:  # the find ends inside a changed run: its start
            found += range(j1, min(j2, j1 + (x2 - x1)))
        else:
            found += range(j1, j2)
    if not same or not found:
        return None
    return theirs[min(found)][1], theirs[max(found)][2]


def _with_context(start: int, end: int, text: str) -> tuple[int, int]:
    """A find without a letter ("1980") widened by the two words before it and a closing
    bracket after it ("De inwoner (1980)")."""
    before = list(_WORD.finditer(text, 0, start))[-2:]
    if before:
        opened = text.rfind("(", before[0].start(), start)
        if opened >= 0 and text.find(")", end) == end:
            end += 1
        start = before[0].start()
    return start, end


def _read_as_the_check(text: str) -> tuple[str, list[int]]:
    """``text`` as the check reads it (compatibility forms, "ａｄｈｄ" as "adhd"; no format
    characters; no accents; case-folded), with, for each of its characters, where it stands
    in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) == "Cf":
            continue
        read = fold(unicodedata.normalize("NFKC", ch)).casefold()
        out.append(read)
        where += [i] * len(read)
    return "".join(out), where


def _as_read(found: str, text: str) -> tuple[int, int] | None:
    """Where ``found`` stands in ``text`` when both are read as the check reads them: the
    map's "Zoon Daan (ａｄｈｄ)" holds the check's "adhd" (hostile review 15b, B9)."""
    read, where = _read_as_the_check(text)
    at = read.find(_read_as_the_check(found)[0])
    if at < 0 or not found.strip():
        return None
    return where[at], where[at + len(_read_as_the_check(found)[0]) - 1] + 1


def on_map(found: str, copy: str, original: str) -> str:
    """``found`` (the check's find in the ``copy``'s text of a field) as the ``original``
    text of that field on the map writes it; ``found`` itself when it cannot be placed.

    >>> on_map("adhd", "Zoon X (ａｄｈｄ)", "Zoon Daan (ａｄｈｄ)")
    'ａｄｈｄ'
    """
    if not original or not found.strip():
        return found
    at = original.casefold().find(found.casefold())
    if at >= 0:
        span: tuple[int, int] | None = (at, at + len(found))
    elif (read := _as_read(found, original)) is not None:
        span = read
    else:
        at = copy.casefold().find(found.casefold())
        span = _aligned(at, at + len(found), copy, original) if at >= 0 else None
    if span is None:
        return found
    start, end = span
    if not any(c.isalpha() for c in original[start:end]):
        start, end = _with_context(start, end, original)
    return original[start:end]
