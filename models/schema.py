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
from models.header import ANONYMISED_KEY
from models.timeline_io import HISTORY_FIELDS, SNAPSHOT_FIELDS
from models.timeline_io import LIMITS as TIMELINE_LIMITS

__all__ = ["kvmap_schema"]


def _object(fields: Sequence[FieldSpec], title: str) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "properties": {spec.name: field_schema(spec) for spec in fields},
        "required": [spec.name for spec in fields if spec.required],
        "additionalProperties": False,
    }


def _timeline_defs() -> dict[str, Any]:
    """A snapshot (its state as the difference from the one before) and a save."""
    ids = {"type": "array", "items": {"type": "string"}}
    state: dict[str, Any] = {
        "case": {"type": "object", "description": "the header fields that changed"}
    }
    for kind, spec in KINDS.items():
        state[spec.section] = {
            "type": "object",
            "properties": {
                "set": {"type": "array", "items": {"$ref": f"#/$defs/{kind.value}"}},
                "drop": ids,
                "order": ids,
            },
            "additionalProperties": False,
        }
    snapshot = _object(SNAPSHOT_FIELDS, "Snapshot")
    snapshot["properties"]["state"] = {
        "description": "the map's state as its difference from the snapshot before",
        "type": "object",
        "properties": state,
        "additionalProperties": False,
    }
    snapshot["required"].append("state")
    return {"snapshot": snapshot, "save": _object(HISTORY_FIELDS, "Save")}


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
    defs["case"]["properties"][ANONYMISED_KEY] = {
        "type": "boolean",
        "description": "Written (true) only by the anonymised copy; absent in every other map.",
    }
    for kind, spec in KINDS.items():
        properties[spec.section] = array(kind.value, LIMITS[spec.section])
        defs[kind.value] = _object(spec.fields, kind.value.capitalize())
    properties["snapshots"] = array("snapshot", TIMELINE_LIMITS["snapshots"])
    properties["history"] = array("save", TIMELINE_LIMITS["history"])
    defs.update(_timeline_defs())
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
