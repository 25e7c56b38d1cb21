"""What recurs across cases: causes, blocking powers and roles, bottlenecks, steps and trends.

Every count is a number of *cases* (a cause that occurs twice in one map counts once), so "in 14
of the 30 cases" means fourteen maps. Cases are referred to by their index in the list given.

Examples
--------
>>> from mapper.casebook.record import CaseRecord, CauseRecord
>>> far = CauseRecord("power:p1", "NEED_HOLDER_FAR:deviate_from_rule", "NEED_HOLDER_FAR",
...                   "power", "deviate_from_rule", "Afwijken", "warning", 1, 3, steps=3)
>>> book = aggregate([CaseRecord("a", "", 5, (far,)), CaseRecord("b", "", 5, (far,)),
...                   CaseRecord("c", "", 5)])
>>> book.recurring[0].key, book.recurring[0].cases
('NEED_HOLDER_FAR:deviate_from_rule', (0, 1))
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from mapper.casebook.record import CaseRecord, CauseRecord

__all__ = ["FAR_STEPS", "Casebook", "Count", "Recurring", "StepCount", "TrendPoint", "aggregate"]

#: "three or more steps above the handler": further than the room-to-act checks' reach (2).
FAR_STEPS = 3


@dataclass(frozen=True, slots=True)
class Recurring:
    """One comparable cause and the cases it occurs in (``causes``: per case, the cause's id in
    that map, to open it there; ``variant`` and ``holders``: the form of its code and the roles
    of the bodies that hold the power in that form, see :class:`CauseRecord`)."""

    key: str
    code: str
    category: str
    powers: tuple[str, ...]
    cases: tuple[int, ...]
    causes: tuple[str, ...]
    first_ranked: int  # in how many of those cases it is the cause to act on first
    variant: str = ""
    holders: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Count:
    """A power, role, organisation or position and the cases it blocks in."""

    name: str
    cases: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StepCount:
    """Per power category: the cases with a decision of that category, those where the nearest
    who may take it is :data:`FAR_STEPS` or more steps from the handler, and those where nobody
    who may take it can be reached, and apart from those the cases where the decision departs
    from a rule that leaves no room for it (the power is held, but nobody may take it)."""

    category: str
    cases: tuple[int, ...]
    far: tuple[int, ...]
    unreachable: tuple[int, ...]
    #: the cases where the decision departs from a rule that leaves no room for it (N10)
    no_room: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One month (``YYYY-MM``): the cases with a snapshot (or reference date) in it and, per
    key, in how many of them the cause was there."""

    month: str
    cases: int
    keys: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Casebook:
    """The aggregate of ``cases`` analysed case records."""

    cases: int
    recurring: tuple[Recurring, ...] = ()
    powers: tuple[Count, ...] = ()
    roles: tuple[Count, ...] = ()
    organisations: tuple[Count, ...] = ()
    positions: tuple[Count, ...] = ()
    steps: tuple[StepCount, ...] = ()
    trend: tuple[TrendPoint, ...] = ()
    far_deciders: tuple[Count, ...] = ()
    partner_decisions: tuple[Count, ...] = ()
    invalid_mandates: tuple[int, ...] = ()  # the cases with a decision on a failing mandate
    #: (case, power category) where a rule excludes the mandate (twelfth jurist L9)
    excluded_mandates: tuple[tuple[int, str], ...] = ()


def aggregate(records: Sequence[CaseRecord]) -> Casebook:
    """Count what recurs over ``records`` (most cases first, then by name)."""
    return Casebook(
        cases=len(records),
        recurring=_recurring(records),
        powers=_count(
            records,
            lambda c: [c.power or c.category] if c.kind == "power" and not c.partner else [],
        ),
        partner_decisions=_count(
            records, lambda c: [c.power or c.category] if c.kind == "power" and c.partner else []
        ),
        invalid_mandates=tuple(i for i, rec in enumerate(records) if rec.invalid_mandate),
        excluded_mandates=tuple((i, c) for i, rec in enumerate(records) for c in rec.excluded),
        roles=_count(records, lambda c: c.roles),
        organisations=_count(records, lambda c: c.organisations),
        positions=_count(
            records, lambda c: c.roles[:1] if c.kind == "person" and not c.body else []
        ),
        steps=_steps(records),
        trend=_trend(records),
        far_deciders=_far_deciders(records),
    )


def _power(c: CauseRecord, *, partner: bool) -> list[str]:
    """The power a power cause names, when it is (``partner``) or is not a partner's own."""
    return [c.power or c.category] if c.kind == "power" and c.partner == partner else []


def _far_deciders(records: Sequence[CaseRecord]) -> tuple[Count, ...]:
    """The nearest who may decide, where that is :data:`FAR_STEPS` or more steps from the
    handler: "Manager Werk en Inkomen (Gemeente Rivierstad)"."""
    where: dict[str, set[int]] = defaultdict(set)
    for i, rec in enumerate(records):
        for n in rec.needs:
            if n.steps is not None and n.steps >= FAR_STEPS and n.decider:
                name = f"{n.decider} ({n.decider_org})" if n.decider_org else n.decider
                where[name].add(i)
    counts = [Count(name, tuple(sorted(cases))) for name, cases in where.items()]
    return tuple(sorted(counts, key=lambda c: (-len(c.cases), c.name.casefold())))


def _recurring(records: Sequence[CaseRecord]) -> tuple[Recurring, ...]:
    where: dict[str, dict[int, CauseRecord]] = defaultdict(dict)
    for i, rec in enumerate(records):
        for c in rec.causes:
            where[c.key].setdefault(i, c)
    out = []
    for key, found in where.items():
        first = next(iter(found.values()))
        # a form of a code (``variant``) is about the public bodies' power to deviate: not a
        # partner's own decision that the analysis gathered the finding under
        powers = tuple(
            sorted({c.power for c in found.values() if c.power and not (c.variant and c.partner)})
        )
        out.append(
            Recurring(
                key=key,
                code=first.code,
                category=first.category,
                powers=powers,
                cases=tuple(found),
                causes=tuple(c.cause for c in found.values()),
                first_ranked=sum(1 for c in found.values() if c.rank == 1),
                variant=first.variant,
                holders=tuple(sorted({h for c in found.values() for h in c.holders})),
            )
        )
    return tuple(sorted(out, key=lambda r: (-len(r.cases), -r.first_ranked, r.key)))


def _count(
    records: Sequence[CaseRecord], names: Callable[[CauseRecord], Iterable[str]]
) -> tuple[Count, ...]:
    where: dict[str, set[int]] = defaultdict(set)
    for i, rec in enumerate(records):
        for c in rec.causes:
            for name in names(c):
                if name:
                    where[name].add(i)
    counts = [Count(name, tuple(sorted(cases))) for name, cases in where.items()]
    return tuple(sorted(counts, key=lambda c: (-len(c.cases), c.name.casefold())))


def _steps(records: Sequence[CaseRecord]) -> tuple[StepCount, ...]:
    cases: dict[str, set[int]] = defaultdict(set)
    far: dict[str, set[int]] = defaultdict(set)
    unreachable: dict[str, set[int]] = defaultdict(set)
    no_room: dict[str, set[int]] = defaultdict(set)
    for i, rec in enumerate(records):
        for n in rec.needs:
            cases[n.category].add(i)
            if n.steps is None and n.no_room:
                no_room[n.category].add(i)
            elif n.steps is None:
                unreachable[n.category].add(i)
            elif n.steps >= FAR_STEPS:
                far[n.category].add(i)
    out = [
        StepCount(
            k,
            tuple(sorted(v)),
            tuple(sorted(far[k])),
            tuple(sorted(unreachable[k])),
            tuple(sorted(no_room[k])),
        )
        for k, v in cases.items()
    ]
    return tuple(
        sorted(out, key=lambda s: (-len(s.far) - len(s.unreachable) - len(s.no_room), s.category))
    )


def _trend(records: Sequence[CaseRecord]) -> tuple[TrendPoint, ...]:
    """Per month, the cases with a moment in it; a case with two snapshots in one month
    counts with the later one."""
    months: dict[str, dict[int, tuple[str, tuple[str, ...]]]] = defaultdict(dict)
    for i, rec in enumerate(records):
        moments = list(rec.trend)
        if rec.as_of:
            moments.append((rec.as_of, tuple(sorted({c.key for c in rec.causes}))))
        for day, keys in moments:
            month = day[:7]
            seen = months[month].get(i)
            if seen is None or seen[0] <= day:
                months[month][i] = (day, keys)
    points = []
    for month in sorted(months):
        tally: dict[str, int] = defaultdict(int)
        for _, keys in months[month].values():
            for k in keys:
                tally[k] += 1
        ranked = tuple(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))
        points.append(TrendPoint(month, len(months[month]), ranked))
    return tuple(points)
