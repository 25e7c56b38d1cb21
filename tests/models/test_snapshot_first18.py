"""A map's first snapshot is read against the map itself (issue 14, snap17's note): only the
entities that differ from the map are read, the rest are the map's own objects (no second copy
of the map), and what is read, refused, kept or said is what the whole-map read gives."""

from __future__ import annotations

import copy
import functools
import json
import pickle
from datetime import date, timedelta
from typing import Any

import pytest

from benchmarks.generate import generate_case
from models import fileformat, leanread
from models.errors import FormatError
from models.example import example_case
from models.fileformat import case_to_dict
from models.timeline_io import SECTIONS, dump_timeline
from models.timeline_state import Entities, case_of, plain_state

_DAY = date(2024, 1, 1)


def _body(synthetic: bool = False) -> dict[str, Any]:
    doc = case_to_dict(generate_case(60) if synthetic else example_case())
    doc.pop("snapshots", None)
    doc.pop("history", None)
    return doc


def _doc(body: dict[str, Any], first: dict[str, Any], later: int = 0) -> dict[str, Any]:
    """``body`` with a first snapshot of state ``first`` (a whole map, as written) and
    ``later`` snapshots that each set one actor's stance."""
    states = [{"case": first["case"], **{s: {"set": first[s]} for s in SECTIONS if first.get(s)}}]
    for k in range(later):
        actor = copy.deepcopy(first["actors"][k % len(first["actors"])])
        actor["stance"] = (k % 5) - 2
        states.append({"actors": {"set": [actor]}})
    snaps = [
        {"id": f"s{i + 1}", "date": str(_DAY + timedelta(days=i)), "label": f"M {i}", "state": s}
        for i, s in enumerate(states)
    ]
    return {**copy.deepcopy(body), "snapshots": snaps}


def _entities(doc: object) -> int:
    return sum(len(v) for k, v in doc.items() if k in SECTIONS) if isinstance(doc, dict) else 0


def _changed(body: dict[str, Any]) -> dict[str, Any]:
    """The map a while ago: one actor's stance other, one actor more."""
    first = copy.deepcopy(body)
    first["actors"][2]["stance"] = -first["actors"][2]["stance"] or 1
    new = {**copy.deepcopy(first["actors"][0]), "id": "earlier", "name": "Toen nog"}
    first["actors"].append(new)
    return first


def test_the_first_snapshot_reads_only_what_differs_from_the_map(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fails on the old code: the first snapshot was read as the whole map."""
    body = _body()
    doc = _doc(body, _changed(body), later=5)
    real = fileformat.read_dict
    read: list[int] = []

    def counted(d: object, source: str = "", **kwargs: Any) -> object:
        read.append(_entities(d))
        return real(d, source, **kwargs)

    monkeypatch.setattr(fileformat, "read_dict", counted)
    loaded = real(json.loads(json.dumps(doc)), "x.kvmap")
    assert loaded.problems == ()
    assert len(loaded.case.timeline.snapshots) == 6
    assert read == [2, 1, 1, 1, 1, 1]  # the changed actor and the new one, then one each


def test_the_first_snapshot_holds_the_map_s_own_entities() -> None:
    """Fails on the old code: the first snapshot's state was a dict copy of the map."""
    body = _body()
    loaded = fileformat.read_dict(_doc(body, _changed(body), later=2), "x.kvmap")
    case = loaded.case
    first, second, third = (s.state for s in case.timeline.snapshots)
    actors = first["actors"]
    assert isinstance(actors, Entities)
    assert actors.entries[0] is case.actors[0]  # the map's own object, not a copy
    assert isinstance(actors.entries[2], dict)  # the one that differs, as read
    assert first["relationships"].entries == list(case.relationships)
    assert all(a is b for a, b in zip(first["mandates"].entries, case.mandates, strict=True))
    assert second["relationships"] is first["relationships"]  # shared onwards (snap17)
    assert isinstance(third["actors"], Entities)
    assert third["actors"].entries[5] is case.actors[5]  # a later change copies no entity


def _variants(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {"same": copy.deepcopy(body), "changed": _changed(body)}
    one = copy.deepcopy(body)
    one["actors"][1]["stance"] = float(one["actors"][1]["stance"])  # 1.0 is no int to us
    out["float for int"] = one
    true = copy.deepcopy(body)
    true["actors"][1]["influence"] = True  # True == 1 in Python
    out["bool for int"] = true
    ints = copy.deepcopy(body)
    ints["actors"][0]["position"] = {"x": 0, "y": 0}  # the same place, written as integers
    out["int position"] = ints
    drop = copy.deepcopy(body)
    del drop["actors"][-1]  # an actor of the map not yet there (its ties name it)
    out["drop"] = drop
    cycle = copy.deepcopy(body)
    orgs = cycle["organisations"]
    orgs[0]["parent"], orgs[1]["parent"] = orgs[1]["id"], orgs[0]["id"]
    out["organisation cycle"] = cycle
    twice = copy.deepcopy(body)
    taken = body["relationships"][0]["id"]
    twice["actors"].append({**copy.deepcopy(body["actors"][0]), "id": taken})
    out["id of another section"] = twice
    dangling = copy.deepcopy(body)
    dangling["relationships"][0]["target"] = "nobody"
    out["unknown reference"] = dangling
    header = copy.deepcopy(body)
    header["case"]["title"] = "Eerder"
    out["header"] = header
    reordered = copy.deepcopy(body)
    reordered["actors"].reverse()
    out["other order"] = reordered
    extra = copy.deepcopy(body)
    extra["needs"][0]["colour"] = "rood"  # a field no need has
    out["unknown field"] = extra
    return out


def _read(doc: dict[str, Any]) -> tuple[object, ...]:
    """What reading ``doc`` gives: the problems said, and each snapshot as read."""
    text = json.dumps(doc, ensure_ascii=False)
    try:
        loaded = fileformat.reads(text, "x.kvmap")
    except FormatError as exc:
        return ("refused", exc.problems)
    timeline = loaded.case.timeline
    states = [(s.id, plain_state(s.state)) for s in timeline.snapshots]
    kept = [(k.snapshot.id, k.after) for k in timeline.kept]
    return loaded.problems, states, kept, dump_timeline(timeline)


@functools.cache
def _pickled(synthetic: bool) -> tuple[bytes, dict[str, bytes]]:
    """The map and each of its variants, made once per worker (the synthetic map and its dozen
    copies were a third of each test below), kept pickled: each test gets copies of its own."""
    body = _body(synthetic)
    return pickle.dumps(body), {k: pickle.dumps(v) for k, v in _variants(body).items()}


def _made(synthetic: bool, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A fresh copy of the map and of its variant ``name``."""
    body, variants = _pickled(synthetic)
    made: tuple[dict[str, Any], dict[str, Any]] = (
        pickle.loads(body),
        pickle.loads(variants[name]),
    )
    return made


@pytest.mark.parametrize("synthetic", [False, True], ids=["example", "synthetic"])
@pytest.mark.parametrize("name", list(_variants(_body())))
def test_read_against_the_map_is_the_whole_map_s_read(
    name: str, synthetic: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The full reader (the example) and the lean one of ``validate`` (a synthetic map that
    opens as it is) say what they said when the first snapshot was read as a whole map."""
    body, first = _made(synthetic, name)
    doc = _doc(body, first, later=3)
    ours = _read(doc)
    lean = leanread.clean_counts(json.dumps(doc).encode())
    monkeypatch.setattr(fileformat, "_base", lambda *_args: None)  # the whole-map read
    monkeypatch.setattr(leanread, "_base", lambda *_args: None)
    assert ours == _read(doc)
    assert lean == leanread.clean_counts(json.dumps(doc).encode())


def test_the_lean_reader_trusts_a_first_snapshot_like_the_map() -> None:
    """``validate``'s lean reader reads the first snapshot against the map too, and says
    the map opens as it is when only its values differ, not when one is refused."""
    body = _body(synthetic=True)
    variants = _variants(body)
    for name in ("same", "changed", "int position", "header", "other order"):
        assert leanread.clean_counts(json.dumps(_doc(body, variants[name], 3)).encode()), name
    for name in ("float for int", "bool for int", "drop", "organisation cycle"):
        assert leanread.clean_counts(json.dumps(_doc(body, variants[name], 3)).encode()) is None


def test_a_snapshot_s_map_is_built_from_its_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on the old code (no case_of: each snapshot's map was read whole from its dicts):
    the map of a snapshot read against the map reads only its changed entities, and is the
    map the whole read gives."""
    body = _body()
    loaded = fileformat.read_dict(_doc(body, _changed(body), later=3), "x.kvmap")
    real = fileformat.read_dict
    read: list[int] = []

    def counted(d: object, source: str = "", **kwargs: Any) -> object:
        read.append(_entities(d))
        return real(d, source, **kwargs)

    monkeypatch.setattr(fileformat, "read_dict", counted)
    for snap in loaded.case.timeline.snapshots:
        quick = case_of(snap.state, snap.id)
        assert quick is not None
        doc = {"format": "krachtenveld", "version": 2, **plain_state(snap.state)}
        assert case_to_dict(quick) == case_to_dict(fileformat.case_from_dict(doc))
    whole = _entities(body)
    assert read[0::2] == [2, 3, 4, 4]  # what differs from the map, and the actors set since
    assert read[1::2] == [whole + 1] * 4  # the whole read, beside it here
