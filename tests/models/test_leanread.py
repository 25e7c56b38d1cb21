"""The lean check of ``validate`` (models.leanread, issue 14): it says "opens as it is, nothing
to warn about" only where the full reader says so too, and otherwise hands over to the full
reader, which words every problem. Each test holds the two side by side on the same bytes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import models.fileformat as fileformat
from benchmarks.generate import generate_case
from benchmarks.structures import STRUCTURES
from models.errors import FormatError
from models.example import example_text
from models.fields import KINDS
from models.leanread import clean_counts
from models.notices import map_notices
from tests.models.project_maps import project_maps
from tests.models.strategies import cases
from tests.models.test_fuzz_kvmap import HOSTILE, confused, mutated

TODAY = date(2026, 12, 4)
ROOT = Path(__file__).resolve().parents[2]
MAPS = project_maps()
SMALL = fileformat.dumps(generate_case(60, seed=3))


def full_says_nothing(data: bytes) -> dict[str, int] | None:
    """The items per section when the full reader opens ``data`` with no problem, nothing
    repaired and no notice; else None."""
    try:
        loaded = fileformat.reads(data, "x.kvmap")
    except FormatError:
        return None
    if loaded.problems or map_notices(loaded.case, TODAY):
        return None
    return {spec.section: len(loaded.case.collection(kind)) for kind, spec in KINDS.items()}


def agree(data: bytes) -> bool:
    """The contract: the lean check is sure only where the full reader says nothing, and then
    with the same counts, acceptances and ids. Whether it was sure."""
    lean = clean_counts(data, today=TODAY)
    if lean is None:
        return False
    full = full_says_nothing(data)
    assert full is not None, "the lean check passed a file the full reader does not"
    assert lean.counts == full
    case = fileformat.loads(data)
    assert lean.accepted == tuple(case.accepted)
    assert lean.ids == {item.id for kind in KINDS for item in case.collection(kind)}
    return True


@pytest.mark.parametrize("path", MAPS, ids=[p.name for p in MAPS])
def test_every_map_in_the_repository(path: Path) -> None:
    data = path.read_bytes()
    sure = agree(data)
    if full_says_nothing(data) is not None and b'"version": 2' in data:
        assert sure, "a plain map of the current version should take the lean way"


@pytest.mark.parametrize("name", sorted(STRUCTURES))
def test_every_benchmark_structure_takes_the_lean_way(name: str) -> None:
    assert agree(fileformat.dumps(STRUCTURES[name](120, 1)).encode())


def test_the_example_and_a_generated_map_take_the_lean_way() -> None:
    assert agree(example_text().encode())
    assert agree(SMALL.encode())


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs(name: str) -> None:
    data = HOSTILE[name]
    agree(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)


def _with(change: str, into: str = SMALL) -> bytes:
    """``into`` with one text replacement (which must apply)."""
    old, new = change.split(" => ")
    assert old in into, old
    return into.replace(old, new, 1).encode("utf-8")


def _doc(edit: Any) -> bytes:
    doc = json.loads(SMALL)
    edit(doc)
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def _actor(i: int, **fields: Any) -> Any:
    return lambda doc: doc["actors"][i].update(fields)


def _add(section: str, item: dict[str, Any]) -> Any:
    return lambda doc: doc.setdefault(section, []).append(item)


RULE: dict[str, Any] = {
    "id": "rl1",
    "name": "Vier ogen",
    "rule_type": "internal",
    "owner": None,
    "applies_to": [],
    "introduced": "2020-01-01",
    "origin": "incident",
    "origin_note": "",
    "burden": 1,
    "practice": "both",
    "notes": "",
}
DEVIATION: dict[str, Any] = {
    "id": "dv1",
    "date": "2025-03-01",
    "decided_by": None,
    "rule": "rl1",
    "need": None,
    "reason": "",
    "outcome": "granted",
    "comparable_to": [],
    "reported_to": None,
    "notes": "",
}
ACCEPTED: dict[str, Any] = {
    "id": "acc1",
    "finding": "NO_TRUST:a2",
    "reason": "bekend",
    "by": "",
    "on": "2025-01-01",
    "until": None,
    "content": "",
}

# every one makes the full reader refuse, repair or warn: the lean check must hand over
SAID: dict[str, bytes] = {
    "key twice": _with('"id": "a1", => "id": "a1", "id": "a1",'),
    "key twice, spaced": _with('"id": "a1", => "id" : "a1", "id" :"a1",'),
    "key twice, colons in a text": _with(
        '"id": "a1", => "id": "a1", "notes": "a: b", "notes": "c",'
    ),
    "section twice": _with('"needs": [ => "needs": [], "needs": ['),
    "unknown field": _doc(_actor(0, extra=1)),
    "version 1": _with('"version": 2 => "version": 1'),
    "blank name": _doc(_actor(1, name="  ")),
    "invisible name": _doc(_actor(1, name="\u200b")),
    "id with a space": _doc(_actor(1, id="a2 ")),
    "id taken twice": _doc(_actor(1, id="a1")),
    "reference to nobody": _doc(lambda d: d["relationships"][0].update(target="zz")),
    "influence 6": _doc(_actor(0, influence=6)),
    "influence true": _doc(_actor(0, influence=True)),
    "influence 2.0": _doc(_actor(0, influence=2.0)),
    "unknown kind": _doc(_actor(0, kind="wethouder")),
    "position far away": _doc(_actor(0, position={"x": 2e6, "y": 0})),
    "position with z": _doc(_actor(0, position={"x": 1, "y": 2, "z": 3})),
    "blank tag": _doc(_actor(0, tags=["a", " "])),
    "name too long": _doc(_actor(0, name="x" * 501)),
    "control character": _doc(_actor(0, notes="bel\x07")),
    "unbalanced override": _doc(_actor(0, name="Ahmed \u202eiloH")),
    "direction mark": _doc(_actor(0, name="Ahmed\u200f")),
    "non-character": _doc(_actor(0, notes="einde\ufffe")),
    "look-alike names": _doc(lambda d: d["actors"][1].update(name=d["actors"][0]["name"] + " ")),
    "look-alike Cyrillic": _doc(
        lambda d: (d["actors"][0].update(name="Jansen"), d["actors"][1].update(name="J\u0430nsen"))
    ),
    "power named as a category": _doc(lambda d: d["powers"][0].update(id="spend_budget")),
    "mandate to itself": _doc(
        lambda d: d["mandates"][0].update(holder=d["mandates"][0]["grantor"])
    ),
    "mandate dates reversed": _doc(
        lambda d: d["mandates"][0].update(valid_from="2025-02-01", valid_until="2025-01-01")
    ),
    "mandate on 30 February": _doc(lambda d: d["mandates"][0].update(valid_from="2025-02-30")),
    "organisation cycle": _doc(
        lambda d: (
            d["organisations"][0].update(parent=d["organisations"][1]["id"]),
            d["organisations"][1].update(parent=d["organisations"][0]["id"]),
        )
    ),
    "judged in 1850": _doc(lambda d: d["case"].update(as_of="1850-01-01")),
    "owner of the intent unknown": _doc(lambda d: d["case"].update(intent_owner="zz")),
    "agreement without parties": _doc(
        _add(
            "agreements",
            {
                "id": "g1",
                "name": "Convenant",
                "kind": "covenant",
                "parties": [],
                "decider": None,
                "covers": [],
                "in_writing": True,
                "valid_from": None,
                "valid_until": None,
                "notes": "",
            },
        )
    ),
    "rule introduced after today": _doc(_add("rules", {**RULE, "introduced": "2099-01-01"})),
    "deviation from nothing": _doc(_add("deviations", {**DEVIATION, "rule": None})),
    "deviation before its rule": _doc(
        lambda d: (
            _add("rules", RULE)(d),
            _add("deviations", {**DEVIATION, "date": "2019-01-01"})(d),
        )
    ),
    "acceptance ending before it was made": _doc(
        _add("accepted", {**ACCEPTED, "until": "2024-01-01"})
    ),
    "escaped control character": _with('"notes": "" => "notes": "bel\\u0007"'),
    "NaN": _with('"influence": 3 => "influence": NaN'),
    "trailing comma": _with("false\n    }\n  ], => false\n    },\n  ],"),
    "snapshot after today": _doc(
        lambda d: d.update(
            snapshots=[
                {
                    "id": "s1",
                    "date": "2099-01-01",
                    "label": "later",
                    "state": {k: d[k] for k in ("case", "actors")},
                }
            ]
        )
    ),
}


@pytest.mark.parametrize("name", sorted(SAID))
def test_what_the_full_reader_says_something_about_goes_the_full_way(name: str) -> None:
    data = SAID[name]
    assert full_says_nothing(data) is None, "the case should make the full reader say something"
    assert clean_counts(data, today=TODAY) is None


# the full reader says nothing about these: the lean check must be sure of them too
PLAIN: dict[str, bytes] = {
    "colons and commas in texts": _doc(
        _actor(0, notes="Let op: a, b {c} [d]", name="Wethouder: A")
    ),
    "escaped quotes and new lines": _with('"notes": "" => "notes": "\\"zo\\"\\n\\tdus\\\\"'),
    "letters with accents": _doc(_actor(0, name="Ëlise Ďurová", notes="café – ‘x’")),
    "a power named by its category": _doc(lambda d: d["mandates"][0].update(power="spend_budget")),
    "step days": _doc(lambda d: d["case"].update(step_days=7)),
    "anonymised copy": _doc(lambda d: d["case"].update(anonymised=True)),
    "register and acceptance": _doc(
        lambda d: (
            _add("rules", RULE)(d),
            _add("deviations", DEVIATION)(d),
            _add("accepted", ACCEPTED)(d),
        )
    ),
    "compact text": json.dumps(json.loads(SMALL), separators=(",", ":")).encode(),
}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_plain_variations_take_the_lean_way(name: str) -> None:
    assert agree(PLAIN[name])


# the full reader opens these as they are; the lean check hands them over all the same
HANDED_OVER: dict[str, bytes] = {
    "byte order mark": b"\xef\xbb\xbf" + SMALL.encode(),
    "UTF-16": SMALL.encode("utf-16"),
    "a field left out": _doc(lambda d: d["actors"][0].pop("notes")),
    "version 1": (ROOT / "tests" / "models" / "data" / "example-v1.kvmap").read_bytes(),
}


@pytest.mark.parametrize("name", sorted(HANDED_OVER))
def test_what_the_lean_check_leaves_to_the_full_reader(name: str) -> None:
    assert full_says_nothing(HANDED_OVER[name]) is not None
    assert not agree(HANDED_OVER[name])


def test_the_limits_are_the_full_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    data = SMALL.encode()
    monkeypatch.setitem(fileformat.LIMITS, "actors", 59)
    assert full_says_nothing(data) is None
    assert clean_counts(data, today=TODAY) is None
    monkeypatch.setitem(fileformat.LIMITS, "actors", 100_000)
    monkeypatch.setitem(fileformat.LIMITS, "json_values", 1_000)
    assert full_says_nothing(data) is None
    assert clean_counts(data, today=TODAY) is None


LEAN = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@LEAN
@given(cases(max_actors=6))
def test_random_valid_maps(case: Any) -> None:
    agree(fileformat.dumps(case).encode())


@LEAN
@given(mutated(SMALL.encode()))
def test_mutated_bytes(data: bytes) -> None:
    agree(data)


@LEAN
@given(confused())
def test_confused_fields(doc: dict[str, Any]) -> None:
    agree(json.dumps(doc).encode())


#: where each key of SMALL ends (its closing quote), found once, not for every example
_KEY_ENDS = [i for i in range(len(SMALL)) if SMALL.startswith('": ', i)]


@LEAN
@given(st.data())
def test_a_key_given_twice_anywhere(data: st.DataObject) -> None:
    """Any key of any object repeated with any value: never passed (hostile)."""
    text = SMALL
    at = data.draw(st.sampled_from(_KEY_ENDS))
    start = text.rindex('"', 0, at) + 1
    key = text[start:at]
    value = data.draw(st.sampled_from(['"x"', "1", "null", '"a: b"', "[]", '{"x": 1}']))
    changed = text[: start - 1] + f'"{key}": {value}, ' + text[start - 1 :]
    assert clean_counts(changed.encode(), today=TODAY) is None
