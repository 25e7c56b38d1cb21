"""The eleventh jurist's map H (/tmp/rev-jurist11/maph.py): a griffier (kind executive, under
the raad) listed before the gemeentesecretaris; the college mandates 'Loonkostensubsidie
vaststellen' to a consulent of GR Werkbedrijf; a delegation to the GR's dagelijks bestuur,
sub-delegated to a bestuurscommissie; a volmacht of the raad to the griffier; and a mandate to
decide on bezwaar to the teamleider, sub-mandated to the consulent, both tagged 'primair
besluit' (art. 10:3 lid 3 Awb)."""

# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from models.case import Case
from models.fileformat import case_from_dict
from tests.exports.jurist_rows import A, M, N, P, R

__all__ = ["map_h", "map_h_dict"]


def map_h_dict() -> dict[str, Any]:
    return {
        "format": "krachtenveld",
        "version": 2,
        "case": {
            "title": "Randen H: GR-personeel, subdelegatie, raad, bezwaar",
            "intent": "De inwoner krijgt binnen de termijn een besluit op bezwaar en werk met loonkostensubsidie.",
            "description": "Toets H (rev-jurist11).",
            "as_of": "2026-12-04",
            "intent_owner": "wethouder",
        },
        "organisations": [
            {
                "id": "o1",
                "name": "Gemeente Oeverdam",
                "kind": "municipality",
                "parent": None,
                "notes": "",
                "collapsed": False,
            },
            {
                "id": "o3",
                "name": "Werkbedrijf Rivierland",
                "kind": "joint_arrangement",
                "parent": None,
                "notes": "Gemeenschappelijke regeling (openbaar lichaam).",
                "collapsed": False,
            },
        ],
        "actors": [
            A("college", "College van B&W", "administrator", "o1", True),
            A("wethouder", "Wethouder Sociaal Domein", "administrator", "o1", False),
            A("raad", "Gemeenteraad", "council", "o1", True),
            A("griffier", "Griffier", "executive", "o1"),
            A("secretaris", "Gemeentesecretaris", "executive", "o1"),
            A("tl", "Teamleider Inkomen", "manager", "o1", tags=["primair besluit"]),
            A("cons", "Consulent Inkomen", "professional", "o1", tags=["primair besluit"]),
            A("ab", "Algemeen bestuur Werkbedrijf", "administrator", "o3", True),
            A("dbw", "Dagelijks bestuur Werkbedrijf", "administrator", "o3", True),
            A("bc", "Bestuurscommissie re-integratie", "administrator", "o3", True),
            A("dirw", "Directeur Werkbedrijf", "executive", "o3"),
            A("cw", "Consulent Werkbedrijf", "professional", "o3"),
            A("inwoner", "Inwoner", "citizen", ""),
        ],
        "powers": [
            P(
                "bb",
                "Bijzondere bijstand verlenen",
                "spend_budget",
                "Participatiewet art. 35",
                "college",
            ),
            P(
                "bez",
                "Beslissen op bezwaar bijzondere bijstand",
                "decide_objection",
                "Awb art. 7:11",
                "college",
            ),
            P(
                "lks",
                "Loonkostensubsidie vaststellen",
                "spend_budget",
                "Participatiewet art. 10d",
                "college",
            ),
            P(
                "reint",
                "Re-integratievoorziening toekennen",
                "spend_budget",
                "Participatiewet art. 10",
                "college",
            ),
            P(
                "huurv",
                "Huurovereenkomst vergaderlocatie sluiten",
                "other",
                "Gemeentewet art. 160 lid 1 onder e",
                "raad",
                act="private_law",
            ),
        ],
        "relationships": [
            R("r1", "college", "secretaris"),
            R("r2", "secretaris", "tl"),
            R("r3", "tl", "cons"),
            R("r4", "ab", "dbw"),
            R("r5", "dbw", "dirw"),
            R("r6", "dirw", "cw"),
            R("r7", "raad", "griffier"),
            R("r8", "inwoner", "cons", "signal"),
            R("r9", "wethouder", "college", "collaboration"),
            R("r10", "ab", "bc"),
        ],
        "mandates": [
            M("m1", "college", "tl", "bb", sub_mandate_levels=1),
            M("m2", "tl", "cons", "bb"),
            M("m3", "college", "tl", "bez", sub_mandate_levels=1),
            M("m4", "tl", "cons", "bez"),
            M("m5", "college", "cw", "lks", consent=True, holder_works_under_grantor=False),
            M(
                "m6",
                "college",
                "dbw",
                "reint",
                inst="delegation",
                basis="Gemeenschappelijke regeling Werkbedrijf 2024 art. 5",
            ),
            M(
                "m7",
                "dbw",
                "bc",
                "reint",
                inst="delegation",
                basis="Delegatiebesluit dagelijks bestuur 2025",
            ),
            M(
                "m8",
                "raad",
                "griffier",
                "huurv",
                inst="power_of_attorney",
                basis="Volmachtbesluit raad 2025",
            ),
        ],
        "needs": [
            N("n1", "Bijzondere bijstand € 1.800 voor inrichting", "bb", "cons", ["o1"], 1800),
            N(
                "n2",
                "Besluit op bezwaar tegen weigering bijzondere bijstand",
                "bez",
                "cons",
                ["o1"],
            ),
            N("n3", "Loonkostensubsidie voor inwoner", "lks", "cw", ["o3"], 9000),
            N("n4", "Jobcoach als re-integratievoorziening", "reint", "bc", ["o3"], 3000),
            N("n5", "Vergaderlocatie voor hoorzitting huren", "huurv", "griffier", ["o1"], 500),
        ],
        "agreements": [],
    }


def map_h() -> Case:
    return case_from_dict(map_h_dict())
