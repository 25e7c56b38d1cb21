"""The nota as text for the jurists' wording tests: every paragraph and table cell of the
example's or the youth-care nota, built once per process (test_jurist17b, test_jurist18b)."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from exports.nota import build_nota
from mapper import analyse
from mapper.analysis import Analysis
from models.example import example_case
from models.templates.youth_care import youth_care_case

__all__ = ["DEC_5", "document_texts", "example_analysis", "nota_text"]

DEC_5 = date(2026, 12, 5)


@cache
def example_analysis() -> Analysis:
    """The example's analysis (read-only: shared by every test that asks)."""
    return analyse(example_case())


def document_texts(doc: Any) -> list[str]:
    """The texts of a Word document's paragraphs, then of its tables' cells."""
    texts = [p.text for p in doc.paragraphs]
    return texts + [c.text for t in doc.tables for r in t.rows for c in r.cells]


@cache
def nota_text(which: str = "ex", lang: str = "nl", anonymised: bool = True) -> str:
    """The nota of the example (``ex``) or the youth-care case (else) on 5 Dec 2026."""
    case = example_case() if which == "ex" else youth_care_case()
    doc = build_nota(case, lang=lang, picture=b"", today=DEC_5, anonymised=anonymised)  # type: ignore[arg-type]
    return "\n".join(document_texts(doc))
