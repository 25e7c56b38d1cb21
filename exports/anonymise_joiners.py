"""Names joined by another character than a space or a plain hyphen (issue 16, hostile look
15b, B3): a hyphen of Unicode ("Daan‐Visser" with U+2010, the non-breaking U+2011, a
full-width one, as a word processor writes them), a slash ("Daan/Visser") or a middle dot
("Daan·Visser", as a handle or a display name writes it). The cleaner read "Daan‐Visser
spijbelt." as "Daan‐de inwoner spijbelt.": the child's first name stayed, and the copy's
check passed it.

- :func:`joined` reads a hyphen of Unicode between two letters as the plain hyphen
  ("Daan‐Visser" is "Daan-Visser", as a double name is read; "Daan‐Fleur Visser" two first
  names), and a middle dot or a slash beside a resident's name as the name rules know it: a
  middle dot as a space, a slash between a first name and a resident's surname as a space
  ("Daan/Visser" is "Daan Visser", the relative "X"). A dot or a slash that touches no
  resident's name stays as it is ("en/of", "Wmo/Jeugdwet").
- :func:`joined_to_resident` is the check's own reading of what the cleaner missed: a first
  name joined to the resident's role ("Daan‐de inwoner", "Daan/inwoner", "Daan·de inwoner").

>>> knows = lambda w: w in ("Visser", "Anna")
>>> joined("Daan\u2010Visser en Anna\u2011Visser; en/of.", knows)
'Daan-Visser en Anna-Visser; en/of.'
>>> joined("Daan/Visser, Daan·Visser, Daan / Visser, Visser/Jansen, Wmo/Jeugdwet.", knows)
'Daan Visser, Daan Visser, Daan Visser, Visser/Jansen, Wmo/Jeugdwet.'
>>> joined_to_resident("Daan\u2010de inwoner spijbelt."), joined_to_resident("Daan / de inwoner")
('Daan‐de inwoner', 'Daan / de inwoner')
>>> joined_to_resident("Oud-inwoner; de zoon/dochter van de inwoner; mede-inwoners") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exports.anonymise_first import a_first_name
from exports.anonymise_spelling import HYPHENS

__all__ = ["joined", "joined_to_resident"]

# a middle dot and its look-alikes: a display name's joiner ("Daan·Visser"), never Dutch prose
_DOTS = "\u00b7\u2027\u2219\u22c5\u30fb\uff65"
_SLASHES = "/\uff0f\u2044\u2215"
# a dash or another sign written between two names without a space ("Daan–Visser", "Daan|Visser",
# "Daan+Visser": hostile look 16b, N4): a dash beside a resident's name is read as a hyphen,
# another sign between a first name and her surname as a slash is
_DASHES = "\u2013\u2014\u2212"
_SIGNS = "|\\\\\u2022~:;+&"
# every character the two rules below read (issue 15: a text without any is as it was)
_JOINERS = frozenset(HYPHENS + _DOTS + _SLASHES + _DASHES + _SIGNS)
_JOINED = re.compile(
    rf"(?<![^\W_])(?P<a>[^\W\d_]+)(?P<j>[{_DOTS}{_DASHES}{_SIGNS}]| ?[{_SLASHES}] ?)"
    r"(?=(?P<b>[^\W\d_]+)(?![^\W_]))"
)
# a hyphen of Unicode between two letters: the plain one ("Daan‐Fleur Visser")
_HYPHEN = re.compile(rf"(?<=[^\W\d_])[{HYPHENS}](?=[^\W\d_])")


def joined(text: str, knows: Callable[[str], bool]) -> str:
    """``text`` with a hyphen of Unicode between two letters as the plain one ("Daan‐Fleur
    Visser"), and a middle dot or a slash between two words read as the name rules know it
    where a resident's name (``knows``: a surname or first name) is one of the two words: a
    middle dot as a space, a slash (with a space or not) as a space where a first name stands
    before the surname ("Daan/Visser", "Daan / Visser", "Anna/Visser")."""
    if _JOINERS.isdisjoint(text):
        return text
    text = _HYPHEN.sub("-", text)

    def one(match: re.Match[str]) -> str:
        a, j, b = match["a"], match["j"], match["b"]
        if not (knows(a) or knows(b)):
            return match.group(0)
        if j in _DOTS:
            return a + " "
        if j in _DASHES:
            return a + "-"
        # a slash: one person's name ("Daan/Visser"), not two ("Visser/Jansen")
        first = a[:1].isupper() and (knows(a) or a_first_name(a))
        return a + (" " if first and knows(b) and b[:1].isupper() else j)

    return _JOINED.sub(one, text)


# what the cleaner leaves of a first name joined to a resident's surname: the role right after
# a joiner, with its article after a hyphen or a dot ("Daan‐de inwoner"), with or without it
# after a slash ("Daan/inwoner", as an address's part is said)
_ROLE_JOINED = re.compile(
    rf"(?<![^\W_])(?P<w>[A-Z][a-zà-ÿ]+)(?:[-{HYPHENS}{_DOTS}]\s*(?:de\s+inwoner|the\s+resident)"
    rf"|[{_DASHES}{_SIGNS}](?:de\s+inwoner|the\s+resident)|\.inwoner|\.resident"
    r"|\s?[(\[]\s*(?:de\s+inwoner|the\s+resident)\s*[)\]]"
    rf"|\s?[{_SLASHES}]\s*(?:(?:de\s+)?inwoner|(?:the\s+)?resident))(?:\s+\d+)?(?![^\W_])"
)
# words written before "-inwoner" that make one word of it ("oud-inwoner", "mede-inwoner")
_PREFIX_WORDS = frozenset(("oud", "oude", "mede", "ex", "voormalig", "toekomstig", "nieuw"))


def joined_to_resident(text: str) -> str | None:
    """A first name the copy left joined to the resident's role by a hyphen, a middle dot or
    a slash ("Daan‐de inwoner", "Daan/inwoner": the cleaner missed the first name before the
    surname), or None: the check's reading (hostile look 15b, B3)."""
    for match in _ROLE_JOINED.finditer(text):
        word = match["w"]
        if word.casefold() not in _PREFIX_WORDS and a_first_name(word):
            return match.group(0)
    return None
