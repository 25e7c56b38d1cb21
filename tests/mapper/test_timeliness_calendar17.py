"""rev-hostile17 F4: a map whose reference date lies in the last weeks of year 9999 is valid, so
its analysis must not crash (it raised OverflowError in ``add_working_days``); a route that runs
past 31 December 9999 is late for every deadline. Every test here fails on the old code."""

from __future__ import annotations

import dataclasses
from datetime import date

from mapper import analyse
from mapper.checks import timeliness
from mapper.checks.timeliness import (
    add_working_days,
    subtract_working_days,
    working_days_between,
)
from mapper.context import Context
from models.example import example_case
from tests.mapper.test_timeliness import _case, _late, _with


def test_counting_stops_at_the_ends_of_the_calendar() -> None:
    assert add_working_days(date(9999, 12, 20), 10) == date.max
    assert subtract_working_days(date(1, 1, 3), 10) == date.min
    assert working_days_between(date(1, 1, 5), date(1, 1, 1)) == 0


def test_the_example_late_in_9999_analyses_and_its_needs_come_too_late() -> None:
    case = example_case()
    late = _with(case, dataclasses.replace(case.info, as_of=date(9999, 12, 20)))
    result = analyse(late)  # raised OverflowError
    assert result.findings
    assert _late(late)


def test_a_route_past_the_calendar_is_late_even_for_a_deadline_on_its_last_day() -> None:
    case = _case(date.max)  # three steps of five working days
    for as_of, too_late in ((date(9999, 12, 13), True), (date(9999, 12, 10), False)):
        moved = _with(case, dataclasses.replace(case.info, as_of=as_of))
        assert timeliness.late(Context.of(moved), 3, date.max) is too_late
        assert bool(_late(moved)) is too_late


def test_a_deadline_in_the_first_days_of_year_one_names_a_start_date() -> None:
    case = _case(date(1, 1, 10))
    early = _with(case, dataclasses.replace(case.info, as_of=date(1, 1, 3)))
    [finding] = _late(early)  # "latest" ran before 1 January 0001: OverflowError
    assert finding.code == "NEED_TOO_LATE_BY_DESIGN"
