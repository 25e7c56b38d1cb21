"""What the analysis made again and again, made once (issue 15, the suite's time; users gain too).

Counted, never timed:

- the backing findings worded each problem of a line once per finding that lists it, and the
  lines of a map's handlers share their upper links (on the 300-actor map 961 sentences for
  188 different ones; 7,654 for 1,256 on 2,000);
- a mandate chain up or down indexed all the map's mandates again (22 indexes in one analysis
  of the 300-actor map); the index is now kept for the same mandates;
- a snapshot's scorecard, which keeps only the verdicts, worded every finding.

Each test fails on the code before it.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

import pytest

import mapper.catalogue
import mapper.mandate_down as chains
from benchmarks.generate import generate_case
from mapper import timeline
from mapper.analysis import analyse
from mapper.checks import trust
from mapper.timeline import case_at, case_timeline, scorecard_of
from models import Mandate
from models.example import example_case


def test_each_problem_of_the_backing_lines_is_worded_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[tuple[int, tuple[tuple[str, str], ...]]] = []
    real = trust._say

    def counted(message: Any, values: dict[str, object]) -> Any:
        said.append((id(message), tuple((k, str(v)) for k, v in sorted(values.items()))))
        return real(message, values)

    monkeypatch.setattr(trust, "_say", counted)
    found = analyse(generate_case(300, seed=0))
    assert any(f.code.startswith("TRUST_BACKING") for f in found.findings)
    assert len(said) > 100  # the map has lines with problems to word
    assert len(set(said)) == len(said)  # the old code: 961 for 188


def test_one_index_of_the_mandates_per_map(monkeypatch: pytest.MonkeyPatch) -> None:
    built = [0]
    real = chains._index

    def counted(*args: Any, **kwargs: Any) -> Any:
        built[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(chains, "_index", counted)
    monkeypatch.setattr(chains, "_last", None, raising=False)
    analyse(generate_case(300, seed=0))
    assert built[0] == 1  # the old code: 22


def test_the_kept_index_follows_the_mandates() -> None:
    """Other mandates, or the same ones changed or in another order, are indexed afresh."""
    ms = [Mandate("a", "c", "d", "p"), Mandate("b", "d", "m", "p"), Mandate("x", "m", "w", "p")]
    assert [m.id for m in chains.down_chain(ms, ms[0])] == ["b", "x"]
    moved = [ms[0], Mandate("b", "d", "q", "p"), ms[2]]  # b now goes to q: x hangs loose
    assert [m.id for m in chains.down_chain(moved, moved[0])] == ["b"]
    assert [m.id for m in chains.down_chain(ms, ms[0])] == ["b", "x"]
    assert [m.id for m in chains.up_chain(ms[::-1], ms[2])] == ["a", "b"]
    assert chains.down_chain(ms[:1], ms[0]) == []


def test_a_snapshot_s_scorecard_words_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    today = date(2026, 12, 5)
    expected = [
        scorecard_of(analyse(case_at(case, s.id)).scorecard) for s in case.timeline.snapshots
    ]
    worded: list[object] = []
    real = mapper.catalogue._texts

    def counted(*args: Any, **kwargs: Any) -> Any:
        worded.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(mapper.catalogue, "_texts", counted)
    monkeypatch.setattr(timeline, "_SCORED", OrderedDict())
    line = case_timeline(case, today=today)
    assert worded == []  # the old code: every finding of the three snapshots and the map now
    assert [(m.status, m.causes) for m in line.moments[:-1]] == expected
    assert expected[0][0]  # the snapshots have a scorecard to compare
