"""Copy, paste and duplicate: the clipboard holds a ``.kvmap`` document with the copied part.

A fragment is a valid ``.kvmap`` file (paste it in a text editor and save it, or copy a whole
file's text and paste it onto the map). Pasting gives every entity a fresh id, so paste can
be repeated, and shifts positions so the copy is visible beside the original.

A fragment carries the organisations and powers its entities refer to. Pasting finds an
organisation by name and a power by id and name in the target map, and adds those it lacks.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from models import EntityKind, Position
from models.case import Case, Entity
from models.entities import CaseInfo, Organisation
from models.fileformat import dumps, loads
from models.legacy import OrganisationIndex

__all__ = ["MIME_TYPE", "fragment_text", "paste_entities"]

MIME_TYPE = "application/x-krachtenveld-kvmap"
PASTE_SHIFT = 40.0


def fragment_text(case: Case, ids: Iterable[str]) -> str:
    """A ``.kvmap`` text with the chosen entities (and the edges among chosen actors)."""
    chosen = set(ids)
    actors = [a for a in case.actors if a.id in chosen]
    actor_ids = {a.id for a in actors}
    needs = [
        n if n.handler in actor_ids else dataclasses.replace(n, handler=None)
        for n in case.needs
        if n.id in chosen
    ]
    return dumps(case.subset(actor_ids, CaseInfo(title=case.info.title), needs))


class _FreshIds:
    """Fresh ids per prefix (``a``, ``r``, ``p`` ...): one scan of the taken ids, then O(1)."""

    def __init__(self, taken: Iterable[str]) -> None:
        self._taken = set(taken)
        self._next: dict[str, int] = {}
        pattern = re.compile(r"^([a-z])(\d+)$")
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
    taken = {i for kind in EntityKind for i in case.collection(kind).ids()}
    _fresh = _FreshIds(taken)
    new_id: dict[str, str] = {}
    result: list[Entity] = []
    orgs = OrganisationIndex(case.organisations, taken)
    org_id = {o.id: orgs.resolve(part.organisation_name(o.id)) for o in part.organisations}
    result += _new_organisations(orgs.organisations(), part, org_id)
    for actor in part.actors:
        new_id[actor.id] = _fresh("a")
        pos = actor.position
        moved = Position(pos.x + shift, pos.y + shift) if pos is not None else None
        result.append(
            dataclasses.replace(
                actor,
                id=new_id[actor.id],
                position=moved,
                organisation=org_id.get(actor.organisation, ""),
            )
        )
    power_id: dict[str, str] = {}
    for power in part.powers:
        same = case.powers.get(power.id)
        if same is not None and same.name == power.name:
            power_id[power.id] = same.id
            continue
        power_id[power.id] = _fresh("p")
        holder = new_id.get(power.holder) if power.holder is not None else None
        result.append(dataclasses.replace(power, id=power_id[power.id], holder=holder))
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
                power=power_id.get(mandate.power, mandate.power),
            )
        )
    for need in part.needs:
        handler = new_id.get(need.handler) if need.handler is not None else None
        result.append(
            dataclasses.replace(
                need,
                id=_fresh("n"),
                handler=handler,
                power=power_id.get(need.power, need.power),
                organisations=tuple(org_id[o] for o in need.organisations),
            )
        )
    return result


def _new_organisations(
    created: list[Organisation], part: Case, org_id: dict[str, str]
) -> list[Organisation]:
    """The organisations the target lacked, with the kind, notes and parent they had."""
    by_new = {new: old for old, new in org_id.items()}
    out: list[Organisation] = []
    for org in created:
        source = part.organisations.get(by_new[org.id])
        if source is None:  # pragma: no cover - every created one came from the fragment
            out.append(org)
            continue
        parent = org_id.get(source.parent) if source.parent is not None else None
        out.append(dataclasses.replace(source, id=org.id, parent=parent))
    return out
