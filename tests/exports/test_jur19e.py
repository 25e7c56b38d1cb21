"""The confirming jurist's rests in the notas (issue 14, jur19e, rev-jurist19b N6, N8), each
failing on the code before."""

from __future__ import annotations

from exports.docx_document import new_document


def test_a_beslispunt_is_kept_on_one_page() -> None:
    # N8, fails on the old code: exsig's Bp 6 ran three lines onto page 2, where LibreOffice
    # set them flush left, without the numbering's hanging indent
    doc = new_document()
    point = doc.add_paragraph("de 49 andere bestuursorganen te vragen", style="List Number 2")
    assert point.style.paragraph_format.keep_together is True
