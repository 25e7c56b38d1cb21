"""What the analysis process's tests ask of the system (issue 14): a process's state, and a
small app that starts a child and is killed, leaving the child's pid (written once for
test_analysis_process19 and 19b)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

__all__ = ["child_of_a_killed_app", "running", "signalled_once_asked", "state"]


def state(pid: int | None) -> str:
    """The state of process ``pid`` (``/proc/<pid>/stat``; "" when there is none)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except OSError:
        return ""


def running(pid: int) -> bool:
    """Whether ``pid`` is a process that is not a zombie (a dead parent's is reaped by init)."""
    return state(pid) not in ("", "Z")


def child_of_a_killed_app(folder: Path, script: str) -> int:
    """Run ``script`` (it prints its child's pid, then SIGKILLs itself) as an app of its own
    with our packages on the path; the child's pid."""
    app = folder / "app.py"
    app.write_text(textwrap.dedent(script), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, str(app)], capture_output=True, text=True, env=env)
    assert done.returncode == -signal.SIGKILL, done.stderr
    return int(done.stdout.split()[0])


def signalled_once_asked(child: Any, monkeypatch: pytest.MonkeyPatch, sig: signal.Signals) -> None:
    """The analysis process gets ``sig`` (SIGKILL, SIGSTOP) right after it took the next job."""
    submit = child.submit

    def signalled(path: str, practice: Any) -> int | None:
        job: int | None = submit(path, practice)
        assert child.pid is not None
        os.kill(child.pid, sig)
        return job

    monkeypatch.setattr(child, "submit", signalled)
