"""The college an advice note is addressed to, and so the one body whose acts the note may
have done ("Laat het college …"); every other body is asked ("Vraag het college B&W 8 … te
…"): one college cannot order another (rev-jurist17 R4).

>>> from models import Actor, ActorKind
>>> addressed_college([Actor("a1", "Wethouder", ActorKind.ADMINISTRATOR),
...                    Actor("a2", "College B&W 1", ActorKind.ADMINISTRATOR),
...                    Actor("a3", "College B&W 2", ActorKind.ADMINISTRATOR)])
'a2'
"""

from __future__ import annotations

from collections.abc import Iterable

from models import Actor, ActorKind

__all__ = ["addressed_college"]


def addressed_college(actors: Iterable[Actor]) -> str | None:
    """The first administrator on the map named a college, or None when there is none."""
    return next(
        (a.id for a in actors if a.kind is ActorKind.ADMINISTRATOR and "college" in a.name.lower()),
        None,
    )
