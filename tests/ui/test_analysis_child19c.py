"""The analysis child's failures (rev-code19 C2): a stop or a bad file is an expected outcome
and comes back as one line; anything else is a bug and comes back with the child's traceback,
which the app logs as a warning. An answer that does not unpickle is an error at once."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path
from typing import Any

import pytest

import mapper
from exports.analysis_child import Reply, _answer
from ui.background.analysis_process import AnalysisProcess, Answer

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


def test_a_bug_in_the_child_comes_back_with_its_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fails on the old code: every exception came back as "Type: msg", the traceback lost."""

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise TypeError("a bug in the analysis")

    monkeypatch.setattr(mapper, "analyse", broken)
    reply = _answer(1, str(EXAMPLE), None)
    assert reply.payload == b""
    assert reply.error == "TypeError: a bug in the analysis"
    assert reply.traceback.startswith("Traceback (most recent call last):")
    assert "in broken" in reply.traceback


def test_a_bad_file_is_an_expected_outcome_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.kvmap"
    bad.write_text("geen kaart", encoding="utf-8")
    reply = _answer(1, str(bad), None)
    assert reply.error.startswith("FormatError: ")
    assert reply.traceback == ""
    gone = _answer(2, str(tmp_path / "weg.kvmap"), None)
    assert gone.error.startswith("FormatError: ")  # a file gone: said as a bad file
    assert gone.traceback == ""


def _answers(process: AnalysisProcess) -> list[Answer]:
    seen: list[Answer] = []
    process.answered.connect(seen.append)
    return seen


def test_the_childs_traceback_is_logged_as_a_warning(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Fails on the old code: the reply had no traceback, and nothing was logged above INFO."""
    process = AnalysisProcess()
    answers = _answers(process)
    trace = 'Traceback (most recent call last):\n  File "x.py", line 1\nTypeError: kapot\n'
    with caplog.at_level(logging.WARNING, "ui.background.analysis_process"):
        process._on_replied(0, Reply(7, error="TypeError: kapot", traceback=trace))
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert trace in record.getMessage()
    assert [(a.job, a.analysis, a.error) for a in answers] == [(7, None, "TypeError: kapot")]


def test_an_answer_that_does_not_unpickle_is_an_error_at_once(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Fails on the old code: ``pickle.loads`` raised in the slot, no answer was emitted and
    the open waited the full timeout before it fell back."""
    process = AnalysisProcess()
    answers = _answers(process)
    payload = pickle.dumps(Reply(1))[:-5]  # cut short
    with caplog.at_level(logging.WARNING, "ui.background.analysis_process"):
        process._on_replied(0, Reply(3, "abc", payload))
    [answer] = answers
    assert (answer.job, answer.digest, answer.analysis) == (3, "abc", None)
    assert answer.error.startswith("unpickling failed: ")
    assert "did not unpickle" in caplog.text
    assert "Traceback" in caplog.text


def test_a_child_whose_warm_up_fails_says_why_and_the_app_logs_it(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Fails on the old code: the warm-up's exception ended the child with its traceback on a
    stderr that the windowed app does not have; the app saw only a dead pipe."""
    import multiprocessing

    import exports.analysis_child as side

    def broken() -> None:
        raise TypeError("a bug in the warm-up")

    monkeypatch.setattr(side, "_warm", broken)
    monkeypatch.setattr(side, "die_with_parent", lambda _parent: False)  # not this process
    ours, theirs = multiprocessing.Pipe()
    side.serve(theirs)  # in this process: it returns after its one reply
    reply = ours.recv()
    assert (reply.job, reply.error) == (side.NOT_STARTED, "TypeError: a bug in the warm-up")
    assert "in broken" in reply.traceback
    process = AnalysisProcess()
    with caplog.at_level(logging.WARNING, "ui.background.analysis_process"):
        process._on_replied(0, reply)
    assert not process.ready
    assert "its warm-up failed" in caplog.text
    assert "in broken" in caplog.text
