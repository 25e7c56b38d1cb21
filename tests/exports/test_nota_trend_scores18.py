"""The nota's trend keeps each snapshot's scorecard between runs, as the Excel report's Trend
sheet does (issue 14, rev-hostile17 F2), and takes its column "now" from the note's own
analysis: a second note analyses no snapshot again, and the map is analysed once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest

import exports.nota
import mapper.analysis
from exports.nota import write_nota
from mapper import timeline
from models import Case
from models.example import example_case


def _counted(monkeypatch: pytest.MonkeyPatch, case: Case) -> tuple[list[int], list[int]]:
    """The analyses made from now on: of ``case`` itself (the map now) and of other cases
    (the snapshots' states)."""
    own: list[int] = []
    others: list[int] = []
    real = mapper.analysis.analyse

    def counted(c: Case, *args: Any, **kwargs: Any) -> Any:
        (own if c is case else others).append(len(c.actors))
        return real(c, *args, **kwargs)

    monkeypatch.setattr(mapper.analysis, "analyse", counted)
    monkeypatch.setattr(exports.nota, "analyse", counted)
    return own, others


def _new_process() -> None:
    timeline._SCORED.clear()  # what one process kept
    timeline._STATES.clear()


def _tables(path: Path) -> list[list[str]]:
    return [[c.text for c in row.cells] for t in docx.Document(str(path)).tables for row in t.rows]


def test_a_second_note_analyses_no_snapshot_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the old code: each note (in a new process) analysed its snapshots again
    (3 more on the second), and the map now twice (the note's analysis, then the trend's)."""
    case = example_case()
    snapshots = len(case.timeline.snapshots)
    assert snapshots == 3
    own, others = _counted(monkeypatch, case)
    _new_process()
    write_nota(case, tmp_path / "een.docx", lang="nl", picture=b"")
    assert (len(own), len(others)) == (1, snapshots)
    _new_process()
    write_nota(case, tmp_path / "twee.docx", lang="nl", picture=b"")
    assert (len(own), len(others)) == (2, snapshots)  # no snapshot more: read from the store
    assert _tables(tmp_path / "twee.docx") == _tables(tmp_path / "een.docx")


def test_an_analysis_given_is_not_the_trend_s_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An analysis the caller made (the app's, perhaps with other options) is the note's, but
    the trend's column "now" is analysed as the trend analyses (as the Excel report does)."""
    case = example_case()
    given = mapper.analysis.analyse(case)
    own, _ = _counted(monkeypatch, case)
    _new_process()
    write_nota(case, tmp_path / "nota.docx", lang="nl", picture=b"", analysis=given)
    assert len(own) == 1  # the trend's own
