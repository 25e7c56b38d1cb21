"""The timeline in the file: snapshots stored as differences, the history of saves, bad input."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from models import Case, fileformat
from models.enums import EntityKind
from models.errors import FormatError, ModelError
from models.example import example_case as shipped_example
from models.fields import KINDS
from models.timeline import HistoryEntry, Snapshot, Timeline, decode_state, encode_states
from models.timeline_io import SECTIONS, state_of


def example_case() -> Case:
    """The shipped example without the snapshots it ships with: these tests add their own."""
    case = shipped_example()
    case.timeline = Timeline()
    return case


def test_the_shipped_example_keeps_three_snapshots_in_date_order() -> None:
    snaps = shipped_example().timeline.snapshots
    assert [s.id for s in snaps] == ["s1", "s2", "s3"]
    assert [s.date for s in snaps] == sorted(s.date for s in snaps)
    assert all(s.label.strip() for s in snaps)


def _state(case: Case) -> dict[str, object]:
    return state_of(fileformat.case_to_dict(case))


def _two_snapshots() -> Case:
    case = example_case()
    case.timeline.add_snapshot(Snapshot("s1", date(2026, 1, 15), "Eerste", _state(case)))
    case.update(EntityKind.ACTOR, "college", {"stance": 2})
    case.remove(EntityKind.RELATIONSHIP, next(iter(case.relationships)).id)
    case.timeline.add_snapshot(Snapshot("s2", date(2026, 2, 1), "Tweede", _state(case)))
    case.timeline.record(
        HistoryEntry(datetime(2026, 2, 1, 9, 30, tzinfo=UTC), "anna", ("Houding",), 2)
    )
    return case


def test_a_map_without_a_timeline_writes_no_keys() -> None:
    doc = fileformat.case_to_dict(example_case())
    assert "snapshots" not in doc
    assert "history" not in doc


def test_snapshots_and_history_round_trip_exactly() -> None:
    case = _two_snapshots()
    text = fileformat.dumps(case)
    again = fileformat.loads(text)
    assert fileformat.dumps(again) == text
    assert [s.id for s in again.timeline.snapshots] == ["s1", "s2"]
    assert again.timeline.snapshots[1].state == _state(case)
    entry = again.timeline.history[0]
    assert (entry.author, entry.edits, entry.more) == ("anna", ("Houding",), 2)
    assert entry.time == datetime(2026, 2, 1, 9, 30, tzinfo=UTC)


def test_the_second_snapshot_stores_only_what_changed() -> None:
    case = _two_snapshots()
    doc = json.loads(fileformat.dumps(case))
    second = doc["snapshots"][1]["state"]
    assert set(second) == {"actors", "relationships"}
    assert [a["id"] for a in second["actors"]["set"]] == ["college"]
    assert second["actors"]["set"][0]["stance"] == 2
    assert len(second["relationships"]["drop"]) == 1
    assert "set" not in second["relationships"]
    # the first holds the whole map
    assert len(doc["snapshots"][0]["state"]["actors"]["set"]) == len(example_case().actors)


def test_encoding_keeps_the_order_when_an_entity_moved() -> None:
    first = {"case": {"title": "t"}, "actors": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}
    second = {"case": {"title": "t"}, "actors": [{"id": "c"}, {"id": "a"}, {"id": "b"}]}
    deltas = encode_states([first, second], ["actors"])
    assert deltas[1] == {"actors": {"order": ["c", "a", "b"]}}
    full, problems = decode_state(first, deltas[1], ["actors"], "x")
    assert not problems
    assert full == second


def test_an_unchanged_map_is_an_empty_difference() -> None:
    state = {"case": {"title": "t"}, "actors": [{"id": "a"}]}
    assert encode_states([state, state], ["actors"])[1] == {}


def _doc_with(snapshots: object) -> str:
    doc = fileformat.case_to_dict(example_case())
    doc["snapshots"] = snapshots
    return json.dumps(doc)


def _messages(text: str, lang: str = "en") -> str:
    with pytest.raises(FormatError) as info:
        fileformat.loads(text, "kaart.kvmap")
    return info.value.render("nl" if lang == "nl" else "en")


def test_a_broken_state_names_the_snapshot_the_entity_and_the_field() -> None:
    case = _two_snapshots()
    doc = json.loads(fileformat.dumps(case))
    doc["snapshots"][1]["state"]["actors"]["set"][0]["influence"] = 9
    text = _messages(json.dumps(doc))
    assert "kaart.kvmap" in text
    assert "snapshots[1].state.actors[id=college].influence" in text
    assert "0–5" in text


def test_a_dangling_reference_in_a_snapshot_is_refused() -> None:
    case = _two_snapshots()
    doc = json.loads(fileformat.dumps(case))
    doc["snapshots"][1]["state"]["actors"] = {"drop": ["college"]}
    text = _messages(json.dumps(doc))
    assert "snapshots[1].state" in text
    assert "college" in text


def test_dropping_an_unknown_id_is_refused() -> None:
    doc = json.loads(fileformat.dumps(_two_snapshots()))
    doc["snapshots"][1]["state"]["actors"]["drop"] = ["nobody"]
    text = _messages(json.dumps(doc), "nl")
    assert 'snapshots[1].state.actors.drop[0]: laat "nobody" vervallen' in text


def test_snapshots_out_of_date_order_are_refused() -> None:
    doc = json.loads(fileformat.dumps(_two_snapshots()))
    doc["snapshots"][1]["date"] = "2025-12-31"
    text = _messages(json.dumps(doc), "nl")
    assert "snapshots[1].date: de datum 2025-12-31 ligt vóór 2026-01-15" in text
    assert "datumvolgorde" in text


@pytest.mark.parametrize(
    ("snapshots", "where"),
    [
        ({"id": "s1"}, "snapshots: expected a list"),
        ([{"id": "s1", "date": "2026-01-01", "label": "x"}], "snapshots[0].state: required"),
        ([{"id": "s1", "date": "1-1-2026", "label": "x", "state": {}}], "snapshots[0].date"),
        ([{"id": "s1", "date": "2026-01-01", "label": "x", "state": []}], "snapshots[0].state"),
        (
            [{"id": "s1", "date": "2026-01-01", "label": "x", "state": {"actors": {"add": []}}}],
            "snapshots[0].state.actors.add",
        ),
    ],
)
def test_bad_snapshots_get_located_errors(snapshots: object, where: str) -> None:
    assert where in _messages(_doc_with(snapshots))


def test_a_bad_history_time_is_refused() -> None:
    doc = fileformat.case_to_dict(example_case())
    doc["history"] = [{"time": "gisteren", "author": "x", "edits": [], "more": 0}]
    said = _messages(json.dumps(doc))
    assert "history[0].time: expected a time as YYYY-MM-DDTHH:MM:SSZ (UTC" in said


def test_a_foreign_history_with_too_many_edits_keeps_the_map_and_is_cut() -> None:
    """Hostile review 6, N6: 200 saves of 1,000 edits each refused the whole map
    ("history[0].edits: 1000 items; the limit is 200"). The map opens; each save keeps its first
    200 edits and counts the others; one warning names where and how many."""
    doc = fileformat.case_to_dict(example_case())
    save = {"time": "2026-03-01T10:00:00Z", "author": "x", "edits": [], "more": 0}
    doc["history"] = [dict(save, edits=[f"Bewerking {i}" for i in range(1000)]) for _ in range(3)]
    doc["history"].insert(1, dict(save, edits=["Eén bewerking"], more=2))
    loaded = fileformat.reads(json.dumps(doc), "h.kvmap")
    assert len(loaded.case.actors) == len(example_case().actors)  # the map itself: all of it
    history = loaded.case.timeline.history
    assert [len(h.edits) for h in history] == [200, 1, 200, 200]
    assert [h.more for h in history] == [800, 2, 800, 800]
    assert history[0].edits[-1] == "Bewerking 199"
    [said] = [p.render("en") for p in loaded.problems]
    assert said.startswith("history[0].edits: 3 saves list more than 200 edits (up to 1000)")
    assert "van elke keer zijn de eerste 200 bewaard" in loaded.problems[0].render("nl")
    with pytest.raises(FormatError) as strict:  # a strict load refuses it, as before
        fileformat.loads(json.dumps(doc), "h.kvmap")
    assert "history[0].edits: 1000 items; the limit is 200" in str(strict.value)


def test_a_history_of_more_saves_than_the_limit_keeps_the_latest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from models import timeline_io

    monkeypatch.setitem(timeline_io.LIMITS, "history", 3)
    doc = fileformat.case_to_dict(example_case())
    doc["history"] = [
        {"time": f"2026-03-0{d}T10:00:00Z", "author": "x", "edits": [f"dag {d}"], "more": 0}
        for d in range(1, 6)
    ]
    loaded = fileformat.reads(json.dumps(doc), "h.kvmap")
    assert [h.edits for h in loaded.case.timeline.history] == [("dag 3",), ("dag 4",), ("dag 5",)]
    [problem] = loaded.problems
    assert problem.render("nl") == (
        "history: 5 keer opgeslagen; de grens is 3: de oudste 2 zijn uit de geschiedenis "
        "weggelaten, de kaart zelf is volledig gelezen"
    )


def test_new_snapshot_checks() -> None:
    line = Timeline([Snapshot("s1", date(2026, 3, 1), "Eerste", {})])
    keys = [p.key for p in line.check_new(date(2026, 2, 1), " ", today=date(2026, 1, 1))]
    assert keys == ["snapshot_label_empty", "snapshot_future", "snapshot_order"]
    assert line.check_new(date(2026, 3, 1), "Tweede", today=date(2026, 3, 1)) == []
    with pytest.raises(ModelError):
        line.add_snapshot(Snapshot("s2", date(2026, 2, 1), "Te vroeg", {}))
    with pytest.raises(ModelError):
        line.add_snapshot(Snapshot("s1", date(2026, 4, 1), "Zelfde id", {}))
    assert line.new_id() == "s2"


def test_remove_and_put_back_at_the_same_place() -> None:
    snaps = [Snapshot(f"s{i}", date(2026, i, 1), f"{i}", {}) for i in (1, 2, 3)]
    line = Timeline(snaps)
    seen: list[int] = []
    line.changed.connect(lambda: seen.append(1))
    gone, index = line.remove_snapshot("s2")
    line.add_snapshot(gone, index)
    assert line.snapshots == tuple(snaps)
    assert len(seen) == 2


def test_a_copy_of_the_case_keeps_its_timeline() -> None:
    case = _two_snapshots()
    twin = case.copy()
    assert twin.timeline.snapshots == case.timeline.snapshots
    twin.timeline.remove_snapshot("s1")
    assert len(case.timeline.snapshots) == 2


def test_every_section_is_in_a_state() -> None:
    # every section but the optional ones the example leaves out
    case = example_case()
    absent = {KINDS[k].section for k in KINDS if not len(case.collection(k))}
    assert set(_state(case)) == {"case", *SECTIONS} - absent
    assert "accepted" in absent
