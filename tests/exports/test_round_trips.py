"""Every writer/reader pair on generated cases that set every field."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.builder import ImportResult
from exports.csv_io import read_csv, write_csv
from exports.excel_import import read_report
from exports.excel_report import write_report
from exports.gexf import read_gexf, write_gexf
from exports.graphml import read_graphml, write_graphml
from exports.kumu import read_kumu, write_kumu
from mapper.analysis import analyse
from mapper.findings import Finding
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    CaseInfo,
    Instrument,
    Mandate,
    MandateRule,
    Need,
    Organisation,
    OrganisationKind,
    Position,
    Power,
    PowerCategory,
    Practice,
    RelationKind,
    Role,
    RuleType,
    Scope,
    Sphere,
    Urgency,
)
from models.acceptance import Acceptance
from models.entities import DEFAULT_STEP_DAYS, Relationship
from models.fields import MANDATE_FIELDS, by_name
from tests.exports.conftest import as_dict
from tests.models.strategies import rules_and_deviations

ALPHABET = st.sampled_from(list("abcxyzABC éëç0123456789=+-@'\"<>&:;,.()!?/€"))
TEXT = st.text(ALPHABET, max_size=20).map(str.strip)
NAME = TEXT.filter(bool)
NOTES = st.text(st.sampled_from(list("abc \n=+-'<>&:")), max_size=30).map(str.strip)
DATES = st.none() | st.dates(date(1990, 1, 1), date(2090, 12, 31))
MONEY = st.none() | st.integers(0, 10**7).map(float) | st.sampled_from([0.5, 1234.25])


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """A random version-2 case: organisations (nested, some sharing a name or named like
    another's id), powers, agreements and every field of every entity set."""
    orgs: list[Organisation] = []
    for k in range(draw(st.integers(0, 3))):
        earlier = [o.id for o in orgs]
        parent = draw(st.none() | st.sampled_from(earlier)) if earlier else None
        name = draw(NAME | st.sampled_from(["o1", "o2", "Team | Zorg", "Team | Zorg "]))
        orgs.append(Organisation(f"o{k + 1}", name, draw(st.sampled_from(OrganisationKind)),
                                 parent, draw(NOTES), draw(st.booleans())))  # fmt: skip
    org_ids = [o.id for o in orgs]
    count = draw(st.integers(1, 5))
    actors = []
    for i in range(count):
        position = draw(st.none() | st.builds(Position, st.integers(-900, 900).map(float),
                                              st.integers(-900, 900).map(float)))  # fmt: skip
        actors.append(Actor(
            f"a{i + 1}", draw(NAME | st.sampled_from(["a1", "a2"])),
            draw(st.sampled_from(ActorKind)),
            draw(st.none() | st.sampled_from(Sphere)), draw(st.sampled_from(["", *org_ids])),
            draw(st.integers(0, 5)), draw(st.integers(0, 5)), draw(st.integers(-2, 2)),
            draw(st.none() | st.booleans()),
            tuple(draw(st.lists(st.sampled_from(Role), unique=True, max_size=2))),
            tuple(draw(st.lists(NAME | st.just("a|b"), unique=True, max_size=3))),
            draw(TEXT), draw(NOTES), position,
        ))  # fmt: skip
    ids = [a.id for a in actors]
    powers = [
        Power(f"p{k + 1}", draw(NAME), draw(st.sampled_from(PowerCategory)), draw(TEXT),
              draw(st.sampled_from(RuleType)), draw(st.none() | st.sampled_from(ids)),
              draw(st.sampled_from(MandateRule)), draw(NOTES))
        for k in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    power_refs = st.sampled_from(PowerCategory).map(str)
    if powers:
        power_refs = power_refs | st.sampled_from([p.id for p in powers])
    rels = [
        Relationship(f"r{i + 1}", draw(st.sampled_from(ids)), draw(st.sampled_from(ids)),
                     draw(st.sampled_from(RelationKind)), draw(st.integers(-2, 2)),
                     draw(st.sampled_from(Practice)), draw(TEXT), draw(NOTES))
        for i in range(draw(st.integers(0, 6)))
    ]  # fmt: skip
    mandates = []
    for i in range(draw(st.integers(0, 3))):
        start = draw(DATES)
        end = None if start is None else draw(st.none() | st.just(start))
        mandates.append(Mandate(
            f"m{i + 1}", draw(st.sampled_from(ids)), draw(st.sampled_from(ids)),
            draw(power_refs), draw(TEXT), draw(st.sampled_from(Instrument)),
            draw(st.sampled_from(Scope)), draw(MONEY), draw(st.none() | st.integers(0, 3)),
            draw(st.none() | st.booleans()), draw(st.none() | st.booleans()), draw(TEXT), start,
            end,
            draw(st.sampled_from(Practice)), draw(st.none() | st.booleans()),
        ))  # fmt: skip
        # every further yes/no field of a mandate (reserves_deviation, issue 10 rule 11) too
        later: dict[str, Any] = {
            field.name: draw(st.booleans())
            for field in dataclasses.fields(Mandate)[16:]  # the 16 above are set by position
            if by_name(MANDATE_FIELDS)[field.name].kind == "bool"
        }
        mandates[-1] = dataclasses.replace(mandates[-1], **later)
    needs = [
        Need(f"n{i + 1}", draw(NAME), draw(power_refs), draw(MONEY),
             draw(st.none() | st.sampled_from(ids)),
             tuple(draw(st.lists(st.sampled_from(org_ids), unique=True, max_size=2)))
             if org_ids else (),
             draw(st.sampled_from(Urgency)), draw(NOTES), draw(DATES), draw(st.booleans()))
        for i in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    agreements = []
    for i in range(draw(st.integers(0, 2))):
        start = draw(DATES)
        end = None if start is None else draw(st.none() | st.just(start))
        agreements.append(Agreement(
            f"g{i + 1}", draw(NAME), draw(st.sampled_from(AgreementKind)),
            tuple(draw(st.lists(st.sampled_from(org_ids), unique=True, max_size=3)))
            if org_ids else (),
            draw(st.none() | st.sampled_from(ids)),
            tuple(draw(st.lists(power_refs, unique=True, max_size=3))),
            draw(st.booleans()), start, end, draw(NOTES),
        ))  # fmt: skip
    accepted = []
    for i in range(draw(st.integers(0, 2))):
        on, until = draw(DATES), draw(DATES)
        if on is not None and until is not None and until < on:  # refused (models.rules)
            on, until = until, on
        accepted.append(
            Acceptance(f"acc{i + 1}", draw(NAME | st.just("MANDATE_EXPIRED:m1")), draw(NAME),
                       draw(TEXT), on, until, draw(TEXT.map(lambda t: t[:10])))
        )  # fmt: skip
    info = CaseInfo(draw(NAME), draw(NOTES), draw(NOTES), draw(DATES),
                    draw(st.none() | st.sampled_from(ids)), draw(st.integers(1, 60)))  # fmt: skip
    rules, deviations = rules_and_deviations(
        draw, ids, power_refs, [n.id for n in needs], NAME, NOTES, DATES
    )
    return Case.from_parts(info, actors, rels, mandates, needs, organisations=orgs,
                           powers=powers, agreements=agreements, accepted=accepted,
                           rules=rules, deviations=deviations)  # fmt: skip


Writer = Callable[[Case, Path], object]
Reader = Callable[[Path], ImportResult]
PAIRS: dict[str, tuple[str, Writer, Reader, tuple[str, ...]]] = {
    "report": ("x.xlsx", lambda c, p: write_report(c, p, lang="nl", analyse=False,
                                                     picture=b""), read_report, ()),
    "kumu": ("k.xlsx", lambda c, p: write_kumu(c, p, "en"), read_kumu, ()),
    "graphml": ("g.graphml", write_graphml, read_graphml, ()),
    # issue 13 item 10: Kumu, GEXF and CSV carry the case header and the needs too
    "gexf": ("g.gexf", write_gexf, read_gexf, ()),
    "csv": ("c.csv", write_csv, read_csv, ()),
}  # fmt: skip


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(cases(), st.sampled_from(sorted(PAIRS)))
def test_round_trip(case: Case, fmt: str) -> None:
    name, write, read, skipped = PAIRS[fmt]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        write(case, path)
        back = read(path)
    expected, got = _all(as_dict(case)), _all(as_dict(back.case))
    for section in SECTIONS:
        if section not in skipped:
            assert got[section] == expected[section], (fmt, section)
    assert back.warnings == (), [w.render() for w in back.warnings]
    assert _findings(back.case) == _findings(case), fmt


SECTIONS = ("case", "organisations", "actors", "powers", "relationships", "mandates", "needs",
            "agreements", "rules", "deviations", "accepted")  # fmt: skip


def _all(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with every section, also the optional ones when empty, and the case's
    ``step_days`` also at its default."""
    whole = {"accepted": [], "rules": [], "deviations": [], **doc}
    whole["case"] = {"step_days": DEFAULT_STEP_DAYS, **whole["case"]}
    return whole


def _findings(case: Case) -> tuple[Finding, ...]:
    """What the analysis finds: every finding with its texts and what it names."""
    return tuple(analyse(case).findings)
