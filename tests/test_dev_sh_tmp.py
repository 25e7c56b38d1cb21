"""``bash dev.sh test`` gives pytest a temporary folder of its own run (issue 15, the suite's
time): without one, pytest ends by deleting older runs' folders from the shared
``/tmp/pytest-of-$USER``, about 16,000 files and folders for one whole run, 25-45 s on a disk
mounted with discard, before it returns."""

from __future__ import annotations

import getpass
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pytest_command() -> str:
    """The line of dev.sh that runs pytest (with its continuation)."""
    text = (ROOT / "dev.sh").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line for line in text.splitlines() if re.match(r"\s*pytest -n ", line)]
    assert len(lines) == 1, lines
    return lines[0]


def old_runs_left(basetemp: bool, root: Path) -> list[str]:
    """Which of five finished runs' folders in ``root`` a new pytest run leaves."""
    runs = root / f"pytest-of-{getpass.getuser()}"
    for n in range(1, 6):
        (runs / f"pytest-{n}" / "a_test0").mkdir(parents=True)
    (root / "test_one.py").write_text("def test_one(tmp_path):\n    assert tmp_path.is_dir()\n")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist"]
    command += ["-c", os.devnull, "--rootdir", str(root), str(root / "test_one.py")]
    if basetemp:
        command += ["--basetemp", str(root / "this_run")]
    env = {**os.environ, "PYTEST_DEBUG_TEMPROOT": str(root)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=root, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return sorted(p.name for p in runs.glob("pytest-[0-9]*"))


def test_dev_sh_runs_pytest_in_a_temporary_folder_of_its_own() -> None:
    assert "--basetemp" in pytest_command()


def test_with_a_folder_of_its_own_pytest_deletes_no_earlier_run(tmp_path: Path) -> None:
    """What the flag buys: pytest left without one deletes the older runs at its end (the
    control: kept are the newest three, its own among them)."""
    five = [f"pytest-{n}" for n in range(1, 6)]
    assert old_runs_left(True, tmp_path / "given") == five
    assert old_runs_left(False, tmp_path / "numbered") == ["pytest-4", "pytest-5", "pytest-6"]
