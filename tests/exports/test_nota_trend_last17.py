"""The nota's trend analyses only the moments its figure shows (issue 14, rev-hostile17 F2):
a map with 30 snapshots was analysed 31 times for a figure of six columns."""

from __future__ import annotations

from collections import OrderedDict
from datetime import timedelta
from typing import Any

import docx
import pytest

from exports import nota_trend
from exports.nota_trend import MOST_COLUMNS, add_trend
from mapper import analysis, timeline
from models.example import example_case
from models.timeline import Snapshot, Timeline


def test_the_trend_analyses_the_moments_it_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on the old code: 31 analyses (30 snapshots and now) for six columns."""
    case = example_case()
    first = case.timeline.snapshots[0]
    kept = [
        Snapshot(
            f"t{k}",
            first.date + timedelta(days=k),
            f"Overleg {k}",
            {**first.state, "case": {**first.state["case"], "title": f"Trend {k}"}},
        )
        for k in range(30)
    ]
    case.timeline = Timeline(kept)
    monkeypatch.setattr(timeline, "_SCORED", OrderedDict())  # nothing analysed before
    monkeypatch.setattr(timeline, "_STATES", OrderedDict())
    runs: list[int] = []
    real = analysis.analyse

    def counted(*args: Any, **kwargs: Any) -> Any:
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "analyse", counted)
    doc = docx.Document()
    line = add_trend(doc, case, "nl")
    assert line is not None
    assert len(runs) == MOST_COLUMNS
    said = "\n".join(p.text for p in doc.paragraphs)
    # the intro still counts every snapshot the map keeps, and dates the first
    assert "De kaart houdt 30 momentopnamen bij, de eerste van 1 december 2025." in said, said
    assert "De figuur toont de laatste vijf." in said
    assert len(line.moments) == nota_trend.MOST_COLUMNS
