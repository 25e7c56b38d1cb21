"""Hostile review 7, F5: a history written by another tool, with local times (no ``Z``) or an
offset, refused the whole map with one error per save. Such times are read (local times as this
machine's local time, offsets as written) and a save writes them back as they were."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models import fileformat
from models.errors import FormatError
from models.example import example_case
from models.timeline import HistoryEntry


@pytest.fixture
def amsterdam() -> Iterator[None]:
    """The machine's zone: Amsterdam (CET in winter), so a local time has a known reading."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def _doc(*times: str) -> dict[str, object]:
    doc = fileformat.case_to_dict(example_case())
    doc["history"] = [{"time": t, "author": "x", "edits": ["Bewerking"], "more": 0} for t in times]
    return doc


@pytest.mark.usefixtures("amsterdam")
def test_local_times_and_offsets_are_read_and_kept_as_written(tmp_path: Path) -> None:
    stamps = (
        "2026-01-01T10:00:00",
        "2026-01-01T10:00:00+01:00",
        "2026-07-01T10:00:00.250000",
        "2026-01-02T09:00:00Z",
    )
    loaded = fileformat.reads(json.dumps(_doc(*stamps)), "h.kvmap")
    assert loaded.problems == ()
    history = loaded.case.timeline.history
    utc = [h.time.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") for h in history]
    assert utc == [
        "2026-01-01 09:00:00",  # 10:00 in Amsterdam in winter
        "2026-01-01 09:00:00",
        "2026-07-01 08:00:00",  # summer time
        "2026-01-02 09:00:00",
    ]
    fileformat.save(loaded.case, tmp_path / "h.kvmap")
    written = json.loads((tmp_path / "h.kvmap").read_text(encoding="utf-8"))
    assert [h["time"] for h in written["history"]] == list(stamps)


def test_a_new_save_after_foreign_ones_is_written_in_utc(tmp_path: Path) -> None:
    loaded = fileformat.reads(json.dumps(_doc("2026-01-01T10:00:00")), "h.kvmap")
    now = datetime(2026, 12, 3, 23, 0, tzinfo=UTC)
    loaded.case.timeline.record(HistoryEntry(now, "ik", ("Actor toevoegen",)))
    text = fileformat.dumps(loaded.case)
    assert [h["time"] for h in json.loads(text)["history"]] == [
        "2026-01-01T10:00:00",
        "2026-12-03T23:00:00Z",
    ]
    assert sorted(h.time for h in loaded.case.timeline.history)  # aware times: they compare


@pytest.mark.parametrize(
    "stamp", ["gisteren", "2026-02-30T10:00:00", "2026-01-01 10:00:00", "2026-01-01T25:00:00"]
)
def test_what_is_no_time_keeps_the_map_and_the_save_as_written(stamp: str) -> None:
    """rev-hostile8 N4: one unreadable time refused the whole map. The history is metadata:
    the map opens with a warning naming history[i].time and the forms, the save is kept and
    shown at its neighbour's time, and a save writes the time back as it was."""
    loaded = fileformat.reads(json.dumps(_doc("2026-01-01T10:00:00Z", stamp)), "h.kvmap")
    [problem] = loaded.problems
    assert problem.location == "history[1].time"
    assert "+01:00" in problem.render("en")
    assert "the map opened" in problem.render("en")
    assert "+01:00" in problem.render("nl")
    assert "de kaart is geopend" in problem.render("nl")
    history = loaded.case.timeline.history
    assert [h.time for h in history] == [datetime(2026, 1, 1, 10, tzinfo=UTC)] * 2
    written = json.loads(fileformat.dumps(loaded.case))["history"]
    assert [h["time"] for h in written] == ["2026-01-01T10:00:00Z", stamp]
    with pytest.raises(FormatError) as caught:  # a strict read still refuses it
        fileformat.loads(json.dumps(_doc(stamp)), "h.kvmap")
    assert caught.value.problems[0].location == "history[0].time"
