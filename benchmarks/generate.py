"""Realistic synthetic cases for benchmarks and tests, deterministic by seed.

A case is built from organisations: municipalities (council, mayor, aldermen, executive
board, directors, managers, team leads, frontline professionals), partner organisations,
oversight bodies, citizens and the press. Ties follow the domain: hierarchy trees inside an
organisation, accountability upwards, mandate chains from the executive board down with
sub-mandates, signals from citizens and partners to professionals and up the line, trust in
both directions, collaboration across organisations, escalation and feedback. About four
relationships (including mandates) per actor.

Examples
--------
>>> case = generate_case(50, seed=1)
>>> len(case.actors), 150 <= len(case.relationships) + len(case.mandates) <= 250
(50, True)
"""

from __future__ import annotations

import argparse
import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Instrument,
    Mandate,
    Need,
    Position,
    PowerCategory,
    Practice,
    RelationKind,
    Relationship,
    Role,
    Scope,
    Urgency,
)
from models.legacy import assemble

__all__ = ["SIZES", "generate_case", "main"]

SIZES: tuple[int, ...] = (50, 200, 1_000, 5_000, 20_000)

_PRACTICES = (Practice.BOTH, Practice.BOTH, Practice.ROUTINE, Practice.MAATWERK)
_BOARD_POWERS = (
    PowerCategory.DEVIATE_FROM_RULE, PowerCategory.SPEND_BUDGET, PowerCategory.SET_RULES,
    PowerCategory.SUSPEND_ROUTINE,
)  # fmt: skip
_NEED_POWERS = (
    PowerCategory.DEVIATE_FROM_RULE, PowerCategory.SPEND_BUDGET, PowerCategory.PUSH_THROUGH,
)  # fmt: skip
_PARTNERS = ("Woningcorporatie", "Zorgaanbieder", "GGD", "UWV", "Politie", "Schuldhulp")


@dataclass
class _Builder:
    rng: np.random.Generator
    actors: list[Actor] = field(default_factory=list)
    rels: list[Relationship] = field(default_factory=list)
    mandates: list[Mandate] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    held: dict[str, tuple[PowerCategory, ...]] = field(default_factory=dict)
    made_rels: int = 0  # ids stay unique after a tiny size trims relationships

    def actor(
        self,
        kind: ActorKind,
        name: str,
        org: str,
        powers: tuple[PowerCategory, ...] = (),
        **extra: object,
    ) -> str:
        aid = f"a{len(self.actors) + 1}"
        if powers:
            self.held[aid] = powers
        hi = kind in (ActorKind.ADMINISTRATOR, ActorKind.COUNCIL, ActorKind.EXECUTIVE)
        influence = int(self.rng.integers(3, 6) if hi else self.rng.integers(0, 4))
        interest = int(self.rng.integers(0, 6))
        stance = int(self.rng.integers(-2, 3))
        self.actors.append(
            Actor(
                aid,
                name,
                kind=kind,
                organisation=org,
                influence=influence,
                interest=interest,
                stance=stance,
                **extra,  # type: ignore[arg-type]
            )
        )
        return aid

    def rel(self, s: str, t: str, kind: RelationKind, level: int = 1) -> None:
        if s == t:
            return
        practice = _PRACTICES[int(self.rng.integers(len(_PRACTICES)))]
        self.made_rels += 1
        rid = f"r{self.made_rels}"
        self.rels.append(Relationship(rid, s, t, kind, level=level, practice=practice))

    def mandate(self, grantor: str, holder: str, power: PowerCategory, sub: bool) -> None:
        mid = f"m{len(self.mandates) + 1}"
        instrument = Instrument.MANDATE if self.rng.random() < 0.9 else Instrument.SIGNING
        until = date(2027, 12, 31) if self.rng.random() < 0.8 else date(2024, 1, 1)
        spend = power is PowerCategory.SPEND_BUDGET
        budget = float(self.rng.integers(1, 50) * 1000) if spend else None
        self.mandates.append(
            Mandate(
                mid,
                grantor,
                holder,
                power,
                instrument=instrument,
                scope=Scope.GENERAL if self.rng.random() < 0.8 else Scope.CASE,
                budget=budget,
                sub_mandate_levels=1 if sub else 0,
                in_writing=self.rng.random() < 0.9,
                valid_from=date(2023, 1, 1),
                valid_until=until,
            )
        )


def _municipality(b: _Builder, k: int, professionals: int) -> dict[str, list[str]]:
    org = f"Gemeente {k + 1}"
    r = b.rng
    council = b.actor(ActorKind.COUNCIL, f"Gemeenteraad {k + 1}", org)
    board = b.actor(
        ActorKind.ADMINISTRATOR,
        f"College B&W {k + 1}",
        org,
        powers=_BOARD_POWERS,
    )
    mayor = b.actor(ActorKind.ADMINISTRATOR, f"Burgemeester {k + 1}", org)
    aldermen = [b.actor(ActorKind.ADMINISTRATOR, f"Wethouder {k + 1}.{i}", org) for i in (1, 2)]
    directors = [b.actor(ActorKind.EXECUTIVE, f"Directeur {k + 1}.{i}", org) for i in (1, 2)]
    managers: list[str] = []
    leads: list[str] = []
    pros: list[str] = []
    for d, director in enumerate(directors):
        for m in range(2):
            manager = b.actor(ActorKind.MANAGER, f"Manager {k + 1}.{d}.{m}", org)
            managers.append(manager)
            b.rel(director, manager, RelationKind.HIERARCHY)
            lead = b.actor(
                ActorKind.MANAGER, f"Teamleider {k + 1}.{d}.{m}", org, roles=(Role.TRIAGE,)
            )
            leads.append(lead)
            b.rel(manager, lead, RelationKind.HIERARCHY)
    for p in range(professionals):
        lead = leads[p % len(leads)]
        pro = b.actor(
            ActorKind.PROFESSIONAL, f"Consulent {k + 1}.{p}", org, roles=(Role.CASE_HANDLER,)
        )
        pros.append(pro)
        b.rel(lead, pro, RelationKind.HIERARCHY)
        if r.random() < 0.5:
            b.rel(pro, lead, RelationKind.SIGNAL)
        if r.random() < 0.3:
            b.rel(pro, lead, RelationKind.ESCALATION)
    for person in (mayor, *aldermen):
        b.rel(person, council, RelationKind.ACCOUNTABILITY)
        b.rel(board, person, RelationKind.COLLABORATION)
    for director in directors:
        b.rel(director, board, RelationKind.ACCOUNTABILITY)
        b.rel(aldermen[0], director, RelationKind.TRUST, level=int(r.integers(-1, 3)))
        # mandate chain with sub-mandates: board -> director -> manager -> lead -> professional
        b.mandate(board, director, PowerCategory.DEVIATE_FROM_RULE, sub=True)
        b.mandate(board, director, PowerCategory.SPEND_BUDGET, sub=r.random() < 0.7)
    for i, manager in enumerate(managers):
        director = directors[i // 2]
        b.mandate(director, manager, PowerCategory.DEVIATE_FROM_RULE, sub=r.random() < 0.8)
        b.rel(manager, director, RelationKind.ACCOUNTABILITY)
        b.mandate(manager, leads[i], PowerCategory.DEVIATE_FROM_RULE, sub=r.random() < 0.5)
    for pro in pros:
        if r.random() < 0.15:
            b.mandate(
                leads[int(r.integers(len(leads)))], pro, PowerCategory.DEVIATE_FROM_RULE, sub=False
            )
    b.rel(council, board, RelationKind.FEEDBACK)
    return {
        "top": [board, mayor, *aldermen, council],
        "mid": directors + managers + leads,
        "pros": pros,
    }


_OUTSIDERS = (
    [ActorKind.PARTNER] * 6 + [ActorKind.CITIZEN] * 3 + [ActorKind.OVERSIGHT, ActorKind.MEDIA]
)


def _outsider(b: _Builder, partner_orgs: list[str], k: int) -> str:
    """A partner, citizen, ombudsman or journalist near municipality ``k``."""
    kind = _OUTSIDERS[int(b.rng.integers(len(_OUTSIDERS)))]
    i = len(b.actors) + 1
    if kind is ActorKind.PARTNER:
        org = partner_orgs[(2 * k + int(b.rng.integers(3))) % len(partner_orgs)]
        return b.actor(kind, f"Medewerker {org} {i}", org)
    if kind is ActorKind.CITIZEN:
        return b.actor(kind, f"Inwoner {i}", "")
    if kind is ActorKind.OVERSIGHT:
        return b.actor(kind, f"Ombudsman {i}", "Ombudsman")
    return b.actor(kind, f"Redactie {i}", "Pers")


def generate_case(n_actors: int, *, seed: int = 0, per_actor: float = 4.0) -> Case:
    """A synthetic case with ``n_actors`` actors and about ``per_actor`` ties per actor."""
    rng = np.random.default_rng(seed)
    b = _Builder(rng)
    block = 40  # actors per municipality, including its partners, citizens and press
    n_muni = max(1, n_actors // block)
    pros_per = max(2, int(block * 0.45))
    partner_orgs = [
        f"{_PARTNERS[i % len(_PARTNERS)]} {i // len(_PARTNERS) + 1}"
        for i in range(max(1, n_muni * 2))
    ]
    munis: list[dict[str, list[str]]] = []
    extra: list[tuple[str, int]] = []  # (actor id, municipality it deals with)
    for k in range(n_muni):
        if len(b.actors) >= n_actors:
            break
        munis.append(_municipality(b, k, pros_per))
        quota = min((k + 1) * block, n_actors) if k < n_muni - 1 else n_actors
        while len(b.actors) < quota:
            extra.append((_outsider(b, partner_orgs, k), k))
    # trim: a tiny size may overshoot inside the first municipality
    del b.actors[n_actors:]
    alive = {a.id for a in b.actors}
    b.rels = [r for r in b.rels if r.source in alive and r.target in alive]
    b.mandates = [m for m in b.mandates if m.grantor in alive and m.holder in alive]
    everyone = [a.id for a in b.actors]
    kind_of = {a.id: a.kind for a in b.actors}
    for aid, k in extra:
        # mostly the own municipality, sometimes a neighbouring one
        m = munis[(k + int(rng.integers(-1, 2))) % len(munis)] if rng.random() < 0.2 else munis[k]
        pros = [p for p in m["pros"] if p in alive] or everyone
        mid = [p for p in m["mid"] if p in alive] or everyone
        pro = pros[int(rng.integers(len(pros)))]
        if kind_of[aid] is ActorKind.CITIZEN:
            b.rel(aid, pro, RelationKind.SIGNAL)
            b.rel(aid, pro, RelationKind.TRUST, level=int(rng.integers(-2, 3)))
        elif kind_of[aid] is ActorKind.PARTNER:
            b.rel(aid, pro, RelationKind.COLLABORATION)
            b.rel(aid, mid[int(rng.integers(len(mid)))], RelationKind.SIGNAL)
        else:
            b.rel(mid[int(rng.integers(len(mid)))], aid, RelationKind.ACCOUNTABILITY)
    all_pros = [p for m in munis for p in m["pros"] if p in alive] or everyone
    # fill up to the target with mostly local ties (same neighbourhood of ids)
    ids = [a.id for a in b.actors]
    n = len(ids)
    target = int(per_actor * n)
    kinds = (
        RelationKind.TRUST,
        RelationKind.COLLABORATION,
        RelationKind.SIGNAL,
        RelationKind.FEEDBACK,
        RelationKind.ESCALATION,
    )
    while n > 1 and len(b.rels) + len(b.mandates) < target:
        s = int(rng.integers(n))
        far = rng.random() < 0.04
        t = int(rng.integers(n)) if far else (s + int(rng.integers(-block, block + 1))) % n
        kind = kinds[int(rng.integers(len(kinds)))]
        b.rel(ids[s], ids[t], kind, level=int(rng.integers(-2, 3)))
    for k in range(max(1, n // 20)):
        handler = all_pros[int(rng.integers(len(all_pros)))] if rng.random() < 0.85 else None
        b.needs.append(
            Need(
                f"n{k + 1}",
                f"Besluit {k + 1}",
                power=_NEED_POWERS[k % 3],
                budget=float(rng.integers(1, 30) * 500) if k % 3 == 1 else None,
                handler=handler,
                urgency=(Urgency.LOW, Urgency.MEDIUM, Urgency.HIGH)[k % 3],
            )
        )
    side = max(1, int(np.ceil(np.sqrt(n))))
    placed = [
        dataclasses.replace(a, position=Position(150.0 * (i % side), 90.0 * (i // side)))
        for i, a in enumerate(b.actors)
    ]
    info = CaseInfo(
        f"Synthetisch {n_actors}",
        intent="Doen wat nodig is",
        as_of=date(2026, 6, 1),
        intent_owner=munis[0]["top"][0] if munis and munis[0]["top"][0] in alive else None,
    )
    alive_ids = {a.id for a in placed}
    held = {a: p for a, p in b.held.items() if a in alive_ids}
    return assemble(info, placed, b.rels, b.mandates, b.needs, held=held)


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.generate SIZE OUT.kvmap [--seed N]``"""
    from models.fileformat import save

    parser = argparse.ArgumentParser(description="Write a synthetic .kvmap case.")
    parser.add_argument("size", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    save(generate_case(args.size, seed=args.seed), args.out, backup=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
