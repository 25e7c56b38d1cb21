"""The nota of a large map (issue 14; user, thirteenth round S2-S3: ~550 pages at 2,000 actors,
one section per team and per link, a heading of 94 names): one section for what repeats, an
annex that lists every place, and annexes A and B of at most 200 rows with a sentence saying so."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from exports.nota import build_nota
from exports.nota_scale import MANY
from models import Actor, ActorKind, Case, CaseInfo, RelationKind, Relationship
from models.fileformat import save
from tests.mapper.test_repeats import _teams

_DAY = date(2026, 12, 4)


def _nota(case: Case, lang: str = "nl") -> Any:
    return build_nota(case, lang=lang, picture=b"", today=_DAY)  # type: ignore[arg-type]


def _headings(doc: Any, level: int) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def test_twelve_teams_are_one_section_and_the_annex_names_all_twelve() -> None:
    doc = _nota(_teams(12), "nl")
    sections = [h for h in _headings(doc, 2) if "triagetaak" in h]
    assert len(sections) <= 1
    body = "\n".join(p.text for p in doc.paragraphs)
    assert body.count("De triagetaak van de teamleider 00 is niet vastgelegd") == 1
    assert "hetzelfde geldt voor de teamleider 01, de teamleider 02 en negen anderen" in body
    assert _headings(doc, 1)[-1] == "Bijlage D. Bevindingen die op meer plaatsen spelen"
    table = doc.tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["Bevinding", "Aantal", "Betreft"]
    [row] = [r for r in table.rows[1:] if "triagetaak" in r.cells[0].text]
    # numbered by the annex, its section after it (nota15: was "5.N De triagetaak …")
    assert re.fullmatch(
        r"D\.1 De triagetaak van de teamleider 00 is niet vastgelegd \(paragraaf 5\.\d+\)",
        row.cells[0].text,
    )
    assert "De plaatsen staan in bijlage D.1." in body
    assert row.cells[1].text == "12"
    assert row.cells[2].text == "; ".join(f"teamleider {i:02d}" for i in range(12))


def test_the_annex_in_english() -> None:
    doc = _nota(_teams(5), "en")
    assert _headings(doc, 1)[-1] == "Annex D. Findings that occur in more places"
    assert doc.tables[-1].rows[1].cells[1].text == "5"


def _crowd(n: int) -> Case:
    """``n`` people under one director, with influence falling: annex B lists the first 200."""
    actors = [Actor("top", "Directeur", ActorKind.EXECUTIVE, influence=5)]
    rels = []
    for i in range(n):
        actors.append(
            Actor(
                f"p{i}", f"Medewerker {i:03d}", ActorKind.PROFESSIONAL, influence=1 + (i < 120) * 3
            )
        )
        rels.append(Relationship(f"h{i}", "top", f"p{i}", RelationKind.HIERARCHY))
    return Case.from_parts(CaseInfo("groot"), actors, rels)


def test_annex_b_of_a_large_map_lists_two_hundred_and_says_so() -> None:
    doc = _nota(_crowd(260), "nl")
    heads = _headings(doc, 1)
    assert "Bijlage B. Actoren" in heads
    paragraphs = [p.text for p in doc.paragraphs]
    assert (
        "De kaart telt 261 actoren. Deze bijlage noemt de 200 met de meeste invloed (daarna "
        "belang); het Excel-rapport (blad ‘Actoren’) en de kaart zelf bevatten ze allemaal."
    ) in paragraphs
    [actors] = [t for t in doc.tables if t.rows[0].cells[0].text == "Naam"]
    names = [r.cells[0].text for r in actors.rows[1:]]
    assert len(names) == MANY
    # the most influential first chosen, listed in map order
    assert names[:3] == ["Directeur", "Medewerker 000", "Medewerker 001"]
    assert "Medewerker 119" in names


def test_annex_b_of_a_small_map_is_whole_and_says_nothing_more() -> None:
    doc = _nota(_crowd(30), "nl")
    [actors] = [t for t in doc.tables if t.rows[0].cells[0].text == "Naam"]
    assert len(actors.rows) == 32
    assert not [p for p in doc.paragraphs if p.text.startswith("De kaart telt")]


def test_the_cli_says_up_front_and_each_step_for_a_big_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import exports.nota_scale
    from ui.cli import main

    source = tmp_path / "teams.kvmap"
    save(_teams(12), source, backup=False)
    out = tmp_path / "nota.docx"
    assert main(["export", str(source), "--to", str(out), "--lang", "nl"]) == 0
    assert capsys.readouterr().err == ""  # a small map: not a word more
    monkeypatch.setattr(exports.nota_scale, "SLOW", 10)
    assert main(["export", str(source), "--to", str(out), "--lang", "nl"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"{out}: een kaart van 13 actoren: de nota daarvan duurt even; hier staat elke stap."
    )
    assert err[1] == f"{out}: Inwoners bij hun rol genoemd en gecontroleerd."
    assert err[2].startswith(f"{out}: Analyse klaar: ")
    assert err[2].endswith(" pagina's.")
    assert err[3:] == [
        f"{out}: Kaartbeeld getekend.",
        f"{out}: Hoofdstuk 5 geschreven; nu de bijlagen.",
    ]


def test_the_page_estimate_of_the_example_is_what_libreoffice_counts() -> None:
    from exports.nota_scale import pages
    from mapper import analyse
    from models.example import example_case

    case = example_case()
    assert pages(case, analyse(case)) == 15  # LibreOffice 7, soffice --convert-to pdf: 15


def test_a_risk_lists_ten_points_at_most() -> None:
    from exports.nota_scale import few_lines
    from mapper.findings import Text

    lines = [Text(f"Decision {i} asks €1.", f"‘Besluit {i}’ vraagt € 1.") for i in range(167)]
    shown = few_lines(lines, "nl")
    assert shown[:2] == ["‘Besluit 0’ vraagt € 1.", "‘Besluit 1’ vraagt € 1."]
    assert shown[8:] == ["En nog 159 zulke punten."]
    assert few_lines(lines[:10], "en")[-1] == "Decision 9 asks €1."
    assert few_lines(lines, "en")[-1] == "And 159 more such points."
