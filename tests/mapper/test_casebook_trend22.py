"""The casebook's trend: a snapshot's state the copies of a case share is analysed once per
process (issue 15, ana22), and reads as the state analysed afresh."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

import pytest

import mapper.analysis
from exports.casebook.worker import analyse_bytes, digest_of
from mapper.analysis import analyse
from mapper.casebook import cause_keys
from mapper.casebook.trend import snapshot_keys
from mapper.context import Context
from mapper.timeline import case_at
from models import fileformat
from models.case import Case
from models.example import example_case


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[Case]:
    """The cases analysed from now on (none of the trend's kept before)."""
    monkeypatch.setattr("mapper.casebook.trend._KEYS", OrderedDict())
    seen: list[Case] = []
    real = mapper.analysis._analyse

    def counted(case: Case, *args: object) -> object:
        seen.append(case)
        return real(case, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(mapper.analysis, "_analyse", counted)
    return seen


def test_copies_of_a_case_analyse_their_shared_snapshots_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fails on the old code: each file analysed the example's three snapshots again (8 here)
    case = example_case()
    snaps = len(case.timeline.snapshots)
    assert snaps == 3
    seen = _counted(monkeypatch)
    outcomes = []
    for title in ("Kopie een", "Kopie twee"):
        case.set_case_field("title", title)
        data = fileformat.dumps(case).encode("utf-8")
        outcomes.append(analyse_bytes("c.kvmap", "c.kvmap", digest_of(data), data, "nl"))
    assert len(seen) == snaps + 2  # each snapshot once, each file's map itself
    trends = [o.record["trend"] for o in outcomes if o.record is not None]
    assert len(trends) == 2
    assert trends[0] == trends[1]
    assert len(trends[0]) == snaps


def test_a_snapshots_keys_are_the_state_analysed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    seen = _counted(monkeypatch)
    for snap in case.timeline.snapshots:
        then = case_at(case, snap.id)
        ctx = Context.of(then)
        fresh = cause_keys(analyse(then, context=ctx, words=False), then, context=ctx)
        assert snapshot_keys(snap.state, then) == fresh
        assert snapshot_keys(snap.state, case_at(case, snap.id)) == fresh  # kept
    assert len(seen) == 2 * len(case.timeline.snapshots)


def test_another_state_or_another_day_is_analysed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    snap = case.timeline.snapshots[0]
    then = case_at(case, snap.id)
    seen = _counted(monkeypatch)
    snapshot_keys(snap.state, then)
    # the same snapshot's state with one tie less: its own keys, not the kept ones
    tie = then.relationships[0].id
    other = {
        **snap.state,
        "relationships": [r for r in snap.state["relationships"] if r["id"] != tie],
    }
    less = then.copy()
    less.remove_relationship(tie)
    snapshot_keys(other, less)
    assert len(seen) == 2
    # undated: kept for today only
    then.set_case_field("as_of", None)  # analysed as of today: the key holds today's date
    snapshot_keys(snap.state, then)
    assert len(seen) == 3
    monkeypatch.setattr("mapper.timeline.date", _Tomorrow)
    snapshot_keys(snap.state, then)
    assert len(seen) == 4


class _Tomorrow(date):
    @classmethod
    def today(cls) -> _Tomorrow:
        return cls.fromordinal(date.today().toordinal() + 1)
