"""KV_TEST_CPU: every test's CPU to a folder, one file per pytest process (tests/cpu_report.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cpu_report import summary

ROOT = Path(__file__).resolve().parents[1]


def test_a_run_writes_each_test_s_cpu_and_the_summary_adds_it_up(tmp_path: Path) -> None:
    env = os.environ | {"KV_TEST_CPU": str(tmp_path / "cpu")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "tests/cpu_report.py",
            "tests/mapper/test_chain_heads.py",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (written,) = (tmp_path / "cpu").glob("cpu-*.tsv")
    lines = written.read_text(encoding="utf-8").splitlines()
    ids = [line.split("\t")[0] for line in lines]
    assert ids[0] == "tests/cpu_report.py::tests.cpu_report.summary"
    assert len(ids) == 4
    assert all(float(x) >= 0 for line in lines for x in line.split("\t")[1:])
    assert summary(lines).startswith("4 tests, ")
