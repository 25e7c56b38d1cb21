"""The advice note for the college (``.docx``): the analysis as an adviser sends it.

Structure: title page (case, date, reference date); 1 summary with the first three steps;
2 occasion; 3 scorecard (a coloured table); 4 the map; 5 per cause the findings, the legal
basis and what to organise; 6 risks (legal, financial, privacy, communication); annexes:
mandates, actors, how the analysis works (:mod:`exports.nota_annexes`). Real Word headings,
lists and tables (navigable in the navigation pane, editable), never pictures of text.

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

import hashlib
import os
from datetime import date
from pathlib import Path
from typing import Any

from exports.advice import (
    STATUS_RGB,
    SceneFactory,
    long_date,
    map_picture,
    verdict,
)
from exports.advice_words import W
from exports.body_decision import body_blocks
from exports.case_decision import portfolio_holder, portfolio_line
from exports.citations import cause_articles
from exports.decisions import decision_points
from exports.docx_document import new_document
from exports.docx_tables import MARGIN, TEXT_WIDTH, add_table, keep_together, set_widths, shade
from exports.mandate_amend import addressee_en
from exports.mandate_decision import named_actor
from exports.map_page import add_map
from exports.nota_annexes import add_annexes
from exports.nota_dates import as_of_line, still_due
from exports.nota_scale import (
    few_lines,
    listed_in,
    pages,
    repeat_refs,
    step,
)
from exports.nota_trend import add_trend
from exports.output import save_document
from exports.pseudonym_check import anonymised_for
from exports.risks import risks
from mapper.analysis import Analysis, analyse
from mapper.findings import BUILDING_BLOCKS, Text
from mapper.name_once import once_forms
from mapper.names import Name
from mapper.report import SEVERITY_NAMES
from mapper.wording import after_colon, capital, count, join
from models.case import Case
from models.enums import ActorKind
from models.i18n import Lang
from models.templates import without_template_hint

__all__ = ["build_nota", "write_nota"]


def _title_page(doc: Any, case: Case, analysis: Analysis, lang: Lang, today: date) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph(W["advice"](lang), style="Subtitle")
    doc.add_paragraph(case.info.title or W["advice"](lang), style="Title")
    doc.add_paragraph(W["subtitle"](lang))
    owner = portfolio_holder(case)  # never the chair of a GR's bestuur (jurist, eighth N3)
    rows = [
        (W["to"](lang), _addressee(case, lang, analysis)),
        (W["from"](lang), W["fill_in"](lang)),
        *([(W["portfolio"](lang), portfolio_line(owner, lang))] if owner is not None else []),
        (W["date"](lang), long_date(today, lang)),
        (W["reference"](lang), reference(case, today)),
        (W["subject"](lang), case.info.title or W["advice"](lang)),
    ]
    if case.info.as_of is not None:
        rows.append((W["as_of"](lang), long_date(case.info.as_of, lang)))
    block = doc.add_table(rows=0, cols=2)
    for name, value in rows:
        cells = block.add_row().cells
        cells[0].text, cells[1].text = name, value
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
    set_widths(block, [4.8, TEXT_WIDTH - 4.8])
    _decision_points(doc, case, analysis, lang, today)
    # "Opgesteld met Krachtenveld" goes to the colophon at the end (jurist L-e)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _addressee(case: Case, lang: Lang, analysis: Analysis) -> str:
    """The college when it is on the map by that name, else the college in general; and any
    other body a beslispunt is for (twelfth jurist L1)."""
    others = [name for name, _, _ in body_blocks(case, analysis, lang)]
    college = _college(case, lang)
    return join([college, *others], lang) if others else college


def _college(case: Case, lang: Lang) -> str:
    college = next(
        (
            a
            for a in case.actors
            if a.kind is ActorKind.ADMINISTRATOR and "college" in a.name.lower()
        ),
        None,
    )
    return college.name if college is not None else W["college"](lang)


def _decide_intro(case: Case, lang: Lang) -> str:
    """ "The Executive decides:", or in English the college by the name the note gives it
    everywhere else ("The College B&W 1 decides:"), not a sixth name (rev-jurist19 R8)."""
    who = addressee_en(case)
    if lang == "nl" or who == "the Executive":
        return W["decide_intro"](lang)
    return f"{capital(who)} decides:"


def reference(case: Case, today: date) -> str:
    """A reference for the note: the date and a short code of the case (``KV-20261203-3f2a``)."""
    code = hashlib.sha1((case.info.title or "").encode()).hexdigest()[:4]
    return f"KV-{today:%Y%m%d}-{code}"


def _decision_points(doc: Any, case: Case, analysis: Analysis, lang: Lang, today: date) -> None:
    """Beslispunten: take note of the analysis, commission the first steps, confirm the
    accepted risks."""
    doc.add_heading(W["decisions"](lang), level=2)
    doc.add_paragraph(_decide_intro(case, lang))
    nl = lang == "nl"
    title = case.info.title or W["advice"](lang)
    n = len(analysis.causes)
    causes = (
        count(n, "oorzaak", "oorzaken", "nl", upto=20)
        if nl
        else count(n, "cause", "causes", "en", upto=20)
    )
    points = [
        f"kennis te nemen van de analyse van het krachtenveld rond ‘{title}’ en de {causes} "
        "die zij vindt;"
        if nl
        else f"to take note of the analysis of the field of forces around ‘{title}’ and the "
        f"{causes} it finds;"
    ]
    points += [f"{point};" for point in decision_points(case, analysis, lang, today)]
    if analysis.accepted:
        k = len(analysis.accepted)
        if k == 1:
            what = Text(
                "the accepted finding with its reason", "de geaccepteerde bevinding met de reden"
            )
        else:
            what = Text(
                f"the {count(k, 'accepted finding', 'accepted findings', 'en')} with their reasons",
                f"de {count(k, 'geaccepteerde bevinding', 'geaccepteerde bevindingen', 'nl')} "
                "met hun reden",
            )
        points.append(
            f"{what(lang)} te bevestigen (bijlage D);"
            if nl
            else f"to confirm {what(lang)} (annex D);"
        )
    points[-1] = points[-1].rstrip(";") + "."
    for point in points:
        doc.add_paragraph(point, style="List Number 2")
    # a power of another body is that body's to decide (twelfth jurist L1)
    for _, intro, own in body_blocks(case, analysis, lang):
        doc.add_paragraph(intro)
        for i, point in enumerate(own):
            end = "." if i == len(own) - 1 else ";"
            doc.add_paragraph(point + end, style="List Number 2")


def _proper(case: Case) -> set[str]:
    """The first words of the proper names on the map (organisations, actors that keep their
    capital in running text): a suggestion starting with one keeps it after a colon."""
    names = [o.name for o in case.organisations]
    names += [n for a in case.actors if (n := named_actor(case, a).running("nl"))[:1].isupper()]
    return {n.split(" ", 1)[0] for n in names if n}


def _summary(doc: Any, case: Case, analysis: Analysis, lang: Lang, today: date) -> None:
    doc.add_heading(f"1. {W['summary'](lang)}", level=1)
    proper = _proper(case)
    first = analysis.first()
    summary = analysis.summary
    doc.add_paragraph(
        summary.headline(lang) if first and summary.headline.en else summary.text(lang)
    )
    if said := as_of_line(case, today, lang):  # the note's date after the peildatum (J1)
        doc.add_paragraph(said)
    if first:
        doc.add_heading(W["first"](lang), level=2)
        names = _forms([named_actor(case, a) for a in case.actors])
        for cause in first:
            item = doc.add_paragraph(style="List Number")
            item.add_run(cause.title(lang)).bold = True
            todo = after_colon(
                _after(cause.title(lang), cause.suggestion(lang), names, lang), proper
            )
            todo = still_due(todo, case, today, lang)
            item.add_run(f". {W['todo'](lang)}: {todo}")


def _occasion(doc: Any, case: Case, lang: Lang) -> None:
    doc.add_heading(f"2. {W['occasion'](lang)}", level=1)
    info = case.info
    # a template's "Vul de namen … in." is an instruction, not the case (new user 12, B9)
    doc.add_paragraph(without_template_hint(info.description) or W["no_description"](lang))
    if info.intent:
        para = doc.add_paragraph()
        para.add_run(f"{W['intent'](lang)}: ").bold = True
        para.add_run(info.intent)
    owner = case.actors.get(info.intent_owner) if info.intent_owner else None
    if owner is not None:
        para = doc.add_paragraph()
        para.add_run(f"{W['owner'](lang)}: ").bold = True
        para.add_run(Name.of(owner.name, owner.kind).running(lang))  # "de wethouder …" (L4)


def _scorecard(doc: Any, analysis: Analysis, lang: Lang) -> None:
    doc.add_heading(f"3. {W['scorecard'](lang)}", level=1)
    rows = [
        [f"{r.building_block}. {r.name(lang)}", verdict(r, lang), r.summary(lang)]
        for r in analysis.scorecard
    ]
    header = [W["block"](lang), W["verdict"](lang), W["explanation"](lang)]
    grid = add_table(doc, header, rows, [4.6, 2.6, TEXT_WIDTH - 7.2])
    for row, score in zip(grid.rows[1:], analysis.scorecard, strict=True):
        shade(row.cells[1], STATUS_RGB[score.status])
    keep_together(grid)  # the scorecard on one page (issue 11)


def _map(doc: Any, picture: bytes | None, lang: Lang) -> None:
    heading = f"4. {W['map'](lang)}"
    if not picture:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(W["no_map"](lang))
        return
    add_map(doc, picture, heading, W["map_caption"](lang))  # a wide map on a page across


def _forms(names: list[Name]) -> list[tuple[str, str]]:
    """The Dutch forms of ``names``, found once per note (not once per finding: issue 14)."""
    return [n.forms("nl") for n in names]


def _after(title: str, detail: str, forms: list[tuple[str, str]], lang: Lang) -> str:
    """``detail`` as it reads after ``title`` in one paragraph: a long role the title named
    in full, by its role alone (jurist L3); ``forms`` from :func:`_forms`."""
    if lang != "nl":
        return detail
    return once_forms(f"{title}\n{detail}", forms).split("\n", 1)[1]


def _causes(doc: Any, case: Case, analysis: Analysis, lang: Lang, today: date) -> None:
    doc.add_heading(f"5. {W['causes'](lang)}", level=1)
    names = _forms([named_actor(case, a) for a in case.actors])
    proper = _proper(case)
    refs = repeat_refs(case, analysis)  # a grouped finding's row in the annex (user 14, F5)
    if not analysis.causes:
        doc.add_paragraph(W["no_causes"](lang))
    for cause in analysis.causes:
        doc.add_heading(f"5.{cause.rank} {cause.title(lang)}", level=2)
        severity = SEVERITY_NAMES[cause.severity][1 if lang == "nl" else 0]
        blocks = ", ".join(f"{b}. {BUILDING_BLOCKS[b](lang)}" for b in cause.blocks)
        meta = doc.add_paragraph()
        meta.add_run(f"{severity.capitalize()}. {W['blocks'](lang)}: {blocks}.").italic = True
        doc.add_paragraph(cause.detail(lang) + listed_in(cause.told, refs, lang))
        if cited := cause_articles(analysis, cause, lang):  # only what the text uses (N8)
            para = doc.add_paragraph()
            para.add_run(f"{W['legal'](lang)}: ").bold = True
            para.add_run(cited)
        if cause.evidence:  # one lead-in, not "Onderbouwing:" before every line
            doc.add_paragraph().add_run(f"{W['evidence'](lang)}:").italic = True
        for evidence in cause.evidence:
            doc.add_paragraph(evidence(lang), style="List Bullet")
        para = doc.add_paragraph()
        para.add_run(f"{W['todo'](lang)}: ").bold = True
        para.add_run(still_due(after_colon(cause.suggestion(lang), proper), case, today, lang))
        # the findings that speak for the cause (one per joined part) are already told above
        found = [f for f in analysis.findings_of(cause) if f.id not in cause.told]
        if found:
            doc.add_paragraph(f"{W['findings'](lang)}:")
            for f in found:
                item = doc.add_paragraph(style="List Bullet")
                item.add_run(f.title(lang)).bold = True
                after = _after(f.title(lang), f.detail(lang), names, lang)
                item.add_run(f" — {after}{listed_in([f.id], refs, lang)}")


def _risks(doc: Any, case: Case, analysis: Analysis, lang: Lang, anonymised: bool) -> None:
    doc.add_heading(f"6. {W['risks'](lang)}", level=1)
    for risk in risks(case, analysis, anonymised=anonymised):
        doc.add_heading(risk.name(lang), level=2)
        for line in few_lines(risk.lines, lang):  # ten at most (issue 14: 167 amounts)
            doc.add_paragraph(line, style="List Bullet")


def build_nota(
    case: Case,
    *,
    lang: Lang = "nl",
    analysis: Analysis | None = None,
    picture: bytes | None = None,
    scene_for: SceneFactory | None = None,
    today: date | None = None,
    anonymised: bool = False,
    pictures_anonymised: bool = False,
) -> Any:
    """The advice note as a python-docx ``Document``.

    ``picture`` is a PNG of the map (``b""`` for none); without it the map is drawn with
    ``scene_for`` or Graphviz (:func:`exports.advice.map_picture`). ``anonymised`` names
    residents by their role and leaves health out of the occasion
    (:func:`exports.anonymise.anonymise`); the analysis and a map picture (unless ``b""``)
    are then made from the anonymised case, unless ``pictures_anonymised`` says the picture
    given was made from it (by the app, from :func:`exports.anonymise.anonymise`).
    """
    from docx.shared import Cm, Pt

    if anonymised:
        # the map's texts keep its language; the new names are in the note's (user review 6, 3)
        case = anonymised_for(case, lang, "nota")  # refused as the copy is (hostile 12, P2)
        step("anonymised", lang)
        analysis = None
        picture = picture if picture == b"" or pictures_anonymised else None
    own = analysis is None  # analysed here: the trend's "now" is this analysis
    analysis = analysis if analysis is not None else analyse(case)
    step("analysed", lang, causes=len(analysis.causes), pages=pages(case, analysis))
    if picture is None:
        picture = map_picture(case, lang, scene_for)
        step("picture", lang)
    doc = new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(MARGIN)
    doc.core_properties.title = case.info.title
    doc.core_properties.subject = W["advice"](lang)
    doc.core_properties.language = "nl-NL" if lang == "nl" else "en-GB"
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    today = today or date.today()
    _title_page(doc, case, analysis, lang, today)
    _summary(doc, case, analysis, lang, today)
    _occasion(doc, case, lang)
    _scorecard(doc, analysis, lang)
    add_trend(doc, case, lang, labels=not anonymised, analysed=analysis if own else None)
    _map(doc, picture, lang)
    _causes(doc, case, analysis, lang, today)
    step("causes", lang)
    _risks(doc, case, analysis, lang, anonymised)
    add_annexes(doc, case, analysis, lang, anonymised)
    _colophon(doc, lang)
    return doc


def _colophon(doc: Any, lang: Lang) -> None:
    """The last line of the note: with what it was made, small, after the annexes."""
    from docx.shared import Pt

    line = doc.add_paragraph()
    run = line.add_run(W["made_with"](lang))
    run.italic = True
    run.font.size = Pt(8.5)


def write_nota(
    case: Case,
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    analysis: Analysis | None = None,
    picture: bytes | None = None,
    scene_for: SceneFactory | None = None,
    anonymised: bool = False,
    pictures_anonymised: bool = False,
) -> Path:
    """Write the advice note to ``path`` atomically (see :func:`build_nota`)."""
    doc = build_nota(
        case,
        lang=lang,
        analysis=analysis,
        picture=picture,
        scene_for=scene_for,
        anonymised=anonymised,
        pictures_anonymised=pictures_anonymised,
    )
    out = Path(path)
    save_document(doc, out)
    return out
