"""What every check gets: the filtered graphs, the reference date and the mandate authority."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from mapper.findings import Text
from mapper.graph import CaseGraphs, build_graphs
from models import ActorKind, Agreement, Case, Need, Practice, Role

if TYPE_CHECKING:
    from mapper.authority import Authority
    from mapper.legal import LegalMap

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

        return Authority.of(self.graphs, self.as_of, self.legal)

    @cached_property
    def legal(self) -> LegalMap:
        """Powers, organisations, hierarchy and mandates, indexed once for every legal rule."""
        from mapper.legal import LegalMap

        return LegalMap(self.graphs)

    @cached_property
    def in_practice_ids(self) -> frozenset[str]:
        """The ids of the mandates of the analysed practice."""
        return frozenset(m.id for m in self.graphs.mandates)

    @cached_property
    def mandate_order(self) -> dict[str, int]:
        """Position of each mandate on the map."""
        return {m.id: i for i, m in enumerate(self.graphs.all_mandates)}

    @cached_property
    def needs_by_handler_key(self) -> dict[tuple[str, str], list[Need]]:
        """The needs per (handler, power reference), and per (handler, category)."""
        found: dict[tuple[str, str], list[Need]] = {}
        legal = self.legal
        for n in self.graphs.needs:
            if n.handler is None:
                continue
            key = str(n.power)
            for k in dict.fromkeys((key, *legal.covered(key), str(legal.category(key)))):
                found.setdefault((n.handler, k), []).append(n)
        return found

    def agreements_by_cover(self, keys: Iterable[str]) -> list[Agreement]:
        """Agreements whose ``covers`` names one of ``keys``, in map order."""
        index = self._agreement_index
        ids: dict[str, None] = {}
        for k in keys:
            for i in index.get(k, ()):
                ids[i] = None
        by_id = {a.id: a for a in self.graphs.agreements}
        return [by_id[i] for i in sorted(ids, key=self._agreement_order.__getitem__)]

    @cached_property
    def _agreement_index(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for a in self.graphs.agreements:
            for k in a.covers:
                found.setdefault(str(k), []).append(a.id)
        return found

    @cached_property
    def _agreement_order(self) -> dict[str, int]:
        return {a.id: i for i, a in enumerate(self.graphs.agreements)}

    def sorted_actors(self, ids: Iterable[str]) -> list[str]:
        """``ids`` in map order."""
        return sorted(ids, key=self.order.__getitem__)

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
    def addressee(self) -> str | None:
        """The college the advice note is addressed to (:func:`mapper.addressee.addressed_college`):
        the one body a remedy may have act ("Laat …"); any other is asked ("Vraag … te …")."""
        from mapper.addressee import addressed_college

        return addressed_college(self.graphs.actors.values())

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
