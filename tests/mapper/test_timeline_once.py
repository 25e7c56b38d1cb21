"""A snapshot's scorecard is analysed once per process (issue 15): the Timeline dock of every
window, the nota's trend and the Excel report's timeline each analysed every snapshot again,
though a snapshot never changes; a window's dock analysed the map now again beside the
window's own analysis. On the old code the second timeline of the example analysed its three
snapshots and the map now again."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

import pytest

import mapper.analysis
from mapper import timeline
from mapper.timeline import case_timeline
from models import fileformat
from models.enums import EntityKind
from models.example import example_case


def test_a_second_timeline_analyses_only_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    analysed: list[int] = []
    real = mapper.analysis.analyse

    def counted(case: Any, **kwargs: Any) -> Any:
        analysed.append(len(case.actors))
        return real(case, **kwargs)

    monkeypatch.setattr(mapper.analysis, "analyse", counted)
    # an empty cache for this test (raising=False: the old code had none)
    monkeypatch.setattr(timeline, "_SCORED", OrderedDict(), raising=False)
    case = example_case()
    today = date(2026, 12, 5)
    first = case_timeline(case, today=today)
    assert len(analysed) == len(case.timeline.snapshots) + 1 == 4
    again = case_timeline(example_case(), today=today)  # another window on the same map
    assert len(analysed) == 4
    assert again == first
    case.update(EntityKind.ACTOR, "jansen", {"stance": -2})  # the map now changes
    edited = case_timeline(case, today=today)
    assert len(analysed) == 5  # the map now, not its snapshots
    assert edited.moments[:-1] == first.moments[:-1]
    assert edited.moments[-1].stance != first.moments[-1].stance
    # a state the cache holds comes back as a copy: a caller's change stays its own
    again.moments[0].status.clear()
    assert case_timeline(example_case(), today=today) == first


def test_a_snapshot_is_read_once_and_each_caller_gets_its_own_case(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The anonymised copy read every snapshot of a map four times (the plan, the summary, the
    copy's check twice); the old code read it on each call."""
    read: list[str] = []
    real = fileformat.case_from_dict

    def counted(doc: Any, source: str = "") -> Any:
        read.append(source)
        return real(doc, source)

    monkeypatch.setattr(fileformat, "case_from_dict", counted)
    monkeypatch.setattr(timeline, "_STATES", OrderedDict(), raising=False)
    case = example_case()
    snap = case.timeline.snapshots[0].id
    first = timeline.case_at(case, snap)
    second = timeline.case_at(example_case(), snap)  # a copy of the map shares its snapshots
    assert read == [f"snapshot {snap}"]
    assert fileformat.dumps(first) == fileformat.dumps(second)
    first.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    assert "Anna Visser" not in fileformat.dumps(second)
    assert "Anna Visser" not in fileformat.dumps(timeline.case_at(case, snap))
    assert len(read) == 1
