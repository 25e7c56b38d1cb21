"""A case as graphs: the filtered entities plus networkx views built once per analysis.

:func:`build_graphs` applies the practice filter (relationships and mandates of that
practice plus ``both``) and the what-if removals (``without``: actor, relationship or
mandate ids), and returns a :class:`CaseGraphs` whose graph views are built lazily and cached.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Relationship, RelationKind, Practice
>>> case = Case.from_parts(
...     CaseInfo("t"),
...     [Actor("a", "A"), Actor("b", "B"), Actor("c", "C")],
...     [Relationship("r1", "a", "b", RelationKind.SIGNAL),
...      Relationship("r2", "b", "c", RelationKind.SIGNAL, practice=Practice.MAATWERK)],
... )
>>> g = build_graphs(case, practice=Practice.ROUTINE)
>>> sorted(g.ties.edges())
[('a', 'b')]
>>> sorted(build_graphs(case, without=["b"]).ties.nodes())
['a', 'c']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

import networkx as nx

from mapper.names import Name
from models import (
    Actor,
    Agreement,
    Case,
    CaseInfo,
    Deviation,
    Mandate,
    Need,
    Organisation,
    Power,
    Practice,
    RelationKind,
    Relationship,
    Rule,
)

__all__ = [
    "INFO_LINE_KINDS",
    "SIGNAL_KINDS",
    "CaseGraphs",
    "build_graphs",
    "in_practice",
]

# Relationship kinds along which information travels towards someone who can act.
# Hierarchy is read upwards (the managed person informs the manager).
SIGNAL_KINDS: frozenset[RelationKind] = frozenset(
    {
        RelationKind.SIGNAL,
        RelationKind.ESCALATION,
        RelationKind.ACCOUNTABILITY,
        RelationKind.FEEDBACK,
        RelationKind.COLLABORATION,
        RelationKind.HIERARCHY,
    }
)
# Lines along which a mandate holder informs or answers to the grantor (Awb 10:6).
INFO_LINE_KINDS: frozenset[RelationKind] = frozenset(
    {
        RelationKind.ACCOUNTABILITY,
        RelationKind.SIGNAL,
        RelationKind.ESCALATION,
        RelationKind.FEEDBACK,
        RelationKind.HIERARCHY,
    }
)

# An analysis names the same actors hundreds of times (every finding, in both languages), and
# the checks of a map's many analyses in one process (the app, the casebook, the trend) the
# same actors again: a name is made once per name, kind and properness. A Name is never
# changed once made (mapper.names), so one object can serve every caller.
_name_of = lru_cache(maxsize=32768)(Name.of)


def in_practice(item_practice: Practice, practice: Practice | None) -> bool:
    """Whether an item of ``item_practice`` takes part when analysing ``practice``.

    Examples
    --------
    >>> in_practice(Practice.BOTH, Practice.ROUTINE)
    True
    >>> in_practice(Practice.MAATWERK, Practice.ROUTINE)
    False
    >>> in_practice(Practice.MAATWERK, None)
    True
    """
    if practice is None or practice == Practice.BOTH:
        return True
    return item_practice in (practice, Practice.BOTH)


@dataclass
class CaseGraphs:
    """The entities that take part in one analysis, with graph views built on demand."""

    info: CaseInfo
    actors: dict[str, Actor]
    relationships: tuple[Relationship, ...]
    mandates: tuple[Mandate, ...]
    needs: tuple[Need, ...]
    practice: Practice | None = None
    self_loops: tuple[Relationship, ...] = ()
    kinds_on_map: frozenset[RelationKind] = frozenset()  # kinds in the whole case, unfiltered
    # Legal validity never depends on the practice: the mandates of every practice (without
    # the what-if removals), and the powers, organisations and agreements of the case.
    all_mandates: tuple[Mandate, ...] = ()
    organisations: dict[str, Organisation] = field(default_factory=dict)
    powers: dict[str, Power] = field(default_factory=dict)
    agreements: tuple[Agreement, ...] = ()
    rules: tuple[Rule, ...] = ()
    deviations: tuple[Deviation, ...] = ()
    # What-if: actors taken off the map leave the network, but their posts stay in law: a
    # mandate is granted to and by the office, not the person, so the sub-mandates granted
    # under it stay in force (Awb 10:8: until revoked). The legal map keeps them as offices.
    vacant: dict[str, Actor] = field(default_factory=dict)
    office_mandates: tuple[Mandate, ...] = ()  # mandates to or from a vacant post
    _flows: dict[tuple[frozenset[RelationKind], bool], nx.DiGraph] = field(
        default_factory=dict, repr=False
    )
    # each actor's name once per analysis: the checks and the texts ask hundreds of times
    _names: dict[str | None, Name] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def name(self, actor_id: str | None) -> Name:
        """The display name of an actor (its id when the name is empty or it is absent); in
        Dutch running text a role takes its article (:class:`mapper.names.Name`)."""
        named = self._names.get(actor_id)
        if named is None:
            named = self._names[actor_id] = self._named(actor_id)
        return named

    def _named(self, actor_id: str | None) -> Name:
        """:meth:`name`, made once per actor and analysis (issue 15, map21)."""
        if actor_id is None:
            return _name_of("?")
        # a vacant post (what-if) is still named by its office, never by its id
        actor = self.actors.get(actor_id) or self.vacant.get(actor_id)
        if actor is None or not actor.name.strip():
            return _name_of(actor_id)
        # an actor that bears its organisation's name is a proper name (jurist L4)
        org = self.organisations.get(actor.organisation) if actor.organisation else None
        return _name_of(actor.name, actor.kind, proper=org is not None and org.name == actor.name)

    def organisation_name(self, org_id: str | None) -> str:
        """The name of an organisation id (the id when unknown, "" for none)."""
        if not org_id:
            return ""
        org = self.organisations.get(org_id)
        return org.name if org is not None else org_id

    def names(self, actor_ids: Iterable[str], sep: str = ", ") -> str:
        """Display names joined with ``sep``."""
        return sep.join(self.name(a) for a in actor_ids)

    @cached_property
    def ties(self) -> nx.Graph:
        """Every relationship as an undirected, unweighted tie (no self-loops)."""
        graph = nx.Graph()
        graph.add_nodes_from(self.actors)
        graph.add_edges_from((r.source, r.target) for r in self.relationships)
        return graph

    @cached_property
    def relations(self) -> nx.MultiDiGraph:
        """Every relationship as a directed edge keyed by its id (attributes kind, level)."""
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.actors)
        for r in self.relationships:
            graph.add_edge(r.source, r.target, key=r.id, kind=r.kind, level=r.level)
        return graph

    @cached_property
    def mandate_graph(self) -> nx.MultiDiGraph:
        """Mandates as grantor -> holder edges keyed by mandate id."""
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.actors)
        for m in self.mandates:
            graph.add_edge(m.grantor, m.holder, key=m.id, power=m.power)
        return graph

    def flow(self, kinds: Iterable[RelationKind], *, hierarchy_up: bool = True) -> nx.DiGraph:
        """A simple directed graph of the relationships of ``kinds`` along which things travel.

        Collaboration runs both ways. Hierarchy runs from the managed actor up to the manager
        when ``hierarchy_up`` (information and escalation go up the line), else downwards.
        Each edge keeps the id of one relationship that carries it (``rel``).
        """
        wanted = frozenset(kinds)
        cache_key = (wanted, hierarchy_up)
        cached = self._flows.get(cache_key)
        if cached is not None:
            return cached
        graph = nx.DiGraph()
        graph.add_nodes_from(self.actors)
        for r in self.relationships:
            if r.kind not in wanted:
                continue
            if r.kind == RelationKind.COLLABORATION:
                graph.add_edge(r.source, r.target, rel=r.id)
                graph.add_edge(r.target, r.source, rel=r.id)
            elif r.kind == RelationKind.HIERARCHY and hierarchy_up:
                graph.add_edge(r.target, r.source, rel=r.id)
            else:
                graph.add_edge(r.source, r.target, rel=r.id)
        self._flows[cache_key] = graph
        return graph

    def flow_back(self, kinds: Iterable[RelationKind], *, hierarchy_up: bool = True) -> nx.DiGraph:
        """A fresh, attribute-free reversal of :meth:`flow` (callers may add edges to it)."""
        forward = self.flow(kinds, hierarchy_up=hierarchy_up)
        back = nx.DiGraph()
        back.add_nodes_from(forward)
        back.add_edges_from((v, u) for u, v in forward.edges())
        return back

    def release(self) -> None:
        """Free the graphs built so far when this object goes, not when the cycle collector
        comes round (:func:`release_graph`); they are built again if asked for."""
        for name in ("ties", "relations", "mandate_graph"):
            graph = self.__dict__.pop(name, None)
            if graph is not None:
                release_graph(graph)
        for graph in self._flows.values():
            release_graph(graph)
        self._flows.clear()

    @cached_property
    def trust(self) -> dict[tuple[str, str], int]:
        """Trust level per (truster, trusted) pair; the lowest when a pair has several."""
        levels: dict[tuple[str, str], int] = {}
        for r in self.relationships:
            if r.kind == RelationKind.TRUST:
                key = (r.source, r.target)
                levels[key] = min(levels.get(key, r.level), r.level)
        return levels

    @cached_property
    def trust_relationships(self) -> dict[tuple[str, str], str]:
        """The id of a trust relationship per (truster, trusted) pair."""
        return {
            (r.source, r.target): r.id for r in self.relationships if r.kind == RelationKind.TRUST
        }


def release_graph(graph: nx.Graph) -> None:
    """Break the reference cycle a networkx graph keeps: the views it caches (``nodes``,
    ``edges``, ``degree``, ``adj``, ...) refer back to the graph, so a graph that was looked
    at is freed only by the cycle collector (17 graphs of a 2,000-actor analysis lingered
    until it came round). Without them the graph goes with its last reference; a view is
    built again when asked for.

    >>> g = nx.path_graph(3)
    >>> len(g.edges), "edges" in vars(g)
    (2, True)
    >>> release_graph(g)
    >>> "edges" in vars(g), len(g.edges)
    (False, 2)
    """
    cls = type(graph)
    for name in [k for k in vars(graph) if isinstance(getattr(cls, k, None), cached_property)]:
        del graph.__dict__[name]


def build_graphs(
    case: Case, *, practice: Practice | None = None, without: Iterable[str] = ()
) -> CaseGraphs:
    """Collect the entities of ``case`` that take part in an analysis.

    ``without`` may name actors (they leave with their relationships and mandates, and stop
    handling needs; their posts stay in law, see :attr:`CaseGraphs.vacant`), relationships and
    mandates (they are cut). Unknown ids are ignored.
    """
    gone = set(without)
    actors = {a.id: a for a in case.actors if a.id not in gone}
    rels: list[Relationship] = []
    loops: list[Relationship] = []
    for r in case.relationships:
        if r.id in gone or r.source not in actors or r.target not in actors:
            continue
        if not in_practice(r.practice, practice):
            continue
        (loops if r.source == r.target else rels).append(r)
    all_mandates = tuple(
        m for m in case.mandates if m.id not in gone and m.grantor in actors and m.holder in actors
    )
    mandates = tuple(m for m in all_mandates if in_practice(m.practice, practice))
    vacant = {a.id: a for a in case.actors if a.id in gone}
    posts = actors.keys() | vacant.keys()
    office_mandates = tuple(
        m
        for m in case.mandates
        if m.id not in gone
        and (m.grantor in vacant or m.holder in vacant)
        and m.grantor in posts
        and m.holder in posts
    )
    needs = tuple(
        n if n.handler is None or n.handler in actors else _without_handler(n)
        for n in case.needs
        if n.id not in gone
    )
    info = case.info
    if info.intent_owner is not None and info.intent_owner not in actors:
        info = replace(info, intent_owner=None)
    return CaseGraphs(
        info=info,
        actors=actors,
        relationships=tuple(rels),
        mandates=mandates,
        needs=needs,
        practice=practice,
        self_loops=tuple(loops),
        kinds_on_map=frozenset(r.kind for r in case.relationships),
        all_mandates=all_mandates,
        organisations={o.id: o for o in case.organisations},
        powers={p.id: p for p in case.powers if p.id not in gone},
        agreements=tuple(a for a in case.agreements if a.id not in gone),
        # the rules of the analysed practice; the register records custom decisions, so its
        # deviations take part wherever the custom practice does
        rules=tuple(
            r for r in case.rules if r.id not in gone and in_practice(r.practice, practice)
        ),
        deviations=tuple(
            d
            for d in case.deviations
            if d.id not in gone and in_practice(Practice.MAATWERK, practice)
        ),
        vacant=vacant,
        office_mandates=office_mandates,
    )


def _without_handler(need: Need) -> Need:
    return replace(need, handler=None)
