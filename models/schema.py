"""The JSON Schema of the ``.kvmap`` format, generated from the field specs.

The shipped ``models/kvmap.schema.json`` is this function's output; a test keeps them equal.
Regenerate with ``python -m models.schema > models/kvmap.schema.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from models.fields import CASE_FIELDS, KINDS, FieldSpec, field_schema
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
    """The JSON Schema (draft 2020-12) of a ``.kvmap`` document of the current version."""

    def array(ref: str, limit: int) -> dict[str, Any]:
        return {"type": "array", "maxItems": limit, "items": {"$ref": f"#/$defs/{ref}"}}

    properties: dict[str, Any] = {
        "format": {"const": FORMAT_NAME},
        "version": {"const": FORMAT_VERSION},
        "case": {"$ref": "#/$defs/case"},
    }
    defs: dict[str, Any] = {"case": _object(CASE_FIELDS, "Case header")}
    for kind, spec in KINDS.items():
        properties[spec.section] = array(kind.value, LIMITS[spec.section])
        defs[kind.value] = _object(spec.fields, kind.value.capitalize())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://krachtenveld.example/kvmap-{FORMAT_VERSION}.schema.json",
        "title": f"Krachtenveld map (.kvmap), version {FORMAT_VERSION}",
        "type": "object",
        "properties": properties,
        "required": ["format", "version", "case"],
        "additionalProperties": False,
        "$defs": defs,
    }


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(kvmap_schema(), indent=2, ensure_ascii=False))
