"""Fuzzing the ``.kvmap`` reader: every input is a case or a :class:`FormatError`, quickly.

Four generators (random JSON, type confusion on the example case, byte-level mutations of the
example file and of random valid files, random text) and a fixed list of hostile inputs. An
accepted input must also save again (UTF-8) and load to the same document. The example counts
below are fixed (``max_examples``) so ``docs/reliability.md`` can cite them: 300 per generator
under the hypothesis profile ``full`` (``KV_HYPOTHESIS=full``), 100 under the ``dev`` and ``ci``
profiles, so ``bash dev.sh test`` and CI draw a third of them (issue 15: the suite's time).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.errors import FormatError, KvmapError, problem_total
from models.example import example_text
from models.fileformat import LIMITS, case_to_dict, dumps, loads
from tests.models.strategies import cases

pytestmark = pytest.mark.slow

EXAMPLES = 300 if os.environ.get("KV_HYPOTHESIS") == "full" else 100  # per generator
MAX_SECONDS = 5.0  # a single input must be decided well within this

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

EXAMPLE_TEXT = example_text()
EXAMPLE_DOC: dict[str, Any] = json.loads(EXAMPLE_TEXT)


def assert_readable(error: KvmapError, source: str) -> None:
    """A refusal names the file, has problems and prints in both languages."""
    assert error.problems, "an error without problems"
    for lang in ("en", "nl"):
        text = error.render(lang)
        assert text.startswith(source)
        text.encode("utf-8")  # printable on a UTF-8 terminal
        assert len(text) < 50_000, "an unreadably long message"


def check(data: str | bytes) -> None:
    """The contract: a case that saves and reloads identically, or our own error; fast."""
    started = time.perf_counter()
    try:
        case = loads(data, "fuzz.kvmap")
    except FormatError as exc:
        assert_readable(exc, "fuzz.kvmap")
    else:
        saved = dumps(case).encode("utf-8")  # must be saveable
        again = loads(saved, "again")
        assert case_to_dict(again) == case_to_dict(case)
    assert time.perf_counter() - started < MAX_SECONDS


# --------------------------------------------------------------------------- generators
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),  # includes lone surrogates
    st.sampled_from(["", " ", "a1", "actor", "2024-02-30", "maatwerk", "NaN", "\x00"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=40,
)
KEYS = ["format", "version", "case", "actors", "relationships", "mandates", "needs"]


@FUZZ
@given(json_values)
def test_random_json(value: object) -> None:
    check(json.dumps(value))


@FUZZ
@given(
    st.dictionaries(st.sampled_from([*KEYS, "extra"]), json_values, max_size=8),
    st.sampled_from([0, 1, -1, 2, 1.0, "1", None, True]),
)
def test_random_documents_with_header(body: dict[str, Any], version: object) -> None:
    """Past the format check, into migration and field validation."""
    doc = {**body, "format": "krachtenveld", "version": version}
    check(json.dumps(doc))


@st.composite
def confused(draw: st.DrawFn) -> dict[str, Any]:
    """The example case with a few fields replaced, removed or added."""
    doc: dict[str, Any] = json.loads(EXAMPLE_TEXT)
    for _ in range(draw(st.integers(1, 4))):
        section = draw(st.sampled_from(["case", "actors", "relationships", "mandates", "needs"]))
        if section == "case":
            target = doc["case"]
        else:
            items = doc[section]
            if not items:
                continue
            target = items[draw(st.integers(0, len(items) - 1))]
        field = draw(st.sampled_from([*sorted(target), "unknown"]))
        action = draw(st.sampled_from(["replace", "replace", "delete"]))
        if action == "delete":
            target.pop(field, None)
        else:
            target[field] = draw(json_values)
    if draw(st.booleans()):
        doc[draw(st.sampled_from(KEYS))] = draw(json_values)
    return doc


@FUZZ
@given(confused())
def test_type_confusion_on_example(doc: dict[str, Any]) -> None:
    check(json.dumps(doc))


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """Byte flips, truncations, insertions, deletions and duplications."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete", "duplicate"]))
        if op == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            data[at] = draw(st.sampled_from(b'{}[]",:0-.e\\\x00\xff\xc3 nu'))
        elif op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            end = min(len(data), at + draw(st.integers(1, 200)))
            data[at:at] = data[at:end]
    return bytes(data)


@FUZZ
@given(mutated(EXAMPLE_TEXT.encode("utf-8")))
def test_mutated_example_file(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.data())
def test_mutated_random_cases(data: st.DataObject) -> None:
    original = dumps(data.draw(cases(max_actors=5))).encode("utf-8")
    check(data.draw(mutated(original)))


@FUZZ
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_random_text_and_bytes(data: str | bytes) -> None:
    check(data)


# --------------------------------------------------------------------------- hostile inputs
def _doc(**changes: object) -> str:
    doc = json.loads(EXAMPLE_TEXT)
    doc.update(changes)
    return json.dumps(doc)


def _with_actor(**fields: object) -> str:
    doc = json.loads(EXAMPLE_TEXT)
    doc["actors"][0].update(fields)
    return json.dumps(doc)


HEADER = '{"format": "krachtenveld", "version": 1, "case": {"title": "t"}, '
HOSTILE: dict[str, str | bytes] = {
    "deep_lists": "[" * 100_000 + "]" * 100_000,
    "deep_objects": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "deep_under_limit_breaker": HEADER + '"actors": ' + "[" * 70 + "]" * 70 + "}",
    "deep_in_notes_field": _with_actor(notes=json.loads("[" * 60 + "]" * 60)),
    "container_bomb": "[" + "{}," * 3_000_000 + "{}]",
    "value_bomb": "[" + "0," * 6_000_000 + "0]",
    "huge_integer": '{"format": "krachtenveld", "version": ' + "9" * 5000 + "}",
    "huge_integer_in_field": _doc().replace('"influence": 5', '"influence": ' + "7" * 4400, 1),
    "huge_exponent": _with_actor(influence=1e308).replace("1e+308", "1e999999"),
    "nan_position": _with_actor(position={"x": math.nan, "y": 1}),
    "infinity_budget": _doc().replace('"budget": null', '"budget": Infinity', 1),
    "negative_budget": _doc().replace('"budget": null', '"budget": -1', 1),
    "bool_as_int": _with_actor(influence=True),
    "float_as_int": _with_actor(influence=2.0),
    "lone_surrogate_text": _with_actor(name="x\ud800y"),
    "lone_surrogate_id": _with_actor(id="\udfff"),
    "lone_surrogate_key": _with_actor(**{"\ud800": 1}),
    "nul_bytes": _with_actor(name="a\x00b"),
    "long_name": _with_actor(name="x" * 501),
    "long_notes": _with_actor(notes="x" * 100_001),
    "long_id": _with_actor(id="x" * 201),
    "long_unknown_key": _with_actor(**{"k" * 100_000: 1}),
    "many_tags": _with_actor(tags=[f"t{i}" for i in range(201)]),
    "too_many_actors": HEADER + '"actors": [' + ",".join(["1"] * 100_001) + "]}",
    "many_problems": HEADER + '"actors": [' + ",".join(["{}"] * 5000) + "]}",
    "duplicate_ids": HEADER + '"actors": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}',
    "dangling_reference": HEADER
    + '"relationships": [{"id": "r", "source": "x", "target": "y", "kind": "trust"}]}',
    "self_loop": HEADER + '"actors": [{"id": "a", "name": "A"}], "relationships": '
    '[{"id": "r", "source": "a", "target": "a", "kind": "trust"}]}',
    "version_newer": _doc(version=3),
    "version_negative": _doc(version=-1),
    "version_string": _doc(version="1"),
    "migration_type_confusion": _doc(version=0, actors=5, relationships="x"),
    "proto_keys": _with_actor(__proto__={"polluted": True}, constructor=1),
    "python_expression": _with_actor(name="__import__('os').system('touch /tmp/pwned')"),
    "formula": _with_actor(name='=HYPERLINK("http://evil","click")'),
    "pickle_bytes": b"\x80\x04\x95\x1a\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94\x8c\x06system",
    "utf16_file": EXAMPLE_TEXT.encode("utf-16"),
    "latin1_file": EXAMPLE_TEXT.replace("ë", "\xeb").encode("latin-1", "replace"),
    "bom_utf8": b"\xef\xbb\xbf" + EXAMPLE_TEXT.encode("utf-8"),
    "empty": b"",
    "whitespace": " \n\t" * 1000,
    "null": "null",
    "list_top": "[]",
    "truncated_half": EXAMPLE_TEXT[: len(EXAMPLE_TEXT) // 2],
    "trailing_garbage": EXAMPLE_TEXT + "}",
    "two_documents": EXAMPLE_TEXT + EXAMPLE_TEXT,
    "date_feb_30": _doc(case={**EXAMPLE_DOC["case"], "as_of": "2024-02-30"}),
    "dates_reversed": HEADER + '"actors": [{"id": "a", "name": "A"}], "mandates": [{"id": "m",'
    ' "grantor": "a", "holder": "a", "power": "spend_budget", "valid_from": "2025-01-02",'
    ' "valid_until": "2025-01-01"}]}',
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_refused_or_accepted_safely(name: str) -> None:
    data = HOSTILE[name]
    started = time.perf_counter()
    try:
        loads(data, "hostile.kvmap")
    except KvmapError as exc:
        assert_readable(exc, "hostile.kvmap")
    assert time.perf_counter() - started < 10.0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("deep_lists", "nested too deeply"),
        ("deep_objects", "nested too deeply"),
        ("container_bomb", "the limit is 5000000"),
        ("value_bomb", "the limit is 5000000"),
        ("huge_integer", "more than 4300 digits"),
        ("lone_surrogate_text", "actors[0].name: invalid character"),
        ("lone_surrogate_id", "actors[0].id: invalid character"),
        ("long_notes", "the limit is 100000"),
        ("long_id", "the limit is 200"),
        ("too_many_actors", "actors: 100001 items; the limit is 100000"),
        ("many_tags", "201 items; the limit is 200"),
        ("migration_type_confusion", "says version 0 but has organisations"),
        ("version_newer", "reads up to version 2"),
        ("pickle_bytes", "not UTF-8"),
        ("date_feb_30", "case.as_of: 2024-02-30 is not a day: February 2024 has 29 days"),
        ("dates_reversed", "valid_until 2025-01-01 lies before valid_from 2025-01-02"),
        ("python_expression", ""),
    ],
)
def test_hostile_messages(name: str, expected: str) -> None:
    if not expected:  # accepted as plain text, nothing evaluated
        case = loads(HOSTILE[name])
        assert case.actors[0].name.startswith("__import__")
        return
    with pytest.raises(FormatError) as info:
        loads(HOSTILE[name], "hostile.kvmap")
    assert expected in info.value.render("en")


def test_a_utf16_file_is_read() -> None:
    """Hostile review 8, N5: UTF-16 (with its byte order mark) was refused as "not UTF-8"."""
    assert loads(HOSTILE["utf16_file"]).info == loads(EXAMPLE_TEXT).info


def test_many_problems_are_capped() -> None:
    with pytest.raises(FormatError) as info:
        loads(HOSTILE["many_problems"])
    listed = info.value.problems
    assert len(listed) == LIMITS["problems"] + 1  # and a last line: how many more
    assert listed[-1].key == "more_problems"
    assert problem_total(listed) > LIMITS["problems"]


def test_file_size_limit_checked_before_reading(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models import fileformat

    monkeypatch.setitem(fileformat.LIMITS, "file_bytes", 1000)
    big = tmp_path / "big.kvmap"
    big.write_bytes(b" " * 1001)
    with pytest.raises(FormatError, match="1,001 bytes; the limit is 1,000 bytes"):
        fileformat.load(big)
    with pytest.raises(FormatError, match="the limit is 1,000 bytes"):
        loads(b" " * 1001)


def test_hostile_count_is_documented() -> None:
    """docs/reliability.md cites this number; keep them in step."""
    assert len(HOSTILE) == 48


@pytest.mark.parametrize(
    "name", ["container_bomb", "value_bomb", "deep_lists", "long_unknown_key", "too_many_actors"]
)
def test_memory_stays_bounded(name: str) -> None:
    """Refusals happen before the input is blown up in memory: the peak stays near its size."""
    import tracemalloc

    data = HOSTILE[name]
    tracemalloc.start()
    try:
        with contextlib.suppress(FormatError):
            loads(data)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * len(data) + 16 * 1024 * 1024, f"{peak / 1e6:.0f} MB for {len(data)} bytes"
