"""The overview's key-value tables are filled by copying one row python-docx made (issue 15):
the same document as the python-docx calls made before (s23-lead 863c2b3's ``_pairs``, kept
below as the reference), for the example and a generated map, and for texts with tabs, line
breaks and an empty value."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import exports.register_write as register_write
from benchmarks.generate import generate_case
from exports.docx_document import new_document
from models.example import example_case


def _reference(doc: Any, rows: list[tuple[str, str]]) -> None:
    """``_pairs`` as it was on s23-lead 863c2b3 (its table made as it still is)."""
    from docx.shared import Cm

    table = register_write.pairs_table(doc)
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text = key
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
        cells[1].text = value or "—"
        cells[0].width, cells[1].width = Cm(5.0), Cm(11.0)


def _document(doc: Any) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return archive.read("word/document.xml")


def test_pairs_are_what_the_python_docx_calls_made() -> None:
    rows = [("Wet", "art. 160\tGemeentewet"), ("Regel een\nen twee", ""), (" spatie ", "€ 5")]
    made, expected = new_document(), new_document()
    for doc, pairs in ((made, register_write._pairs), (expected, _reference)):
        pairs(doc, rows)
        pairs(doc, [])
        pairs(doc, rows[:1])
    assert _document(made) == _document(expected)


@pytest.mark.parametrize("size", [0, 60])
def test_the_overview_is_what_the_python_docx_calls_made(
    size: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = example_case() if size == 0 else generate_case(size, seed=3)
    day = date(2026, 1, 5)
    register_write.write_register_docx(case, tmp_path / "made.docx", "nl", today=day)
    monkeypatch.setattr(register_write, "_pairs", _reference)
    register_write.write_register_docx(case, tmp_path / "expected.docx", "nl", today=day)
    made, expected = (
        zipfile.ZipFile(tmp_path / f"{name}.docx").read("word/document.xml")
        for name in ("made", "expected")
    )
    assert made.count(b"<w:tr>") > 2
    assert made == expected
