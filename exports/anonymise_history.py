"""The saves of an anonymised map (hostile review 4, H1 6): without their authors, with the
names in the edits said by role, the old ids replaced, and a name that no state of the map
explains left out ("Actor 'Fatima El Amrani' verwijderd": a resident deleted before any
snapshot is on no state, so her name cannot be recognised as a resident's).

Examples
--------
>>> unknown_names("Actor 'Fatima El Amrani' verwijderd", ["Consulent wijkteam"])
['Fatima El Amrani']
>>> unknown_names("Rename: Consulent wijkteam", ["Consulent wijkteam"])
[]
>>> left_out("Actor 'Fatima El Amrani' verwijderd", ["Inwoner"], "nl")
"Actor '(naam weggelaten)' verwijderd"
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping

from models.i18n import Lang
from models.timeline import HistoryEntry

__all__ = ["cleaned_history", "left_out", "unknown_names"]

# a name in an edit: quoted, or after the colon of an undo text ("Rename: Consulent")
_NAMED = re.compile(r"(['\"‘“])(?P<q>[^'\"’”]+)['\"’”]|:\s+(?P<c>[^:]+)$")
_ARTICLE = re.compile(r"^(?:de|het|the)\s+", re.IGNORECASE)
_PLACEHOLDER = {"nl": "(naam weggelaten)", "en": "(name left out)"}


def _key(text: str) -> str:
    return _ARTICLE.sub("", text.strip()).casefold()


def unknown_names(edit: str, known: Iterable[str]) -> list[str]:
    """The names in ``edit`` that are not among ``known`` (or one of the placeholders)."""
    keys = {_key(k) for k in known} | {_key(p) for p in _PLACEHOLDER.values()}
    out = []
    for match in _NAMED.finditer(edit):
        name = match.group("q") or match.group("c") or ""
        if name.strip() and _key(name) not in keys:
            out.append(name)
    return out


def left_out(edit: str, known: Iterable[str], lang: Lang) -> str:
    """``edit`` with each name that is not among ``known`` replaced by a placeholder."""
    keys = {_key(k) for k in known} | {_key(p) for p in _PLACEHOLDER.values()}

    def one(match: re.Match[str]) -> str:
        group = "q" if match.group("q") is not None else "c"
        name = match.group(group)
        if not name.strip() or _key(name) in keys:
            return match.group(0)
        start, end = match.span(group)
        whole = match.group(0)
        offset = match.start()
        return whole[: start - offset] + _PLACEHOLDER[lang] + whole[end - offset :]

    return _NAMED.sub(one, edit)


def cleaned_history(
    history: Iterable[HistoryEntry],
    said: Callable[[str], str],
    ids: Mapping[str, str],
    known: Iterable[str],
    lang: Lang,
) -> list[HistoryEntry]:
    """The saves without their authors; each edit said by ``said``, the old ids in ``ids``
    replaced, and the names no state explains (``known``) left out."""
    known = list(known)
    old_ids = (
        re.compile(
            rf"(?<![^\W_])({'|'.join(sorted(map(re.escape, ids), key=len, reverse=True))})"
            rf"(?![^\W_])"
        )
        if ids
        else None
    )

    def edit(text: str) -> str:
        text = said(text)
        if old_ids is not None:
            text = old_ids.sub(lambda m: ids[m.group(1)], text)
        return left_out(text, known, lang)

    return [
        dataclasses.replace(entry, author="", edits=tuple(edit(e) for e in entry.edits))
        for entry in history
    ]
