"""The fourth jurist's points on the advice note (docs/reviews/2026-12-03-fourth-round.md):
N8 (cite only the articles the text uses, in article order, with their lid; speak of an
invalid mandate only when there is one) and annex A (triage is no mandate)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import docx
import pytest
from docx.text.paragraph import Paragraph

from exports.citations import cited
from exports.nota import build_nota
from models import Case
from models.example import example_case
from models.i18n import Lang
from models.templates.debt_eviction import debt_eviction_case
from models.templates.wmo import wmo_case
from models.templates.youth_care import youth_care_case

CASES: dict[str, Callable[[], Case]] = {
    "example": example_case,
    "debt_eviction": debt_eviction_case,
    "wmo": wmo_case,
    "youth_care": youth_care_case,
}
_LEGAL = {"nl": "Relevante artikelen: ", "en": "Relevant articles: "}
_FOUND = {"nl": "Bevindingen:", "en": "Findings:"}


def _style(p: Paragraph) -> str:
    return p.style.name if p.style is not None else ""


def _paragraphs(doc: docx.document.Document) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text.strip()]


def _sections(doc: docx.document.Document) -> Iterator[list[str]]:
    """The paragraphs of each cause section (5.n) of the nota."""
    section: list[str] = []
    for p in doc.paragraphs:
        if _style(p) == "Heading 2" and re.match(r"5\.\d+ ", p.text):
            if section:
                yield section
            section = [p.text]
        elif _style(p).startswith("Heading") and section:
            yield section
            section = []
        elif section and p.text.strip():
            section.append(p.text)
    if section:
        yield section


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_relevant_articles_are_those_the_text_uses_in_article_order(name: str, lang: Lang) -> None:
    """N8: "art. 10:13, 10:16 lid 1, 10:18 Awb" were listed under a cause whose text never used
    them, out of order, and "hardheidsclausule; wet" came out as if it were an article."""
    doc = build_nota(CASES[name](), lang=lang, picture=b"", anonymised=False)
    seen = 0
    for section in _sections(doc):
        legal = [p for p in section if p.startswith(_LEGAL[lang])]
        if not legal:
            continue
        seen += 1
        listed = cited(legal[0].removeprefix(_LEGAL[lang]))
        assert listed, f"{section[0]}: {legal[0]}"
        # every listed item is an article, none is prose
        assert len(listed) == len(legal[0].split("; ")), legal[0]
        # the cause's own text: the findings told below it cite their own articles (J5)
        own = section[: section.index(_FOUND[lang])] if _FOUND[lang] in section else section
        text = "\n".join(p for p in own if p is not legal[0])
        used = set(cited(text))
        for article in listed:
            assert article in used, f"{section[0]}: {article} is listed but not used"
        for article in used:  # a bare article only when the text never gives its lid
            assert article in listed or any(
                a.number == article.number and a.law == article.law for a in listed
            ), f"{section[0]}: {article} is used but not listed"
        keys = [(a.law, a.sort_key()) for a in listed]
        laws = list(dict.fromkeys(a.law for a in listed))
        assert keys == sorted(keys, key=lambda k: (laws.index(k[0]), k[1])), legal[0]
    assert seen


def test_the_example_cites_no_delegation_article_for_the_doorbraakafspraak() -> None:
    doc = build_nota(example_case(), lang="nl", picture=b"", anonymised=False)
    text = "\n".join(_paragraphs(doc))
    for article in ("10:16", "10:18"):
        assert f"art. {article}" not in text
    # delegation is no route to the manager for want of a statutory provision (art. 10:15
    # Awb), not because art. 10:13 would allow it only to a bestuursorgaan (jurist 12b M3)
    assert text.count("art. 10:13") == 0
    assert (
        "delegatie is hier geen weg: die vraagt een wettelijk voorschrift "
        "dat erin voorziet (art. 10:15 Awb)" in text
    )
    # the instruction and information duty of art. 10:6 are cited with their lid
    assert "art. 10:6 lid 1 Awb" in text
    assert "art. 10:6 lid 2 Awb" in text
    assert not re.search(r"art\. 10:6 Awb", text)


def _risks(doc: docx.document.Document) -> list[str]:
    out: list[str] = []
    inside = False
    for p in doc.paragraphs:
        if _style(p) == "Heading 2":
            inside = p.text in ("Juridisch", "Legal")
        elif _style(p).startswith("Heading"):
            inside = False
        elif inside:
            out.append(p.text)
    return out


def test_the_youth_template_s_risks_speak_of_the_amount_not_of_an_invalid_mandate() -> None:
    """N8: no mandate in the youth template is invalid; one is only too small."""
    doc = build_nota(youth_care_case(), lang="nl", picture=b"", anonymised=False)
    legal = _risks(doc)
    # the line names who would decide without authority, and on what (jurist 15, J7)
    assert legal[0] == (
        "Neemt de jeugdconsulent het besluit van € 18.000 zelf, dan is het onbevoegd genomen "
        "(mandaat tot € 10.000; art. 10:2 Awb)."
    )
    assert not any("ongeldig mandaat" in line for line in legal)


def test_the_example_s_risks_speak_of_its_invalid_mandates() -> None:
    doc = build_nota(example_case(), lang="nl", picture=b"", anonymised=False)
    assert _risks(doc)[0].startswith("Besluiten op een ongeldig mandaat kunnen")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_annex_a_lists_triage_as_an_internal_task_not_a_mandate(lang: Lang) -> None:
    """Residue of the fourth jurist: the register says "interne taaktoedeling …; geen besluit,
    geen mandaat", annex A said "Mandaat"."""
    doc = build_nota(example_case(), lang=lang, picture=b"", anonymised=False)
    annex = next(t for t in doc.tables if "→" in t.rows[0].cells[0].text)
    rows = {
        (r.cells[0].text, r.cells[1].text): r.cells[2].text
        for r in annex.rows[1:]
        if "→" in r.cells[0].text
    }
    triage = next(v for (_, power), v in rows.items() if "maatwerk" in power.lower())
    assert triage == (
        "Interne taaktoedeling; geen mandaat"
        if lang == "nl"
        else "Internal task allocation; no mandate"
    )
    # the public-law mandates keep their instrument
    assert sum(v in ("Mandaat", "Mandate") for v in rows.values()) >= 8
