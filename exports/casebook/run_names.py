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
not be read again, sealed (:func:`seal`) with a key taken from the map's own bytes: the index
alone tells no name, not even to one who tries a list of names against it; whoever can unseal it
holds the map, and so its names already.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from exports.anonymise_titled import Letters
from exports.casebook.file_health import health_word
from models.i18n import Lang

__all__ = ["KEY", "PathNames", "RunNames", "map_key", "name_key", "seal", "unseal"]

#: where a record (as the index keeps it) holds its map's :class:`PathNames`
KEY = "path_names"
_ROLE = {"nl": "inwoner", "en": "resident"}
# a run of letters (a word of a path; digits and separators end it)
_RUN = re.compile(r"([^\W\d_]+)(\d*)")
_LETTER = re.compile(r"(?<![^\W_])[A-Z]\d*(?![^\W_])")
# the role twice ("Visser Anna" read word by word: "inwoner inwoner", R11)
_TWICE = {
    lang: re.compile(rf"(?i:\b(?:de |the )?({role})(?:[ _.,-]+(?:de |the )?{role})+\b)")
    for lang, role in _ROLE.items()
}


def _fold(word: str) -> str:
    """``word`` in small letters, without a mark written apart ("Vi\u0307sser": R10)."""
    apart = unicodedata.normalize("NFKD", word)
    bare = "".join(c for c in apart if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", bare).casefold()


# characters that show nothing or turn the text around: a name may hide behind them
# ("Vis\u200bser", "visser\u2060adhd", "\u202eressiV": rev-hostile16a R6, R10)
def _unseen(text: str) -> str:
    """``text`` without them, and without a mark that joins no letter (NFC)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        c
        for c in text
        if unicodedata.category(c) not in ("Cf", "Mn") or _TURNED.match(c)  # escaped: printable
    )


_TURNED = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_LONGEST = 40  # a run of letters longer than this is not taken apart
# initials: "AV", "A.V.", "A. V", "A J M"
_INITIALS = re.compile(
    r"(?<![^\W_])(?:[A-Z](?:\.\s?|\s)){1,3}[A-Z]\.?(?![^\W_])|(?<![^\W_])[A-Z]{2,4}(?![^\W_])"
)
_I = r"(?P<i>(?:[A-Z]\.?\s?){1,3}[A-Z]?\.?)"
# initials right before the role, or after it and a comma
_BESIDE = {
    lang: (
        re.compile(rf"(?<![^\W_/]){_I}\s+(?P<keep>(?i:de |the )?{role})(?![^\W_])"),
        re.compile(rf"(?<=(?i:{role})),\s*{_I}(?![^\W_])"),
    )
    for lang, role in _ROLE.items()
}


def name_key(word: str) -> str:
    """A word of a name as the index keeps it: a hash of the word in small letters."""
    return hashlib.sha256(("krachtenveld-path-name\0" + _fold(word)).encode()).hexdigest()[:20]


def map_key(data: bytes) -> bytes:
    """The key that seals a map's names: from its bytes (not its digest, which the index
    keeps)."""
    return hashlib.sha256(b"krachtenveld-path-names-key\0" + data).digest()


def _stream(key: bytes, size: int) -> bytes:
    blocks = (hashlib.sha256(key + n.to_bytes(8, "big")).digest() for n in range(size // 32 + 1))
    return b"".join(blocks)[:size]


def seal(doc: dict[str, Any], key: bytes) -> str:
    """``doc`` as JSON, XOR-ed with a SHA-256 stream of ``key``, in hex (one key per map's
    content, so a stream seals one text only)."""
    plain = json.dumps(doc, sort_keys=True).encode()
    return bytes(a ^ b for a, b in zip(plain, _stream(key, len(plain)), strict=True)).hex()


def unseal(sealed: Any, key: bytes) -> dict[str, Any]:
    """What :func:`seal` sealed with ``key``; empty for anything else (another key: the file
    changed between two reads, an older row)."""
    try:
        raw = bytes.fromhex(str(sealed))
        plain = bytes(a ^ b for a, b in zip(raw, _stream(key, len(raw)), strict=True))
        doc = json.loads(plain.decode())
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


@dataclass(frozen=True, slots=True)
class PathNames:
    """What one map tells about names in file names, each word as :func:`name_key`: its
    residents' name words (shown as the role), other persons' names (shown as a letter), its
    bodies' words (no person's), and the person each letter of its own shown path stands for."""

    roles: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    letters: dict[str, str] = field(default_factory=dict)
    #: a resident's initials ("av" of Anna Visser) and the first of them ("a"), as name_key
    initials: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        roles: set[str],
        persons: set[str],
        bodies: set[str],
        given: dict[str, str],
        initials: AbstractSet[str] = frozenset(),
    ) -> PathNames:
        """From the words themselves (``given``: name -> letter, the map's letters)."""
        return cls(
            frozenset(map(name_key, roles)),
            frozenset(map(name_key, persons)),
            frozenset(map(name_key, bodies)),
            {letter: name_key(name) for name, letter in given.items()},
            frozenset(map(name_key, initials)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "roles": sorted(self.roles),
            "persons": sorted(self.persons),
            "bodies": sorted(self.bodies),
            "letters": dict(self.letters),
            "initials": sorted(self.initials),
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
            frozenset(map(str, doc.get("initials", ()))),
        )


class RunNames:
    """The names of every map of a run, and the letters the run gives persons."""

    def __init__(self, maps: list[PathNames], lang: Lang) -> None:
        self.lang = lang
        self.roles = frozenset().union(*(m.roles for m in maps))
        bodies = frozenset().union(*(m.bodies for m in maps))
        self.persons = frozenset().union(*(m.persons for m in maps)) - self.roles - bodies
        self.initials = frozenset().union(*(m.initials for m in maps))
        self.letters = Letters()
        self._seen: dict[str, list[str] | None] = {}

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
        role, another person's by the run's letter; also a name glued to another, to an
        initial, a health word or digits ("annavisser85", "VisserADHD", "visserA": R6), written
        with an invisible character or turned around ("\u202eressiV": R10)."""
        turned = bool(_TURNED.search(shown))
        end = ".kvmap" if shown.endswith(".kvmap") else ""
        out = _INITIALS.sub(self._initials, _unseen(shown.removesuffix(end)))
        out = _RUN.sub(lambda m: self._run(m, turned), out)
        out = _TWICE[self.lang].sub(lambda m: m.group()[: m.end(1) - m.start()], out)
        return self._beside_role(out) + end

    def _initials(self, match: re.Match[str]) -> str:
        """A resident's initials ("AV", "A.V.": R10) as the role."""
        letters = "".join(c for c in match.group() if c.isalpha()).casefold()
        return _ROLE[self.lang] if name_key(letters) in self.initials else match.group()

    def _beside_role(self, shown: str) -> str:
        """``shown`` without initials beside the role that start with a resident's initial
        ("AJM de inwoner", "De inwoner, A.J": R10); a letter the run gave stays."""
        given = set(self.letters.given.values())

        def drop(match: re.Match[str]) -> str:
            token = match.group("i")
            first = token[:1].casefold()
            if token.strip(". ") in given or name_key(first) not in self.initials:
                return match.group()
            return match.groupdict().get("keep") or ""

        before, after = _BESIDE[self.lang]
        return after.sub(drop, before.sub(drop, shown))

    def _run(self, match: re.Match[str], turned: bool) -> str:
        text = match.group(1)
        said = self._said(text) or (self._said(text[::-1]) if turned else None)
        if said is None:
            return match.group()
        # digits glued to a name go with it ("annavisser85")
        return said.capitalize() if text[:1].isupper() and said[:1].islower() else said

    def _said(self, text: str) -> str | None:
        """What a run of letters is shown as, or None: not a name the run knows."""
        key = name_key(text)
        if key in self.roles:
            return _ROLE[self.lang]
        if key in self.persons:
            return self._letter(key)
        pieces = self._pieces(_fold(text)) if len(text) <= _LONGEST else None
        if not pieces:
            return None
        said = [_ROLE[self.lang] if k in self.roles else self._letter(k) for k in pieces]
        return " ".join(dict.fromkeys(said))

    def _pieces(self, word: str) -> list[str] | None:
        """The names ``word`` is glued from, as keys ("annavisser": Anna and Visser), with
        any initial or health word between them left out; None: it holds no name the run
        knows, or something else as well."""
        if word in self._seen:
            return self._seen[word]
        names = self.roles | self.persons
        n = len(word)
        found = {
            (i, j): key
            for i in range(n)
            for j in range(i + 2, min(n, i + 24) + 1)
            if (key := name_key(word[i:j])) in names
        }
        best: list[list[str] | None] = [[]] + [None] * n
        if found:
            edges = sorted({0, n, *(i for i, _ in found), *(j for _, j in found)})
            for end in range(1, n + 1):
                for start in range(end):
                    before = best[start]
                    if before is None:
                        continue
                    if (start, end) in found:
                        after = [*before, found[start, end]]
                    elif (end - start == 1 and (start == 0 or end == n)) or (
                        start in edges and end in edges and health_word(word[start:end])
                    ):  # an initial before or after ("avisser", "visserA"), a health word
                        after = before
                    else:
                        continue
                    if best[end] is None or len(after) > len(best[end] or []):
                        best[end] = after
        self._seen[word] = best[-1] or None
        return self._seen[word]

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
