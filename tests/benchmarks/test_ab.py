"""benchmarks.ab: two checkouts in interleaved rounds, timed in CPU seconds beside the wall
clock, with ratios of the medians (not a timing test: what is run and reported)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import ab
from benchmarks.generate import generate_case
from models.fileformat import save

ROOT = Path(__file__).resolve().parents[2]


def test_ratios_are_of_cpu_medians_and_best_walls() -> None:
    runs = {
        "json.load": [(1.0, 0.10), (2.0, 0.30), (1.5, 0.20)],
        "sfdp": [(3.0, 1.0), (4.0, 1.0), (5.0, 1.0)],
        "old": [(9.0, 0.9), (8.0, 0.5), (7.0, 0.6)],
        "new": [(4.0, 0.4), (6.0, 0.2), (5.0, 0.3)],
    }
    r = ab.ratios(runs)
    assert r["new / json.load (CPU, median)"] == pytest.approx(0.3 / 0.2)
    assert r["old / sfdp (CPU, median)"] == pytest.approx(0.6)
    assert r["new / old (CPU, median)"] == pytest.approx(0.5)
    assert r["new / old (wall, best)"] == pytest.approx(4.0 / 7.0)


def test_one_round_runs_both_checkouts_and_the_baseline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.kvmap"
    save(generate_case(30, seed=1), path, backup=False)
    assert ab.main([str(ROOT), str(ROOT), str(path), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for name in ("json.load", "old", "new"):
        assert f"\n{name} " in out or out.startswith(name)
    assert "new / old (CPU, median)" in out
