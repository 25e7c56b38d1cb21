"""The code catalogue, the checks and docs/analyses.md stay in step."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from mapper import analyse
from mapper.codes import CODES, Code
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
    # module constants whose names look like codes (every code is written out in full now)
    constants = {"SIGNAL_STEPS", "LEARNING_KINDS", "DEVIATION_POWERS"}
    produced = literal - constants
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


def test_every_code_has_exactly_one_building_block() -> None:
    """A finding's building block comes from its code (the catalogue's ``say``): the table
    in mapper/codes.py names every code once (a dict literal would silently keep the last
    of two entries with different blocks) and nothing else passes a block by hand."""
    tree = ast.parse((ROOT / "mapper" / "codes.py").read_text(encoding="utf-8"))
    table = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "CODES"
    )
    assert isinstance(table, ast.Dict)
    keys = [key.attr for key in table.keys if isinstance(key, ast.Attribute)]
    assert len(keys) == len(table.keys)
    assert [name for name, n in Counter(keys).items() if n > 1] == []
    assert set(keys) == set(Code.__members__)
    assert {info.block for info in CODES.values()} == set(range(1, 8))
    checks = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "mapper").rglob("*.py"))
    assert "building_block=block" not in checks


def test_a_finding_carries_a_code_and_the_json_writes_its_name() -> None:
    """``Finding.code`` is a :class:`Code` (mypy checks every construction site; it was a
    plain ``str``, rev-code17 item 4), while the JSON-ready data (the CLI's ``--format
    json``) holds the same plain names as before. Fails on the old code: the codes were str."""
    import json

    from mapper.report import to_data

    result = analyse(example_case())
    assert result.findings
    assert all(type(f.code) is Code for f in result.findings)
    data = to_data(result, "nl")
    written = [f["code"] for f in data["findings"]]
    assert all(type(code) is str for code in written)
    assert written == [f.code.value for f in result.findings]
    rows = [code for row in data["scorecard"] for code in row["findings"]]
    assert rows
    assert all(type(code) is str for code in rows)
    assert f'"code": "{written[0]}"' in json.dumps(data)
