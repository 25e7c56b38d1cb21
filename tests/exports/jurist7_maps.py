"""The seventh jurist's maps B (an agreement that names a provider as decider over a Wmo
maatwerkvoorziening) and D (youth care delegated to a GR's dagelijks bestuur, with a machtiging
for a request to the court), as she built them (/work/wt/maps7/build.py and build_d.py), on the
example's file header."""

# ruff: noqa: E501

from __future__ import annotations

import copy
from typing import Any

from models.case import Case
from models.example import example_case
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.jurist_rows import A, M, N, P, R

base = case_to_dict(example_case())

J = dict[str, Any]


# the rows as the file format writes them, written once (tests/exports/jurist_rows.py)
actor, rel, mand = A, R, M


def power(i: str, n: str, cat: str, basis: str, rt: str, holder: str, notes: str = "") -> J:
    """A power row in the argument order of the seventh jurist's build scripts."""
    return P(i, n, cat, basis, holder, rt=rt, notes=notes)


def need(
    i: str, d: str, p: str, h: str, orgs: list[str], budget: int | None = None, dev: bool = False
) -> J:
    """A need row due on the seventh jurist's date."""
    return N(i, d, p, h, orgs, budget, deviates=dev, deadline="2026-11-15")


def _map_a() -> dict[str, Any]:
    a: J = {"format": base["format"], "version": base["version"], "snapshots": []}
    a["case"] = dict(
        base["case"],
        title="Ondermandaatketen met een gebroken schakel",
        description="Toets ondermandaat.",
    )
    a["organisations"] = [
        {
            "id": "o1",
            "name": "Gemeente Oeverdam",
            "kind": "municipality",
            "parent": None,
            "notes": "",
            "collapsed": False,
        }
    ]
    a["actors"] = [
        actor("college", "College van B&W", "administrator", "o1", True),
        actor("wethouder", "Wethouder Werk en Inkomen", "administrator", "o1", False),
        actor("raad", "Gemeenteraad", "council", "o1", True),
        actor("secretaris", "Gemeentesecretaris", "executive", "o1"),
        actor("manager", "Manager Inkomen", "manager", "o1"),
        actor("teamleider", "Teamleider Inkomen", "manager", "o1"),
        actor("consulent", "Consulent inkomen", "professional", "o1"),
        actor("inwoner", "Inwoner", "citizen", ""),
    ]
    a["powers"] = [
        power(
            "bb",
            "Bijzondere bijstand verlenen",
            "spend_budget",
            "Participatiewet art. 35",
            "policy_rule",
            "college",
        ),
        power(
            "terug",
            "Terugvorderen van bijstand",
            "other",
            "Participatiewet art. 58 lid 1",
            "statute",
            "college",
        ),
    ]
    a["relationships"] = [
        rel("r1", "college", "secretaris"),
        rel("r2", "secretaris", "manager"),
        rel("r3", "manager", "teamleider"),
        rel("r4", "teamleider", "consulent"),
        rel("r5", "consulent", "teamleider", "accountability"),
        rel("r6", "teamleider", "manager", "accountability"),
        rel("r7", "manager", "secretaris", "accountability"),
        rel("r8", "secretaris", "college", "accountability"),
        rel("r9", "inwoner", "consulent", "signal"),
        rel("r10", "consulent", "teamleider", "signal"),
    ]
    a["mandates"] = [
        mand(
            "m1",
            "college",
            "secretaris",
            "bb",
            budget=100000,
            sub_mandate_levels=3,
            description="Algemeen mandaat; drie niveaus ondermandaat",
        ),
        # broken link: secretaris -> manager expired on 30 June 2026
        mand(
            "m2",
            "secretaris",
            "manager",
            "bb",
            budget=50000,
            valid_until="2026-06-30",
            description="Ondermandaat, verlopen",
        ),
        mand(
            "m3", "manager", "teamleider", "bb", budget=10000, description="Ondermandaat teamleider"
        ),
        mand(
            "m4", "teamleider", "consulent", "bb", budget=2000, description="Ondermandaat consulent"
        ),
        # second chain for 'terug': college -> secretaris exists, secretaris -> manager MISSING, manager -> teamleider exists
        mand(
            "m5",
            "college",
            "secretaris",
            "terug",
            sub_mandate_levels=2,
            description="Mandaat terugvordering",
        ),
        mand(
            "m6",
            "manager",
            "teamleider",
            "terug",
            description="Ondermandaat terugvordering zonder eigen mandaat van de manager",
        ),
    ]
    a["needs"] = [
        need("n1", "Bijzondere bijstand voor woonkosten € 1.800", "bb", "consulent", ["o1"], 1800),
        need("n2", "Terugvordering van € 900 instellen", "terug", "teamleider", ["o1"], 900),
    ]
    a["agreements"] = []

    return a


def map_b() -> Case:
    """Map B: an agreement that pretends to transfer a public power."""
    a = _map_a()
    b = copy.deepcopy(a)
    b["case"]["title"] = "Afspraak die een publieke bevoegdheid overdraagt"
    b["organisations"].append(
        {
            "id": "o2",
            "name": "Zorgaanbieder Helpt",
            "kind": "provider",
            "parent": None,
            "notes": "Stichting; geen bestuursorgaan.",
            "collapsed": False,
        }
    )
    b["actors"].append(
        actor("aanbieder", "Wijkcoördinator Zorgaanbieder Helpt", "partner", "o2", False)
    )
    b["actors"] = [x for x in b["actors"] if x["id"] != "inwoner"] + [
        actor("inwoner", "Inwoner", "citizen", "")
    ]
    b["powers"] = [
        power(
            "wmo",
            "Maatwerkvoorziening Wmo toekennen",
            "spend_budget",
            "Wmo 2015 art. 2.3.5",
            "ordinance",
            "college",
        )
    ]
    b["mandates"] = [
        mand(
            "m1",
            "college",
            "manager",
            "wmo",
            budget=None,
            sub_mandate_levels=1,
            description="Mandaat Wmo",
        )
    ]
    b["relationships"] += [
        rel("r11", "consulent", "aanbieder", "collaboration"),
        rel("r12", "inwoner", "aanbieder", "signal"),
    ]
    b["agreements"] = [
        {
            "id": "g1",
            "name": "Raamovereenkomst Wmo-ondersteuning 2026",
            "kind": "covenant",
            "parties": ["o1", "o2"],
            "decider": "aanbieder",
            "covers": ["wmo"],
            "in_writing": True,
            "valid_from": "2026-01-01",
            "valid_until": None,
            "notes": "De aanbieder stelt de omvang van de maatwerkvoorziening vast en beslist over verlenging; de gemeente volgt dat besluit.",
        }
    ]
    b["needs"] = [
        need(
            "n1",
            "Verlenging begeleiding met 10 uur per week",
            "wmo",
            "aanbieder",
            ["o1", "o2"],
            4000,
        )
    ]
    return case_from_dict(b)


def map_d() -> Case:
    """Map D: youth care through the Jeugdregio (GR)."""
    d: J = {"format": base["format"], "version": base["version"], "snapshots": []}
    d["case"] = dict(
        base["case"],
        title="Jeugdhulp via de Jeugdregio (GR)",
        description="Toets GR, machtiging, wettelijke afwijking, geweigerde toestemming.",
    )
    d["organisations"] = [
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
            "name": "Jeugdregio Dijkland",
            "kind": "joint_arrangement",
            "parent": None,
            "notes": "Gemeenschappelijke regeling (openbaar lichaam).",
            "collapsed": False,
        },
    ]
    d["actors"] = [
        actor("college", "College van B&W", "administrator", "o1", True),
        actor("wethouder", "Wethouder Jeugd", "administrator", "o1", False),
        actor("raad", "Gemeenteraad", "council", "o1", True),
        actor("db", "Dagelijks bestuur Jeugdregio", "administrator", "o2", True),
        actor("directeur", "Directeur Jeugdregio", "executive", "o2"),
        actor("gw", "Gedragswetenschapper Jeugdregio", "professional", "o2"),
        actor("consulent", "Jeugdconsulent Jeugdregio", "professional", "o2"),
        actor(
            "moeder",
            "Moeder",
            "citizen",
            "",
            notes="Weigert toestemming om gegevens met school te delen.",
        ),
    ]
    d["powers"] = [
        dict(
            power(
                "jh",
                "Beslissen over een individuele voorziening jeugdhulp",
                "spend_budget",
                "Jeugdwet art. 2.3",
                "statute",
                "college",
            ),
            act="besluit",
        ),
        dict(
            power(
                "gesl",
                "Verzoek machtiging gesloten jeugdhulp indienen",
                "other",
                "Jeugdwet art. 6.1.2",
                "statute",
                "college",
            ),
            act="request",
        ),
    ]
    d["relationships"] = [
        rel("r1", "db", "directeur"),
        rel("r2", "directeur", "gw"),
        rel("r3", "directeur", "consulent"),
        rel("r4", "consulent", "directeur", "accountability"),
        rel("r5", "directeur", "db", "accountability"),
        rel("r6", "college", "raad", "accountability"),
        rel("r7", "wethouder", "college", "collaboration"),
        rel("r8", "moeder", "consulent", "signal"),
        dict(rel("r9", "moeder", "consulent", "trust"), level=-2),
        dict(rel("r10", "consulent", "moeder", "trust"), level=1),
    ]
    d["mandates"] = [
        mand(
            "m1",
            "college",
            "db",
            "jh",
            instrument="delegation",
            legal_basis="Gemeenschappelijke regeling Jeugdregio Dijkland 2024",
        ),
        mand("m2", "db", "directeur", "jh", sub_mandate_levels=1),
        mand("m3", "directeur", "consulent", "jh", budget=25000),
        mand(
            "m4",
            "college",
            "gw",
            "gesl",
            consent=None,
            holder_works_under_grantor=False,
            description="Mandaat verzoek gesloten jeugdhulp",
        ),
    ]
    d["needs"] = [
        need("n1", "Voortgezette jeugdhulp na 23 jaar", "jh", "consulent", ["o2"], 12000, dev=True),
        need("n2", "Verzoek machtiging gesloten jeugdhulp", "gesl", "gw", ["o1", "o2"]),
    ]
    d["rules"] = [
        {
            "id": "rl1",
            "name": "Jeugdhulp alleen voor jeugdigen: tot 18 jaar, voortgezet tot 23 jaar (art. 1.1 Jeugdwet)",
            "rule_type": "statute",
            "owner": "raad",
            "applies_to": ["jh"],
            "introduced": "2015-01-01",
            "origin": "policy",
            "origin_note": "",
            "burden": 0,
            "practice": "both",
            "notes": "",
        }
    ]
    d["deviations"] = [
        {
            "id": "dv1",
            "date": "2026-06-01",
            "decided_by": "consulent",
            "rule": "rl1",
            "need": None,
            "reason": "Zelfde situatie; hulp doorgezet na 23.",
            "outcome": "granted",
            "comparable_to": [],
            "reported_to": None,
            "notes": "",
        }
    ]
    d["agreements"] = []
    return case_from_dict(d)
