"""One command of two checkouts, alternating, against ``json.load`` in the same loop.

    python -m benchmarks.ab OLD_CHECKOUT NEW_CHECKOUT MAP.kvmap [--repeat 3] [--command validate]

Prints the best time of each and the ratios (old and new ÷ process start + ``json.load``, new
÷ old). Alternating puts both under the same load of a shared machine.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time


def _run(command: list[str], path: str) -> float:
    env = dict(os.environ, PYTHONPATH=path, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab")
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("map")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--command", default="validate")
    args = parser.parse_args(argv)
    ours = [sys.executable, "-m", "ui.cli", *args.command.split(), args.map]
    load = [sys.executable, "-c", f"import json; json.load(open({args.map!r}, 'rb'))"]
    times: dict[str, list[float]] = {"json.load": [], "old": [], "new": []}
    for _ in range(args.repeat):
        times["json.load"].append(_run(load, args.new))
        times["old"].append(_run(ours, args.old))
        times["new"].append(_run(ours, args.new))
    best = {name: min(values) for name, values in times.items()}
    for name, value in best.items():
        print(f"{name:10} {value:8.2f} s")
    print(f"old / json.load {best['old'] / best['json.load']:.2f}")
    print(f"new / json.load {best['new'] / best['json.load']:.2f}")
    print(f"new / old       {best['new'] / best['old']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
