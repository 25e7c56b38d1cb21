"""The hostile tester's sixth-round points on the casebook folder (N6, B6): a dangling link is
said to point nowhere, and file names with control or direction characters are printed with
those characters escaped, in every report and on the command line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from exports.casebook import run_casebook
from exports.casebook.words import as_json, text_report
from models import fileformat
from tests.mapper.test_casebook import _chain
from ui.cli import main


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "cb"
    root.mkdir()
    fileformat.save(_chain(1, "Een"), root / "new\nline.kvmap", backup=False)
    fileformat.save(_chain(2, "Twee"), root / "Özdemir\u202elmth.kvmap", backup=False)
    fileformat.save(_chain(3, "Drie"), root / "gewoon.kvmap", backup=False)
    (root / "dangling.kvmap").symlink_to("/nonexistent/x.kvmap")
    outside = tmp_path / "outside.kvmap"
    fileformat.save(_chain(4, "Buiten"), outside, backup=False)
    (root / "linkout.kvmap").symlink_to(outside)
    return root


@pytest.mark.skipif(os.name == "nt", reason="file names with a newline and symlinks: POSIX")
def test_a_dangling_link_points_nowhere_and_a_link_out_points_outside(tmp_path: Path) -> None:
    run = run_casebook(_folder(tmp_path), "nl", workers=1)
    problems = {Path(s.path).name: s.problem for s in run.skipped}
    assert problems["dangling.kvmap"].endswith(
        "een koppeling die nergens naar wijst (waar zij naar wijst, bestaat niet): niet gelezen"
    )
    assert problems["linkout.kvmap"].endswith("een koppeling die buiten de map wijst: niet gelezen")
    english = run_casebook(tmp_path / "cb", "en", workers=1)
    assert any("points nowhere" in s.problem for s in english.skipped)


@pytest.mark.skipif(os.name == "nt", reason="file names with a newline: POSIX")
def test_control_and_direction_characters_in_file_names_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    # the real paths of left-out files go to a terminal only (rev-hostile16b N7): be one
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    root = _folder(tmp_path)
    run = run_casebook(root, "nl", workers=1)
    shown = sorted(c.shown for c in run.cases)
    assert shown == ["gewoon.kvmap", "new\\nline.kvmap", "Özdemir\\u202elmth.kvmap"]
    for text in (text_report(run, "nl"), json.dumps(as_json(run, "nl"), ensure_ascii=False)):
        assert "\u202e" not in text
        assert "new\nline" not in text
    assert "new\\nline.kvmap" in text_report(run, "nl")  # the file is named, escaped
    assert main(["casebook", str(root), "--lang", "nl", "--workers", "1"]) == 1
    out, err = capsys.readouterr()
    for stream in (out, err):
        assert "\u202e" not in stream
        assert "new\nline" not in stream
    # the left-out files are named on stderr with their real (escaped) path
    assert f"{root}/dangling.kvmap" in err
