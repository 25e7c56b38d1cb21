"""Timeliness (building block 2): can a needed decision with a deadline be taken in time along
the route the organisation has laid down?

For every need with a deadline, the route runs from its handler to the nearest actor who may
take the decision (for its amount, and - when it departs from the rule - who may depart from
it; a partner's own decision: the partner), along escalation, hierarchy (upwards) and signal
relationships, as block 3 searches it. Each step costs ``case.step_days`` working days (Monday
to Friday; public holidays are not left out). When the decision can at the earliest be taken
after its deadline, counting from the reference date, the need comes too late by design: the
finding names the date the decision is reached and the last date the route could have started.

Examples
--------
>>> from datetime import date
>>> from models import Actor, ActorKind, Case, CaseInfo, Need, Power, PowerCategory
>>> from models import RelationKind, Relationship
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t", as_of=date(2026, 10, 1)), [
...     Actor("c", "College", ActorKind.ADMINISTRATOR), Actor("m", "Manager", ActorKind.MANAGER),
...     Actor("p", "Consulent")],
...     [Relationship("r1", "p", "m", RelationKind.ESCALATION),
...      Relationship("r2", "m", "c", RelationKind.ESCALATION)],
...     powers=[Power("bb", "Bijzondere bijstand", PowerCategory.SPEND_BUDGET, holder="c")],
...     needs=[Need("n1", "Noodbudget", "bb", handler="p", deadline=date(2026, 10, 8))])
>>> [str(f.code) for f in check(Context.of(case))]
['NEED_TOO_LATE_BY_DESIGN']
"""

from __future__ import annotations

from datetime import date, timedelta

from mapper.catalogue import say
from mapper.checks._room_bodies import mandated_for, other_body
from mapper.checks._room_partners import _deciders, _partner_of
from mapper.checks._room_reach import _Holders, _Reach
from mapper.checks._util import path_phrase
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import Need, Urgency

__all__ = [
    "add_working_days",
    "arrives",
    "check",
    "late",
    "subtract_working_days",
    "working_days_between",
]


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days (Monday to Friday) after ``start``; holidays count.
    A count that runs past the calendar (31 December 9999) stops there: see :func:`arrives`.

    >>> add_working_days(date(2026, 10, 1), 5)  # a Thursday: the next Thursday
    datetime.date(2026, 10, 8)
    >>> add_working_days(date(2026, 10, 3), 1)  # a Saturday: the Monday
    datetime.date(2026, 10, 5)
    >>> add_working_days(date(9999, 12, 20), 10)
    datetime.date(9999, 12, 31)
    """
    day = start
    left = days
    while left > 0:
        if day == date.max:
            return day
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def subtract_working_days(end: date, days: int) -> date:
    """The date ``days`` working days before ``end``; a count that runs before the calendar
    (1 January 0001) stops there.

    >>> subtract_working_days(date(2026, 11, 5), 25)
    datetime.date(2026, 10, 1)
    >>> subtract_working_days(date(1, 1, 3), 10)
    datetime.date(1, 1, 1)
    """
    day = end
    left = days
    while left > 0:
        if day == date.min:
            return day
        day -= timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later).

    >>> working_days_between(date(2026, 10, 1), date(2026, 10, 15))
    10
    """
    if end <= start:  # also keeps the week steps below inside the calendar (F4)
        return 0
    full, rest = divmod((end - start).days, 7)
    count = full * 5
    day = start + timedelta(days=full * 7)
    for _ in range(rest):
        day += timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    return max(count, 0)


def arrives(ctx: Context, steps: int) -> date:
    """The earliest date a decision ``steps`` steps up a route is reached, counted from the
    reference date at ``case.step_days`` working days per step: the one reckoning block 2 and
    block 3's "far above the case" both use (issue 17: they must agree). A route that runs past
    the calendar arrives on 31 December 9999 "at the earliest" - true, and :func:`late` still
    counts it as late for a deadline on that very day (rev-hostile17 F4: it crashed)."""
    return add_working_days(ctx.as_of, steps * ctx.graphs.info.step_days)


def late(ctx: Context, steps: int, deadline: date) -> bool:
    """Whether a decision ``steps`` steps up a route is reached after ``deadline``; a route that
    runs past the calendar is late for every deadline (no date after 31 December 9999 exists)."""
    reached = arrives(ctx, steps)
    if reached < date.max:
        return reached > deadline
    # the count stopped at date.max: late unless it lands there exactly within the deadline
    return deadline < date.max or _past_calendar(ctx.as_of, steps * ctx.graphs.info.step_days)


def _past_calendar(start: date, days: int) -> bool:
    """Whether counting ``days`` working days from ``start`` runs past 31 December 9999."""
    left = days - working_days_between(start, date.max)
    return left > 0


def check(ctx: Context) -> list[Finding]:
    """Needs with a deadline whose route to a decider takes longer than the time left."""
    g = ctx.graphs
    timed = [n for n in g.needs if n.deadline is not None and n.handler is not None]
    if not timed:
        return []
    reach = _Reach(ctx)
    holders = _Holders(ctx)
    found: list[Finding] = []
    for need in timed:
        route = _route(ctx, need, reach, holders)
        if route is not None and len(route) > 1:
            made = _too_late(ctx, need, route)
            if made is not None:
                found.append(made)
    return found


def _route(ctx: Context, need: Need, reach: _Reach, holders: _Holders) -> list[str] | None:
    """The shortest route from the handler to whoever may take the decision (None: none, or
    another organisation's public body decides it, which block 3 says)."""
    assert need.handler is not None
    key = str(need.power)
    partner = _partner_of(ctx, need)
    if partner is not None:
        return reach.path(need.handler, [partner])
    other = other_body(ctx, need)
    if other is not None:
        # the body has mandated it: the route runs to whoever decides in mandate (J21)
        mandated = mandated_for(ctx, need, other[0])
        return reach.path(need.handler, [mandated]) if mandated is not None else None
    enough = holders.of(key, need.budget, need.deviates)
    if enough:
        if need.handler in enough:
            return [need.handler]
        return reach.path(need.handler, enough)
    agreed = _deciders(ctx, need, key)
    return reach.path(need.handler, list(agreed)) if agreed else None


def _too_late(ctx: Context, need: Need, route: list[str]) -> Finding | None:
    g = ctx.graphs
    assert need.deadline is not None
    per_step = g.info.step_days
    steps = len(route) - 1
    total = steps * per_step
    start = ctx.as_of
    reached = arrives(ctx, steps)
    if not late(ctx, steps, need.deadline):
        return None
    left = working_days_between(start, need.deadline)
    fits = left // per_step if per_step > 0 else 0
    handler, decider = route[0], route[-1]
    values = {
        "decision": need.decision,
        "handler": g.name(handler),
        "decider": g.name(decider),
        "steps": steps,
        "route": path_phrase(g, route),
        "per_step": per_step,
        "total": total,
        "as_of": start,
        "arrives": reached,
        "deadline": need.deadline,
        "latest": subtract_working_days(need.deadline, total),
        "left": left,
        "fits": fits,
    }
    side = "partner" if _partner_of(ctx, need) is not None else "public"
    if need.deadline < start:  # already overdue: no route can save it (jurist round 5, J15)
        parts = {"passed", "route_passed", f"now_{side}"}
        parts |= {"statutory"} if side == "public" else set()
    else:
        parts = {"late", "route_late", "late_end", "given" if ctx.as_of_given else "today"}
        parts |= {"fits_some", side} if fits > 0 else {"fits_none", f"{side}_none"}
    severity = Severity.CRITICAL if need.urgency == Urgency.HIGH else Severity.WARNING
    return say(
        Code.NEED_TOO_LATE_BY_DESIGN,
        severity,
        values,
        parts=parts,
        actors=route,
        needs=[need.id],
    )
