"""Copy, paste and duplicate: the clipboard holds a ``.kvmap`` document with the copied part.

A fragment is a valid ``.kvmap`` file (paste it in a text editor and save it, or copy a whole
file's text and paste it onto the map). Pasting gives every entity a fresh id, so paste can
be repeated, and shifts positions so the copy is visible beside the original.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from models import Actor, Case, CaseInfo, Mandate, Need, Position, Relationship
from models.fileformat import dumps, loads

__all__ = ["MIME_TYPE", "fragment_text", "paste_entities"]

MIME_TYPE = "application/x-krachtenveld-kvmap"
PASTE_SHIFT = 40.0
Entity = Actor | Relationship | Mandate | Need


def fragment_text(case: Case, ids: Iterable[str]) -> str:
    """A ``.kvmap`` text with the chosen entities (and the edges among chosen actors)."""
    chosen = set(ids)
    actors = [a for a in case.actors if a.id in chosen]
    actor_ids = {a.id for a in actors}
    rels = [r for r in case.relationships if r.source in actor_ids and r.target in actor_ids]
    mandates = [m for m in case.mandates if m.grantor in actor_ids and m.holder in actor_ids]
    needs = [
        n if n.handler in actor_ids else dataclasses.replace(n, handler=None)
        for n in case.needs
        if n.id in chosen
    ]
    part = Case.from_parts(CaseInfo(title=case.info.title), actors, rels, mandates, needs)
    return dumps(part)


class _FreshIds:
    """Fresh ids per prefix (``a``, ``r``, ``m``, ``n``): one scan of the taken ids, then O(1)."""

    def __init__(self, taken: Iterable[str]) -> None:
        self._taken = set(taken)
        self._next: dict[str, int] = {}
        pattern = re.compile(r"^([armn])(\d+)$")
        for item_id in self._taken:
            match = pattern.match(item_id)
            if match:
                prefix, number = match.group(1), int(match.group(2))
                self._next[prefix] = max(self._next.get(prefix, 1), number + 1)

    def __call__(self, prefix: str) -> str:
        n = self._next.get(prefix, 1)
        while f"{prefix}{n}" in self._taken:
            n += 1
        self._next[prefix] = n + 1
        self._taken.add(f"{prefix}{n}")
        return f"{prefix}{n}"


def paste_entities(case: Case, text: str, shift: float = PASTE_SHIFT) -> list[Entity]:
    """Entities from a fragment, with fresh ids and shifted positions, ready to add to ``case``.

    Raises :class:`models.FormatError` when ``text`` is not a valid ``.kvmap`` document.
    """
    part = loads(text, "<clipboard>")
    _fresh = _FreshIds(
        case.actors.ids() + case.relationships.ids() + case.mandates.ids() + case.needs.ids()
    )
    new_id: dict[str, str] = {}
    result: list[Entity] = []
    for actor in part.actors:
        new_id[actor.id] = _fresh("a")
        pos = actor.position
        moved = Position(pos.x + shift, pos.y + shift) if pos is not None else None
        result.append(dataclasses.replace(actor, id=new_id[actor.id], position=moved))
    for rel in part.relationships:
        result.append(
            dataclasses.replace(
                rel, id=_fresh("r"), source=new_id[rel.source], target=new_id[rel.target]
            )
        )
    for mandate in part.mandates:
        result.append(
            dataclasses.replace(
                mandate,
                id=_fresh("m"),
                grantor=new_id[mandate.grantor],
                holder=new_id[mandate.holder],
            )
        )
    for need in part.needs:
        handler = new_id.get(need.handler) if need.handler is not None else None
        result.append(dataclasses.replace(need, id=_fresh("n"), handler=handler))
    return result
