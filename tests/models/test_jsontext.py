"""The ``.kvmap`` writer (:func:`models.jsontext.indented`) writes exactly the text of
``json.dumps(..., ensure_ascii=False, indent=2)``, without the standard library's pure-Python
encoder (issue 14: a third of a save)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.example import example_case
from models.fileformat import case_to_dict, dumps, loads
from models.jsontext import indented
from tests.models.strategies import cases


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


# strings that look like the writer's own seams: brackets and quotes, the text between two
# objects, a written line break, keys
_TRICKY = st.sampled_from(
    [
        "",
        "[1]",
        '["a"]',
        '{"x": 1}',
        "},\n    {",
        '"',
        "\\",
        "\n",
        "a\u2028b",
        ": ",
        ",",
        "é",
        "[",
        "]",
    ]
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=6)
    | _TRICKY
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=4) | _TRICKY, inner, max_size=4)
    ),
    max_leaves=30,
)


@given(_JSON)
@settings(max_examples=200, deadline=None)
def test_any_json_value_is_written_as_json_dumps_writes_it(value: Any) -> None:
    assert indented(value) == _dumps(value)


_FIELD = _SCALARS | st.lists(_SCALARS, max_size=3) | st.dictionaries(_TRICKY, _SCALARS, max_size=2)
_ENTITY = st.dictionaries(st.text(max_size=3) | _TRICKY, _FIELD, min_size=1, max_size=5)


@given(st.lists(_ENTITY, max_size=5))
@settings(max_examples=200, deadline=None)
def test_a_section_of_entities_is_written_as_json_dumps_writes_it(value: Any) -> None:
    """Lists of objects (a section) and objects with one level of containers (an actor's
    roles and position) take the writer's short ways; the text is the same."""
    assert indented(value) == _dumps(value)


def test_seams_inside_strings_stay_as_they_are() -> None:
    section = [
        {"id": "a", "name": "x[", "roles": ["a"], "tags": [1], "position": {"x": 1.0}},
        {"id": "b", "name": '["a"]', "roles": ["a", "b"], "tags": ["[1]"], "n": "[1]"},
        {"id": "c", "name": "},\n      {", "roles": [], "position": {}},
    ]
    assert indented({"actors": section}) == _dumps({"actors": section})
    assert indented(section) == _dumps(section)
    assert indented(tuple(section)) == _dumps(tuple(section))


@given(cases())
@settings(max_examples=25, deadline=None)
def test_a_map_is_written_as_before_and_reads_back(case: Any) -> None:
    text = dumps(case)
    assert text == _dumps(case_to_dict(case)) + "\n"
    assert dumps(loads(text)) == text


def test_saving_does_not_use_the_pure_python_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.generate import generate_case

    case = generate_case(100, seed=4)
    expected = _dumps(case_to_dict(case)) + "\n"

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("the pure-Python JSON encoder")

    monkeypatch.setattr(json.encoder, "_make_iterencode", refused)
    assert dumps(case) == expected
    assert dumps(example_case()).startswith('{\n  "format": "krachtenveld",\n')
