"""Names that look the same but are written differently (hostile review 8, N5): a Cyrillic
"а" in "Jаnsen", a zero-width space in "Jan\u200bsen", a no-break space or a fullwidth letter.
Two actors (or organisations) with such names cannot be told apart by a reader, and a search,
the anonymiser or a register match treats them as two. Said by ``krachtenveld validate`` as a
notice naming both; never refused or changed (a name in another alphabet is fine on its own).
The same notice, through :func:`look_alike_said`, wherever a user meets the map: opened in the
app (the status bar), read by ``analyse`` and the other commands (stderr), and imported from
GraphML, GEXF, CSV or a workbook (the import's warnings)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from models.errors import Problem
from models.i18n import Lang

if TYPE_CHECKING:
    from models.case import Case

__all__ = ["LIKE_LATIN", "look_alike_notices", "look_alike_said", "skeleton"]

# letters of other alphabets that are drawn like a Latin one (after Unicode's confusables list,
# the common Cyrillic and Greek ones)
LIKE_LATIN = str.maketrans(
    "аАвВеЕѕЅіІјЈкКмМнНоОрРсСтТуУхХԁԛԝӏ"  # Cyrillic
    "αΑβΒεΕζΖηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧ",  # Greek
    "aABBeEsSiIjJkKMMHHoOpPcCTTyYxXdqwlaABBeEZZnHiIkKuMvNoOpPTTuYxX",
)
_SPACES = re.compile(r"\s+")


def skeleton(name: str) -> str:
    """How ``name`` looks: compatibility forms folded (a fullwidth or no-break character to
    its plain one), invisible format characters left out, letters of another alphabet that are
    drawn like a Latin one read as that letter, runs of spaces as one.

    >>> skeleton("J\\u0430n\\u200bsen") == skeleton("Jansen")
    True
    >>> skeleton("Jansen") == skeleton("jansen")
    False
    """
    if name.isascii():  # nothing to fold, leave out or read as Latin (most names: issue 14)
        return _SPACES.sub(" ", name).strip()
    folded = unicodedata.normalize("NFKC", name)
    shown = "".join(c for c in folded if unicodedata.category(c) != "Cf")
    return _SPACES.sub(" ", shown.translate(LIKE_LATIN)).strip()


def _codes(name: str, other: str) -> str:
    """``U+0435 CYRILLIC SMALL LETTER IE``: the characters of ``name`` that ``other`` does not
    have and that are not plain ASCII, each once (at most four)."""
    found: list[str] = []
    for c in name:
        if c.isascii() or c in other:
            continue
        label = unicodedata.name(c, "")
        code = f"U+{ord(c):04X}{' ' + label if label else ''}"
        if code not in found:
            found.append(code)
    return ", ".join(found[:4]) + (", …" if len(found) > 4 else "")


def look_alike_notices(case: Case) -> list[Problem]:
    """A notice at every actor or organisation whose name looks the same as an earlier one's
    but is written differently, naming both and the characters that differ."""
    out: list[Problem] = []
    for section, items in (("actors", case.actors), ("organisations", case.organisations)):
        seen: dict[str, tuple[str, str]] = {}  # skeleton -> (id, name) of the first
        for item in items:
            name = item.name
            key = skeleton(name)
            first = seen.setdefault(key, (item.id, name))
            if first[1] == name:
                continue  # the first of its look, or the very same name (not this notice)
            odd, codes = item.id, _codes(name, first[1])
            if not codes:  # the first one holds the odd characters
                odd, codes = first[0], _codes(first[1], name)
            params = {
                "name": name,
                "other": first[1],
                "other_id": first[0],
                "odd": odd,
                "codes": codes or "?",
            }
            out.append(Problem(f"{section}[id={item.id}].name", "look_alike_name", params))
    return out


def look_alike_said(case: Case, lang: Lang) -> list[str]:
    """The look-alike notices of ``case`` as a user reads them (``actors[id=krant].name:
    "Burgemeеster" and the name of burgemeester, ...``): the one text the app, the commands
    and the imports show."""
    return [notice.render(lang) for notice in look_alike_notices(case)]
