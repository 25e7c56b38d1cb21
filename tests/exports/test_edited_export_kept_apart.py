"""A nota finished in Word is never rotated out by re-exports (issue 16; hostile review 12,
D1): four unchanged exports over an edited nota left 'MIJN EIGEN TEKST' in none of nota.docx,
.bak, .bak.1, .bak.2, because every export differs in its time stamps. An export marks what
it wrote; a file that no longer is as Krachtenveld wrote it is kept apart first, and the
command says where."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from models import fileformat
from models.example import example_case
from ui.cli import main


def _has(path: Path, words: str) -> bool:
    return any(words in p.text for p in Document(str(path)).paragraphs)


def test_an_edited_nota_survives_four_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.kvmap"
    fileformat.save(example_case(), source)
    nota = tmp_path / "nota.docx"
    export = ["export", str(source), "--to", str(nota), "--lang", "en"]
    assert main(export) == 0
    doc = Document(str(nota))
    doc.add_paragraph("MIJN EIGEN TEKST")  # the user finishes the nota in Word
    doc.save(str(nota))
    capsys.readouterr()
    for _ in range(4):
        assert main(export) == 0
    said = capsys.readouterr().out
    kept = sorted(tmp_path.glob("nota.edited-*.docx"))
    assert len(kept) == 1
    assert _has(kept[0], "MIJN EIGEN TEKST")
    assert f"is kept apart in {kept[0]}" in said.splitlines()[0]
    assert said.count("kept apart") == 1  # the exports after it rotate as before
    # unchanged exports of the same map are as Krachtenveld wrote them: nothing more apart
    assert sorted(p.name for p in tmp_path.glob("nota*")) == [
        "nota.docx",
        "nota.docx.bak",
        "nota.docx.bak.1",
        "nota.docx.bak.2",
        kept[0].name,
    ]
