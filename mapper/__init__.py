"""The analyses: case -> networkx graphs -> findings, scorecard, metrics (no Qt).

``analyse(case, practice=None, without=())`` is the entry point; see docs/analyses.md.
"""

from mapper.analysis import Analysis, analyse
from mapper.causes import Summary
from mapper.codes import CODES
from mapper.findings import BUILDING_BLOCKS, Cause, Finding, ScoreRow, Severity, Status, Text
from mapper.quadrant import Quadrant

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
