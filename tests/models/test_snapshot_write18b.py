"""Writing a timeline whose snapshots share their entities (models.timeline_state.Entities,
issue 14) compares a shared entity by what it is, not by dumping it: writing a map of 1,000
actors with 200 snapshots took 3.1 s after the first snapshot was read against the map (0.7 s
before, 0.12 s now), and every save of such a map paid it."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from models import fileformat, timeline_state
from models.fieldtypes import dump_entity as real
from models.timeline import encode_states
from models.timeline_io import SECTIONS, dump_timeline
from models.timeline_state import plain_state
from tests.models.test_snapshot_first18 import _body, _changed, _doc, _entities, _variants


def test_writing_the_timeline_dumps_only_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on the old code: each later snapshot dumped every actor of itself and of the
    snapshot before to compare them (20 snapshots of 61 actors: 2,440 dumps more)."""
    body = _body(synthetic=True)
    later = 20
    loaded = fileformat.read_dict(_doc(body, _changed(body), later=later), "x.kvmap")
    assert loaded.problems == ()
    dumped: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        dumped.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(timeline_state, "dump_entity", counted)
    written = dump_timeline(loaded.case.timeline)
    monkeypatch.undo()
    whole = _entities(body) + 1  # the first snapshot: the map and one actor more
    assert len(dumped) <= whole + 2 * later  # the first once, then the one actor set and its old
    states = [plain_state(s.state) for s in loaded.case.timeline.snapshots]
    assert written["snapshots"] == dump_timeline(loaded.case.timeline)["snapshots"]
    assert [s["state"] for s in written["snapshots"]] == encode_states(states, SECTIONS)


@pytest.mark.parametrize("name", ["same", "changed", "int position", "other order", "header"])
def test_shared_and_plain_sections_are_written_alike(name: str) -> None:
    """A timeline read against the map is written as the same states held as plain dicts."""
    body = _body(synthetic=True)
    first = _variants(body)[name]
    doc = _doc(body, first, later=4)
    snaps = doc["snapshots"]
    reordered = copy.deepcopy(snaps[1])  # a later snapshot that changes the order too
    reordered["id"], reordered["date"] = "r", "2024-02-01"
    reordered["state"] = {"actors": {"order": [a["id"] for a in reversed(first["actors"])]}}
    snaps.append(reordered)
    loaded = fileformat.read_dict(doc, "x.kvmap")
    assert loaded.problems == ()
    states = [s.state for s in loaded.case.timeline.snapshots]
    assert encode_states(states, SECTIONS) == encode_states(
        list(map(plain_state, states)), SECTIONS
    )
