"""The analyses: case -> networkx graphs -> findings, scorecard, metrics (no Qt).

``analyse(case, practice=None, without=())`` is the entry point; see docs/analyses.md.

The analysis and its causes are imported on first use (PEP 562), so ``import mapper.layout``
or ``mapper.diff`` does not pay for networkx and every check: the command line's ``layout``
and ``validate`` start in a fraction of the time.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mapper.analysis import Analysis, analyse
    from mapper.codes import CODES
    from mapper.findings import BUILDING_BLOCKS, Cause, Finding, ScoreRow, Severity, Status, Text
    from mapper.quadrant import Quadrant
    from mapper.summary import Summary

__all__ = [
    "BUILDING_BLOCKS",
    "CODES",
    "Analysis",
    "Cause",
    "Finding",
    "Quadrant",
    "ScoreRow",
    "Severity",
    "Status",
    "Summary",
    "Text",
    "analyse",
]

# the findings' types too: `krachtenveld layout` imports mapper.layout, which needs none of
# them (0.007 s CPU, issue 14)
_LAZY = {
    "Analysis": "mapper.analysis",
    "analyse": "mapper.analysis",
    "Summary": "mapper.summary",
    "CODES": "mapper.codes",
    "Quadrant": "mapper.quadrant",
    **dict.fromkeys(
        ("BUILDING_BLOCKS", "Cause", "Finding", "ScoreRow", "Severity", "Status", "Text"),
        "mapper.findings",
    ),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mapper' has no attribute {name!r}")
