"""The language a map's own texts are written in (new user, fifth round 1): anonymising
replaces names with role words in that language, whatever the program's language is, so an
English user's note of a Dutch case reads "de inwoner woont…", not "The resident woont…"."""

from __future__ import annotations

import re

from models.case import Case
from models.i18n import Lang

__all__ = ["map_language"]

_NL = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "niet",
        "met",
        "voor",
        "zijn",
        "op",
        "dat",
        "bij",
        "naar",
        "heeft",
        "wordt",
        "ook",
    ]
)
_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "is",
        "not",
        "with",
        "for",
        "are",
        "on",
        "that",
        "at",
        "to",
        "has",
        "will",
        "also",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


def map_language(case: Case, fallback: Lang) -> Lang:
    """The language the map's own texts are written in (occasion, intent, notes), judged by
    their common words; ``fallback`` (the program's language) when they do not tell."""
    texts = [case.info.description, case.info.intent, *(a.notes for a in case.actors)]
    words = [w.casefold() for t in texts for w in _WORD.findall(t)]
    nl = sum(w in _NL for w in words)
    en = sum(w in _EN for w in words)
    if nl > en:
        return "nl"
    if en > nl:
        return "en"
    return fallback
