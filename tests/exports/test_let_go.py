"""A full collection after an export step only where it frees much (issue 15, the suite's
time): the report collected after letting its analysis go, and the report's picture after
letting its scene go, for every map, small too; each collection of the process's objects
cost about 0.1 s CPU in a test worker (43 of them in five test files: 4.8 s)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from exports import memory
from exports.excel_report import write_report
from models.example import example_case


@pytest.fixture
def gc_collect_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made: list[int] = []
    real = gc.collect

    def counted(*args: int) -> int:
        made.append(1)
        return real(*args)

    monkeypatch.setattr(gc, "collect", counted)
    return made


def test_the_report_of_a_small_map_runs_no_full_collection(
    gc_collect_calls: list[int], tmp_path: Path
) -> None:
    write_report(example_case(), tmp_path / "r.xlsx", lang="nl", picture=b"")
    assert gc_collect_calls == []  # before: one, after the analysis's sheets


def test_the_report_of_a_big_map_lets_its_analysis_go(
    gc_collect_calls: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory, "COLLECT_FROM", len(example_case().actors))  # "big" here
    write_report(example_case(), tmp_path / "r.xlsx", lang="nl", picture=b"")
    assert gc_collect_calls == [1]


def test_let_go_collects_from_the_threshold_on(gc_collect_calls: list[int]) -> None:
    memory.let_go(memory.COLLECT_FROM - 1)
    assert gc_collect_calls == []
    memory.let_go(memory.COLLECT_FROM)
    assert gc_collect_calls == [1]
