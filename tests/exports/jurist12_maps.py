"""The twelfth jurist's maps J and K (/tmp/rev-jurist12/mapjk.py).

J (Jeugdwet/Wmo): the college mandates 'Individuele voorziening jeugdhulp toekennen' to the DB of
GR Jeugdregio (no ondermandaat allowed), which sub-mandates to its manager and on to the
medewerker (the handler); the college also mandates 'Maatwerkvoorziening Wmo toekennen', not in
writing, to the manager of a provider, who sub-mandates to the wijkcoach.
K (Gemeentewet): the burgemeester mandates an APV bestuursdwang power to the teamleider OOV; the
college mandates the burgemeester's 'Woning sluiten' (art. 174a Gemw); a verordening power with
mandate excluded is mandated anyway; an expired volmacht is used for a 48.000 euro contract."""

# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from models.case import Case
from models.fileformat import case_from_dict
from tests.exports.jurist_rows import A, M, N, P, R

__all__ = ["map_j", "map_j_dict", "map_k", "map_k_dict"]


def org(i: str, n: str, k: str, notes: str = "") -> dict[str, Any]:
    return {"id": i, "name": n, "kind": k, "parent": None, "notes": notes, "collapsed": False}


def map_j_dict() -> dict[str, Any]:
    return {
        "format": "krachtenveld",
        "version": 2,
        "case": {
            "title": "Sem (14) wacht op gezinsbehandeling",
            "intent": "Sem krijgt voor de kerst intensieve gezinsbehandeling en zijn moeder hulp in het huishouden.",
            "description": "Toets J (rev-jurist12): jeugdhulp via de Jeugdregio, Wmo via de aanbieder.",
            "as_of": "2026-12-04",
            "intent_owner": "wethouder",
        },
        "organisations": [
            org("o1", "Gemeente Lindewaard", "municipality"),
            org(
                "o2",
                "Jeugdregio Noordkust",
                "joint_arrangement",
                "Gemeenschappelijke regeling (openbaar lichaam).",
            ),
            org("o3", "Zorggroep Welzijn", "provider", "Levert huishoudelijke ondersteuning."),
        ],
        "actors": [
            A("college", "College van B&W", "administrator", "o1", True),
            A("wethouder", "Wethouder Jeugd en Zorg", "administrator", "o1", False),
            A("raad", "Gemeenteraad", "council", "o1", True),
            A("secretaris", "Gemeentesecretaris", "executive", "o1"),
            A("tl", "Teamleider Jeugd en Wmo", "manager", "o1"),
            A("cons", "Consulent Wmo", "professional", "o1"),
            A("ab", "Algemeen bestuur Jeugdregio", "administrator", "o2", True),
            A("db", "Dagelijks bestuur Jeugdregio", "administrator", "o2", True),
            A("mret", "Manager Regionaal Expertiseteam", "manager", "o2"),
            A("wret", "Medewerker Regionaal Expertiseteam", "professional", "o2"),
            A("zm", "Manager Zorggroep Welzijn", "partner", "o3", False),
            A("zw", "Wijkcoach Zorggroep Welzijn", "partner", "o3", False),
            A("sem", "Sem Bakker", "citizen", ""),
            A("moeder", "Moeder van Sem", "citizen", ""),
        ],
        "powers": [
            P(
                "jh",
                "Individuele voorziening jeugdhulp toekennen",
                "spend_budget",
                "Jeugdwet art. 2.3",
                "college",
            ),
            P(
                "wmo",
                "Maatwerkvoorziening Wmo toekennen",
                "spend_budget",
                "Wmo 2015 art. 2.3.5",
                "college",
            ),
        ],
        "relationships": [
            R("r1", "college", "secretaris"),
            R("r2", "secretaris", "tl"),
            R("r3", "tl", "cons"),
            R("r4", "ab", "db"),
            R("r5", "db", "mret"),
            R("r6", "mret", "wret"),
            R("r7", "zm", "zw"),
            R("r8", "sem", "wret", "signal"),
            R("r9", "moeder", "zw", "signal"),
            R("r10", "wethouder", "college", "collaboration"),
            R("r11", "cons", "wret", "collaboration"),
            R("r12", "wret", "mret", "accountability"),
        ],
        "mandates": [
            M(
                "m1",
                "college",
                "db",
                "jh",
                consent=True,
                holder_works_under_grantor=False,
                basis="Mandaatbesluit Jeugdregio 2025",
            ),
            M("m2", "db", "mret", "jh", basis="Ondermandaatbesluit Jeugdregio 2025"),
            M("m3", "mret", "wret", "jh", basis="Ondermandaatbesluit Jeugdregio 2025"),
            M(
                "m4",
                "college",
                "zm",
                "wmo",
                scope="case",
                in_writing=False,
                consent=True,
                holder_works_under_grantor=False,
                basis="Afspraak per e-mail",
            ),
            M("m5", "zm", "zw", "wmo", basis="Werkinstructie Zorggroep"),
        ],
        "needs": [
            N("n1", "Intensieve ambulante gezinsbehandeling voor Sem", "jh", "wret", ["o2"], 24000),
            N(
                "n2",
                "Huishoudelijke ondersteuning voor de moeder van Sem, 4 uur per week",
                "wmo",
                "zw",
                ["o1", "o3"],
                4000,
            ),
        ],
        "agreements": [],
    }


def map_k_dict() -> dict[str, Any]:
    return {
        "format": "krachtenveld",
        "version": 2,
        "case": {
            "title": "Overlast Kerkstraat 12 en meerkosten",
            "intent": "De overlast in de Kerkstraat stopt en de bewoonster houdt haar dagbesteding.",
            "description": "Toets K (rev-jurist12): burgemeestersbevoegdheden, verordening met mandaatverbod, verlopen volmacht.",
            "as_of": "2026-12-04",
            "intent_owner": "burgemeester",
        },
        "organisations": [
            org("o1", "Gemeente Heuvelrode", "municipality"),
            org("o2", "Zorgboerderij De Hoeve", "provider", "Biedt dagbesteding."),
        ],
        "actors": [
            A("college", "College van B&W", "administrator", "o1", True),
            A("burgemeester", "Burgemeester", "administrator", "o1", True),
            A("wethouder", "Wethouder Financiën", "administrator", "o1", False),
            A("raad", "Gemeenteraad", "council", "o1", True),
            A("secretaris", "Gemeentesecretaris", "executive", "o1"),
            A("mbv", "Manager Bedrijfsvoering", "manager", "o1"),
            A("tloov", "Teamleider Openbare Orde en Veiligheid", "manager", "o1"),
            A("moov", "Medewerker OOV", "professional", "o1"),
            A("tlink", "Teamleider Inkomen", "manager", "o1"),
            A("cons", "Consulent Inkomen", "professional", "o1"),
            A("hoeve", "Directeur Zorgboerderij De Hoeve", "partner", "o2", False),
            A("bewoonster", "Mevrouw Jansen", "citizen", ""),
        ],
        "powers": [
            P(
                "lob",
                "Last onder bestuursdwang openbare orde (APV)",
                "other",
                "Gemeentewet art. 125 lid 2 jo. art. 174",
                "burgemeester",
            ),
            P(
                "slu",
                "Woning sluiten na drugsvondst",
                "other",
                "Gemeentewet art. 174a",
                "burgemeester",
            ),
            P(
                "mkt",
                "Tegemoetkoming meerkosten toekennen",
                "spend_budget",
                "Verordening meedoen Heuvelrode 2024 art. 6",
                "college",
                mandate="forbidden",
                rt="ordinance",
            ),
            P(
                "ink",
                "Overeenkomst dagbesteding sluiten",
                "other",
                "Gemeentewet art. 160 lid 1 onder e",
                "college",
                act="private_law",
            ),
        ],
        "relationships": [
            R("r1", "college", "secretaris"),
            R("r2", "secretaris", "tloov"),
            R("r3", "tloov", "moov"),
            R("r4", "secretaris", "tlink"),
            R("r5", "tlink", "cons"),
            R("r6", "secretaris", "mbv"),
            R("r7", "burgemeester", "college", "collaboration"),
            R("r8", "wethouder", "college", "collaboration"),
            R("r9", "burgemeester", "raad", "accountability"),
            R("r10", "bewoonster", "cons", "signal"),
            R("r11", "moov", "tloov", "signal"),
            R("r12", "hoeve", "mbv", "collaboration"),
        ],
        "mandates": [
            M(
                "k1",
                "burgemeester",
                "tloov",
                "lob",
                sub_mandate_levels=1,
                basis="Mandaatbesluit burgemeester 2025",
            ),
            M("k2", "tloov", "moov", "lob", basis="Mandaatbesluit burgemeester 2025"),
            M("k3", "college", "tloov", "slu", basis="Mandaatbesluit college 2025"),
            M("k4", "college", "tlink", "mkt", sub_mandate_levels=1),
            M("k5", "tlink", "cons", "mkt"),
            M(
                "k6",
                "college",
                "mbv",
                "ink",
                inst="power_of_attorney",
                basis="Volmachtbesluit 2025",
                valid_until="2026-06-30",
            ),
        ],
        "needs": [
            dict(
                N(
                    "kn1",
                    "Last onder bestuursdwang wegens overlast Kerkstraat 12",
                    "lob",
                    "moov",
                    ["o1"],
                ),
                deadline="2026-12-10",
            ),
            N("kn2", "Woning Kerkstraat 12 sluiten voor drie maanden", "slu", "tloov", ["o1"]),
            N(
                "kn3",
                "Tegemoetkoming meerkosten € 750 voor mevrouw Jansen",
                "mkt",
                "cons",
                ["o1"],
                750,
            ),
            N(
                "kn4",
                "Overeenkomst dagbesteding mevrouw Jansen sluiten, € 48.000",
                "ink",
                "mbv",
                ["o1", "o2"],
                48000,
            ),
        ],
        "agreements": [],
    }


def map_j() -> Case:
    return case_from_dict(map_j_dict())


def map_k() -> Case:
    return case_from_dict(map_k_dict())
