"""A care provider's short name in a text (issue 16, confirming new user 12b, C2): a note says
"Dagbesteding bij De Hoeve" for the organisation "Zorgboerderij De Hoeve", whose picture the
copy calls "de zorgaanbieder". The short name is what follows the first word of the
provider's name (or of an actor's name in it: "Begeleider De Hoeve") when it starts with an
article and a capital ("De Hoeve", "Het Baken", "'t Anker"). Only its capitalised form is the
provider: "op de hoeve" is a farm.

Examples
--------
>>> short_name("Zorgboerderij De Hoeve"), short_name("Begeleider Het Baken")
('De Hoeve', 'Het Baken')
>>> short_name("GGZ Rivierland"), short_name("De Hoeve"), short_name("Zorg de hoeve")
(None, None, None)
>>> short = Shorts({"De Hoeve": "de zorgaanbieder"})
>>> short.text("De Hoeve belt. Dagbesteding bij de Hoeve; de hoeve is oud.")
'De zorgaanbieder belt. Dagbesteding bij de zorgaanbieder; de hoeve is oud.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from models.case import Case

__all__ = ["Shorts", "short_name", "shorts_for", "shorts_of"]

_ARTICLE = r"(?:[Dd]e|[Hh]et|[Dd]en|['’]t)"
_CAPITAL = r"(?-i:[A-Z])[^\W\d_]+"
_SHORT = re.compile(rf"^[^\W\d_][\w-]*\s+(?P<short>{_ARTICLE}\s+{_CAPITAL}(?:\s+{_CAPITAL})*)$")

# a person's role before the provider's short name: "Directeur van de zorgaanbieder"
_STAFF_BEFORE = re.compile(
    r"(?<![^\W_])(?i:directeur|directrice|begeleider|begeleidster|medewerker|eigenaar|"
    r"bestuurder|coördinator|coordinator|manager|teamleider|director|owner|staff|worker)$"
)
_OF = {"the": "of"}


def short_name(name: str) -> str | None:
    """The short name in ``name``: after its first word, an article and capitalised words."""
    match = _SHORT.match(" ".join(name.split()))
    return match.group("short") if match else None


def shorts_of(providers: Iterable[str], others: Iterable[str]) -> dict[str, str]:
    """Each short name of ``providers`` (names of care providers and the actors in them) with
    the provider's full name, except a short name that is also in one of ``others`` (the
    names of the bodies and actors the copy keeps: it is their word too)."""
    kept = [" ".join(o.split()).casefold() for o in others]
    out: dict[str, str] = {}
    for name in providers:
        short = short_name(name)
        low = short.casefold() if short else ""
        if short and not any(re.search(rf"(?<!\w){re.escape(low)}(?!\w)", o) for o in kept):
            out.setdefault(short, name)
    return out


def shorts_for(providers: list[str], states: Iterable[Case], said: Mapping[str, str]) -> Shorts:
    """The short names of ``providers`` (as they are named on the map) in ``states``, each
    said as the provider is (``said``: a name -> what a text says instead)."""
    rest = [o.name for s in states for o in s.organisations if o.name not in providers]
    rest += [a.name for s in states for a in s.actors if a.name not in providers]
    return Shorts({short: said.get(name, "") for short, name in shorts_of(providers, rest).items()})


class Shorts:
    """Short names and what a text says instead, capitalised matches only."""

    def __init__(self, said: Mapping[str, str]) -> None:
        self.said = {self._key(k): v for k, v in said.items() if v}
        parts = sorted(
            (
                r"(?i:"
                + re.escape(k.split()[0])
                + r")\s+"
                + r"\s+".join(map(re.escape, k.split()[1:]))
                for k in said
                if said[k]
            ),
            key=len,
            reverse=True,
        )
        self.pattern = re.compile(rf"(?<![\w’'])(?:{'|'.join(parts)})(?![\w-])") if parts else None

    @staticmethod
    def _key(short: str) -> str:
        return " ".join(short.split()).casefold().replace("’", "'")

    def text(self, text: str) -> str:
        """``text`` with each capitalised short name as the role the map says."""
        if self.pattern is None:
            return text

        def said(match: re.Match[str]) -> str:
            new = self.said[self._key(match.group(0))]
            before = text[: match.start()].rstrip()
            if _STAFF_BEFORE.search(before):  # "Directeur De Hoeve": of the provider
                new = f"{_OF.get(new[:3].casefold(), 'van')} {new}"
            if not before or before.endswith((".", "!", "?")):
                new = new[:1].upper() + new[1:]
            return new

        return self.pattern.sub(said, text)
