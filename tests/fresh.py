"""Running a probe in a fresh Python process: what a command imports is only visible in a
process that has imported nothing yet (the test process has imported everything)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

__all__ = ["ROOT", "run_fresh"]

ROOT = Path(__file__).resolve().parents[1]


def run_fresh(probe: str, *args: str) -> str:
    """The standard output of ``python -c probe args…`` in a fresh process on the project."""
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=120,
    )
    return done.stdout
