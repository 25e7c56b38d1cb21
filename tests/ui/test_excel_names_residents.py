"""An Excel report of a map that names residents says so, with the way to share safely
(issue 16; hostile review 12, M2); a map without residents gets no such line."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import fileformat
from models.enums import ActorKind
from models.example import example_case
from ui.cli import main


def test_the_report_says_it_names_residents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = example_case()
    assert any(a.kind is ActorKind.CITIZEN for a in case.actors)
    source, out = tmp_path / "a.kvmap", tmp_path / "rn.xlsx"
    fileformat.save(case, source)
    assert main(["export", str(source), "--to", str(out), "--lang", "en"]) == 0
    assert (
        f"{out}: this workbook names residents; to share the map, write an anonymised copy:"
        " --to copy.kvmap --anonymise"
    ) in capsys.readouterr().err
    assert main(["--lang", "nl", "export", str(source), "--to", str(out)]) == 0
    assert "deze werkmap noemt inwoners bij naam" in capsys.readouterr().err
