"""The advice note for the college (``.docx``): the analysis as an adviser sends it.

Structure: title page (case, date, reference date); 1 summary with the first three steps;
2 occasion; 3 scorecard (a coloured table); 4 the map; 5 per cause the findings, the legal
basis and what to organise; 6 risks (legal, financial, privacy, communication); annexes:
mandates, actors, how the analysis works. Real Word headings, lists and tables (navigable in
the navigation pane, editable), never pictures of text.

Examples
--------
>>> from models.example import example_case
>>> import tempfile, pathlib, docx
>>> out = pathlib.Path(tempfile.mkdtemp()) / "nota.docx"
>>> _ = write_nota(example_case(), out, lang="nl", picture=b"")
>>> [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"][:2]
['1. Samenvatting', '2. Aanleiding']
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from typing import Any

from exports.advice import (
    STATUS_RGB,
    SceneFactory,
    W,
    long_date,
    map_picture,
    method_paragraphs,
    money,
    risks,
    status_name,
)
from exports.output import save_document
from mapper.analysis import Analysis, analyse
from mapper.findings import BUILDING_BLOCKS
from mapper.report import SEVERITY_NAMES
from models.case import Case
from models.i18n import Lang
from models.labels import label

__all__ = ["build_nota", "write_nota"]


def _shade(cell: Any, rgb: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), rgb)
    props.append(shading)


def _table(doc: Any, header: list[str], rows: list[list[str]], widths: list[float]) -> Any:
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
        _shade(cell, "D9E2F3")
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    return table


def _title_page(doc: Any, case: Case, lang: Lang, today: date) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph(W["advice"](lang), style="Subtitle")
    doc.add_paragraph(case.info.title or W["advice"](lang), style="Title")
    doc.add_paragraph(W["subtitle"](lang))
    doc.add_paragraph(f"{W['date'](lang)}: {long_date(today, lang)}")
    if case.info.as_of is not None:
        doc.add_paragraph(f"{W['as_of'](lang)}: {long_date(case.info.as_of, lang)}")
    last = doc.add_paragraph(W["made_with"](lang))
    last.add_run().add_break(WD_BREAK.PAGE)


def _summary(doc: Any, analysis: Analysis, lang: Lang) -> None:
    doc.add_heading(f"1. {W['summary'](lang)}", level=1)
    first = analysis.first()
    summary = analysis.summary
    doc.add_paragraph(
        summary.headline(lang) if first and summary.headline.en else summary.text(lang)
    )
    if first:
        doc.add_heading(W["first"](lang), level=2)
        for cause in first:
            item = doc.add_paragraph(style="List Number")
            item.add_run(cause.title(lang)).bold = True
            item.add_run(f". {W['todo'](lang)}: {cause.suggestion(lang)}")


def _occasion(doc: Any, case: Case, lang: Lang) -> None:
    doc.add_heading(f"2. {W['occasion'](lang)}", level=1)
    info = case.info
    doc.add_paragraph(info.description or W["no_description"](lang))
    if info.intent:
        para = doc.add_paragraph()
        para.add_run(f"{W['intent'](lang)}: ").bold = True
        para.add_run(info.intent)
    owner = case.actors.get(info.intent_owner) if info.intent_owner else None
    if owner is not None:
        para = doc.add_paragraph()
        para.add_run(f"{W['owner'](lang)}: ").bold = True
        para.add_run(owner.name)


def _scorecard(doc: Any, analysis: Analysis, lang: Lang) -> None:
    doc.add_heading(f"3. {W['scorecard'](lang)}", level=1)
    rows = [
        [f"{r.building_block}. {r.name(lang)}", status_name(r.status, lang), r.summary(lang)]
        for r in analysis.scorecard
    ]
    header = [W["block"](lang), W["verdict"](lang), W["explanation"](lang)]
    table = _table(doc, header, rows, [4.4, 2.6, 9.0])
    for row, score in zip(table.rows[1:], analysis.scorecard, strict=True):
        _shade(row.cells[1], STATUS_RGB[score.status])


def _map(doc: Any, picture: bytes | None, lang: Lang) -> None:
    from docx.shared import Cm

    doc.add_heading(f"4. {W['map'](lang)}", level=1)
    if not picture:
        doc.add_paragraph(W["no_map"](lang))
        return
    doc.add_picture(io.BytesIO(picture), width=Cm(16))
    doc.add_paragraph(W["map_caption"](lang), style="Caption")


def _causes(doc: Any, analysis: Analysis, lang: Lang) -> None:
    doc.add_heading(f"5. {W['causes'](lang)}", level=1)
    if not analysis.causes:
        doc.add_paragraph(W["no_causes"](lang))
    for cause in analysis.causes:
        doc.add_heading(f"5.{cause.rank} {cause.title(lang)}", level=2)
        severity = SEVERITY_NAMES[cause.severity][1 if lang == "nl" else 0]
        blocks = ", ".join(f"{b}. {BUILDING_BLOCKS[b](lang)}" for b in cause.blocks)
        meta = doc.add_paragraph()
        meta.add_run(f"{severity.capitalize()}. {W['blocks'](lang)}: {blocks}.").italic = True
        doc.add_paragraph(cause.detail(lang))
        if cause.legal_basis:
            para = doc.add_paragraph()
            para.add_run(f"{W['legal'](lang)}: ").bold = True
            para.add_run(", ".join(cause.legal_basis))
        for evidence in cause.evidence:
            para = doc.add_paragraph(style="List Bullet")
            para.add_run(f"{W['evidence'](lang)}: ").italic = True
            para.add_run(evidence(lang))
        para = doc.add_paragraph()
        para.add_run(f"{W['todo'](lang)}: ").bold = True
        para.add_run(cause.suggestion(lang))
        # the finding that speaks for the cause is already told above
        found = [
            f
            for f in analysis.findings_of(cause)
            if not cause.detail(lang).startswith(f.detail(lang))
        ]
        if found:
            doc.add_paragraph(f"{W['findings'](lang)}:")
            for f in found:
                item = doc.add_paragraph(style="List Bullet")
                item.add_run(f.title(lang)).bold = True
                item.add_run(f" — {f.detail(lang)}")


def _risks(doc: Any, case: Case, analysis: Analysis, lang: Lang) -> None:
    doc.add_heading(f"6. {W['risks'](lang)}", level=1)
    for risk in risks(case, analysis):
        doc.add_heading(risk.name(lang), level=2)
        for line in risk.lines:
            doc.add_paragraph(line(lang), style="List Bullet")


def _annexes(doc: Any, case: Case, analysis: Analysis, lang: Lang) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(W["annex_mandates"](lang), level=1)
    names = {a.id: a.name for a in case.actors}
    remarks: dict[str, list[str]] = {}
    for f in analysis.findings:
        if f.code.startswith(("MANDATE_", "DELEGATION_")) and f.mandates:
            subject = (
                f.mandates[-1] if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED" else f.mandates[0]
            )
            remarks.setdefault(subject, []).append(f.title(lang))
    if len(case.mandates):
        rows = [
            [
                f"{names.get(m.grantor, m.grantor)} → {names.get(m.holder, m.holder)} ({m.id})",
                case.power_name(m.power, lang),
                label(m.instrument, lang),
                money(m.budget, lang),
                long_date(m.valid_until, lang) if m.valid_until else "—",
                "; ".join(remarks.get(m.id, [])) or W["none"](lang),
            ]
            for m in case.mandates
        ]
        header = [
            W["grantor_holder"](lang),
            W["power"](lang),
            W["instrument"](lang),
            W["budget"](lang),
            W["valid_until"](lang),
            W["remarks"](lang),
        ]
        _table(doc, header, rows, [3.9, 2.4, 1.9, 2.1, 2.0, 3.7])
    else:
        doc.add_paragraph(W["no_mandates"](lang))
    doc.add_heading(W["annex_actors"](lang), level=1)
    rows = [
        [
            a.name,
            label(a.kind, lang),
            a.organisation or "—",
            str(a.influence),
            str(a.interest),
            f"{a.stance:+d}" if a.stance else "0",
        ]
        for a in case.actors
    ]
    header = [
        W["name"](lang),
        W["kind"](lang),
        W["organisation"](lang),
        W["influence"](lang),
        W["interest"](lang),
        W["stance"](lang),
    ]
    _table(doc, header, rows, [4.6, 2.8, 3.8, 1.6, 1.6, 1.6])
    doc.add_heading(W["annex_method"](lang), level=1)
    for paragraph in method_paragraphs(lang):
        doc.add_paragraph(paragraph)


def build_nota(
    case: Case,
    *,
    lang: Lang = "nl",
    analysis: Analysis | None = None,
    picture: bytes | None = None,
    scene_for: SceneFactory | None = None,
    today: date | None = None,
) -> Any:
    """The advice note as a python-docx ``Document``.

    ``picture`` is a PNG of the map (``b""`` for none); without it the map is drawn with
    ``scene_for`` or Graphviz (:func:`exports.advice.map_picture`).
    """
    from docx import Document
    from docx.shared import Cm, Pt

    analysis = analysis if analysis is not None else analyse(case)
    if picture is None:
        picture = map_picture(case, lang, scene_for)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(2.5)
    doc.core_properties.title = case.info.title
    doc.core_properties.subject = W["advice"](lang)
    doc.core_properties.language = "nl-NL" if lang == "nl" else "en-GB"
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    _title_page(doc, case, lang, today or date.today())
    _summary(doc, analysis, lang)
    _occasion(doc, case, lang)
    _scorecard(doc, analysis, lang)
    _map(doc, picture, lang)
    _causes(doc, analysis, lang)
    _risks(doc, case, analysis, lang)
    _annexes(doc, case, analysis, lang)
    return doc


def write_nota(
    case: Case,
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    analysis: Analysis | None = None,
    picture: bytes | None = None,
    scene_for: SceneFactory | None = None,
) -> Path:
    """Write the advice note to ``path`` atomically (see :func:`build_nota`)."""
    doc = build_nota(case, lang=lang, analysis=analysis, picture=picture, scene_for=scene_for)
    out = Path(path)
    save_document(doc, out)
    return out
