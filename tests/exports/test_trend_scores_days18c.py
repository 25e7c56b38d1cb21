"""The kept trend scorecards outlast the day for a snapshot with its own reference date
(issue 14, rev-hostile18 F2): it is analysed as of that date on every day, so the first report
of a new day need not analyse 1,000 snapshots again; a snapshot without one is analysed as of
today and its row lasts that day only. Rows are let go by age and number, not at midnight."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

import mapper.analysis
from exports import trend_scores
from exports.trend_scores import FILE_NAME, open_scores
from mapper import timeline
from mapper.timeline import case_timeline
from models import Case
from models.example import example_case
from models.timeline_state import plain_state


def _days_on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """From now on, today is ``day`` for the timeline and the kept scorecards."""

    class Day(date):
        @classmethod
        def today(cls) -> Day:
            return cls(day.year, day.month, day.day)

    monkeypatch.setattr(timeline, "date", Day)
    monkeypatch.setattr(trend_scores, "date", Day)


def _run(folder: Path, case: Case, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One run in a new process: the snapshots it analysed."""
    made: list[str] = []
    real = mapper.analysis.analyse

    def counted(c: Case, *args: Any, **kwargs: Any) -> Any:
        if c is not case:
            made.append(str(c.info.as_of))
        return real(c, *args, **kwargs)

    timeline._SCORED.clear()
    with monkeypatch.context() as m:
        m.setattr(mapper.analysis, "analyse", counted)
        scores = open_scores(folder)
        figures = [(x.status, x.causes) for x in case_timeline(case, store=scores).moments]
        scores.close()
    assert figures == _fresh(case)
    return made


def _fresh(case: Case) -> list[object]:
    timeline._SCORED.clear()
    line = case_timeline(case)
    timeline._SCORED.clear()
    return [(x.status, x.causes) for x in line.moments]


def _undated_last(case: Case) -> Case:
    """``case`` whose last snapshot names no reference date (analysed as of today)."""
    case = case.copy()
    last = case.timeline.snapshots[-1]
    state = plain_state(last.state)
    state["case"] = {k: v for k, v in dict(state["case"]).items() if k != "as_of"}
    case.timeline.remove_snapshot(last.id)
    case.timeline.add_snapshot(dataclasses.replace(last, state=state))
    return case


def test_a_dated_snapshot_is_not_analysed_again_the_next_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the old code: every row was keyed on the day and deleted at midnight, so the
    next day's first report analysed all three snapshots again."""
    case = _undated_last(example_case())
    day = date(2026, 12, 5)
    _days_on(monkeypatch, day)
    assert len(_run(tmp_path, case, monkeypatch)) == 3
    assert _run(tmp_path, case, monkeypatch) == []  # the same day: all kept
    _days_on(monkeypatch, day + timedelta(days=1))
    assert _run(tmp_path, case, monkeypatch) == ["None"]  # only the undated one, as of today
    _days_on(monkeypatch, day + timedelta(days=100))
    assert _run(tmp_path, case, monkeypatch) == ["None"]


def _kept(folder: Path) -> list[str]:
    with sqlite3.connect(folder / FILE_NAME) as db:
        return sorted(str(k) for (k,) in db.execute("SELECT kept FROM scores"))


def test_rows_are_let_go_by_age_and_number(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    day = date(2026, 12, 5)
    _days_on(monkeypatch, day)
    assert len(_run(tmp_path, case, monkeypatch)) == 3
    later = day + timedelta(days=trend_scores.KEEP_DAYS - 1)
    _days_on(monkeypatch, later)
    assert _run(tmp_path, case, monkeypatch) == []  # read: their age renewed
    assert _kept(tmp_path) == [later.isoformat()] * 3
    _days_on(monkeypatch, later + timedelta(days=trend_scores.KEEP_DAYS + 1))
    assert len(_run(tmp_path, case, monkeypatch)) == 3  # not asked for in half a year
    monkeypatch.setattr(trend_scores, "KEEP_ROWS", 2)
    open_scores(tmp_path).close()
    assert len(_kept(tmp_path)) == 2


def test_a_table_of_an_earlier_version_is_made_anew(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("CREATE TABLE scores (key TEXT PRIMARY KEY, day TEXT, value TEXT)")
        db.execute("INSERT INTO scores VALUES ('k', '2026-12-05', 'v')")
    db.close()
    open_scores(tmp_path).close()
    assert _kept(tmp_path) == []


@pytest.mark.parametrize("library", ["numpy", "scipy", "networkx"])
def test_another_version_of_a_library_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: str
) -> None:
    """Fails on the old code: the key's fingerprint held the analysis's sources and version,
    not the libraries it computes with; a row kept beyond the day (F2) would be read after an
    upgrade that can move a measure across a threshold (rev-hostile18 F5)."""
    case = example_case()
    trend_scores.code_print.cache_clear()
    assert len(_run(tmp_path, case, monkeypatch)) == 3
    assert _run(tmp_path, case, monkeypatch) == []
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda n: "99.0" if n == library else real(n))
    trend_scores.code_print.cache_clear()
    try:
        assert len(_run(tmp_path, case, monkeypatch)) == 3  # analysed again
    finally:
        trend_scores.code_print.cache_clear()
