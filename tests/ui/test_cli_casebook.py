"""``krachtenveld casebook DIR``: text and JSON in both languages, exit codes like the other
commands (0 every file read, 1 files left out, 2 error)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import fileformat
from tests.mapper.test_casebook import _chain
from ui.cli import main


def _folder(tmp_path: Path, *, bad: bool = False) -> Path:
    for n in (1, 3, 4):
        fileformat.save(_chain(n), tmp_path / f"keten{n}.kvmap", backup=False)
    if bad:
        (tmp_path / "stuk.kvmap").write_text("[]", encoding="utf-8")
    return tmp_path


def test_text_names_the_recurring_cause_and_the_distance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["casebook", str(_folder(tmp_path)), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Terugkerende oorzaken" in out
    assert "In 3 van de 3 casussen: geen bestuurder achter de bedoeling mag afwijken" in out
    assert (
        "Van de 3 casussen met een besluit waarvoor de bevoegdheid om van een regel af te "
        "wijken nodig is, ligt die in twee drie of meer stappen van de behandelaar vandaan." in out
    )
    assert main(["casebook", str(tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert (
        "Of the 3 cases with a decision that needs the power to deviate from a rule, in two it "
        "sits three or more steps from the handler." in out
    )


def test_json_and_a_bad_file_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["casebook", str(_folder(tmp_path, bad=True)), "--format", "json"]) == 1
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [c["file"] for c in data["cases"]] == ["keten1.kvmap", "keten3.kvmap", "keten4.kvmap"]
    assert data["skipped"][0]["file"] == "file 1"  # B5: the real path only on screen
    assert "stuk.kvmap" not in captured.out
    # not a terminal: the real path is not written where a shared file may take it (N7)
    assert "stuk.kvmap" not in captured.err
    assert "on a terminal only" in captured.err
    (deviate,) = [s for s in data["steps"] if s["category"] == "deviate_from_rule"]
    assert (deviate["cases"], deviate["far"]) == (3, 2)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["casebook", "nergens"], "geen map"),
        (["casebook", ".", "--to", "x.pdf"], "--to schrijft .xlsx of .docx"),
        (["casebook", ".", "--workers", "0"], "minstens 1"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args, "--lang", "nl"]) == 2
    assert said in capsys.readouterr().err


def test_a_terminal_gets_the_real_path_of_a_file_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # rev-hostile16b N7: on old main the path went to any stderr, also '2>&1' into a report
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["casebook", str(_folder(tmp_path, bad=True)), "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert "file 1: " in err
    assert "stuk.kvmap" in err
    assert "on screen only" in err
