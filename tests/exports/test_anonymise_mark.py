"""The anonymised copy's mark does not outlive an edit (hostile review 7, F4): a marked copy
that was worked on is real work, so an edit (``layout``, the app) takes the mark away and a
later copy written over it needs ``--force``; and whatever the mark says, the file a copy
replaces is kept as ``.bak`` (a file edited by hand keeps its mark)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.anonymise_copy import write_anonymised_copy
from models import fileformat
from models.example import example_case
from ui.cli import main


def _copy(tmp_path: Path) -> Path:
    out = tmp_path / "gedeeld.kvmap"
    write_anonymised_copy(example_case(), out, "nl")
    assert fileformat.load(out).info.anonymised
    return out


def test_layout_takes_the_mark_away_so_a_later_copy_needs_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _copy(tmp_path)
    assert main(["layout", str(out), "--lang", "nl"]) == 0
    assert not fileformat.load(out).info.anonymised  # it kept the mark before the fix
    laid_out = out.read_bytes()
    src = tmp_path / "casus.kvmap"
    fileformat.save(example_case(), src, backup=False)
    args = ["export", str(src), "--to", str(out), "--anonymise", "--lang", "nl"]
    assert main(args) == 2
    assert "geen geanonimiseerde kopie" in capsys.readouterr().err
    assert out.read_bytes() == laid_out
    assert main([*args, "--force"]) == 0
    assert out.with_name("gedeeld.kvmap.bak").read_bytes() == laid_out


def test_a_copy_edited_by_hand_is_kept_as_bak_when_replaced(tmp_path: Path) -> None:
    out = _copy(tmp_path)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["case"]["description"] = "Eigen aantekeningen van vandaag, niet opnieuw te maken."
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    edited = out.read_bytes()
    src = tmp_path / "casus.kvmap"
    fileformat.save(example_case(), src, backup=False)
    assert main(["export", str(src), "--to", str(out), "--anonymise", "--lang", "nl"]) == 0
    # the mark let it through; the work is not lost (there was no .bak before the fix)
    assert out.with_name("gedeeld.kvmap.bak").read_bytes() == edited
    assert fileformat.load(out).info.anonymised


def test_an_edit_in_the_model_takes_the_mark_away() -> None:
    case = fileformat.loads(
        fileformat.dumps(example_case()).replace(
            '"case": {', '"case": {\n    "anonymised": true,', 1
        )
    )
    assert case.info.anonymised
    case.set_case_field("title", "Andere titel")
    assert not case.info.anonymised
    assert '"anonymised"' not in fileformat.dumps(case)
