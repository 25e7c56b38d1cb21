"""Map structures that stress the analysis differently from the synthetic case.

The synthetic case (:mod:`benchmarks.generate`) is a realistic mix: many small municipalities,
short chains, about four ties per actor. Real maps can look very different, and an algorithm
that is linear on the synthetic case can still blow up on one of these:

- ``flat``: one organisation, one manager above thousands of civil servants, one mandate each;
- ``mandate-chain-50`` / ``-500``: sub-mandate chains that deep (every member handles cases);
- ``hierarchy-chain-50`` / ``-500``: lines of command that deep (every member handles cases);
- ``hubs``: a scale-free map (Barabási–Albert, two ties per new actor);
- ``trust-cliques``: teams of eight who all trust each other, both ways;
- ``parallel``: eight ties between every connected pair (all kinds, trust both ways);
- ``needs``: the synthetic case with hundreds of needs more;
- ``random``: an Erdős–Rényi map with four ties per actor on average;
- ``snapshots``: the synthetic case with 200 snapshots, each one actor's stance later (its
  cost is in reading the map, ``read_ratio``, not in the analysis).

Every structure has an executive board with powers at the top, case handlers, trust and
needs, so every check has something to do. Deterministic by seed.

Examples
--------
>>> case = build("flat", 200, seed=1)
>>> len(case.actors), len(case.mandates) >= 190
(200, True)
>>> sorted(STRUCTURES)[:3]
['flat', 'hierarchy-chain-50', 'hierarchy-chain-500']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from benchmarks.generate import _BOARD_POWERS, _Builder, generate_case
from models import (
    ActorKind,
    Case,
    CaseInfo,
    Need,
    Position,
    PowerCategory,
    RelationKind,
    Role,
    Urgency,
)
from models.legacy import assemble

__all__ = ["STRUCTURES", "build"]

K = RelationKind
_NEED_POWERS = (
    PowerCategory.DEVIATE_FROM_RULE, PowerCategory.SPEND_BUDGET, PowerCategory.PUSH_THROUGH,
)  # fmt: skip
_MIXED = (K.TRUST, K.COLLABORATION, K.SIGNAL, K.FEEDBACK, K.ESCALATION)


def _top(b: _Builder, org: str = "Gemeente") -> tuple[str, str]:
    council = b.actor(ActorKind.COUNCIL, "Gemeenteraad", org)
    board = b.actor(ActorKind.ADMINISTRATOR, "College B&W", org, powers=_BOARD_POWERS)
    b.rel(board, council, K.ACCOUNTABILITY)
    b.rel(council, board, K.FEEDBACK)
    return board, council


def _pro(b: _Builder, name: str, org: str = "Gemeente") -> str:
    return b.actor(ActorKind.PROFESSIONAL, name, org, roles=(Role.CASE_HANDLER,))


def _needs(b: _Builder, handlers: list[str], count: int) -> None:
    rng = b.rng
    for k in range(count):
        b.needs.append(
            Need(
                f"n{len(b.needs) + 1}",
                f"Besluit {len(b.needs) + 1}",
                power=_NEED_POWERS[k % 3],
                budget=float(rng.integers(1, 30) * 500) if k % 3 == 1 else None,
                handler=handlers[int(rng.integers(len(handlers)))] if handlers else None,
                urgency=(Urgency.LOW, Urgency.MEDIUM, Urgency.HIGH)[k % 3],
                organisations=("Gemeente", "Woningcorporatie") if k % 7 == 0 else (),
            )
        )


def _finish(b: _Builder, title: str, owner: str | None) -> Case:
    n = len(b.actors)
    side = max(1, int(np.ceil(np.sqrt(n))))
    placed = [
        dataclasses.replace(a, position=Position(150.0 * (i % side), 90.0 * (i // side)))
        for i, a in enumerate(b.actors)
    ]
    info = CaseInfo(title, intent="Doen wat nodig is", as_of=date(2026, 6, 1), intent_owner=owner)
    alive = {a.id for a in placed}
    held = {a: p for a, p in b.held.items() if a in alive}
    return assemble(info, placed, b.rels, b.mandates, b.needs, held=held)


def _trust(b: _Builder, a: str, c: str) -> None:
    b.rel(a, c, K.TRUST, level=int(b.rng.integers(-1, 3)))


def flat(n: int, seed: int) -> Case:
    """A board, one manager and n - 3 civil servants with one mandate each."""
    b = _Builder(np.random.default_rng(seed))
    board, _ = _top(b)
    manager = b.actor(ActorKind.MANAGER, "Manager", "Gemeente", roles=(Role.TRIAGE,))
    b.rel(board, manager, K.HIERARCHY)
    b.rel(manager, board, K.ACCOUNTABILITY)
    b.mandate(board, manager, PowerCategory.DEVIATE_FROM_RULE, sub=True)
    b.mandate(board, manager, PowerCategory.SPEND_BUDGET, sub=True)
    pros: list[str] = []
    while len(b.actors) < n:
        pro = _pro(b, f"Ambtenaar {len(b.actors)}")
        pros.append(pro)
        b.rel(manager, pro, K.HIERARCHY)
        b.rel(pro, manager, K.ACCOUNTABILITY)
        b.mandate(manager, pro, PowerCategory.DEVIATE_FROM_RULE, sub=False)
        if b.rng.random() < 0.5:
            _trust(b, pro, manager)
        if b.rng.random() < 0.5:
            b.rel(pro, manager, K.SIGNAL)
    _needs(b, pros, max(1, n // 20))
    return _finish(b, f"Platte organisatie {n}", board)


def _chains(n: int, seed: int, depth: int, *, mandates: bool) -> Case:
    """Chains of ``depth`` below the board; every member a case handler."""
    b = _Builder(np.random.default_rng(seed))
    board, _ = _top(b)
    members: list[str] = []
    while len(b.actors) < n:
        above = board
        for level in range(depth):
            if len(b.actors) >= n:
                break
            kind = ActorKind.MANAGER if level < depth // 2 else ActorKind.PROFESSIONAL
            me = b.actor(kind, f"Schakel {len(b.actors)}", "Gemeente", roles=(Role.CASE_HANDLER,))
            members.append(me)
            if mandates:
                b.mandate(above, me, PowerCategory.DEVIATE_FROM_RULE, sub=True)
                b.mandate(above, me, PowerCategory.SPEND_BUDGET, sub=True)
                b.rel(me, above, K.SIGNAL)
            else:
                b.rel(above, me, K.HIERARCHY)
                b.rel(me, above, K.ACCOUNTABILITY)
            if b.rng.random() < 0.6:
                _trust(b, me, above)
            if b.rng.random() < 0.4:
                _trust(b, above, me)
            above = me
    _needs(b, members, max(1, n // 20))
    what = "Mandaatketens" if mandates else "Hiërarchieketens"
    return _finish(b, f"{what} {depth} ({n})", board)


def _edges_case(n: int, seed: int, edges: list[tuple[int, int]], title: str) -> Case:
    """Mixed actors on the given edges (random kinds), a board with mandates to a few hubs."""
    b = _Builder(np.random.default_rng(seed))
    board, _ = _top(b)
    kinds = (
        ActorKind.PROFESSIONAL,
        ActorKind.PROFESSIONAL,
        ActorKind.MANAGER,
        ActorKind.PARTNER,
        ActorKind.CITIZEN,
        ActorKind.EXECUTIVE,
    )
    ids = [board, b.actors[0].id]
    while len(ids) < n:
        kind = kinds[int(b.rng.integers(len(kinds)))]
        roles = (Role.CASE_HANDLER,) if kind is ActorKind.PROFESSIONAL else ()
        ids.append(b.actor(kind, f"Actor {len(ids)}", "Gemeente", roles=roles))
    for u, v in edges:
        tie = _MIXED[int(b.rng.integers(len(_MIXED)))]
        b.rel(ids[u], ids[v], tie, level=int(b.rng.integers(-2, 3)))
    managers = [a.id for a in b.actors if a.kind is ActorKind.MANAGER]
    for m in managers[: max(1, len(managers) // 4)]:
        b.mandate(board, m, PowerCategory.DEVIATE_FROM_RULE, sub=True)
        b.rel(board, m, K.HIERARCHY)
    handlers = [a.id for a in b.actors if Role.CASE_HANDLER in a.roles]
    _needs(b, handlers, max(1, n // 20))
    return _finish(b, title, board)


def hubs(n: int, seed: int) -> Case:
    """Barabási–Albert: each new actor ties to two existing ones, rich get richer."""
    rng = np.random.default_rng(seed)
    targets = [0, 1]
    edges: list[tuple[int, int]] = [(0, 1)]
    for v in range(2, n):
        picked = {targets[int(rng.integers(len(targets)))] for _ in range(2)}
        for u in picked:
            edges.append((v, u))
            targets += [u, v]
    return _edges_case(n, seed, edges, f"Hubs {n}")


def random_map(n: int, seed: int) -> Case:
    """Erdős–Rényi with 2n ties (four per actor)."""
    rng = np.random.default_rng(seed)
    pairs = rng.integers(n, size=(2 * n, 2))
    edges = [(int(u), int(v)) for u, v in pairs if u != v]
    return _edges_case(n, seed, edges, f"Willekeurig {n}")


def trust_cliques(n: int, seed: int, team: int = 8) -> Case:
    """Teams of ``team`` under a lead; everyone in a team trusts everyone else, both ways."""
    b = _Builder(np.random.default_rng(seed))
    board, _ = _top(b)
    handlers: list[str] = []
    while len(b.actors) < n:
        lead = b.actor(ActorKind.MANAGER, f"Teamleider {len(b.actors)}", "Gemeente")
        b.rel(board, lead, K.HIERARCHY)
        b.mandate(board, lead, PowerCategory.DEVIATE_FROM_RULE, sub=True)
        members = [lead]
        while len(members) < team and len(b.actors) < n:
            pro = _pro(b, f"Consulent {len(b.actors)}")
            b.rel(lead, pro, K.HIERARCHY)
            members.append(pro)
            handlers.append(pro)
        for x in members:
            for y in members:
                if x != y:
                    b.rel(x, y, K.TRUST, level=int(b.rng.integers(-1, 3)))
    _needs(b, handlers, max(1, n // 20))
    return _finish(b, f"Vertrouwensteams {n}", board)


def parallel(n: int, seed: int) -> Case:
    """A random tree of pairs, each pair tied eight times (every kind, trust both ways)."""
    b = _Builder(np.random.default_rng(seed))
    board, _ = _top(b)
    ids = [board]
    handlers: list[str] = []
    while len(b.actors) < n:
        pro = _pro(b, f"Consulent {len(b.actors)}")
        handlers.append(pro)
        other = ids[int(b.rng.integers(len(ids)))]
        ids.append(pro)
        for kind in RelationKind:
            b.rel(other, pro, kind, level=int(b.rng.integers(-2, 3)))
        b.rel(pro, other, K.TRUST, level=int(b.rng.integers(-2, 3)))
    _needs(b, handlers, max(1, n // 20))
    return _finish(b, f"Parallelle relaties {n}", board)


def many_needs(n: int, seed: int) -> Case:
    """The synthetic case with max(500, n / 10) needs more, on random case handlers."""
    case = generate_case(n, seed=seed)
    rng = np.random.default_rng(seed + 1)
    handlers = [a.id for a in case.actors if Role.CASE_HANDLER in a.roles]
    needs = list(case.needs)
    for k in range(max(500, n // 10)):
        needs.append(
            Need(
                f"x{k + 1}",
                f"Extra besluit {k + 1}",
                power=(*_NEED_POWERS, PowerCategory.SUSPEND_ROUTINE)[k % 4],
                budget=float(rng.integers(1, 200) * 250) if k % 4 == 1 else None,
                handler=handlers[int(rng.integers(len(handlers)))],
                organisations=("Gemeente 1", "UWV 1") if k % 5 == 0 else (),
            )
        )
    return assemble(
        case.info,
        list(case.actors),
        list(case.relationships),
        list(case.mandates),
        needs,
        organisations=list(case.organisations),
        powers=list(case.powers),
    )


SNAPSHOTS = 200  # the snapshots of "snapshots": one whole map, then one actor's stance each


def snapshots(n: int, seed: int, count: int = SNAPSHOTS) -> Case:
    """The synthetic case with ``count`` snapshots: the map as it is, then each one day later
    with one actor's stance changed, as a map kept over months holds them (rev-hostile17 F1:
    reading them cost snapshots x map size). The states share what did not change."""
    from models.fileformat import case_to_dict
    from models.timeline import Snapshot, Timeline
    from models.timeline_io import state_of

    case = generate_case(n, seed=seed)
    state = state_of(case_to_dict(case))
    day = date(2024, 1, 1)
    kept = [Snapshot("s1", day, "Start", state)]
    for k in range(2, count + 1):
        actors = list(state["actors"])
        at = k % len(actors)
        actors[at] = {**actors[at], "stance": k % 5 - 2}
        state = {**state, "actors": actors}
        kept.append(Snapshot(f"s{k}", day + timedelta(days=k - 1), f"Moment {k}", state))
    case.timeline = Timeline(kept)
    return case


STRUCTURES: dict[str, Callable[[int, int], Case]] = {
    "flat": flat,
    "mandate-chain-50": lambda n, s: _chains(n, s, 50, mandates=True),
    "mandate-chain-500": lambda n, s: _chains(n, s, 500, mandates=True),
    "hierarchy-chain-50": lambda n, s: _chains(n, s, 50, mandates=False),
    "hierarchy-chain-500": lambda n, s: _chains(n, s, 500, mandates=False),
    "hubs": hubs,
    "trust-cliques": trust_cliques,
    "parallel": parallel,
    "needs": many_needs,
    "random": random_map,
    "snapshots": snapshots,
}


def build(structure: str, n: int, *, seed: int = 0) -> Case:
    """The case of ``structure`` with ``n`` actors (``synthetic`` is the realistic mix)."""
    if structure == "synthetic":
        return generate_case(n, seed=seed)
    return STRUCTURES[structure](n, seed)
