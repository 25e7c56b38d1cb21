"""JSON that does not parse is said in words, not in the parser's English ("Expecting
value") (issue 15, rev-dutch21 D1)."""

from __future__ import annotations

import json

import pytest

from models.jsontext import json_problem


@pytest.mark.parametrize(
    ("text", "nl", "en"),
    [
        (
            "notjson",
            "regel 1, kolom 1: daar ontbreekt een waarde, of wat er staat is geen JSON",
            "line 1, column 1: a value is missing there",
        ),
        ('{"a" 1, "b": 2}', "er ontbreekt een dubbele punt na een naam", "a colon is missing"),
        ('{"a": 1,\n "b": 2,}', "staat er een komma te veel?", "a comma too many?"),
        ("[1 2, 3]", "er ontbreekt een komma tussen twee onderdelen", "a comma is missing"),
        ('[1]\n{"x": 2}', "er staat nog tekst na het einde van de kaart", "after the end of"),
    ],
)
def test_a_json_error_is_said_in_words(text: str, nl: str, en: str) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    problem = json_problem(text, caught.value)
    assert problem.key == "bad_json"
    assert nl in problem.message("nl")
    assert en in problem.message("en")
    assert "Expecting" not in problem.message("nl") + problem.message("en")
