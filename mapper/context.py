"""What every check gets: the filtered graphs, the reference date and the mandate authority."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from mapper.findings import Text
from mapper.graph import CaseGraphs, build_graphs
from models import ActorKind, Case, Mandate, Practice, Role

if TYPE_CHECKING:
    from mapper.authority import Authority

__all__ = ["Context"]


@dataclass
class Context:
    """The input of one analysis, shared by all checks (graphs are built once)."""

    graphs: CaseGraphs
    as_of: date
    as_of_given: bool = True
    notes: list[Text] = field(default_factory=list)

    @classmethod
    def of(
        cls, case: Case, *, practice: Practice | None = None, without: Iterable[str] = ()
    ) -> Context:
        """The context for analysing ``case``; mandates are judged on ``case.info.as_of``
        (today when the case names no date)."""
        graphs = build_graphs(case, practice=practice, without=without)
        as_of = case.info.as_of
        return cls(graphs, as_of or date.today(), as_of is not None)

    @cached_property
    def authority(self) -> Authority:
        """Who effectively holds which power, and what is wrong with each mandate."""
        from mapper.authority import Authority

        return Authority.of(self.graphs, self.as_of)

    @cached_property
    def mandates_by_power(self) -> dict[str, list[Mandate]]:
        """The mandates of each power category, in map order."""
        found: dict[str, list[Mandate]] = {}
        for m in self.graphs.mandates:
            found.setdefault(m.power, []).append(m)
        return found

    @cached_property
    def mandates_into(self) -> dict[tuple[str, str], list[Mandate]]:
        """The mandates each actor received, per power: ``(holder, power) -> mandates``."""
        found: dict[tuple[str, str], list[Mandate]] = {}
        for m in self.graphs.mandates:
            found.setdefault((m.holder, m.power), []).append(m)
        return found

    @cached_property
    def order(self) -> dict[str, int]:
        """Position of each actor on the map (for deterministic tie-breaks)."""
        return {actor_id: i for i, actor_id in enumerate(self.graphs.actors)}

    @cached_property
    def case_handlers(self) -> tuple[str, ...]:
        """Actors with the case-handler role, plus every need's handler."""
        g = self.graphs
        ids = [a.id for a in g.actors.values() if Role.CASE_HANDLER in a.roles]
        ids += [n.handler for n in g.needs if n.handler is not None]
        return tuple(dict.fromkeys(ids))

    @cached_property
    def administrators(self) -> tuple[str, ...]:
        """Actors of kind administrator (bestuurders)."""
        return tuple(a.id for a in self.graphs.actors.values() if a.kind == ActorKind.ADMINISTRATOR)

    @cached_property
    def key_actors(self) -> tuple[str, ...]:
        """The intent owner and the case handlers: the actors the case cannot do without."""
        owner = self.graphs.info.intent_owner
        ids = ([owner] if owner else []) + list(self.case_handlers)
        return tuple(dict.fromkeys(ids))

    def notes_add(self, en: str, nl: str) -> None:
        """Add a note (English, Dutch) to the analysis."""
        self.notes.append(Text(en, nl))

    def of_kind(self, *kinds: ActorKind) -> tuple[str, ...]:
        """Actor ids of the given kinds, in map order."""
        return tuple(a.id for a in self.graphs.actors.values() if a.kind in kinds)
