"""Snapshots are read as what they are in the file, the change from the one before (issue 14,
rev-hostile17 F1): a map with many snapshots that each change one actor no longer reads the
whole map per snapshot, the states share what did not change, and what a whole-map read of
each state gives is what the light read gives."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

import pytest

from models import fileformat
from models.example import example_case
from models.fileformat import case_to_dict, read_dict
from models.timeline import decode_state
from models.timeline_io import SECTIONS, parse_timeline, state_of

_DAY = date(2024, 1, 1)


def _body() -> dict[str, Any]:
    doc = case_to_dict(example_case())
    doc.pop("snapshots", None)
    doc.pop("history", None)
    return doc


def _with_snapshots(doc: dict[str, Any], changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first = {"case": doc["case"], **{s: {"set": doc[s]} for s in SECTIONS if doc.get(s)}}
    states = [first, *changes]
    return [
        {"id": f"s{i + 1}", "date": str(_DAY + timedelta(days=i)), "label": f"M {i}", "state": s}
        for i, s in enumerate(states)
    ]


def _stance_changes(doc: dict[str, Any], count: int) -> list[dict[str, Any]]:
    out = []
    for k in range(count):
        actor = copy.deepcopy(doc["actors"][k % len(doc["actors"])])
        actor["stance"] = (k % 5) - 2
        out.append({"actors": {"set": [actor]}})
    return out


def _entities(doc: object) -> int:
    return sum(len(v) for k, v in doc.items() if k in SECTIONS) if isinstance(doc, dict) else 0


def test_one_change_per_snapshot_reads_the_change_not_the_map(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fails on the old code: every snapshot was read as a whole map (41 maps' entities)."""
    doc = _body()
    snaps = _with_snapshots(doc, _stance_changes(doc, 40))
    read: list[int] = []
    real = fileformat.read_dict

    def counted(d: object, source: str = "", **kwargs: Any) -> object:
        read.append(_entities(d))
        return real(d, source, **kwargs)

    monkeypatch.setattr(fileformat, "read_dict", counted)
    timeline, problems, notes = parse_timeline(snaps, None, 2, "x.kvmap")
    assert (problems, notes) == ([], [])
    assert len(timeline.snapshots) == 41
    whole = _entities(doc)
    assert read[0] == whole  # the first snapshot is the whole map
    assert sum(read[1:]) == 40  # after it: the one actor each snapshot sets


def test_unchanged_sections_are_shared_between_snapshots() -> None:
    """Fails on the old code: each snapshot held its own copy of the whole map."""
    doc = _body()
    timeline, _, _ = parse_timeline(_with_snapshots(doc, _stance_changes(doc, 3)), None, 2, "")
    one, two, three = timeline.snapshots[1:4]
    assert two.state["relationships"] is one.state["relationships"]
    assert three.state["mandates"] is one.state["mandates"]
    same = [a for a, b in zip(two.state["actors"], one.state["actors"], strict=True) if a is b]
    assert len(same) == len(one.state["actors"]) - 1


def _whole_reads(snaps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each snapshot's state as the old reader made it: the whole map read and written."""
    prev: dict[str, Any] = {}
    out = []
    for raw in snaps:
        full, wrong = decode_state(prev, raw["state"], SECTIONS, "")
        assert full is not None, wrong
        prev = full
        loaded = read_dict({"format": "krachtenveld", "version": 2, **full})
        out.append(state_of(case_to_dict(loaded.case)))
    return out


def test_the_light_read_gives_what_the_whole_map_read_gives() -> None:
    doc = _body()
    actor = copy.deepcopy(doc["actors"][0])
    actor.update(id="a_new", name="Nieuwe beleidsmedewerker")
    tie = copy.deepcopy(doc["relationships"][0])
    tie.update(id="r_new", source="a_new")
    changed = copy.deepcopy(doc["mandates"][0])
    changed["description"] = "Verlengd tot het einde van het jaar"
    ids = [a["id"] for a in doc["actors"]]
    changes: list[dict[str, Any]] = [
        {"case": {"title": "Nieuwe titel"}},
        {"actors": {"set": [actor]}, "relationships": {"set": [tie]}},
        {"mandates": {"set": [changed]}},
        *_stance_changes(doc, 2),
        {"actors": {"order": [*reversed(ids), "a_new"]}},  # read in full
        {"relationships": {"drop": ["r_new"]}},  # read in full
        *_stance_changes(doc, 3),
    ]
    snaps = _with_snapshots(doc, changes)
    timeline, problems, notes = parse_timeline(snaps, None, 2, "")
    assert (problems, notes) == ([], [])
    got = [dict(s.state) for s in timeline.snapshots]
    assert got == _whole_reads(snaps)


def _problems_of(change: dict[str, Any]) -> list[str]:
    doc = _body()
    snaps = _with_snapshots(doc, [*_stance_changes(doc, 2), change])
    _, problems, notes = parse_timeline(snaps, None, 2, "")
    return [f"{p.location} {p.key}" for p in problems + notes]


def test_a_bad_change_is_worded_as_the_whole_map_read_words_it() -> None:
    doc = _body()
    actor = copy.deepcopy(doc["actors"][1])
    actor["stance"] = 7
    said = _problems_of({"actors": {"set": [actor]}})
    assert said[0].startswith(f"snapshots[3].state.actors[id={actor['id']}].stance ")
    assert said[-1] == "snapshots[3] snapshot_kept"
    mandate = copy.deepcopy(doc["mandates"][0])
    mandate["holder"] = "nobody"
    said = _problems_of({"mandates": {"set": [mandate]}})
    assert said[0].startswith(f"snapshots[3].state.mandates[id={mandate['id']}].holder ")
    twice = copy.deepcopy(doc["actors"][0])
    twice["id"] = doc["mandates"][0]["id"]  # an id of another section
    said = _problems_of({"actors": {"set": [twice]}})
    assert any("duplicate_id" in p for p in said), said
