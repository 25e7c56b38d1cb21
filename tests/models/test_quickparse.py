"""The short way of reading a field (models.quickparse, issue 14: `validate` at 10,000 actors):
the same values as the full check, the full check for everything else, counted not timed."""

from __future__ import annotations

from typing import Any

import pytest

import models.fileformat as fileformat
from models import EntityKind, PowerCategory
from models.errors import FieldError, FormatError
from models.example import example_case
from models.fields import KINDS, parse_value
from models.fieldtypes import FieldSpec
from models.quickparse import SLOW, plain, quick_value

ACTOR = {spec.name: spec for spec in KINDS[EntityKind.ACTOR].fields}
MANDATE = {spec.name: spec for spec in KINDS[EntityKind.MANDATE].fields}
INT = FieldSpec("influence", "int", minimum=0, maximum=5)


@pytest.mark.parametrize(
    ("spec", "raw"),
    [
        (ACTOR["id"], "a1"),
        (ACTOR["id"], " a1"),
        (ACTOR["id"], ""),
        (ACTOR["id"], "x" * 201),
        (ACTOR["id"], 7),
        (ACTOR["name"], "Wethouder Sociaal Domein"),
        (ACTOR["name"], ""),
        (ACTOR["name"], "   "),
        (ACTOR["name"], None),
        (ACTOR["kind"], "administrator"),
        (ACTOR["kind"], "wethouder"),
        (ACTOR["kind"], 3),
        (MANDATE["power"], PowerCategory.SPEND_BUDGET.value),  # a version-1 category
        (MANDATE["power"], "p1"),
        (INT, 3),
        (INT, 6),
        (INT, True),
        (INT, 3.0),
    ],
)
def test_the_short_way_gives_what_the_full_check_gives(spec: FieldSpec, raw: Any) -> None:
    quick = quick_value(spec, raw)
    try:
        full = parse_value(spec, raw)
    except FieldError:
        assert quick is SLOW, "a value the full check refuses must go the full way"
        return
    if quick is not SLOW:
        assert quick == full
        assert type(quick) is type(full)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "bel\\u0007"}',  # an escape: any code, also a control character
        '{"name": "a\\b"}',
        '{"name": "a\\f"}',
        '{"name": "Ahmed \u202eiloH"}',  # a bidirectional override as it is
        '{"name": "einde\ufffe"}',
        '{"name": "\ud800"}',  # a lone surrogate in a str handed to reads()
    ],
)
def test_a_text_that_may_hold_a_refused_character_goes_the_full_way(text: str) -> None:
    assert not plain(text)


def test_a_plain_map_reads_its_usual_fields_without_the_full_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = fileformat.dumps(example_case())
    assert plain(text)
    calls: list[str] = []

    def counted(spec: FieldSpec, raw: object) -> object:
        calls.append(spec.kind)
        return parse_value(spec, raw)

    monkeypatch.setattr(fileformat, "parse_value", counted)
    monkeypatch.setattr(fileformat, "plain", lambda text: False)
    fileformat.loads(text)
    every_field = len(calls)
    calls.clear()
    monkeypatch.setattr(fileformat, "plain", plain)
    case = fileformat.loads(text)
    assert fileformat.dumps(case) == text  # read as it was written
    assert not [k for k in calls if k in ("id", "text", "enum", "int", "bool")], calls
    assert len(calls) < every_field / 2, f"{len(calls)} full checks of {every_field} fields"


def test_a_refused_character_is_still_found_and_said() -> None:
    text = fileformat.dumps(example_case()).replace("Gemeenteraad", "Gemeente\\u0007raad", 1)
    with pytest.raises(FormatError) as caught:
        fileformat.loads(text)
    assert "U+0007" in caught.value.render("en")
