"""Map C, the huisbezoek (the fifth jurist's map C, docs/reviews/2026-12-03-fifth-round.md, and
the home-visit rule of the seventh and eighth rounds, W10/N7): a consulent of the wijkteam
visits a young applicant for bijzondere bijstand at home together with the woningcorporatie
and a zorgaanbieder, because an internal rule the college made after a council motion asks a
home visit at every application of a young person. The power stays with the college, mandated
to the manager Sociaal Domein up to € 10.000 with one sub-level, and on to the consulent up to
€ 2.000; the partners hold no power and none is passed to them."""

from __future__ import annotations

from typing import Any

from models.case import Case
from models.fileformat import case_from_dict
from tests.exports.jurist7_maps import actor, base, mand, need, power, rel

__all__ = ["map_c", "map_c_dict"]


def map_c_dict() -> dict[str, Any]:
    c: dict[str, Any] = {"format": base["format"], "version": base["version"], "snapshots": []}
    c["case"] = dict(
        base["case"],
        title="Huisbezoek bij een aanvraag bijzondere bijstand",
        description="Toets huisbezoek met partners.",
    )
    c["organisations"] = [
        {
            "id": "o1",
            "name": "Gemeente Oeverdam",
            "kind": "municipality",
            "parent": None,
            "notes": "",
            "collapsed": False,
        },
        {
            "id": "o2",
            "name": "Woningcorporatie Thuisplus",
            "kind": "partner",
            "parent": None,
            "notes": "",
            "collapsed": False,
        },
        {
            "id": "o3",
            "name": "Zorggroep Anker",
            "kind": "provider",
            "parent": None,
            "notes": "Levert de begeleiding thuis.",
            "collapsed": False,
        },
    ]
    c["actors"] = [
        actor("college", "College van B&W", "administrator", "o1", True),
        actor("wethouder", "Wethouder Sociaal Domein", "administrator", "o1", False),
        actor("raad", "Gemeenteraad", "council", "o1", True),
        actor("secretaris", "Gemeentesecretaris", "executive", "o1"),
        actor("manager", "Manager Sociaal Domein", "manager", "o1"),
        actor("consulent", "Consulent wijkteam", "professional", "o1"),
        actor("corporatie", "Woonconsulent Woningcorporatie Thuisplus", "partner", "o2", False),
        actor("begeleider", "Begeleider Zorggroep Anker", "partner", "o3", False),
        actor("inwoner", "Inwoner", "citizen", ""),
    ]
    c["powers"] = [
        dict(
            power(
                "bb",
                "Bijzondere bijstand verlenen",
                "spend_budget",
                "Participatiewet art. 35",
                "statute",
                "college",
            ),
            act="besluit",
        ),
    ]
    c["relationships"] = [
        rel("r1", "college", "secretaris"),
        rel("r2", "secretaris", "manager"),
        rel("r3", "manager", "consulent"),
        rel("r4", "consulent", "manager", "accountability"),
        rel("r5", "manager", "secretaris", "accountability"),
        rel("r6", "college", "raad", "accountability"),
        rel("r7", "wethouder", "college", "collaboration"),
        rel("r8", "inwoner", "consulent", "signal"),
        rel("r9", "consulent", "corporatie", "collaboration"),
        rel("r10", "consulent", "begeleider", "collaboration"),
        rel("r11", "corporatie", "consulent", "signal"),
        rel("r12", "begeleider", "consulent", "signal"),
        rel("r13", "secretaris", "college", "accountability"),
    ]
    c["mandates"] = [
        mand(
            "m1",
            "college",
            "manager",
            "bb",
            budget=10000,
            sub_mandate_levels=1,
            legal_basis="Mandaatbesluit Sociaal Domein 2025",
        ),
        mand(
            "m2",
            "manager",
            "consulent",
            "bb",
            budget=2000,
            legal_basis="Ondermandaatbesluit Sociaal Domein 2025",
        ),
    ]
    c["needs"] = [
        need(
            "n1",
            "Bijzondere bijstand voor de inrichting van een eerste woning",
            "bb",
            "consulent",
            ["o1"],
            1500,
        ),
    ]
    c["rules"] = [
        {
            "id": "hb",
            "name": "Huisbezoek bij elke aanvraag van een jongere",
            "rule_type": "internal",
            "owner": "college",
            "applies_to": ["bb"],
            "introduced": "2025-03-01",
            "origin": "motion",
            "origin_note": "Motie na een raadsdebat over misbruik",
            "burden": 1,
            "practice": "both",
            "notes": "",
        },
    ]
    c["deviations"] = []
    c["agreements"] = []
    return c


def map_c() -> Case:
    return case_from_dict(map_c_dict())
