"""Small helpers that keep the templates readable: numbered relationships."""

from __future__ import annotations

from models.entities import Relationship
from models.enums import Practice, RelationKind

__all__ = ["Tie", "ties"]

#: (source, target, kind, level, label); level is how much source trusts target for trust
Tie = tuple[str, str, RelationKind, int, str]


def ties(rows: list[Tie], practice: dict[int, Practice] | None = None) -> list[Relationship]:
    """Relationships ``r1``, ``r2``, … from ``rows`` (``practice`` by row number, from 1)."""
    practice = practice or {}
    return [
        Relationship(
            f"r{n}",
            source,
            target,
            kind,
            level=level,
            label=label,
            practice=practice.get(n, Practice.BOTH),
        )
        for n, (source, target, kind, level, label) in enumerate(rows, start=1)
    ]
