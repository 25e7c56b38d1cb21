"""A command started without a standard output (``>&-``) says that its output could not be
written, exit code 2, not "a fault in Krachtenveld" (rev-hostile21 H7: AttributeError: 'NoneType'
object has no attribute 'write'); a command that writes only to its file still works."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from models.example import example_case
from models.fileformat import save
from ui.cli import main


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "could not write its output to the standard output (it is closed)"),
        ("nl", "kon de uitvoer niet schrijven naar de standaarduitvoer (die is gesloten)"),
    ],
)
def test_analyse_without_a_standard_output_says_so(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    said: str,
) -> None:
    source = tmp_path / "kaart.kvmap"
    save(example_case(), source, backup=False)
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["analyse", str(source), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "Krachtenveld" not in err.replace("krachtenveld analyse", "")  # not our fault


def test_an_export_to_a_file_needs_no_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "kaart.kvmap"
    save(example_case(), source, backup=False)
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["export", str(source), "--to", str(tmp_path / "kaart.graphml")]) == 0
    assert (tmp_path / "kaart.graphml").stat().st_size > 0
