"""The deck for the strategy session (``.pptx``, 16:9): editable slides, not pictures of text.

Slides: title; do first (the summary and the first three causes); the map; the scorecard (a
coloured table); one slide per top cause with the map zoomed on the actors and ties it
involves and what to organise; a what-if slide (what the analysis finds when the person
the most causes depend on drops out).

Examples
--------
>>> from models.example import example_case
>>> import tempfile, pathlib, pptx
>>> out = pathlib.Path(tempfile.mkdtemp()) / "sessie.pptx"
>>> _ = write_sessie(example_case(), out, lang="nl", picture=b"")
>>> deck = pptx.Presentation(str(out))
>>> deck.slide_width / deck.slide_height > 1.7, len(deck.slides)
(True, 8)
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from exports.advice import (
    STATUS_RGB,
    SceneFactory,
    cause_case,
    long_date,
    map_picture,
    verdict,
)
from exports.advice_words import W
from exports.cause_ties import agreement_ties
from exports.citations import cause_articles
from exports.office_properties import stamp
from exports.output import save_document
from exports.picture import SLIDE_MAP_BOX, SLIDE_NAME_PT, slide_png
from exports.pseudonym_check import anonymised_for
from exports.slide_text import fitted_pt, table_fit, text_lines
from mapper.analysis import Analysis, analyse
from mapper.finding_ids import PERSON_CODES
from mapper.findings import Cause, Text
from mapper.names import Name
from mapper.whatif import what_if
from mapper.wording import count, noun
from mapper.wording import word as in_words
from models.case import Case
from models.i18n import Lang

__all__ = [
    "TOP_CAUSES",
    "build_sessie",
    "cause_pictures",
    "fitted_pt",
    "text_lines",
    "write_sessie",
]

TOP_CAUSES = 3  # one slide for each of the first causes
WHAT_IF_SHOWN = 6  # findings listed on the what-if slide; the rest are counted

_WIDTH, _HEIGHT = 13.333, 7.5  # inches, 16:9
_CAUSE_MAP = (0.2, 1.35, 7.9, _HEIGHT - 1.85)  # a cause slide's zoomed map (inches)
_FONT = "Calibri"  # one font on every slide
_INK = (0x1F, 0x3A, 0x5F)  # the deck's colour: title band, footer rule
_FOOT_PT = 11
_FEW, _FEW_PT = 3, 18.0  # a cause's map of at most _FEW actors has names of _FEW_PT points
_FOOT_TOP = _HEIGHT - 0.5  # inches: text boxes end above the footer rule
SCORECARD_TOP, SCORECARD_BOTTOM = 1.35, _FOOT_TOP - 0.3  # inches: the scorecard table's room


def _finish(deck: Any, title: str) -> None:
    """The deck's template: one font everywhere, a coloured band on the title slide, and on
    every other slide a footer with the case and the page number ("3 / 8")."""
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    ink = RGBColor(*_INK)  # type: ignore[no-untyped-call]
    slides = list(deck.slides)
    for number, slide in enumerate(slides, start=1):
        if number == 1:
            band = slide.shapes.add_shape(
                MSO_SHAPE.RECTANGLE, 0, Inches(_HEIGHT - 0.55), deck.slide_width, Inches(0.55)
            )
            band.fill.solid()
            band.fill.fore_color.rgb = ink
            band.line.fill.background()
        else:
            rule = slide.shapes.add_shape(
                MSO_SHAPE.RECTANGLE,
                Inches(0.5),
                Inches(_HEIGHT - 0.42),
                Inches(_WIDTH - 1.0),
                Inches(0.015),
            )
            rule.fill.solid()
            rule.fill.fore_color.rgb = ink
            rule.line.fill.background()
            for text, left, width, align in (
                (title, 0.5, _WIDTH - 2.6, PP_ALIGN.LEFT),
                (f"{number} / {len(slides)}", _WIDTH - 2.0, 1.5, PP_ALIGN.RIGHT),
            ):
                box = slide.shapes.add_textbox(
                    Inches(left), Inches(_HEIGHT - 0.4), Inches(width), Inches(0.35)
                )
                para = box.text_frame.paragraphs[0]
                para.text = text
                para.alignment = align
                para.font.size = Pt(_FOOT_PT)
                para.font.color.rgb = ink
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else []
            if getattr(shape, "has_table", False) and shape.has_table:
                frames += [c.text_frame for row in shape.table.rows for c in row.cells]
            for frame in frames:
                for para in frame.paragraphs:
                    para.font.name = _FONT
                    for run in para.runs:
                        run.font.name = _FONT


def _place(shape: Any, box: tuple[float, float, float, float]) -> None:
    from pptx.util import Inches

    shape.left, shape.top, shape.width, shape.height = (Inches(v) for v in box)


def _title(slide: Any, text: str, size: int = 30, room: float = 1.1) -> None:
    """The slide's title, shrunk (to 18 pt at least) until it fits ``room`` inches."""
    from pptx.util import Pt

    title = slide.shapes.title
    _place(title, (0.5, 0.25, _WIDTH - 1.0, 1.1))
    title.text = text
    frame = title.text_frame
    frame.word_wrap = True
    size = fitted_pt([text], _WIDTH - 1.0, room, size, min(size, 18))
    for para in frame.paragraphs:
        para.font.size = Pt(size)
    if len(slide.placeholders) > 1:
        _place(slide.placeholders[1], (0.6, 1.5, _WIDTH - 1.2, _HEIGHT - 2.0))


def _text_box(
    slide: Any, box: tuple[float, float, float, float], lines: list[str], largest: int = 16
) -> Any:
    """A text box in ``box`` (inches), its text as large as fits up to ``largest`` points
    (and marked to shrink on overflow, for an edited slide in PowerPoint)."""
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Inches, Pt

    left, top, width, height = box
    height = min(height, _FOOT_TOP - top)  # never over the footer
    shape = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    size = fitted_pt(lines, width, height, largest, 10)
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        para.font.size = Pt(size)
    return shape


def _bullets(slide: Any, lines: list[str], size: int = 20) -> None:
    from pptx.util import Pt

    body = slide.placeholders[1].text_frame
    body.clear()
    for i, line in enumerate(lines):
        para = body.paragraphs[0] if i == 0 else body.add_paragraph()
        para.text = line
        para.font.size = Pt(size)


def _picture(
    slide: Any, data: bytes, box: tuple[float, float, float, float], *, centre: bool = True
) -> float:
    """``data`` fitted into ``box`` (inches), aspect kept, centred (else left-aligned);
    returns the picture's right edge."""
    from PIL import Image
    from pptx.util import Inches

    left, top, width, height = box
    with Image.open(io.BytesIO(data)) as im:
        w, h = im.size
    scale = min(width / w, height / h)
    pw, ph = w * scale, h * scale
    x = left + (width - pw) / 2 if centre else left
    slide.shapes.add_picture(
        io.BytesIO(data),
        Inches(x),
        Inches(top + (height - ph) / 2),
        Inches(pw),
        Inches(ph),
    )
    return x + pw


def _scorecard(deck: Any, analysis: Analysis, lang: Lang) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Inches, Pt

    slide = deck.slides.add_slide(deck.slide_layouts[5])
    _title(slide, W["scorecard"](lang))
    header = [W["block"](lang), W["verdict"](lang), W["explanation"](lang)]
    rows = [header] + [
        [f"{s.building_block}. {s.name(lang)}", verdict(s, lang), s.summary(lang)]
        for s in analysis.scorecard
    ]
    # rows sized so the table ends a clear gap above the footer (new user, eleventh round:
    # the rows grew with their text until the table touched the footer rule)
    widths = (3.6, 2.1, 6.6)
    room = SCORECARD_BOTTOM - SCORECARD_TOP
    pt, heights = table_fit(rows, widths, room, 12, 9)
    air = max(0.0, min(0.12, (room - sum(heights)) / len(rows)))  # some air where there is room
    heights = [h + air for h in heights]
    shape = slide.shapes.add_table(
        len(rows),
        3,
        Inches(0.5),
        Inches(SCORECARD_TOP),
        Inches(sum(widths)),
        Inches(sum(heights)),
    )
    table = shape.table
    for col, width in enumerate(widths):
        table.columns[col].width = Inches(width)
    for r, values in enumerate(rows):
        table.rows[r].height = Inches(heights[r])
        for col, text in enumerate(values):
            cell = table.cell(r, col)
            cell.text = text
            for para in cell.text_frame.paragraphs:
                para.font.size = Pt(pt)
    for r, score in enumerate(analysis.scorecard, start=1):
        status = table.cell(r, 1)
        status.fill.solid()
        status.fill.fore_color.rgb = RGBColor.from_string(STATUS_RGB[score.status])  # type: ignore[no-untyped-call]
        for para in status.text_frame.paragraphs:
            para.font.color.rgb = RGBColor(0, 0, 0)  # type: ignore[no-untyped-call]


def cause_pictures(
    case: Case, analysis: Analysis, lang: Lang, scene_for: SceneFactory
) -> dict[str, bytes]:
    """The zoomed maps of the first causes, drawn as the screen draws them (call on the GUI
    thread: ``scene_for`` makes a Qt scene)."""
    out: dict[str, bytes] = {}
    for cause in analysis.first()[:TOP_CAUSES]:
        if cause.actors:
            part = cause_case(case, cause)
            scene = scene_for(part)
            ties = agreement_ties(case, cause)  # an agreement's decider and the holders it binds
            if ties and hasattr(scene, "with_ties"):
                scene = scene.with_ties(ties)
            if scene is not None:  # few actors: drawn large, not small in an empty field
                pt = _FEW_PT if len(part.actors) <= _FEW else SLIDE_NAME_PT
                out[cause.id] = slide_png(scene, lang, box=_CAUSE_MAP[2:], min_pt=pt, places=False)
    return out


def _cause_slide(
    deck: Any,
    case: Case,
    analysis: Analysis,
    cause: Cause,
    lang: Lang,
    pictures: Mapping[str, bytes],
) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    _title(slide, f"{cause.rank}. {cause.title(lang)}", 24)
    picture = pictures.get(cause.id)
    if picture is None and cause.actors:
        picture = map_picture(cause_case(case, cause), lang, None)
    left = 0.6
    if picture:  # the zoomed map as large as it goes on the left, the text beside it
        left = _picture(slide, picture, _CAUSE_MAP, centre=False) + 0.4
    lines = [f"{W['todo'](lang)}:", cause.suggestion(lang), ""]
    found = analysis.findings_of(cause)
    lines.append(f"{W['findings'](lang)}:")
    lines += [f"• {f.title(lang)}" for f in found[:5]]
    if cited := cause_articles(analysis, cause, lang):
        lines += ["", f"{W['legal'](lang)}: {cited}"]
    _text_box(slide, (left, 1.5, _WIDTH - left - 0.3, _FOOT_TOP - 1.5), lines)


def _what_if(deck: Any, case: Case, analysis: Analysis, lang: Lang) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    # the people the causes hang on, by rank: a person cause, or a finding about the one
    # person every route depends on inside a joined cause (issue 11)
    people = [
        fid.split(":", 1)[1].split("#", 1)[0]
        for c in analysis.causes
        for fid in (c.id, *c.findings)
        if fid.startswith("person:") or fid.split(":", 1)[0] in PERSON_CODES
    ]
    person = next((a for p in people if (a := case.actors.get(p)) is not None), None)
    if person is None:
        _title(slide, W["what_if"](lang))
        _bullets(slide, [W["what_if_none"](lang)])
        return
    name = Name.of(person.name, person.kind).running(lang)  # "de manager …"
    _title(slide, W["what_if_title"](lang).format(name=name))
    change = what_if(case, [person.id], before=analysis)
    known = {f.id for f in analysis.findings}
    # a finding the analysis already tells (the top cause's title, under other ids) is not new
    # (new user, twelfth round, B8)
    told = {f.title(lang) for f in analysis.findings} | {c.title(lang) for c in analysis.causes}
    gained = [f for f in change.after.findings if f.id not in known and f.title(lang) not in told]
    if not gained:
        _bullets(slide, [W["what_if_nothing"](lang).format(name=name)])
        return
    n = Text(  # "11 more findings", "11 bevindingen meer"
        f"{in_words(len(gained), 'en')} more {noun(len(gained), 'finding', 'findings')}",
        f"{count(len(gained), 'bevinding', 'bevindingen', 'nl')} meer",
    )
    head = W["what_if_gained"](lang).format(name=name, n=n(lang))
    listed = [f.title(lang) for f in gained[:WHAT_IF_SHOWN]]
    after: list[str] = []
    rest = len(gained) - WHAT_IF_SHOWN
    if rest > 0:  # the count in the heading is all of them: a sentence after the list says
        # how many are not listed (new user, sixth round 7: not a bullet mid-list)
        what = (
            noun(rest, "finding", "findings")
            if lang == "en"
            else noun(rest, "bevinding", "bevindingen")
        )
        after.append(W["what_if_rest"](lang).format(n=in_words(rest, lang), what=what))
    posts = any(m.grantor == person.id for m in case.mandates)
    if posts:
        after.append(W["what_if_posts"](lang))
    _bullets(slide, [head, *listed, *after], size=18)
    body = slide.placeholders[1].text_frame.paragraphs
    for para in (body[0], *body[1 + len(listed) :]):  # the list's lead-in and what follows it
        _no_bullet(para)
    if posts:  # a paragraph of its own, apart from the list
        from pptx.util import Pt

        body[-1].space_before = Pt(12)


def _no_bullet(para: Any) -> None:
    """A paragraph of the body without a bullet or indent (a sentence around the list)."""
    from pptx.oxml.ns import qn

    ppr = para._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    for old in ppr.findall(qn("a:buNone")):
        ppr.remove(old)
    ppr.insert(0, ppr.makeelement(qn("a:buNone"), {}))


def build_sessie(
    case: Case,
    *,
    lang: Lang = "nl",
    analysis: Analysis | None = None,
    picture: bytes | None = None,
    scene_for: SceneFactory | None = None,
    causes: Mapping[str, bytes] | None = None,
    today: date | None = None,
    anonymised: bool = False,
    pictures_anonymised: bool = False,
) -> Any:
    """The session deck as a python-pptx ``Presentation``.

    The maps fill their slides and are drawn as the screen draws them when ``scene_for``
    makes the app's scene (:func:`exports.picture.slide_png`); ``picture`` (the whole map)
    and ``causes`` (cause id → zoomed map, see :func:`cause_pictures`) may be given ready
    made, e.g. by the app on its GUI thread. Without either, Graphviz draws them.
    ``anonymised`` names residents by their role (:func:`exports.anonymise.anonymise`); the
    analysis and the pictures (unless ``b""``) are then made from the anonymised case, unless
    ``pictures_anonymised`` says the pictures given were made from it."""
    from pptx import Presentation
    from pptx.util import Inches

    if anonymised:
        # the map's texts keep its language; the new names are in the deck's (user review 6, 3)
        case = anonymised_for(case, lang, "deck")  # refused as the copy is (hostile 12, P2)
        analysis = None
        if not pictures_anonymised:  # pictures of the named case: draw them again
            picture = b"" if picture == b"" else None
            causes = None

    analysis = analysis if analysis is not None else analyse(case)
    if picture is None:
        scene = scene_for(case) if scene_for is not None and len(case.actors) else None
        picture = slide_png(scene, lang) if scene is not None else map_picture(case, lang, None)
    if causes is None:
        causes = cause_pictures(case, analysis, lang, scene_for) if scene_for is not None else {}
    deck = Presentation()
    stamp(deck.core_properties)
    deck.slide_width, deck.slide_height = Inches(_WIDTH), Inches(_HEIGHT)
    deck.core_properties.title = case.info.title
    first = deck.slides.add_slide(deck.slide_layouts[0])
    _title(first, case.info.title or W["session"](lang), 36, room=2.2)
    _place(first.shapes.title, (0.8, 1.6, _WIDTH - 1.6, 2.2))
    _place(first.placeholders[1], (0.8, 4.1, _WIDTH - 1.6, 2.0))
    when = [W["session"](lang), f"{W['date'](lang)}: {long_date(today or date.today(), lang)}"]
    if case.info.as_of is not None:
        when.append(f"{W['as_of'](lang)}: {long_date(case.info.as_of, lang)}")
    first.placeholders[1].text = "\n".join(when)
    todo = deck.slides.add_slide(deck.slide_layouts[1])
    _title(todo, W["first"](lang))
    _bullets(
        todo,
        [analysis.summary.headline(lang) or analysis.summary.text(lang)]
        + [f"{i}. {c.title(lang)}" for i, c in enumerate(analysis.first(), start=1)],
    )
    shown = deck.slides.add_slide(deck.slide_layouts[5])
    _title(shown, W["map"](lang))
    if picture:
        _picture(shown, picture, (0.15, 1.2, *SLIDE_MAP_BOX))
    else:
        _text_box(shown, (0.6, 1.6, 12.0, 1.0), [W["no_map"](lang)])
    _scorecard(deck, analysis, lang)
    for cause in analysis.first()[:TOP_CAUSES]:
        _cause_slide(deck, case, analysis, cause, lang, causes)
    _what_if(deck, case, analysis, lang)
    _finish(deck, case.info.title or W["session"](lang))
    return deck


def write_sessie(
    case: Case,
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    analysis: Analysis | None = None,
    picture: bytes | None = None,
    scene_for: SceneFactory | None = None,
    causes: Mapping[str, bytes] | None = None,
    anonymised: bool = False,
    pictures_anonymised: bool = False,
) -> Path:
    """Write the session deck to ``path`` atomically (see :func:`build_sessie`)."""
    deck = build_sessie(
        case,
        lang=lang,
        analysis=analysis,
        picture=picture,
        scene_for=scene_for,
        causes=causes,
        anonymised=anonymised,
        pictures_anonymised=pictures_anonymised,
    )
    out = Path(path)
    save_document(deck, out)
    return out
