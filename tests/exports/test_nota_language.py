"""The advice note, its beslispunten and the mandate register read as an adviser writes them:
every paragraph and table cell goes through the language checks of
:mod:`tests.mapper.test_language` (issue 11: L-b, L-d, L3, L4, the privacy line, no ids)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest

from exports.nota import build_nota
from exports.register_write import write_register_docx
from models import Case
from models.example import example_case
from models.i18n import Lang
from models.templates.debt_eviction import debt_eviction_case
from models.templates.wmo import wmo_case
from models.templates.youth_care import youth_care_case
from tests.mapper.test_language import BAD, DUTCH_ONLY

CASES: dict[str, Callable[[], Case]] = {
    "example": example_case,
    "debt_eviction": debt_eviction_case,
    "wmo": wmo_case,
    "youth_care": youth_care_case,
}


def _texts(doc: docx.document.Document) -> Iterator[str]:
    for p in doc.paragraphs:
        if p.text.strip():
            yield p.text
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield cell.text


def _problems(texts: Iterator[str], lang: Lang) -> list[str]:
    out = []
    for text in texts:
        for pattern, why in BAD:
            if lang == "en" and pattern in DUTCH_ONLY:
                continue
            if m := re.search(pattern, text):
                out.append(f"{lang}: {why}: …{text[max(0, m.start() - 40) : m.end() + 20]}…")
    return out


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("anonymised", [True, False], ids=["anonymised", "named"])
def test_the_nota_reads_as_an_adviser_writes(name: str, lang: Lang, anonymised: bool) -> None:
    doc = build_nota(CASES[name](), lang=lang, picture=b"", anonymised=anonymised)
    problems = _problems(_texts(doc), lang)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", list(CASES))
def test_the_register_reads_as_an_adviser_writes(name: str, tmp_path: Path) -> None:
    out = tmp_path / "register.docx"
    langs: tuple[Lang, ...] = ("nl", "en")
    for lang in langs:
        write_register_docx(CASES[name](), out, lang)
        problems = _problems(_texts(docx.Document(str(out))), lang)
        assert problems == [], "\n".join(problems)


def test_the_nota_names_the_resident_without_a_pronoun_for_her_or_him() -> None:
    """Issue 11: the privacy line said "zij blijft herleidbaar" whatever the resident's sex."""
    doc = build_nota(example_case(), lang="nl", picture=b"", anonymised=True)
    text = "\n".join(_texts(doc))
    assert "kan de inwoner herkennen" in text or "kan hen herkennen" in text
    assert not re.search(r"\bzij (blijft|blijven) herleidbaar", text)
