"""The benchmark's generated maps and their analyses, made once per test process (issue 15,
the suite's time): seven jurist files each kept a ``@cache`` of their own, and their tests,
spread over both xdist workers, analysed the same 2,000-actor map eleven times in one run
(~1.7 s CPU each).

The map and its analysis are shared, so no test may change them: every hand-out checks that
the map was never edited (``Case.revision`` counts each edit), and a test that needs a
changed map builds a copy (``Case.build`` or ``case.copy()``)."""

from __future__ import annotations

from functools import cache

from benchmarks.generate import generate_case
from mapper.analysis import Analysis, analyse
from models.case import Case

__all__ = ["mapped"]


@cache
def _made(n: int) -> tuple[Case, Analysis]:
    case = generate_case(n)
    return case, analyse(case)


def mapped(n: int) -> tuple[Case, Analysis]:
    """``generate_case(n)`` and its analysis, the same objects for every caller.

    >>> case, _ = mapped(30)
    >>> mapped(30)[0] is case
    True
    """
    case, analysis = _made(n)
    assert case.revision == 0, f"a test edited the shared {n}-actor map: edit a copy"
    return case, analysis
