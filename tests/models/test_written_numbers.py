"""Hostile review 8, N5: ``"budget": 1e400`` said "expected a number (or null), got inf". A
number too large for a float is now quoted as the file writes it, and said to be too large."""

from __future__ import annotations

import json

import pytest

from models import fileformat
from models.errors import FormatError
from models.example import example_case


def _refused(section: str, field: str, written: str) -> FormatError:
    doc = json.loads(fileformat.dumps(example_case()))
    doc[section][0][field] = "WRITTEN"
    text = json.dumps(doc, ensure_ascii=False).replace('"WRITTEN"', written)
    with pytest.raises(FormatError) as caught:
        fileformat.reads(text.encode("utf-8"), "kaart.kvmap")
    return caught.value


def test_a_budget_of_1e400_is_quoted_and_too_large() -> None:
    error = _refused("mandates", "budget", "1e400")
    assert (
        error.render("en")
        == "kaart.kvmap: mandates[0].budget: 1e400 is larger than the limit of 1e+15"
    )
    assert (
        error.render("nl")
        == "kaart.kvmap: mandates[0].budget: 1e400 is groter dan de grens van 1e+15"
    )


def test_a_position_of_1e999_is_quoted_and_too_large_to_draw() -> None:
    # left empty as 1e308 is (hostile review 11), quoted as written; refused by a strict load
    doc = json.loads(fileformat.dumps(example_case()))
    doc["actors"][0]["position"] = "WRITTEN"
    text = json.dumps(doc).replace('"WRITTEN"', '{"x": 1e999, "y": -1.5E+400}')
    loaded = fileformat.reads(text.encode("utf-8"), "kaart.kvmap")
    assert loaded.case.actors[0].position is None
    far = "x is 1e999, farther out than the ±1,000,000 a map can draw"
    assert f'actors[0].position: actor "college": {far};' in loaded.render("en")
    assert "x is 1e999, verder weg dan de ±1.000.000" in loaded.render("nl")
    with pytest.raises(FormatError) as refused:
        fileformat.loads(text, "kaart.kvmap")
    assert f"actors[0].position: {far}" in refused.value.render("en")


def test_an_influence_of_1e400_is_quoted() -> None:
    error = _refused("actors", "influence", "1e400")
    assert error.render("en").endswith(
        "actors[0].influence: expected a whole number 0–5, got 1e400"
    )
    assert "inf" not in error.render("en").replace("influence", "")


def test_ordinary_numbers_are_plain_floats() -> None:
    loaded = fileformat.reads(fileformat.dumps(example_case()))
    xs = [a.position.x for a in loaded.case.actors if a.position is not None]
    assert xs
    assert all(type(x) is float for x in xs)
