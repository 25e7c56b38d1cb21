"""A version-1 ``sub_mandate_allowed`` read from an exchange file migrates along the chain,
with the ``.kvmap`` loader's own function (models.migrations.v1_levels), never per row."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from exports.builder import CaseBuilder
from models.entities import CaseInfo
from models.enums import PowerCategory
from models.fileformat import load

V1 = Path(__file__).resolve().parents[1] / "models" / "data" / "example-v1.kvmap"


def _built(mandates: list[dict[str, Any]], actors: list[str]) -> dict[str, int | None]:
    builder = CaseBuilder("v1.graphml")
    for actor in actors:
        builder.add_actor({"id": actor, "name": actor})
    for values in mandates:
        builder.add_mandate(dict(values))
    case = builder.build(CaseInfo("T")).case
    return {m.id: m.sub_mandate_levels for m in case.mandates}


def test_a_chain_of_allowing_mandates_keeps_its_depth() -> None:
    spend = PowerCategory.SPEND_BUDGET
    rows = [
        {
            "id": "m1",
            "grantor": "college",
            "holder": "a",
            "power": spend,
            "sub_mandate_allowed": True,
        },
        {"id": "m2", "grantor": "a", "holder": "b", "power": spend, "sub_mandate_allowed": True},
        {"id": "m3", "grantor": "b", "holder": "c", "power": spend, "sub_mandate_allowed": False},
    ]
    # per row (true: 1) the college's mandate would allow one level, and b's sub-mandate to c
    # would widen it: the chain that was valid in version 1 would become a finding
    assert _built(rows, ["college", "a", "b", "c"]) == {"m1": 2, "m2": 1, "m3": 0}


def test_the_v1_example_read_as_rows_gives_the_loaders_levels() -> None:
    doc = json.loads(V1.read_text(encoding="utf-8"))
    rows = [
        {k: m[k] for k in ("id", "grantor", "holder", "power", "sub_mandate_allowed") if k in m}
        for m in doc["mandates"]
    ]
    for row in rows:
        row["power"] = PowerCategory(row["power"])
    loaded = {m.id: m.sub_mandate_levels for m in load(V1).mandates}
    assert _built(rows, [a["id"] for a in doc["actors"]]) == loaded
    assert (
        max(v or 0 for v in loaded.values()) >= 2
    )  # the example has a chain: the test can tell the two apart
