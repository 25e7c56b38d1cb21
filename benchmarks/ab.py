"""One command of two checkouts, in interleaved rounds, against baselines in the same rounds.

    python -m benchmarks.ab OLD NEW MAP.kvmap [--repeat 5] [--command validate]
    python -m benchmarks.ab OLD NEW MAP.kvmap --sfdp MAP.dot \\
        --command "layout --method force --out /tmp/o.kvmap --force"

Paths are taken from the current folder; give an ``--out`` in ``--command`` as an absolute
path (the command runs in each checkout's folder), with ``--force`` (every round replaces
it). Each round runs ``python -c 'json.load(MAP)'`` (process start + decoding), ``sfdp
-Tplain`` on ``--sfdp DOT`` when given, then the command with the old and with the new
checkout on ``PYTHONPATH``: all under the same load of a shared machine, with byte code cached
(``PYTHONDONTWRITEBYTECODE`` is dropped and one uncounted run of each checkout comes first).
Prints, per run, the CPU seconds (user + system of the process, which the load changes far
less than the wall clock) with their median, and the best wall time; then the ratios of the
medians of CPU (old and new ÷ each baseline, new ÷ old) and of the best wall times.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

__all__ = ["main", "ratios"]


def _run(command: list[str], path: str) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``command``."""
    env = dict(os.environ, PYTHONPATH=path, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte code cached, not compiled
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # in the checkout: ``-m`` puts the working folder before PYTHONPATH
    subprocess.run(command, env=env, cwd=path, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def ratios(runs: dict[str, list[tuple[float, float]]]) -> dict[str, float]:
    """``old``/``new`` ÷ each baseline and ``new`` ÷ ``old``: medians of CPU and best walls.

    >>> r = ratios({"json.load": [(1.0, 0.1)], "old": [(6.0, 0.5)], "new": [(3.0, 0.3)]})
    >>> round(r["new / json.load (CPU, median)"], 6), r["new / old (wall, best)"]
    (3.0, 0.5)
    """
    cpu = {name: statistics.median(c for _, c in values) for name, values in runs.items()}
    wall = {name: min(w for w, _ in values) for name, values in runs.items()}
    out: dict[str, float] = {}
    pairs = [(a, b) for a in ("old", "new") for b in runs if b not in ("old", "new")]
    for a, b in [*pairs, ("new", "old")]:
        out[f"{a} / {b} (CPU, median)"] = cpu[a] / max(cpu[b], 1e-9)
        out[f"{a} / {b} (wall, best)"] = wall[a] / max(wall[b], 1e-9)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab")
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("map")
    parser.add_argument("--repeat", type=int, default=5, help="rounds")
    parser.add_argument("--command", default="validate")
    parser.add_argument("--sfdp", metavar="DOT", help="also time sfdp -Tplain on this dot file")
    args = parser.parse_args(argv)
    args.map, args.old, args.new = (os.path.abspath(p) for p in (args.map, args.old, args.new))
    args.sfdp = os.path.abspath(args.sfdp) if args.sfdp else None
    ours = [sys.executable, "-m", "ui.cli", *args.command.split(), args.map]
    load = [sys.executable, "-c", f"import json; json.load(open({args.map!r}, 'rb'))"]
    runs: dict[str, list[tuple[float, float]]] = {"json.load": []}
    sfdp = shutil.which("sfdp") if args.sfdp else None
    if args.sfdp and sfdp is None:
        print("sfdp not found: its baseline is left out", file=sys.stderr)
    if sfdp is not None:
        runs["sfdp"] = []
    runs["old"], runs["new"] = [], []
    _run(ours, args.old)  # a first run writes the byte code of each checkout; not counted
    _run(ours, args.new)
    for _ in range(max(1, args.repeat)):
        runs["json.load"].append(_run(load, args.new))
        if sfdp is not None:
            runs["sfdp"].append(_run([sfdp, "-Tplain", "-o", os.devnull, args.sfdp], args.new))
        runs["old"].append(_run(ours, args.old))
        runs["new"].append(_run(ours, args.new))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; CPU seconds per round:")
    for name, values in runs.items():
        cpu = " ".join(f"{c:.2f}" for _, c in values)
        median = statistics.median(c for _, c in values)
        best = min(w for w, _ in values)
        print(f"{name:10} CPU {cpu}  median {median:.2f} s   wall best {best:.2f} s")
    for name, value in ratios(runs).items():
        print(f"{name:34} {value:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
