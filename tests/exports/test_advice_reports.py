"""The advice note (.docx) and the session deck (.pptx): structure, languages, PDF conversion."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pptx
import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE

from exports.advice import STATUS_RGB, cause_case
from exports.nota import write_nota
from exports.sessie import TOP_CAUSES, write_sessie
from mapper import Status, analyse
from models import Case, CaseInfo
from models.example import example_case

NL_HEADINGS = [
    "1. Samenvatting",
    "2. Aanleiding",
    "3. Scorekaart",
    "4. Het krachtenveld",
    "5. Oorzaken en wat te organiseren",
    "6. Risico's",
    "Bijlage A. Mandaten",
    "Bijlage B. Actoren",
    "Bijlage C. Hoe de analyse werkt",
]


def _headings(doc: object, level: int) -> list[str]:
    style = f"Heading {level}"
    return [p.text for p in doc.paragraphs if p.style.name == style]  # type: ignore[attr-defined]


def _fill(cell: object) -> str | None:
    shading = cell._tc.tcPr.find(  # type: ignore[attr-defined]
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd"
    )
    if shading is None:
        return None
    return str(shading.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill"))


@pytest.fixture(scope="module")
def example_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("advice")
    case = example_case()
    files = {}
    for lang in ("nl", "en"):
        files[f"nota-{lang}"] = write_nota(case, folder / f"nota-{lang}.docx", lang=lang)
        files[f"sessie-{lang}"] = write_sessie(case, folder / f"sessie-{lang}.pptx", lang=lang)
    return files


def test_nota_has_the_structure_a_college_expects(example_files: dict[str, Path]) -> None:
    doc = docx.Document(str(example_files["nota-nl"]))
    assert _headings(doc, 1) == NL_HEADINGS
    result = analyse(example_case())
    causes = [h for h in _headings(doc, 2) if h.startswith("5.")]
    assert causes == [f"5.{c.rank} {c.title('nl')}" for c in result.causes]
    assert "Title" in [p.style.name for p in doc.paragraphs[:2] if p.style]
    assert doc.paragraphs[1].text == example_case().info.title
    assert any("Peildatum mandaten: 1 oktober 2026" in p.text for p in doc.paragraphs[:8])
    first = [p.text for p in doc.paragraphs if p.style and p.style.name == "List Number"]
    assert [t.split(".")[0] for t in first] == [c.title("nl").split(".")[0] for c in result.first()]
    assert len(doc.inline_shapes) == 1  # the map


def test_nota_scorecard_is_a_coloured_table(example_files: dict[str, Path]) -> None:
    doc = docx.Document(str(example_files["nota-nl"]))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Bouwsteen", "Oordeel", "Toelichting"]
    rows = analyse(example_case()).scorecard
    assert len(table.rows) == 1 + len(rows)
    for row, score in zip(table.rows[1:], rows, strict=True):
        assert row.cells[0].text.startswith(f"{score.building_block}. ")
        assert _fill(row.cells[1]) == STATUS_RGB[score.status]


def test_nota_annexes_list_every_mandate_and_actor(example_files: dict[str, Path]) -> None:
    doc = docx.Document(str(example_files["nota-nl"]))
    case = example_case()
    mandates = next(t for t in doc.tables if t.rows[0].cells[0].text == "Mandaatgever → houder")
    assert len(mandates.rows) == 1 + len(case.mandates)
    expired = next(r for r in mandates.rows if "(m5)" in r.cells[0].text)
    assert "verlopen" in expired.cells[5].text
    actors = next(t for t in doc.tables if t.rows[0].cells[0].text == "Naam")
    assert [r.cells[0].text for r in actors.rows[1:]] == [a.name for a in case.actors]


def test_nota_in_english(example_files: dict[str, Path]) -> None:
    doc = docx.Document(str(example_files["nota-en"]))
    assert _headings(doc, 1)[:3] == ["1. Summary", "2. Occasion", "3. Scorecard"]
    assert "Annex C. How the analysis works" in _headings(doc, 1)


def test_nota_of_an_empty_map_is_grey_and_says_so(tmp_path: Path) -> None:
    out = write_nota(Case.from_parts(CaseInfo("Leeg")), tmp_path / "leeg.docx", lang="nl")
    doc = docx.Document(str(out))
    assert _headings(doc, 1) == NL_HEADINGS
    assert {_fill(r.cells[1]) for r in doc.tables[0].rows[1:]} == {STATUS_RGB[Status.GREY]}
    texts = [p.text for p in doc.paragraphs]
    assert "De kaart bevat nog geen actoren." in texts
    assert not doc.inline_shapes


def test_sessie_is_a_16_9_deck_with_editable_slides(example_files: dict[str, Path]) -> None:
    deck = pptx.Presentation(str(example_files["sessie-nl"]))
    assert round(deck.slide_width / deck.slide_height, 2) == round(16 / 9, 2)
    titles = [s.shapes.title.text for s in deck.slides]
    result = analyse(example_case())
    top = result.first()[:TOP_CAUSES]
    assert titles[:4] == [example_case().info.title, "Eerst doen", "Het krachtenveld", "Scorekaart"]
    assert titles[4 : 4 + len(top)] == [f"{c.rank}. {c.title('nl')}" for c in top]
    assert titles[-1].startswith("Wat als ")
    slides = list(deck.slides)
    table = next(s for s in slides[3].shapes if s.has_table).table
    assert len(table.rows) == 8
    for slide in slides[4 : 4 + len(top)]:  # each top cause: zoomed map and the advice
        kinds = [s.shape_type for s in slide.shapes]
        assert MSO_SHAPE_TYPE.PICTURE in kinds
        text = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        assert "Wat te organiseren" in text


def test_zoomed_case_keeps_only_the_cause_and_its_ties() -> None:
    case = example_case()
    cause = analyse(case).causes[0]
    part = cause_case(case, cause)
    ids = {a.id for a in part.actors}
    assert set(cause.actors) <= ids < {a.id for a in case.actors}
    assert all(r.source in ids and r.target in ids for r in part.relationships)


def test_sessie_in_english(example_files: dict[str, Path]) -> None:
    deck = pptx.Presentation(str(example_files["sessie-en"]))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[1:4] == ["Do first", "The field of forces", "Scorecard"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_both_convert_to_pdf_with_libreoffice(
    example_files: dict[str, Path], tmp_path: Path
) -> None:
    profile = (tmp_path / "profile").as_uri()
    files = [str(example_files["nota-nl"]), str(example_files["sessie-nl"])]
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *files],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for name in ("nota-nl.pdf", "sessie-nl.pdf"):
        pdf = tmp_path / name
        assert pdf.is_file(), (name, done.stdout, done.stderr)
        assert pdf.read_bytes().startswith(b"%PDF")
        assert pdf.stat().st_size > 20_000


def test_sessie_of_an_empty_map_says_there_is_too_little(tmp_path: Path) -> None:
    out = write_sessie(Case.from_parts(CaseInfo("Leeg")), tmp_path / "leeg.pptx", lang="nl")
    slides = list(pptx.Presentation(str(out)).slides)
    assert [s.shapes.title.text for s in slides] == [
        "Leeg",
        "Eerst doen",
        "Het krachtenveld",
        "Scorekaart",
        "Wat als",
    ]
    text = " ".join(s.text_frame.text for s in slides[1].shapes if s.has_text_frame)
    assert "te weinig op de kaart" in text
