"""The nota's scorecard stays on one page (issue 11): no row breaks across pages, and every
row keeps with the next, so Word and LibreOffice move the whole table (and its heading) to the
next page rather than split it. The example's scorecard used to start at the foot of page 2
and end on page 3."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from exports.nota import write_nota
from models.example import example_case

BLOCKS = ("1. Helderheid", "7. Systeemleren")


def _scorecard(path: Path) -> object:
    doc = docx.Document(str(path))
    return next(t for t in doc.tables if t.rows[1].cells[0].text.startswith("1. "))


def test_the_scorecard_s_rows_neither_split_nor_part(tmp_path: Path) -> None:
    table = _scorecard(write_nota(example_case(), tmp_path / "n.docx", lang="nl"))
    rows = table.rows  # type: ignore[attr-defined]
    for row in rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    for row in rows[:-1]:
        for cell in row.cells:
            assert all(p.paragraph_format.keep_with_next for p in cell.paragraphs)


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler-utils is not installed",
)
def test_the_example_s_scorecard_is_on_one_page(tmp_path: Path) -> None:
    nota = write_nota(example_case(), tmp_path / "nota.docx", lang="nl")
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(nota),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "nota.pdf"), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    pages = text.split("\f")
    found = [[i for i, page in enumerate(pages) if block in page] for block in BLOCKS]
    first, last = found[0][0], found[1][0]  # the scorecard comes before the trend table
    assert first == last, f"the scorecard runs from page {first + 1} to page {last + 1}"
    assert "3. Scorekaart" in pages[first]
