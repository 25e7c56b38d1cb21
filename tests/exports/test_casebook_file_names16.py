"""Casebook file names, rev-hostile16a (issue 16): R1, the problem text of a file that does not
open named that file ('Daan Visser.kvmap: ongeldige JSON' beside 'bestand 1'); R2, the folder
passed on the command line was printed as it is at the top of the text report and the
workbook. Each test fails on the old code (af1ee29)."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from exports.casebook import run_casebook
from exports.casebook.words import text_report
from exports.casebook.workbook import write_workbook
from models import Case, fileformat
from models.enums import EntityKind
from models.example import example_case
from ui.cli import main

_NAMES = re.compile(r"\b(?:daan|fleur|visser|anna|adhd|zwanger)\b", re.I)


def _case(description: str = "") -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    if description:
        case.set_case_field("description", description)
    return case


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _unreadable(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    (root / "Daan Visser 1985-03-03 adhd.kvmap").write_text("{niet json", encoding="utf-8")
    data = json.loads(fileformat.dumps(_case()))
    data["version"] = 99
    (root / "sub" / "Fleur Visser zwanger.kvmap").write_text(json.dumps(data), encoding="utf-8")
    fileformat.save(_case("Versie 1."), root / "kaart.kvmap", backup=False)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_skipped_files_problem_does_not_name_it(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # R1: 'Daan Visser.kvmap: ongeldige JSON …', 'sub/Fleur inwoner.kvmap: version: …' (old code)
    root = tmp_path / "cb"
    _unreadable(root)
    book = tmp_path / "boek.xlsx"
    args = ["--lang", lang, "casebook", str(root), "--workers", "1", "--format", "json"]
    assert main([*args, "--to", str(book)]) == 1  # files were skipped
    skipped = json.loads(capsys.readouterr().out)["skipped"]
    assert len(skipped) == 2
    label = "bestand" if lang == "nl" else "file"
    for s in skipped:
        assert s["problem"].startswith(s["file"] + ":"), s
        assert s["file"].startswith(label), s
        assert not _NAMES.search(s["problem"]), s
    run = run_casebook(root, lang, workers=1)  # type: ignore[arg-type]
    assert not _NAMES.search(text_report(run, lang)), text_report(run, lang)  # type: ignore[arg-type]
    assert not _NAMES.search(_xml(book))


def test_the_folder_passed_is_not_in_a_report(tmp_path: Path) -> None:
    # R2: 'Casusboek van …/Dossiers Anna Visser ADHD' and the index's path in it (old code)
    root = tmp_path / "Dossiers Anna Visser ADHD"
    root.mkdir()
    fileformat.save(_case("Versie 1."), root / "kaart.kvmap", backup=False)
    run = run_casebook(root, "nl", workers=1)
    report = text_report(run, "nl")
    assert not _NAMES.search(report), report
    assert report.startswith("Casusboek\n")
    assert "Index in de map: .krachtenveld-casebook.sqlite" in report
    book = tmp_path / "boek.xlsx"
    write_workbook(run, book, "nl")
    assert not _NAMES.search(_xml(book))
