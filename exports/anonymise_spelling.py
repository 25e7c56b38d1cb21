"""How a name is written, and every other way the same name is written (hostile reviews 5
B3 and 6 N1): without its accents, one character for one (:func:`fold`: "Özdemir" is
"Ozdemir", "Yıldız" is "Yildiz"), without umlauts and ligatures (:func:`second_spelling`:
"Müller" is "Mueller"), without the format characters that split it for a search but not for
a reader (:func:`without_format`), as a pattern that takes the name with or without accents
(:func:`loose`), and with its particles joined, hyphenated or abbreviated and "ij" written "y"
(:func:`spellings`: "El Amrani" is "Elamrani", "van IJsselstein" is "v. Ysselstein").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from models.look_alike import LIKE_LATIN

__all__ = [
    "HYPHENS",
    "fold",
    "is_particle",
    "loose",
    "particles",
    "second_spelling",
    "spellings",
    "trie",
    "without_format",
]

# the hyphens of Unicode a text may join two names with: hyphen, non-breaking hyphen, figure
# dash, hyphen bullet, small and full-width hyphen-minus (an en dash is a range: "Noord–Zuid";
# hostile look 15b, B3)
HYPHENS = "\u2010\u2011\u2012\u2043\ufe63\uff0d"
# letters that NFKD leaves as they are but that a name is also written without (hostile
# review 6 N1: "Yıldız" is "Yildiz"); one letter for one, as :func:`fold` must keep places
_ONE = {
    "’": "'",
    "‘": "'",
    "ı": "i",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
}
# the second spelling of a letter with an umlaut and of a ligature ("Müller": "Mueller")
_SECOND_SPELLINGS = {
    "ü": "ue", "Ü": "Ue", "ö": "oe", "Ö": "Oe", "ä": "ae", "Ä": "Ae", "ß": "ss", "æ": "ae",
    "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "oe", "Ø": "Oe",
}  # fmt: skip
_SECOND = str.maketrans(_SECOND_SPELLINGS)


def second_spelling(name: str) -> str:
    """``name`` as it is also written without umlauts and ligatures ("Müller": "Mueller",
    "Weiß": "Weiss", "Særen": "Saeren"); ``name`` itself when it has none."""
    return name.translate(_SECOND)


# particles that a surname also is written with joined to it or abbreviated ("El Amrani":
# "Elamrani", "El-Amrani"; "van IJsselstein": "v. IJsselstein"; hostile review 6 N1)
_JOINING = frozenset((
    "van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op", "el", "al", "ben",
    "bin", "abu", "da", "di", "del", "della", "dos", "du", "la", "le", "von", "vom", "zu", "d'",
))  # fmt: skip
_SHORT = {"van": ("v.", "v"), "van de": ("v.d.", "vd", "v/d"), "van den": ("v.d.", "vd", "v/d"),
          "van der": ("v.d.", "vd", "v/d"), "van het": ("v.h.", "vh")}  # fmt: skip


def is_particle(word: str) -> bool:
    """Whether ``word`` is a particle of a surname ("van", "de", "El", "ben")."""
    return word.casefold() in _JOINING


def particles(name: str) -> int:
    """How many of the first words of ``name`` are particles, when a word follows them."""
    words = name.split()
    count = 0
    while count < len(words) - 1 and words[count].casefold() in _JOINING:
        count += 1
    return count


def _ij_y(name: str) -> list[str]:
    """``name`` with "ij" written "y" and "y" written "ij" ("IJsselstein": "Ysselstein")."""
    out = []
    if re.search("ij", name, re.IGNORECASE):
        out.append(
            re.sub("ij", lambda m: "Y" if m.group(0)[0].isupper() else "y", name, flags=re.I)
        )
    if re.search("y", name, re.IGNORECASE):
        out.append(re.sub("y", lambda m: "IJ" if m.group(0).isupper() else "ij", name, flags=re.I))
    return out


def spellings(name: str) -> list[str]:
    """``name`` and the other ways it is written (hostile reviews 6 N1): without umlauts
    (:func:`second_spelling`), with "ij" as "y" and the other way round, and a surname with
    particles joined, hyphenated or abbreviated ("El Amrani": "Elamrani", "El-Amrani";
    "van IJsselstein": "v. IJsselstein", "vIJsselstein"…).

    >>> spellings("van IJsselstein")[:5]
    ['van IJsselstein', 'vanIJsselstein', 'van-IJsselstein', 'v. IJsselstein', 'v IJsselstein']
    >>> "van Ysselstein" in spellings("van IJsselstein"), spellings("El Amrani")[:3]
    (True, ['El Amrani', 'ElAmrani', 'El-Amrani'])
    """
    out = [name, second_spelling(name)]
    count = particles(name)
    if count:
        words = name.split()
        head, rest = " ".join(words[:count]), " ".join(words[count:])
        joined = "".join(words[:count])
        out += [joined + rest, f"{head}-{rest}"]
        out += [f"{short} {rest}" for short in _SHORT.get(head.casefold(), ())]
        out += [f"{short}{rest}" for short in _SHORT.get(head.casefold(), ())]
    out += [v for s in list(out) for v in _ij_y(s)]
    return list(dict.fromkeys(out))


def without_format(text: str) -> str:
    """``text`` without format characters (Unicode Cf, such as a zero-width space), which
    split a name for the eye of a search but not for a reader (hostile review 6 N1), and with
    a letter and its accent written apart joined ("O\u0308zdemir" as "Özdemir", Unicode NFC, as
    macOS and Word may write it: hostile review 11, N2)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Cf"))


@cache
def _folded_char(ch: str) -> str:
    """``ch`` without its accent ("Ö": "O"), or the Latin letter a Cyrillic or Greek one is
    drawn like ("а": "a"), when that leaves one letter; else ``ch``."""
    if ch in _ONE:
        return _ONE[ch]
    if (like := ch.translate(LIKE_LATIN)) != ch:  # a Cyrillic "а" in "Jаnsen" (review 10, H3)
        return like
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


def fold(text: str) -> str:
    """``text`` without accents, one character for one ("Özdemir" → "Ozdemir", "José" →
    "Jose"): a name written without its accent names the same person (hostile review 5, B3).
    A letter and its accent written apart ("O\u0308") are joined first (NFC; a text that
    is already so keeps its length; hostile review 11, N2)."""
    if text.isascii():
        return text
    return "".join(_folded_char(c) for c in unicodedata.normalize("NFC", text))


def _variants() -> dict[str, str]:
    """For each plain letter, the letters with an accent that fold to it."""
    out: dict[str, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = _folded_char(ch)
        if base != ch and base.isascii() and base.isalpha():
            out[base.lower()] = out.get(base.lower(), "") + ch
    return out


_VARIANTS = _variants()


def loose(name: str) -> str:
    """A regular expression for ``name`` with or without its accents ("Özdemir" matches
    "Ozdemir" and "ÖZDEMIR"; used with re.IGNORECASE)."""
    out = []
    for ch in fold(name):
        more = _VARIANTS.get(ch.lower(), "")
        out.append(f"[{re.escape(ch)}{more}]" if more else re.escape(ch))
    return "".join(out)


def trie(words: Iterable[str]) -> str:
    """A regular expression that matches each of ``words`` as a tree of their letters, a
    longer word before a shorter one that starts it: it finds what ``a|b|…`` finds (longest
    first) but reads a text once for all names, where ``a|b|…`` tried every name at every
    word (thousands of residents took seconds per text).

    >>> trie(["jan", "jansen", "piet"])
    '(?:jan(?:sen|)|piet)'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"

    return build(root)


_BROKEN = re.compile(r"(?<![^\W_])(?P<a>[^\W\d_]{2,})-?[ \t]*\n[ \t]*(?P<b>[^\W\d_]{2,})(?![^\W_])")


def unbroken(text: str, knows: Callable[[str], bool]) -> str:
    """``text`` with a name broken over a line joined again, when the two halves are one of
    the names ``knows`` ("Vis-\\nser", "Vis\\nser" for "Visser": hostile review 12, P4).

    >>> unbroken("Vis-\\nser belde; de\\nweg", lambda w: w == "Visser")
    'Visser belde; de\\nweg'
    """
    if "\n" not in text:
        return text

    def join(match: re.Match[str]) -> str:
        word = match.group("a") + match.group("b")
        return word if knows(word) else match.group(0)

    return _BROKEN.sub(join, text)
