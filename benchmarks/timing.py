"""Small timing helpers shared by the benchmark steps and baselines."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Recorder"]


@dataclass
class Recorder:
    """Collects timings (seconds) and notes; a failing or skipped step leaves a note."""

    timings: dict[str, float] = field(default_factory=dict)
    # CPU seconds of this process (``time.process_time``) of the same best-of runs: on a
    # loaded machine the wall clock also counts the time other processes held the cores
    cpu: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    verbose: bool = False

    def time(self, name: str, fn: Callable[[], Any], repeat: int = 1) -> Any:
        """Run ``fn`` ``repeat`` times, record the best time under ``name``, return its result."""
        best = best_cpu = float("inf")
        result: Any = None
        for _ in range(max(1, repeat)):
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            result = fn()
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - start_cpu)
        self.timings[name] = best
        self.cpu[name] = best_cpu
        if self.verbose:
            print(f"  {name:<28} {best:9.4f} s", flush=True)
        return result

    def attempt(self, name: str, fn: Callable[[], Any], repeat: int = 1) -> Any:
        """Like :meth:`time`, but an exception becomes a note instead of ending the run."""
        try:
            return self.time(name, fn, repeat)
        except Exception as exc:
            self.skip(name, f"{type(exc).__name__}: {exc}")
            return None

    def skip(self, name: str, why: str) -> None:
        """Record that ``name`` was not measured, and why."""
        self.notes.append(f"{name}: {why}")
        if self.verbose:
            print(f"  {name:<28}   skipped ({why})", flush=True)
