"""The analyses: case -> networkx graphs -> findings, scorecard, metrics (no Qt)."""

from mapper.analysis import Analysis, analyse
from mapper.findings import BUILDING_BLOCKS, Finding, ScoreRow, Severity, Status, Text
from mapper.quadrant import Quadrant

__all__ = [
    "BUILDING_BLOCKS",
    "Analysis",
    "Finding",
    "Quadrant",
    "ScoreRow",
    "Severity",
    "Status",
    "Text",
    "analyse",
]
