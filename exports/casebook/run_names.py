"""The names one casebook run knows, applied to every file's shown path (issue 16,
rev-hostile16a R3): a file's name was cleaned with its own map's names only, so siblings gave
each other away ('De inwoner/2025.kvmap' beside 'Anna Visser/2026.kvmap'; 'daan.kvmap' shown as
'X.kvmap' beside 'daan 2.kvmap').

Each map gives the words of its residents' names (now and in its snapshots: R4), the first
names and other persons' names it writes (also at a sentence's start: R5), the words of its
bodies' names, and the letters its own path was given (:class:`PathNames`). The run joins them
(:class:`RunNames`): every word of every shown path that names a resident is the resident's
role, every other person's name is a letter, the same letter for the same name across the
report, and a folder is shown the same way for every file in it.

The index keeps a map's :class:`PathNames` with its record so a file that did not change need
not be read again; it keeps each word as a hash (:func:`name_key`), never the name itself.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from exports.anonymise_titled import Letters
from models.i18n import Lang

__all__ = ["KEY", "PathNames", "RunNames", "name_key"]

#: where a record (as the index keeps it) holds its map's :class:`PathNames`
KEY = "path_names"
_ROLE = {"nl": "inwoner", "en": "resident"}
# a run of letters (a word of a path; digits and separators end it)
_RUN = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"(?<![^\W_])[A-Z]\d*(?![^\W_])")
# the role twice ("Visser Anna" read word by word: "inwoner inwoner", R11)
_TWICE = {
    lang: re.compile(rf"(?i:\b(?:de |the )?({role})(?:[ _.,-]+(?:de |the )?{role})+\b)")
    for lang, role in _ROLE.items()
}


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold()


def name_key(word: str) -> str:
    """A word of a name as the index keeps it: a hash of the word in small letters."""
    return hashlib.sha256(("krachtenveld-path-name\0" + _fold(word)).encode()).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class PathNames:
    """What one map tells about names in file names, each word as :func:`name_key`: its
    residents' name words (shown as the role), other persons' names (shown as a letter), its
    bodies' words (no person's), and the person each letter of its own shown path stands for."""

    roles: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    letters: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls, roles: set[str], persons: set[str], bodies: set[str], given: dict[str, str]
    ) -> PathNames:
        """From the words themselves (``given``: name -> letter, the map's letters)."""
        return cls(
            frozenset(map(name_key, roles)),
            frozenset(map(name_key, persons)),
            frozenset(map(name_key, bodies)),
            {letter: name_key(name) for name, letter in given.items()},
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "roles": sorted(self.roles),
            "persons": sorted(self.persons),
            "bodies": sorted(self.bodies),
            "letters": dict(self.letters),
        }

    @classmethod
    def from_dict(cls, doc: Any) -> PathNames:
        """What :meth:`to_dict` wrote; nothing known from anything else (an older row)."""
        if not isinstance(doc, dict):
            return cls()
        return cls(
            frozenset(map(str, doc.get("roles", ()))),
            frozenset(map(str, doc.get("persons", ()))),
            frozenset(map(str, doc.get("bodies", ()))),
            {str(k): str(v) for k, v in dict(doc.get("letters", {})).items()},
        )


class RunNames:
    """The names of every map of a run, and the letters the run gives persons."""

    def __init__(self, maps: list[PathNames], lang: Lang) -> None:
        self.lang = lang
        self.roles = frozenset().union(*(m.roles for m in maps))
        bodies = frozenset().union(*(m.bodies for m in maps))
        self.persons = frozenset().union(*(m.persons for m in maps)) - self.roles - bodies
        self.letters = Letters()

    def _letter(self, key: str) -> str:
        return self.letters.relative(key)

    def letters_in(self, shown: str) -> dict[str, str]:
        """The person each letter the run gave in ``shown`` stands for (as :func:`name_key`)."""
        said = set(_LETTER.findall(shown))
        return {letter: key for key, letter in self.letters.given.items() if letter in said}

    def relabel(self, shown: str, relative: str, names: PathNames) -> str:
        """``shown`` (one file's path as its own map's names cleaned it; ``relative``: as it
        is) with each letter its map gave a person as the run's letter for that person."""
        own = set(_LETTER.findall(relative))

        def letter(match: re.Match[str]) -> str:
            key = names.letters.get(match.group())
            if key is None or match.group() in own:
                return match.group()
            # a resident the map names only in a snapshot had a letter there (R4)
            return _ROLE[self.lang] if key in self.roles else self._letter(key)

        return _LETTER.sub(letter, shown)

    def words(self, shown: str) -> str:
        """``shown`` with each word the run knows as a name replaced: a resident's by the
        role, another person's by the run's letter."""
        role = _ROLE[self.lang]

        def word(match: re.Match[str]) -> str:
            text = match.group()
            key = name_key(text)
            if key in self.roles:
                return role.capitalize() if text[:1].isupper() else role
            if key in self.persons:
                return self._letter(key)
            return text

        end = ".kvmap" if shown.endswith(".kvmap") else ""
        out = _RUN.sub(word, shown.removesuffix(end))
        return _TWICE[self.lang].sub(lambda m: m.group()[: m.end(1) - m.start()], out) + end

    def folders_alike(self, relatives: list[str], shown: list[str]) -> list[str]:
        """``shown`` with each folder shown the same way for every file in it: as the first
        file in it whose own map changed that folder's name, else as its first file."""
        chosen: dict[str, str] = {}
        for rel, said in zip(relatives, shown, strict=True):
            raw, new = rel.split("/")[:-1], said.split("/")[:-1]
            if len(raw) != len(new):
                continue
            for k in range(1, len(raw) + 1):
                key, value = "/".join(raw[:k]), new[k - 1]
                if key not in chosen or (chosen[key] == raw[k - 1] != value):
                    chosen[key] = value
        out = []
        for rel, said in zip(relatives, shown, strict=True):
            raw, new = rel.split("/"), said.split("/")
            if len(raw) == len(new):
                new = [chosen.get("/".join(raw[: k + 1]), p) for k, p in enumerate(new[:-1])]
                said = "/".join([*new, said.split("/")[-1]])
            out.append(said)
        return out
