"""The scorecard over time in the advice note: a coloured table under the scorecard."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from exports.nota import write_nota
from exports.nota_trend import causes
from mapper.timeline import case_timeline
from models.example import example_case
from models.timeline import Timeline


def _note(tmp_path: Path, name: str, **kwargs: object) -> docx.document.Document:
    case = kwargs.pop("case", None) or example_case()
    out = tmp_path / name
    write_nota(case, out, lang="nl", picture=b"", **kwargs)  # type: ignore[arg-type]
    return docx.Document(str(out))


def _trend_table(doc: docx.document.Document) -> docx.table.Table:
    found = [t for t in doc.tables if t.rows[0].cells[1].text == "1 december 2025"]
    assert len(found) == 1
    return found[0]


def test_the_note_shows_each_blocks_verdict_at_each_snapshot(tmp_path: Path) -> None:
    doc = _note(tmp_path, "nota.docx")
    heads = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 2"]
    assert "De scorekaart in de tijd" in heads
    table = _trend_table(doc)
    assert [c.text for c in table.rows[0].cells][-1] == "Nu (1 oktober 2026)"
    line = case_timeline(example_case())
    names = {"red": "Rood", "amber": "Oranje", "green": "Groen", "grey": "Niet te beoordelen"}
    for row, block in zip(table.rows[1:], line.blocks, strict=True):
        expected = [
            f"{names[m.status[block].value]}: {causes(m.causes[block], 'nl')}" for m in line.moments
        ]
        assert [c.text for c in row.cells[1:]] == expected
        props = row.cells[1]._tc.tcPr
        assert props is not None
        shading = props.xpath("./w:shd/@w:fill")
        assert shading[-1] in ("E74C3C", "F5B041", "58D68D", "BDBDBD")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert [causes(n, "nl") for n in (0, 1, 3)] == ["geen oorzaken", "1 oorzaak", "3 oorzaken"]
    assert "De kaart houdt drie momentopnamen bij, de eerste van 1 december 2025." in text
    assert "15 januari 2026: Maatwerkmandaat verlengd" in text


@pytest.mark.parametrize("snapshots", [False, True])
def test_without_snapshots_there_is_no_figure(tmp_path: Path, snapshots: bool) -> None:
    case = example_case()
    if not snapshots:
        case.timeline = Timeline()
    doc = _note(tmp_path, "nota.docx", case=case)
    heads = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 2"]
    assert ("De scorekaart in de tijd" in heads) is snapshots


def test_the_anonymised_note_dates_the_snapshots_without_their_names(tmp_path: Path) -> None:
    doc = _note(tmp_path, "anoniem.docx", anonymised=True)
    _trend_table(doc)  # the figure is there, anonymised with the map
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "De kaart houdt drie momentopnamen bij" in text
    assert "Eerste analyse" not in text  # a snapshot's name may name a resident
