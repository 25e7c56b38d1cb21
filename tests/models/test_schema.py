"""The shipped JSON Schema matches the field specs and agrees with the reader."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from models.example import example_text
from models.schema import kvmap_schema


def shipped() -> dict[str, object]:
    text = resources.files("models").joinpath("kvmap.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def test_shipped_schema_is_generated_one() -> None:
    assert shipped() == kvmap_schema()


def test_schema_is_valid_and_accepts_example() -> None:
    jsonschema.Draft202012Validator.check_schema(kvmap_schema())
    jsonschema.validate(json.loads(example_text()), kvmap_schema())


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("actors", 0, "influence"), "veel"),
        (("actors", 0, "kind"), "alien"),
        (("relationships", 0, "level"), 3),
        (("mandates", 0, "valid_from"), "1-1-2026"),
        (("case", "title"), ""),
    ],
)
def test_schema_refuses_what_the_reader_refuses(path: tuple[object, ...], value: object) -> None:
    doc = json.loads(example_text())
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, kvmap_schema())
