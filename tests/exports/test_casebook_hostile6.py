"""The hostile tester's fifth-round points on the casebook and its command (C2, C11, ...)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.casebook import run_casebook
from exports.casebook.words import text_report
from models import fileformat
from tests.mapper.test_casebook import _chain


def _with_bad_files(tmp_path: Path) -> Path:
    root = tmp_path / "casussen"
    root.mkdir()
    fileformat.save(_chain(1, "Afwijken 1"), root / "a.kvmap", backup=False)
    fileformat.save(_chain(2, "Afwijken 2"), root / "b.kvmap", backup=False)
    doc = json.loads(fileformat.dumps(_chain(3)))
    doc["actors"][0]["influence"] = 9
    doc["relationships"][0]["source"] = "niemand"
    (root / "c-twee-fouten.kvmap").write_text(json.dumps(doc), encoding="utf-8")
    text = fileformat.dumps(_chain(4))
    (root / "d-afgebroken.kvmap").write_text(text[: len(text) // 2], encoding="utf-8")
    (root / "e-leeg.kvmap").write_bytes(b"")
    return root


def test_the_list_of_left_out_files_keeps_each_files_problems_under_its_label(
    tmp_path: Path,
) -> None:
    """C2: a file with several problems printed its problem lines unindented, as if they were
    files of their own; a truncated file ended mid-sentence; an empty file was "malformed
    JSON"."""
    run = run_casebook(_with_bad_files(tmp_path), "en", workers=1)
    report = text_report(run, "en")
    block = report.split("Files left out\n", 1)[1].splitlines()
    block = [line for line in block if line.strip()]
    labels = [line for line in block if line.startswith("  file ")]
    assert len(labels) == 3, block
    # every other line belongs to a file: it is indented further than the labels
    assert all(line.startswith("    ") for line in block if line not in labels), block
    two = next(line for line in labels if line.rstrip().endswith(":"))
    below = block[block.index(two) + 1 : block.index(two) + 3]
    assert all(line.startswith("    ") for line in below), block
    said = "\n".join(block)
    assert "before the map is complete" in said
    assert "Unterminated" not in said
    assert "the file is empty (0 bytes)" in said


def test_to_into_a_folder_that_does_not_exist_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C11: "…/sub/x.docx: could not write: No such file or directory" did not say that the
    folder is missing."""
    from ui.cli import main

    root = _with_bad_files(tmp_path)
    target = tmp_path / "ontbreekt" / "sub" / "boek.docx"
    code = main(["--lang", "en", "casebook", str(root), "--to", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"the folder {target.parent} does not exist; nothing was written" in err
    assert not (tmp_path / "ontbreekt").exists()
