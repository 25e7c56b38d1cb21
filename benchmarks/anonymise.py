"""The anonymised copy's benchmark (issue 16, hostile review 5 B2): how the copy and its check
grow with the number of residents.

For each size, the example case gets that many residents, each with a name, notes that name
another resident, a tie to the consulent with a label that names them, and a needed decision
that names them (the hostile reviewer's 3,000-resident map took minutes in the check). In one
run, per size:

- **baseline**: ``json.dumps`` of the map as it is written (``case_to_dict``), the cost of
  reading every text once;
- **anonymise**: :func:`exports.anonymise.anonymise` of the map (for the copy);
- **check**: the check of the copy before it is written (:func:`exports.anonymise_copy._check`).

The ratios check ÷ baseline and anonymise ÷ baseline should stay about level as the size
grows (linear), not grow with it (quadratic). The machine's load is recorded with the figures.

Usage::

    python -m benchmarks.anonymise --sizes 100 1000 3000 --out docs/benchmark-results/anonymise.json
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from benchmarks.timing import Recorder
from exports.anonymise import anonymise
from exports.anonymise_copy import _check
from models import fileformat
from models.case import Case
from models.entities import Actor, Need, Relationship
from models.enums import ActorKind, EntityKind, RelationKind
from models.example import example_case
from models.fileformat import case_to_dict

__all__ = ["main", "residents_case"]

_FIRST = ["Anna", "Bram", "Chantal", "Dirk", "Esra", "Fleur", "Gert", "Hanneke", "Ilse", "José"]
_LAST = ["Bakker", "Çelik", "Dijkstra", "El Amrani", "Visser", "Smit", "Meijer", "De Boer"]


def residents_case(count: int) -> Case:
    """The example with ``count`` more residents who name each other in their texts.

    >>> case = residents_case(3)
    >>> sum(1 for a in case.actors if a.kind is ActorKind.CITIZEN)
    4
    """
    case = example_case()
    names = [
        f"{_FIRST[i % len(_FIRST)]} {_LAST[i % len(_LAST)]}{'' if i < 80 else i}"
        for i in range(count)
    ]
    for i, name in enumerate(names):
        other = names[(i + 1) % count]
        case.add(
            EntityKind.ACTOR,
            Actor(
                f"res{i}", name, ActorKind.CITIZEN, influence=1, interest=3, notes=f"Kent {other}."
            ),
        )
        case.add(
            EntityKind.RELATIONSHIP,
            Relationship(
                f"tie{i}", f"res{i}", "consulent", RelationKind.SIGNAL, label=f"{name} belt"
            ),
        )
        case.add(EntityKind.NEED, Need(f"need{i}", f"Bijzondere bijstand voor {name}"))
    return case


def measure(count: int, recorder: Recorder) -> dict[str, Any]:
    """The timings and ratios for one size."""
    case = residents_case(count)
    base = recorder.time(f"baseline {count}", lambda: json.dumps(case_to_dict(case)))
    copy = recorder.time(f"anonymise {count}", lambda: anonymise(case, "nl", for_copy=True))
    data = json.loads(fileformat.dumps(copy))
    found = recorder.time(f"check {count}", lambda: _check(case, copy, data))
    t = recorder.timings
    return {
        "residents": count,
        "json_bytes": len(base),
        "baseline_s": round(t[f"baseline {count}"], 4),
        "anonymise_s": round(t[f"anonymise {count}"], 4),
        "check_s": round(t[f"check {count}"], 4),
        "anonymise_ratio": round(t[f"anonymise {count}"] / t[f"baseline {count}"], 1),
        "check_ratio": round(t[f"check {count}"] / t[f"baseline {count}"], 1),
        "leak": found,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    recorder = Recorder()
    load = os.getloadavg()[0]
    rows = [measure(n, recorder) for n in args.sizes]
    for row in rows:
        print(
            f"{row['residents']:>6} residents: json.dumps {row['baseline_s']:.3f} s, "
            f"anonymise {row['anonymise_s']:.2f} s ({row['anonymise_ratio']}×), "
            f"check {row['check_s']:.2f} s ({row['check_ratio']}×)"
        )
    result = {"load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1)}
    result["sizes"] = rows  # type: ignore[assignment]
    if args.out:
        args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
