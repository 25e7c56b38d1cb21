"""The benchmark harness and its synthetic cases (not timing tests)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import generate_case
from benchmarks.run import RATIOS, main, table
from models import ActorKind, Instrument, Sphere
from models.fileformat import dumps, loads


@pytest.mark.parametrize("size", [1, 7, 50, 200])
def test_generated_case_has_the_size_asked(size: int) -> None:
    case = generate_case(size, seed=3)
    assert len(case.actors) == size


def test_generated_case_is_realistic() -> None:
    case = generate_case(200, seed=1)
    ties = len(case.relationships) + len(case.mandates)
    assert 3.5 * 200 <= ties <= 4.5 * 200
    spheres = Counter(a.effective_sphere for a in case.actors)
    assert set(spheres) >= {Sphere.POLITICAL, Sphere.ADMINISTRATIVE, Sphere.PARTNER}
    kinds = {a.kind for a in case.actors}
    assert {ActorKind.COUNCIL, ActorKind.PROFESSIONAL, ActorKind.CITIZEN} <= kinds
    # mandate chains with sub-mandates: a holder passes the same power on
    holders = {(m.holder, m.power) for m in case.mandates if m.sub_mandate_levels}
    assert any((m.grantor, m.power) in holders for m in case.mandates)
    assert any(m.instrument is Instrument.MANDATE for m in case.mandates)
    assert len(case.needs) >= 10
    assert len({a.organisation for a in case.actors if a.organisation}) >= 5


def test_generated_case_is_deterministic_and_round_trips() -> None:
    a, b = generate_case(120, seed=5), generate_case(120, seed=5)
    assert dumps(a) == dumps(b)
    assert dumps(generate_case(120, seed=6)) != dumps(a)
    assert dumps(loads(dumps(a))) == dumps(a)


def test_harness_writes_the_expected_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "results.json"
    assert main(["--sizes", "50", "--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report) >= {"machine", "command", "sizes"}
    assert report["machine"]["cores"] >= 1
    res = report["sizes"]["50"]
    assert res["actors"] == 50
    timings = res["timings"]
    for key in ("open+validate", "save", "json.load", "graphviz sfdp" if _has("sfdp") else "save"):
        assert timings[key] > 0
    for method in ("force", "hierarchy", "spheres", "grid", "circle"):
        assert timings[f"layout.{method}"] > 0
    for key in ("analysis", "reanalysis_after_edit", "nx.betweenness exact", "nx.spring_layout"):
        assert key in timings
    assert "layout.force / nx.spring_layout" in res["ratios"]
    assert res["peak_rss_mb"] > 0
    printed = capsys.readouterr().out
    assert "ours / baseline" in printed
    assert "layout.force" in printed


def test_table_lists_every_size_and_ratio() -> None:
    results: dict[str, dict[str, Any]] = {
        "50": {
            "timings": {"analysis": 0.01, "nx.betweenness exact": 0.02},
            "ratios": {f"{RATIOS[1][0]} / {RATIOS[1][1]}": 0.5},
            "peak_rss_mb": 10.0,
        },
        "200": {"timings": {"analysis": 2.0, "graphviz dot": float("inf")}, "ratios": {}},
    }
    text = table(results)
    assert "10.0 ms" in text
    assert "2.00 s" in text
    assert "timeout" in text
    assert "0.50" in text


def _has(program: str) -> bool:
    import shutil

    return shutil.which(program) is not None
