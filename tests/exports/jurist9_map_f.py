"""The ninth jurist's edge map F (/tmp/rev-jurist9/build_f.py), on map E of the eighth round:
a teamleider, a mandate to a GR's dagelijks bestuur without consent, a volmacht with an expired
ondervolmacht, a delegation to the manager (art. 10:14 Awb) and an expired ondermandaat under a
valid mandate. The one builder of map F (jurist9b_maps.py held the same map twice)."""

from __future__ import annotations

from typing import Any

from models.case import Case
from models.fileformat import case_from_dict
from tests.exports.jurist7_maps import actor, mand, need, rel
from tests.exports.jurist8_map_e import map_e_dict

__all__ = ["map_f", "map_f_dict"]


def map_f_dict() -> dict[str, Any]:
    e = map_e_dict()
    e["case"]["title"] = "Randen van titel 10.1"
    e["actors"].append(actor("tl", "Teamleider Wmo", "manager", "o1"))
    e["relationships"] += [
        rel("r10", "manager", "tl"),
        rel("r11", "tl", "manager", "accountability"),
    ]
    e["mandates"] = [
        mand(
            "m1",
            "college",
            "db",
            "wmo",
            consent=None,
            holder_works_under_grantor=False,
            sub_mandate_levels=1,
        ),
        mand(
            "m2",
            "college",
            "manager",
            "bruik",
            instrument="power_of_attorney",
            sub_mandate_levels=1,
        ),
        mand(
            "m2b",
            "manager",
            "tl",
            "bruik",
            instrument="power_of_attorney",
            valid_until="2026-06-30",
        ),
        mand(
            "m3",
            "college",
            "manager",
            "hard",
            instrument="delegation",
            legal_basis="Delegatiebesluit 2025",
        ),
        mand("m4", "college", "secretaris", "wmo", sub_mandate_levels=2),
        mand("m5", "secretaris", "tl", "wmo", valid_until="2026-06-30", budget=5000),
    ]
    e["needs"] = [
        need("n1", "Huishoudelijke ondersteuning 4 uur per week", "wmo", "tl", ["o1"], 3000),
        need(
            "n2",
            "Afwijken van de verordening voor een traplift",
            "hard",
            "tl",
            ["o1"],
            8000,
            dev=True,
        ),
        need("n3", "Bruikleen scootmobiel", "bruik", "tl", ["o1"], 500),
    ]
    return e


def map_f() -> Case:
    return case_from_dict(map_f_dict())
