"""CPU per test, to measure the suite (issue 15). On a machine shared by several engineers
wall time says little; CPU does. With ``KV_TEST_CPU=FOLDER`` set, every pytest process (each
xdist worker too) writes one line per test to a file of its own in FOLDER: the test's id, the
CPU of its process (all threads, set-up to teardown) and of the programs it started and
waited for. ``python -m tests.cpu_report FOLDER`` sums them per folder and per file::

    KV_TEST_CPU=/tmp/cpu CI=true pytest -n 2 --dist loadgroup
    python -m tests.cpu_report /tmp/cpu

A worker's collection (importing every test module, about 7 s) is in no test: the whole run's
CPU is ``/usr/bin/time``'s, the sum here the tests' own.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import TextIO

import pytest

__all__ = ["CpuReport", "summary"]


def _children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


class CpuReport:
    """The plugin: one line per test, ``id<TAB>own CPU<TAB>children's CPU``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._out: TextIO | None = None

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None]:
        if self._out is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._out = (self.folder / f"cpu-{os.getpid()}.tsv").open("a", encoding="utf-8")
        own, children = time.process_time(), _children()
        yield
        own, children = time.process_time() - own, _children() - children
        self._out.write(f"{item.nodeid}\t{own:.4f}\t{children:.4f}\n")
        self._out.flush()


def summary(lines: Iterable[str], top: int = 40) -> str:
    """The tests' CPU per folder and the ``top`` files, largest first.

    >>> lines = ["tests/ui/test_a.py::t1\\t2.0\\t0.5", "tests/ui/test_a.py::t2\\t1.0\\t0"]
    >>> lines += ["tests/models/test_b.py::t[x]\\t1.5\\t0", "models/case.py::models.case\\t0.5\\t0"]
    >>> print(summary(lines))
    4 tests, 5.5 s CPU (own 5.0, programs they waited for 0.5)
      tests/ui          3.5 s  63.6 %
      tests/models      1.5 s  27.3 %
      models            0.5 s   9.1 %
         3.5 s     2 tests  tests/ui/test_a.py
         1.5 s     1 tests  tests/models/test_b.py
         0.5 s     1 tests  models/case.py
    """
    files: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for line in lines:
        nodeid, own_s, children_s = line.rstrip("\n").rsplit("\t", 2)
        cpu = files[nodeid.split("::")[0]]
        cpu[0] += float(own_s)
        cpu[1] += float(children_s)
        cpu[2] += 1
    own = sum(c[0] for c in files.values())
    children = sum(c[1] for c in files.values())
    total = own + children
    count = int(sum(c[2] for c in files.values()))
    out = [
        f"{count} tests, {total:.1f} s CPU (own {own:.1f}, programs they waited for {children:.1f})"
    ]
    folders: dict[str, float] = defaultdict(float)
    for name, cpu in files.items():
        parts = name.split("/")
        folders["/".join(parts[:2]) if parts[0] == "tests" and len(parts) > 2 else parts[0]] += (
            cpu[0] + cpu[1]
        )
    for folder, cpu_s in sorted(folders.items(), key=lambda f: -f[1]):
        out.append(f"  {folder:15s} {cpu_s:5.1f} s {100 * cpu_s / total:5.1f} %")
    ranked = sorted(files.items(), key=lambda f: -(f[1][0] + f[1][1]))[:top]
    out += [f"  {c[0] + c[1]:6.1f} s {int(c[2]):5d} tests  {name}" for name, c in ranked]
    return "\n".join(out)


if __name__ == "__main__":
    where = Path(sys.argv[1] if len(sys.argv) > 1 else ".test-cpu")
    print(
        summary(line for p in sorted(where.glob("cpu-*.tsv")) for line in p.open(encoding="utf-8"))
    )
