"""What Edit › Find matches: the actors of a case by name, id, role, organisation or tag,
case- and accent-insensitively (new user at scale 15, G5: "Ctrl+F does nothing").

The index folds every actor's texts once (:func:`fold`) and keeps them in model order; a
search is a scan of those strings, never of the scene, and a longer query (the next key
typed) scans only what the shorter one found. It is rebuilt lazily after an actor or an
organisation changed. No Qt: the find bar (:mod:`ui.window.find_bar`) shows the result.

Examples
--------
>>> from models import Actor, Case
>>> case = Case()
>>> for i, name in enumerate(["Wethouder Zorg", "Consulent Émile", "Teamleider zorg"]):
...     _ = case.add_actor(Actor(f"a{i}", name))
>>> index = FindIndex(case)
>>> index.matches("zorg")
['a0', 'a2']
>>> index.matches("EMILE")
['a1']
>>> index.matches("a2")
['a2']
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from models import Case
from models.labels import label

__all__ = ["FindIndex", "fold"]


def fold(text: str) -> str:
    """``text`` without case and accents: "Émile" and "emile" fold alike.

    >>> fold("Ça Gêne Één")
    'ca gene een'
    """
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True, slots=True)
class _Entry:
    actor_id: str
    name: str  # folded, with a space in front (a word starts after a space)
    rest: str  # folded id, roles (both languages), organisation and tags, one per line


class FindIndex:
    """The folded texts of a case's actors; see the module docstring."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self._entries: list[_Entry] | None = None
        self._last: tuple[str, list[_Entry]] = ("", [])  # the last query and what it found
        self.builds = 0  # how often the texts were folded (tests count it)
        for signal in (
            case.actor_added,
            case.actor_removed,
            case.actor_changed,
            case.organisation_added,
            case.organisation_removed,
            case.organisation_changed,
        ):
            signal.connect(self._on_case_changed)

    @property
    def stale(self) -> bool:
        """Whether an actor or organisation changed since the last search."""
        return self._entries is None and self.builds > 0

    def _on_case_changed(self, *_args: object) -> None:
        self._entries = None
        self._last = ("", [])

    def _build(self) -> list[_Entry]:
        self.builds += 1
        orgs = {o.id: o.name for o in self.case.organisations}
        roles: dict[object, list[str]] = {}
        entries = []
        for actor in self.case.actors:
            rest = [actor.id, orgs.get(actor.organisation, ""), *actor.tags]
            for role in actor.roles:
                if role not in roles:
                    roles[role] = [label(role, "nl"), label(role, "en")]
                rest += roles[role]
            entries.append(_Entry(actor.id, " " + fold(actor.name), fold("\n".join(rest))))
        return entries

    def matches(self, query: str) -> list[str]:
        """The ids of the actors ``query`` finds, best first: a name that starts with it, a
        word of a name that does, a name that holds it, then an id, role, organisation or tag
        that holds it; an actor whose texts hold each word of a query of several words last.
        Within each, model order. An empty query finds nothing."""
        wanted = fold(query).strip()
        if not wanted:
            return []
        if self._entries is None:
            self._entries = self._build()
        last, found = self._last
        pool = found if last and wanted.startswith(last) else self._entries
        words = wanted.split()
        ranked: list[tuple[int, int, _Entry]] = []
        for n, entry in enumerate(pool):
            rank = _rank(entry, wanted, words)
            if rank is not None:
                ranked.append((rank, n, entry))
        ranked.sort(key=lambda r: (r[0], r[1]))
        # the pool for the next, longer query: in model order, as the entries are
        self._last = (wanted, [r[2] for r in sorted(ranked, key=lambda r: r[1])])
        return [r[2].actor_id for r in ranked]


def _rank(entry: _Entry, wanted: str, words: list[str]) -> int | None:
    """How well ``entry`` matches (lower is better), None when it does not."""
    where = entry.name.find(wanted)
    if where == 1:
        return 0  # the name starts with it
    if where > 1:
        return 1 if entry.name.find(" " + wanted) >= 0 else 2
    if wanted in entry.rest:
        return 3
    if len(words) > 1 and all(w in entry.name or w in entry.rest for w in words):
        return 4
    return None
