"""What a layout reads of a map, as protocols: a :class:`models.Case`, or the plain items of
a map file the lean reader decoded (:mod:`models.leanmap`), which ``krachtenveld layout``
lays out without building the case (issue 14: the command at 2,000 actors)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from models.enums import ActorKind, Practice, RelationKind, Sphere, default_sphere

__all__ = ["ActorLike", "MapLike", "effective_sphere"]


class PointLike(Protocol):
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...


class ActorLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> ActorKind: ...
    @property
    def sphere(self) -> Sphere | None: ...
    @property
    def organisation(self) -> str: ...
    @property
    def position(self) -> PointLike | None: ...


class TieLike(Protocol):
    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def kind(self) -> RelationKind: ...
    @property
    def practice(self) -> Practice: ...


class MandateLike(Protocol):
    @property
    def grantor(self) -> str: ...
    @property
    def holder(self) -> str: ...
    @property
    def practice(self) -> Practice: ...


class OrganisationLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def collapsed(self) -> bool: ...


class MapLike(Protocol):
    """The sections of a map a force or hierarchy layout reads."""

    @property
    def actors(self) -> Collection[ActorLike]: ...
    @property
    def relationships(self) -> Collection[TieLike]: ...
    @property
    def mandates(self) -> Collection[MandateLike]: ...
    @property
    def organisations(self) -> Collection[OrganisationLike]: ...


def effective_sphere(actor: ActorLike) -> Sphere:
    """:attr:`models.Actor.effective_sphere` of any :class:`ActorLike`."""
    return actor.sphere if actor.sphere is not None else default_sphere(actor.kind)
