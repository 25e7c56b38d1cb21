"""The code catalogue, the checks and docs/analyses.md stay in step."""

from __future__ import annotations

import re
from pathlib import Path

from mapper import analyse
from mapper.codes import CODES
from models import Practice
from models.example import example_case
from tests.mapper.cases import well_organised

ROOT = Path(__file__).resolve().parents[2]


def test_every_code_in_the_checks_is_catalogued() -> None:
    source = "".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "mapper" / "checks").glob("*.py")
        if not p.name.endswith("_text.py")  # the text tables name the codes they word
    )
    families = (
        "INTENT|SIGNAL|TRIAGE|NEED|MANDATE|DELEGATION|TRUST|SPHERES|LEARNING|STRUCTURE|POWER|"
        "AGREEMENT|RULE|DEVIATION"
    )
    pattern = rf'(?:"|Code\.)((?:{families}|ACCOUNTABILITY)_[A-Z_]+)"?'
    literal = set(re.findall(pattern, source))
    prefixed = {
        f"{p}_{s}" for p in ("NEED_HOLDER", "NEED_PUSH_THROUGH") for s in ("FAR", "UNREACHABLE")
    }
    constants = {
        "NEED_HOLDER",
        "NEED_PUSH_THROUGH",
        "SIGNAL_STEPS",
        "LEARNING_KINDS",
        "DEVIATION_POWERS",
    }
    produced = (literal - constants) | prefixed
    assert produced == set(CODES)


def test_every_code_is_documented() -> None:
    doc = (ROOT / "docs" / "analyses.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if f"`{code}`" not in doc]
    assert missing == []


def test_findings_match_their_catalogue_entry() -> None:
    for practice in (None, Practice.ROUTINE, Practice.MAATWERK):
        for case in (example_case(), well_organised()):
            for f in analyse(case, practice=practice).findings:
                info = CODES[f.code]
                assert f.building_block == info.block, f.code
                assert f.severity in info.severities, f.code
