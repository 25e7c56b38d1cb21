"""Lists of problems cut at their limit still say how many there are (hostile review N8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.errors import ImportFileError, Problems
from models.errors import problem_total
from models.example import example_case
from models.fileformat import LIMITS, case_to_dict
from ui.cli import main


def test_errors_past_the_limit_are_counted_and_said() -> None:
    problems = Problems("r.csv")
    for row in range(2, 2 + Problems.LIMIT + 55):
        problems.error("too_many_rows", sheet="r.csv", row=row, limit=10)
    with pytest.raises(ImportFileError) as caught:
        problems.raise_if_errors()
    listed = caught.value.problems
    assert len(listed) == Problems.LIMIT + 1
    assert problem_total(listed) == Problems.LIMIT + 55
    assert listed[-1].render("en") == "… and 55 more, not listed (255 in all)"
    assert listed[-1].render("nl") == "… en nog 55, niet afzonderlijk genoemd (255 in totaal)"


def test_validate_states_the_true_number_of_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = case_to_dict(example_case())
    extra = 1200  # one bad reference each
    assert LIMITS["problems"] == 200
    doc["relationships"] += [
        {"id": f"x{i}", "source": "ghost", "target": "college", "kind": "hierarchy"}
        for i in range(extra)
    ]
    path = tmp_path / "veel.kvmap"
    path.write_text(json.dumps(doc), "utf-8")
    assert main(["validate", str(path), "--lang", "nl"]) == 1
    err = capsys.readouterr().err
    assert "… en nog 1.000, niet afzonderlijk genoemd (1.200 in totaal)" in err
    assert err.rstrip().endswith("1.200 problemen.")
