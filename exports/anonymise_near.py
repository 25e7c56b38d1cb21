"""A resident's surname misspelt after her own first name, and a handle that holds a resident's
surname (issue 16, hostile looks 15 and 15b, H6 and H9): "Anna Vischer belde." and "Anna Fisser
belde." beside a resident "Mevrouw Anna Visser" were kept (the first name before another
capitalised word reads as part of another name, "Stichting Anna Zorg"), and so was
"@daanvisser op TikTok.".

- :meth:`NearNames.spelt` writes a capitalised word right after a resident's first name as the
  resident's surname where it is one or two letters off it (a surname of five letters or
  more; one letter off for a shorter one): "Anna Vischer" is "Anna Visser", which the name
  rules then say as the resident. Only after her own first name: "Janssen" alone may be
  another person than the resident "Jansen", and stays.
- :meth:`NearNames.handle` finds a handle ("@daanvisser", "#annavisser") that holds a
  resident's surname of four letters or more: the copy leaves the handle out.

Both are read alike by the cleaner and, with its own reading of the names, by the copy's check.

>>> near = NearNames(["anna"], ["visser"])
>>> near.spelt("Anna Vischer belde; Anna Fisser ook; Anna Bakker niet; Anna Visser wel.")
'Anna Visser belde; Anna Visser ook; Anna Bakker niet; Anna Visser wel.'
>>> near.left("Anna Vischer belde."), near.left("Anna Bakker belde.")
('Anna Vischer', None)
>>> near.handle("Zie @daanvisser op TikTok en #fam_visser; @gemeente."), near.handle("@x")
('@daanvisser', None)
>>> near.handles("Zie @daanvisser, @daan_visser, #visser85, #visser, @annavisser.", "(-)")
'Zie (-), (-), (-), #visser, @annavisser.'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from exports.anonymise_spelling import fold

__all__ = ["ACCOUNT_LEFT_OUT", "NearNames", "distance"]

ACCOUNT_LEFT_OUT = {"nl": "(account weggelaten)", "en": "(account left out)"}
# a first name, a space and a capitalised word ("Anna Vischer")
_FIRST_AND_WORD = re.compile(
    r"(?<![^\W_])(?P<first>[^\W\d_]+)[ \t]+(?P<word>(?-i:[A-ZÀ-Ý])[^\W\d_]+)(?![^\W_])"
)
# a handle or a hashtag: "@daanvisser", "#annavisser" (not an e-mail address: no letter before)
_HANDLE = re.compile(r"(?<![\w.@])[@#](?P<h>[^\W_][\w.]*[^\W_])")


def distance(a: str, b: str, most: int) -> int:
    """The edit distance of ``a`` and ``b`` (letters added, left out or changed), or
    ``most + 1`` when it is more than ``most``.

    >>> distance("visser", "vischer", 2), distance("visser", "fisser", 2), distance("ab", "xyz", 1)
    (2, 1, 2)
    """
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb)))
        if min(new) > most:
            return most + 1
        row = new
    return min(row[-1], most + 1)


def _without_letters(word: str, most: int) -> set[str]:
    """``word`` and every form of it with ``most`` letters or fewer left out.

    >>> sorted(_without_letters("abc", 1))
    ['ab', 'abc', 'ac', 'bc']
    """
    forms = {word}
    for _ in range(most):
        forms |= {f[:i] + f[i + 1 :] for f in forms for i in range(len(f))}
    return forms


class NearNames:
    """The residents' first names and surnames (each as ``key`` reads a word: without
    accents, case-folded), for the misspelt surname after a first name and the handle."""

    def __init__(
        self,
        firsts: Iterable[str],
        surnames: Iterable[str],
        key: Callable[[str], str] = lambda w: fold(w).casefold(),
    ) -> None:
        self.key = key
        self.firsts = frozenset(firsts)
        self.surnames = tuple(dict.fromkeys(s for s in surnames if s.isalpha() and len(s) > 3))
        self._known = frozenset(self.surnames) | self.firsts
        self._index: dict[str, list[int]] | None = None  # built when first needed

    def _candidates(self, read: str) -> list[str]:
        """The surnames that may be two letters or fewer off ``read``: those that share a
        form with two letters or fewer left out (each surname is not compared with each
        word: 3,000 residents' names in a text took 40 s)."""
        if self._index is None:
            self._index = {}
            for i, surname in enumerate(self.surnames):
                for form in _without_letters(surname, 2):
                    self._index.setdefault(form, []).append(i)
        found = {i for form in _without_letters(read, 2) for i in self._index.get(form, ())}
        return [self.surnames[i] for i in sorted(found)]

    def _near(self, word: str) -> str | None:
        """The resident's surname ``word`` is a misspelling of, or None."""
        read = self.key(word)
        if read in self._known:  # a name the map holds is no misspelling of another
            return None
        for surname in self._candidates(read):
            most = 2 if len(surname) >= 5 else 1
            if read != surname and distance(read, surname, most) <= most:
                return surname
        return None

    def _found(self, text: str) -> Iterable[tuple[re.Match[str], str]]:
        if not self.firsts or not self.surnames:
            return
        for match in _FIRST_AND_WORD.finditer(text):
            if self.key(match["first"]) not in self.firsts or self.key(match["word"]) in (
                self.firsts
            ):
                continue
            if (surname := self._near(match["word"])) is not None:
                yield match, surname

    def spelt(self, text: str) -> str:
        """``text`` with a misspelt surname after a resident's first name written right."""
        out: list[str] = []
        last = 0
        for match, surname in self._found(text):
            word = match["word"]
            right = surname.upper() if word.isupper() else surname.capitalize()
            out += [text[last : match.start("word")], right]
            last = match.end("word")
        return "".join(out) + text[last:] if out else text

    def left(self, text: str) -> str | None:
        """A first name and a misspelt surname ``text`` still holds, or None: the check's."""
        for match, _ in self._found(text):
            return match.group(0)
        return None

    def handle(self, text: str) -> str | None:
        """The first handle or hashtag in ``text`` that holds a resident's surname, or None."""
        if "@" not in text and "#" not in text:
            return None
        for match in _HANDLE.finditer(text):
            read = self.key(match["h"])
            if any(surname in read for surname in self.surnames):
                return match.group(0)
        return None

    def handles(self, text: str, said: str) -> str:
        """``text`` with each handle that holds a resident's surname and more than her names
        ("@daanvisser", "@daan_visser", "#visser85") said as ``said``; one of her names alone
        or her whole name ("#visser", "@annavisser") is left to the name rules, which say it
        by her role ("#inwoner")."""
        if "@" not in text and "#" not in text:
            return text

        def one(match: re.Match[str]) -> str:
            if self.handle(match.group(0)) is None:
                return match.group(0)
            rest = re.sub(r"[._]", "", self.key(match["h"]))
            for name in sorted(self.surnames + tuple(self.firsts), key=len, reverse=True):
                rest = rest.replace(name, "")
            return said if rest else match.group(0)

        return _HANDLE.sub(one, text)
