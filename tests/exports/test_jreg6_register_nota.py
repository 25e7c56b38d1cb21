"""The fifth jurist's residue in the nota and the register: J5 (a cause cites only the articles
its own text uses) and N2 (the register cites art. 26 Invorderingswet 1990 for the akkoord)."""

from __future__ import annotations

from pathlib import Path

import docx

from exports.citations import cause_articles
from exports.nota import write_nota
from exports.register_write import write_register_docx
from mapper import analyse
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from models.templates.debt_eviction import debt_eviction_case


def _grouped() -> Case:
    """The example as it was before issue 17's relink: its deviations under the four-signature
    rule, so the unequal-outcomes finding is grouped under the burden cause."""
    case = example_case()
    for dev in ("dv1", "dv2"):
        case.update(EntityKind.DEVIATION, dev, {"rule": "rl1"})
    return case


def _burden_cause_articles(lang: str) -> tuple[str, str]:
    case = _grouped()
    analysis = analyse(case)
    [cause] = [
        c
        for c in analysis.causes
        if "ACCOUNTABILITY_BURDEN" in {f.code for f in analysis.findings_of(c)}
    ]
    return cause.title(lang), cause_articles(analysis, cause, lang)  # type: ignore[arg-type]


def test_the_burden_cause_does_not_cite_the_unequal_outcomes_article() -> None:
    """J5: art. 3:46 Awb belongs to the unequal-outcomes finding grouped under the cause, not
    to the four-signature burden; the finding keeps it in its own text."""
    for lang in ("nl", "en"):
        title, cited = _burden_cause_articles(lang)
        assert "3:46" not in cited, (title, cited)


def test_the_nota_prints_no_article_the_causes_own_text_does_not_use(tmp_path: Path) -> None:
    case = _grouped()
    out = tmp_path / "nota.docx"
    write_nota(case, out, lang="nl")
    paras = [p.text for p in docx.Document(str(out)).paragraphs]
    at = next(i for i, p in enumerate(paras) if p.startswith("5.") and "Verantwoording" in p)
    end = next(i for i in range(at + 1, len(paras)) if paras[i].startswith("5."))
    own = paras[at:end]
    assert not [p for p in own if p.startswith("Relevante artikelen") and "3:46" in p], own
    # the unequal-outcomes finding under it still names its own article
    assert any("art. 3:46 Awb" in p for p in own), own
    # a cause whose own text cites an article still lists it (N8)
    # (m6's objection, one cause with m7's consent since issue 11: the same Mandaatbesluit)
    assert any(
        p == "Relevante artikelen: art. 10:3 lid 3 Awb; art. 10:4 lid 1 Awb" for p in paras
    ), paras


def test_the_register_cites_article_26_invorderingswet_for_the_akkoord(tmp_path: Path) -> None:
    """N2 register: the akkoord article, not the bare statute."""
    for case in (example_case(), debt_eviction_case()):
        power = next(p for p in case.powers if "schuldregeling" in p.name)
        assert power.legal_basis.endswith("Invorderingswet 1990 art. 26"), power.legal_basis
    out = tmp_path / "register.docx"
    write_register_docx(example_case(), out, "nl")
    cells = [row.cells[1].text for t in docx.Document(str(out)).tables for row in t.rows]
    assert "Gemeentewet art. 231 lid 2 onder c en art. 255; Invorderingswet 1990 art. 26" in cells
