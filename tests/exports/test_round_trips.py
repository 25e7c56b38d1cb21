"""Every writer/reader pair on generated cases that set every field."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
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
from models import Case
from models.entities import DEFAULT_STEP_DAYS
from tests.exports.conftest import as_dict
from tests.models.strategies import EXCHANGE, cases

Writer = Callable[[Case, Path], object]
Reader = Callable[[Path], ImportResult]
PAIRS: dict[str, tuple[str, Writer, Reader, tuple[str, ...]]] = {
    "report": (
        "x.xlsx",
        lambda c, p: write_report(c, p, lang="nl", analyse=False, picture=b""),
        read_report,
        (),
    ),
    "kumu": ("k.xlsx", lambda c, p: write_kumu(c, p, "en"), read_kumu, ()),
    "graphml": ("g.graphml", write_graphml, read_graphml, ()),
    # issue 13 item 10: Kumu, GEXF and CSV carry the case header and the needs too
    "gexf": ("g.gexf", write_gexf, read_gexf, ()),
    "csv": ("c.csv", write_csv, read_csv, ()),
}


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(cases(EXCHANGE), st.sampled_from(sorted(PAIRS)))
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
    # a tie from an actor to itself is kept but said on import (hostile review 10, H7):
    # exactly one such warning per tie to itself, and no other warning
    to_itself = [w for w in back.warnings if getattr(w, "key", "") == "edge_to_itself"]
    assert len(to_itself) == (_ties_to_itself(case) if fmt in SAYS_TIE_TO_ITSELF else 0), fmt
    others = [w.render() for w in back.warnings if w not in to_itself]
    assert others == [], others
    assert _findings(back.case) == _findings(case), fmt


# the exchange formats whose import reads edges one by one and says a tie to itself
SAYS_TIE_TO_ITSELF = frozenset({"csv", "graphml", "gexf"})
SECTIONS = ("case", "organisations", "actors", "powers", "relationships", "mandates", "needs",
            "agreements", "rules", "deviations", "accepted")  # fmt: skip


def _all(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with every section, also the optional ones when empty, and the case's
    ``step_days`` also at its default."""
    whole = {"accepted": [], "rules": [], "deviations": [], **doc}
    whole["case"] = {"step_days": DEFAULT_STEP_DAYS, **whole["case"]}
    return whole


def _ties_to_itself(case: Case) -> int:
    """How many relationships and mandates run from an actor to itself."""
    doc = as_dict(case)
    ties = [*doc.get("relationships", []), *doc.get("mandates", [])]
    return sum(1 for tie in ties if _ends(tie)[0] == _ends(tie)[1])


def _ends(tie: dict[str, Any]) -> tuple[Any, Any]:
    if "source" in tie:
        return tie["source"], tie["target"]
    return tie["grantor"], tie["holder"]


def _findings(case: Case) -> tuple[Finding, ...]:
    """What the analysis finds: every finding with its texts and what it names."""
    return tuple(analyse(case).findings)
