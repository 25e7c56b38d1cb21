"""What a valid map holds that is almost certainly a slip: said, never refused or changed.

``krachtenveld validate`` prints these as warnings (exit 0): an agreement that names no
parties (the app starts a new agreement that way, so it is no error), a mandate or a
hierarchy line from an actor to itself (meaningless, but nothing breaks), a snapshot dated
after today (the app refuses to make one; a file from a machine whose clock was wrong, or a
hand-edited one, may hold it, and the timeline would list it before "now"), a date the map is
judged on before 1900 or more than ten years ahead, and in the register
of deviations a deviation that names neither rule nor need, one dated before its rule was
introduced or after today, and a rule introduced after today; an id or a name that holds a
direction control (a right-to-left override turns the text after it around wherever the name is
shown); and two names that look the same but are written differently (:mod:`models.look_alike`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from models.enums import RelationKind
from models.errors import Problem
from models.fields import KINDS
from models.i18n import long_date
from models.look_alike import look_alike_notices

if TYPE_CHECKING:
    from models.case import Case
    from models.entities import Deviation, Rule

__all__ = ["map_notices", "register_notices"]


def map_notices(case: Case, today: date | None = None) -> list[Problem]:
    """The slips in ``case``, located like the problems of a file (``agreements[id=a1]``)."""
    notices: list[Problem] = []
    for agreement in case.agreements:
        if not agreement.parties:
            where = f"agreements[id={agreement.id}].parties"
            notices.append(Problem(where, "agreement_no_parties", {"name": agreement.name}))
    for mandate in case.mandates:
        if mandate.grantor and mandate.grantor == mandate.holder:
            notices.append(
                Problem(
                    f"mandates[id={mandate.id}].holder",
                    "mandate_to_itself",
                    {"name": _name(case, mandate.holder)},
                )
            )
    for rel in case.relationships:
        if rel.kind == RelationKind.HIERARCHY and rel.source == rel.target:
            notices.append(
                Problem(
                    f"relationships[id={rel.id}].target",
                    "hierarchy_to_itself",
                    {"name": _name(case, rel.source)},
                )
            )
    day = today or date.today()
    notices += _implausible_dates(case, day)
    for snapshot in case.timeline.snapshots:
        if snapshot.date > day:
            params = {"label": snapshot.label, "date": snapshot.date, "today": day}
            notices.append(
                Problem(f"snapshots[id={snapshot.id}].date", "snapshot_after_today", params)
            )
    notices += register_notices(case.rules, case.deviations, day)
    return notices + _direction_notices(case) + look_alike_notices(case)


_EARLIEST = date(1900, 1, 1)


def _implausible_dates(case: Case, day: date) -> list[Problem]:
    """A date the map is judged on before 1900 or more than ten years ahead, a snapshot
    before 1900 (hostile review 7, F7): valid dates, almost certainly typed wrong."""
    out: list[Problem] = []
    as_of = case.info.as_of
    if as_of is not None and as_of < _EARLIEST:
        out.append(Problem("case.as_of", "as_of_before_1900", {"date": as_of}))
    elif as_of is not None and as_of > _years_after(day, 10):
        out.append(Problem("case.as_of", "as_of_far_ahead", {"date": as_of, "today": day}))
    for snapshot in case.timeline.snapshots:
        if snapshot.date < _EARLIEST:
            params = {"label": snapshot.label, "date": snapshot.date}
            out.append(Problem(f"snapshots[id={snapshot.id}].date", "snapshot_before_1900", params))
    return out


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


_DIRECTION = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _direction_notices(case: Case) -> list[Problem]:
    """An id or a name that holds a direction control: valid once balanced, but it turns the
    text after it around in every table, report and terminal (hostile review 6, N6). Located by
    index: the id itself may hold it."""
    out: list[Problem] = []
    for spec in KINDS.values():
        for i, item in enumerate(getattr(case, spec.section, ())):
            for field in ("id", "name"):
                text = getattr(item, field, None)
                if isinstance(text, str) and (found := _DIRECTION.search(text)) is not None:
                    params = {"code": f"U+{ord(found.group()):04X}", "position": found.start() + 1}
                    out.append(Problem(f"{spec.section}[{i}].{field}", "direction_control", params))
    return out


def register_notices(
    rules: Iterable[Rule], deviations: Iterable[Deviation], day: date
) -> list[Problem]:
    """A deviation that departs from nothing, one dated before its rule or after today, and a
    rule introduced after today (hostile review 5, C10): valid, but almost certainly a slip.
    Also for :mod:`models.leanread`, which has the register but no case."""
    out: list[Problem] = []
    params: dict[str, object]
    by_id = {r.id: r for r in rules}
    for rule in by_id.values():
        if rule.introduced is not None and rule.introduced > day:
            params = {"name": rule.name, "date": rule.introduced, "today": day}
            out.append(Problem(f"rules[id={rule.id}].introduced", "rule_after_today", params))
    for dev in deviations:
        where = f"deviations[id={dev.id}]"
        if dev.rule is None and dev.need is None:
            out.append(Problem(f"{where}.rule", "deviation_no_rule_no_need", {"id": dev.id}))
        if dev.date is None:
            continue
        if dev.date > day:
            params = {"id": dev.id, "date": dev.date, "today": day}
            out.append(Problem(f"{where}.date", "deviation_after_today", params))
        ruled = by_id.get(dev.rule) if dev.rule is not None else None
        if ruled is not None and ruled.introduced is not None and dev.date < ruled.introduced:
            params = {
                "id": dev.id,
                "date": dev.date,
                "rule": ruled.name,
                "introduced": ruled.introduced,
            }
            out.append(Problem(f"{where}.date", "deviation_before_rule", params))
    return out


def _name(case: Case, actor_id: str) -> str:
    actor = case.actors.get(actor_id)
    return actor.name if actor is not None else actor_id


def render_dates(problem: Problem, lang: str) -> Problem:
    """``problem`` with its dates written out in ``lang`` (1 januari 2099)."""
    params = {
        k: long_date(v, "nl" if lang == "nl" else "en") if isinstance(v, date) else v
        for k, v in problem.params.items()
    }
    return Problem(problem.location, problem.key, params)
