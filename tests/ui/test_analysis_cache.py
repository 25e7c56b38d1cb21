"""The analyses kept by the content of the case (ui.background.analysis_cache): a twin of a
case analysed before gets its analysis back, a changed case, another practice or another day
is analysed anew, and a caller's analysis is its own to change."""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import mapper.analysis
from mapper.analysis import Analysis, analyse
from models import Case, CaseInfo, Practice
from models.example import example_case
from tests.ui.conftest import small_case
from ui.background import analysis_cache, analysis_runner
from ui.background.analysis_cache import AnalysisCache, content_key
from ui.background.analysis_runner import AnalysisRunner
from ui.document.controller import DocumentController


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The analyses really made from now on (the actors each saw), with mapper's own
    ``analyse`` still the function passed (it calls ``_analyse``)."""
    made: list[int] = []
    real = mapper.analysis._analyse

    def counted(case: Case, *args: Any) -> Analysis:
        made.append(len(case.actors))
        return real(case, *args)

    monkeypatch.setattr(mapper.analysis, "_analyse", counted)
    return made


def test_a_twin_of_a_case_analysed_before_gets_its_analysis_without_analysing(
    runs: list[int],
) -> None:
    cache = AnalysisCache()
    first, seconds = cache.analysed(example_case(), None, analyse)
    again, seconds_again = cache.analysed(example_case(), None, analyse)  # built anew
    assert runs == [19]
    assert again == first  # every finding, cause, score and metric
    assert again is not first
    assert seconds_again == seconds  # what the analysis took, not what the look-up took


def test_what_a_caller_changes_in_its_analysis_reaches_no_other_caller(runs: list[int]) -> None:
    cache = AnalysisCache()
    case = small_case()
    first, _ = cache.analysed(case, None, analyse)
    kept = {a: dict(v) for a, v in first.metrics.items()}
    first.metrics["a1"]["degree"] = -1.0
    first.map_metrics.clear()
    first.quadrants.clear()
    second, _ = cache.analysed(case, None, analyse)
    assert second.metrics == kept
    assert second.map_metrics
    assert second.quadrants
    second.metrics["a2"].clear()
    third, _ = cache.analysed(case, None, analyse)
    assert third.metrics == kept
    assert runs == [4]


def test_an_edit_is_analysed_anew_and_its_undo_finds_the_analysis_before(
    runs: list[int],
) -> None:
    cache = AnalysisCache()
    case = small_case()
    before, _ = cache.analysed(case, None, analyse)
    assert case.set_case_field("intent_owner", None)  # nobody owns the intent
    changed, _ = cache.analysed(case, None, analyse)
    assert runs == [4, 4]
    assert changed.codes() != before.codes()
    assert case.set_case_field("intent_owner", "a1")
    back, _ = cache.analysed(case, None, analyse)
    assert runs == [4, 4]
    assert back == before


def test_another_practice_is_another_analysis(runs: list[int]) -> None:
    cache = AnalysisCache()
    case = example_case()
    both, _ = cache.analysed(case, None, analyse)
    routine, _ = cache.analysed(case, Practice.ROUTINE, analyse)
    assert runs == [19, 19]
    assert routine.practice is Practice.ROUTINE
    assert both.practice is None
    assert cache.analysed(case, None, analyse)[0] == both
    assert cache.analysed(case, Practice.ROUTINE, analyse)[0] == routine
    assert runs == [19, 19]


class _Tomorrow(date):
    @classmethod
    def today(cls) -> _Tomorrow:
        day = date.today() + timedelta(days=1)
        return cls(day.year, day.month, day.day)


def test_a_case_without_a_reference_date_is_judged_anew_on_another_day(
    runs: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mandates are judged on today when the case names no date: yesterday's analysis of it
    is not today's. A case with a date is the same analysis any day."""
    cache = AnalysisCache()
    undated = small_case()
    assert undated.info.as_of is None
    dated = Case.from_parts(CaseInfo("Met peildatum", as_of=date(2026, 3, 1)))
    cache.analysed(undated, None, analyse)
    cache.analysed(dated, None, analyse)
    key = content_key(undated, None)
    monkeypatch.setattr(analysis_cache, "date", _Tomorrow)
    assert content_key(undated, None) != key
    cache.analysed(undated, None, analyse)
    cache.analysed(dated, None, analyse)
    assert runs == [4, 0, 4]
    # the analysis judged on today (mapper's clock) is not kept as tomorrow's
    cache.analysed(undated, None, analyse)
    assert runs == [4, 0, 4, 4]


def test_a_stand_in_for_the_analysis_is_never_kept(runs: list[int]) -> None:
    cache = AnalysisCache()
    calls: list[int] = []

    def stand_in(case: Case, *, practice: Practice | None = None) -> Analysis:
        calls.append(len(case.actors))
        return analyse(case, practice=practice)

    @functools.wraps(analyse)
    def wrapper(case: Case, *, practice: Practice | None = None) -> Analysis:
        calls.append(-len(case.actors))
        return analyse(case, practice=practice)

    for _ in range(2):
        cache.analysed(small_case(), None, stand_in)
        cache.analysed(small_case(), None, wrapper)
    assert calls == [4, -4, 4, -4]
    assert len(cache) == 0


def test_an_analysis_made_while_the_cache_was_turned_off_is_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = AnalysisCache()
    real = mapper.analysis._analyse

    def turning_off(*args: Any) -> Analysis:
        cache.enabled = False  # as a test's patch does, from the GUI thread
        return real(*args)

    monkeypatch.setattr(mapper.analysis, "_analyse", turning_off)
    cache.analysed(small_case(), None, analyse)
    assert len(cache) == 0


def test_it_keeps_the_last_few_and_no_big_map(runs: list[int]) -> None:
    cache = AnalysisCache()
    cache.MAX_ENTRIES = 2
    cases = [Case.from_parts(CaseInfo(f"Casus {n}")) for n in range(3)]
    for case in cases:
        cache.analysed(case, None, analyse)
    assert len(cache) == 2
    cache.analysed(cases[2], None, analyse)
    cache.analysed(cases[1], None, analyse)
    assert runs == [0, 0, 0]
    cache.analysed(cases[0], None, analyse)  # the oldest went
    assert runs == [0, 0, 0, 0]
    cache.MAX_WEIGHT = 11
    big = small_case()  # 12 entities
    cache.analysed(big, None, analyse)
    cache.analysed(big, None, analyse)
    assert runs == [0, 0, 0, 0, 4, 4]
    assert len(cache) == 2  # the empty cases stay
    cache.MAX_ENTRIES, cache.MAX_WEIGHT = 4, 20  # the maps kept weigh this much together
    other = small_case()
    other.set_case_field("title", "Andere casus")
    cache.analysed(big, None, analyse)
    cache.analysed(other, None, analyse)
    assert len(cache) == 1  # twice twelve is too much: the older uses went, the map too
    cache.analysed(other, None, analyse)
    assert runs == [0, 0, 0, 0, 4, 4, 4, 4]
    cache.analysed(big, None, analyse)
    assert runs == [0, 0, 0, 0, 4, 4, 4, 4, 4]
    cache.enabled = False
    cache.analysed(cases[0], None, analyse)
    assert runs == [0, 0, 0, 0, 4, 4, 4, 4, 4, 0]


class _Clock:
    """``time`` for the cache, whose every analysis takes a second."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        self.now += 1.0
        return self.now


def _runner_on(case: Case, qtbot: QtBot) -> tuple[AnalysisRunner, list[Analysis]]:
    runner = AnalysisRunner(DocumentController(case))
    published: list[Analysis] = []
    runner.updated.connect(published.append)
    qtbot.waitUntil(lambda: bool(published) and not runner.stale)
    return runner, published


def test_a_new_window_on_a_twin_shows_the_analysis_kept_and_a_slow_map_stays_in_the_worker(
    runs: list[int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner publishes the kept analysis as it would a new one; the time it keeps is the
    analysis's, so a map whose analysis took a second is analysed in the worker after an edit
    (a hit's own time, a fraction of a millisecond, made it look quick)."""
    cache = AnalysisCache()
    monkeypatch.setattr(analysis_runner, "ANALYSES", cache)
    monkeypatch.setattr(analysis_cache, "time", _Clock())
    first, shown = _runner_on(example_case(), qtbot)
    second, shown_again = _runner_on(example_case(), qtbot)
    assert runs == [19]
    assert shown_again == shown
    assert shown_again[0] is not shown[0]
    assert second.latest is shown_again[0]
    assert not second.inline()  # judged on the second the analysis took
    for runner in (first, second):
        runner.shutdown()


def test_the_apps_cache_is_off_while_a_test_patches_the_analyses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """tests/ui/conftest.py: a patch of mapper's code may change what an analysis gives."""
    assert analysis_cache.ANALYSES.enabled
    monkeypatch.setattr(AnalysisCache, "MAX_ENTRIES", 3)  # the app's own code
    assert analysis_cache.ANALYSES.enabled
    monkeypatch.setattr("mapper.analysis.sort_findings", mapper.analysis.sort_findings)
    assert not analysis_cache.ANALYSES.enabled
