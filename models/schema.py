"""The JSON Schema of the ``.kvmap`` format, generated from the field specs.

The shipped ``models/kvmap.schema.json`` is this function's output; a test keeps them equal.
Regenerate with ``python -m models.schema > models/kvmap.schema.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from models.fields import (
    ACTOR_FIELDS,
    CASE_FIELDS,
    MANDATE_FIELDS,
    NEED_FIELDS,
    RELATIONSHIP_FIELDS,
    FieldSpec,
    field_schema,
)
from models.fileformat import FORMAT_NAME, FORMAT_VERSION, LIMITS

__all__ = ["kvmap_schema"]


def _object(fields: Sequence[FieldSpec], title: str) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "properties": {spec.name: field_schema(spec) for spec in fields},
        "required": [spec.name for spec in fields if spec.required],
        "additionalProperties": False,
    }


def kvmap_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a version-1 ``.kvmap`` document."""

    def array(ref: str, limit: int) -> dict[str, Any]:
        return {"type": "array", "maxItems": limit, "items": {"$ref": f"#/$defs/{ref}"}}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://krachtenveld.example/kvmap-1.schema.json",
        "title": "Krachtenveld map (.kvmap), version 1",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "case": {"$ref": "#/$defs/case"},
            "actors": array("actor", LIMITS["actors"]),
            "relationships": array("relationship", LIMITS["relationships"]),
            "mandates": array("mandate", LIMITS["mandates"]),
            "needs": array("need", LIMITS["needs"]),
        },
        "required": ["format", "version", "case"],
        "additionalProperties": False,
        "$defs": {
            "case": _object(CASE_FIELDS, "Case header"),
            "actor": _object(ACTOR_FIELDS, "Actor"),
            "relationship": _object(RELATIONSHIP_FIELDS, "Relationship"),
            "mandate": _object(MANDATE_FIELDS, "Mandate"),
            "need": _object(NEED_FIELDS, "Need"),
        },
    }


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(kvmap_schema(), indent=2, ensure_ascii=False))
