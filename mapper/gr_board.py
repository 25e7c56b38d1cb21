"""Which body of a gemeenschappelijke regeling its staff work under (jurist, eleventh round H3):
the dagelijks bestuur runs the GR's civil service, so the consent of art. 10:4 lid 1 Awb for a
mandate to a GR employee, and any point on how the GR's staff work, go to that body, not to
whichever public body of the GR the map lists first (often the algemeen bestuur)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from models.entities import Actor, Relationship
from models.enums import ActorKind, RelationKind

__all__ = ["general_board", "staff_board"]

_DAILY = ("dagelijks bestuur", "daily board", "executive board")
_GENERAL = ("algemeen bestuur", "general board")


def staff_board(
    actors: Iterable[Actor], relationships: Iterable[Relationship], in_gr: Callable[[Actor], bool]
) -> str | None:
    """The id of the GR's public body that its staff work under: the one with a hierarchy
    line to a GR employee (not to another body), else the one called dagelijks bestuur, else
    the first that is not the algemeen bestuur, else the first."""
    people = {a.id: a for a in actors if in_gr(a)}
    boards = [a for a in people.values() if a.kind is ActorKind.ADMINISTRATOR and a.is_public_body]
    if not boards:
        return None
    ids = {a.id for a in boards}
    leads = {
        r.source
        for r in relationships
        if r.kind is RelationKind.HIERARCHY
        and r.source in ids
        and r.target in people
        and r.target not in ids
    }
    for chosen in (
        [a for a in boards if a.id in leads],
        [a for a in boards if any(w in a.name.lower() for w in _DAILY)],
        [a for a in boards if not any(w in a.name.lower() for w in _GENERAL)],
        boards,
    ):
        if chosen:
            return chosen[0].id
    return None


def general_board(actors: Iterable[Actor], in_gr: Callable[[Actor], bool]) -> str | None:
    """The id of the GR's algemeen bestuur on the map (by its name), or None."""
    return next(
        (
            a.id
            for a in actors
            if in_gr(a)
            and a.kind is ActorKind.ADMINISTRATOR
            and any(w in a.name.lower() for w in _GENERAL)
        ),
        None,
    )
