"""The eighth jurist's map E (Wmo; her /tmp/rj8/build_e.py, rebuilt from her review): the
college mandates the Wmo beschikking to a provider's wijkverpleegkundige with no consent
recorded, a bruikleenovereenkomst (a private-law act) is recorded as a mandate, the nurse deviates from art. 2.3.2
Wmo 2015, and the hardheidsclausule is delegated to a GR's dagelijks bestuur, which mandates it
to its directeur and on to a consulent."""

# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from models.case import Case
from models.fileformat import case_from_dict
from tests.exports.jurist7_maps import actor, base, mand, need, power, rel

__all__ = ["map_e", "map_e_dict"]


def map_e_dict() -> dict[str, Any]:
    e: dict[str, Any] = {"format": base["format"], "version": base["version"], "snapshots": []}
    e["case"] = dict(
        base["case"],
        title="Wmo via aanbieder en Kustregio",
        description="Toets aanbiedermandaat, volmacht, delegatie.",
    )
    e["organisations"] = [
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
            "name": "Zorggroep Anker",
            "kind": "provider",
            "parent": None,
            "notes": "Levert de wijkverpleging en de begeleiding.",
            "collapsed": False,
        },
        {
            "id": "o3",
            "name": "Kustregio",
            "kind": "joint_arrangement",
            "parent": None,
            "notes": "Gemeenschappelijke regeling (openbaar lichaam).",
            "collapsed": False,
        },
    ]
    e["actors"] = [
        actor("college", "College van B&W", "administrator", "o1", True),
        actor("wethouder", "Wethouder Zorg", "administrator", "o1", False),
        actor("raad", "Gemeenteraad", "council", "o1", True),
        actor("secretaris", "Gemeentesecretaris", "executive", "o1"),
        actor("manager", "Manager Wmo", "manager", "o1"),
        actor("wvp", "Wijkverpleegkundige Zorggroep Anker", "partner", "o2", False),
        actor("db", "Dagelijks bestuur Kustregio", "administrator", "o3", True),
        actor("directeur", "Directeur Kustregio", "executive", "o3"),
        actor("consulent", "Consulent Kustregio", "professional", "o3"),
        actor("inwoner", "Inwoner", "citizen", ""),
    ]
    e["powers"] = [
        dict(
            power(
                "wmo",
                "Maatwerkvoorziening Wmo toekennen",
                "spend_budget",
                "Wmo 2015 art. 2.3.5",
                "statute",
                "college",
            ),
            act="besluit",
        ),
        # the college decides on the municipality's private-law acts (art. 160 lid 1 onder e
        # Gemeentewet); the contract itself is no besluit: passed on by volmacht
        dict(
            power(
                "bruik",
                "Bruikleenovereenkomst hulpmiddel sluiten",
                "other",
                "Gemeentewet art. 160 lid 1 onder e",
                "statute",
                "college",
            ),
            act="private_law",
        ),
        dict(
            power(
                "hard",
                "Afwijken van de Verordening Wmo (hardheidsclausule)",
                "deviate_from_rule",
                "Verordening maatschappelijke ondersteuning art. 14",
                "ordinance",
                "college",
            ),
            act="besluit",
        ),
    ]
    e["relationships"] = [
        rel("r1", "college", "secretaris"),
        rel("r2", "secretaris", "manager"),
        rel("r3", "db", "directeur"),
        rel("r4", "directeur", "consulent"),
        rel("r5", "consulent", "directeur", "accountability"),
        rel("r6", "directeur", "db", "accountability"),
        rel("r7", "wethouder", "college", "collaboration"),
        rel("r8", "inwoner", "wvp", "signal"),
        rel("r9", "wvp", "manager", "collaboration"),
    ]
    e["mandates"] = [
        mand(
            "m1",
            "college",
            "wvp",
            "wmo",
            consent=None,
            holder_works_under_grantor=False,
            description="Alleen voor cliënten in de eigen wijk; verantwoording per kwartaal aan de manager Wmo",
        ),
        mand(
            "m2",
            "college",
            "manager",
            "bruik",
            description="Alleen hulpmiddelen uit het gemeentelijk depot, voor ten hoogste twaalf maanden",
        ),
        mand(
            "m3",
            "college",
            "db",
            "hard",
            instrument="delegation",
            legal_basis="Gemeenschappelijke regeling Kustregio 2024",
        ),
        mand("m4", "db", "directeur", "hard", sub_mandate_levels=1),
        mand("m5", "directeur", "consulent", "hard"),
    ]
    e["needs"] = [
        need("n1", "Huishoudelijke ondersteuning 4 uur per week", "wmo", "wvp", ["o1", "o2"], 3000),
        need(
            "n2",
            "Afwijken van de verordening voor een traplift",
            "hard",
            "consulent",
            ["o3"],
            8000,
            dev=True,
        ),
    ]
    e["rules"] = []
    e["deviations"] = []
    e["agreements"] = []
    return e


def map_e() -> Case:
    return case_from_dict(map_e_dict())
