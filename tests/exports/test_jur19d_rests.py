"""The last English and count rests of the notas (issue 14, jur19d, after rev-jurist19 R7/R8 and
the rests jur19b and jur19c left). Each test fails on the code before:

- the running English called a bestuurder "an administrator" (in English a civil servant, the
  opposite) beside the kind label "Executive (bestuurder)": "Signals from the Ombudsman 439
  reach no administrator", "No administrator on the map supports the intent";
- the kinds of a group of expired grants read "These are one mandate granted by …";
- the annex of grouped findings listed 140 holders of expired grants beside §5.16's 141, without
  the consulent 20.9 whose sub-mandate that section counts but tells under another cause.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from docx import Document

from exports.nota_scale import add_repeats_annex
from mapper.catalogue import Message, render
from mapper.cause_groups import _EXPIRED_DETAIL
from mapper.codes import Code
from mapper.texts.signals import TEXTS as SIGNAL_TEXTS
from tests.exports.big_map import mapped

_ROOT = Path(__file__).resolve().parents[2]
_ADMINISTRATOR = re.compile(r"\b[Aa]dministrators?\b")


def _literals(path: Path, word: str = "") -> list[tuple[int, str]]:
    """The string literals of a module that are not docstrings (the texts it shows); with
    ``word``, none of a module whose source does not hold it (not parsed: issue 15, the test
    below parsed ~1,000 modules, 1.3 s, for the few that say the word)."""
    source = path.read_text(encoding="utf-8")
    if word not in source:
        return []
    tree = ast.parse(source)
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def test_no_english_text_calls_a_bestuurder_an_administrator() -> None:
    found = [
        f"{path.relative_to(_ROOT)}:{line}: {text[:80]!r}"
        for folder in ("mapper", "exports", "ui")
        for path in sorted((_ROOT / folder).rglob("*.py"))
        # every match holds "dministrator"; a literal can only hold it if its source does
        # (unless split over two adjacent literals or written with escapes: nobody writes so)
        for line, text in _literals(path, "dministrator")
        if _ADMINISTRATOR.search(text)
    ]
    assert not found, "\n".join(found)


def test_the_signal_finding_names_a_member_of_the_executive() -> None:
    entry = SIGNAL_TEXTS[Code.SIGNAL_OVERSIGHT_NO_ADMINISTRATOR]
    assert entry.title.en == "Signals from {name} reach no member of the executive"
    assert entry.title.nl == "Signalen van {name} bereiken geen bestuurder"


def test_the_kinds_of_expired_grants_agree_in_number() -> None:
    one = render(_EXPIRED_DETAIL, {"kinds": "one mandate granted by the public body itself"}, "en")
    assert one == "This concerns one mandate granted by the public body itself."
    assert isinstance(_EXPIRED_DETAIL, Message)
    assert _EXPIRED_DETAIL.nl == "Het gaat om {kinds}."


def _expired_row(lang: str) -> tuple[str, str, str]:
    _, analysis = mapped(2000)
    doc = Document()
    assert add_repeats_annex(doc, analysis, lang, "D")  # type: ignore[arg-type]
    [row] = [
        [c.text for c in r.cells]
        for r in doc.tables[-1].rows
        if r.cells[0].text.endswith(("is verlopen (paragraaf 5.16)", "has expired (section 5.16)"))
    ]
    return row[0], row[1], row[2]


def test_the_annex_counts_the_expired_grants_as_their_section_does() -> None:
    _, analysis = mapped(2000)
    [cause] = [c for c in analysis.causes if c.id.startswith("group:MANDATE_EXPIRED")]
    assert "141 medewerkers" in cause.title.nl, cause.title.nl
    finding, count, where = _expired_row("nl")
    assert count == "141", (finding, count)
    assert re.search(r"; meegeteld is ook: consulent 20\.9 \(paragraaf 5\.\d+\)$", where), where
    finding, count, where = _expired_row("en")
    assert count == "141", (finding, count)
    assert re.search(r"; also counted: Consulent 20\.9 \(section 5\.\d+\)$", where), where
