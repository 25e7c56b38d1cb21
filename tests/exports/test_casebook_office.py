"""The casebook's Word note and Excel workbook (issue 16): what they say and read back;
that LibreOffice converts both: tests/test_libreoffice.py."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from exports.casebook import CasebookRun, run_casebook
from exports.casebook.note import write_note
from exports.casebook.workbook import write_workbook
from models import fileformat
from models.example import example_case
from tests.mapper.test_casebook import _chain


@pytest.fixture(scope="module")
def casebook(tmp_path_factory: pytest.TempPathFactory) -> CasebookRun:
    root = tmp_path_factory.mktemp("casussen")
    for i, n in enumerate((1, 3, 4, 2)):
        fileformat.save(_chain(n, f"Casus {i}"), root / f"keten{i}.kvmap", backup=False)
    fileformat.save(example_case(), root / "jansen.kvmap", backup=False)
    (root / "stuk.kvmap").write_text("nee", encoding="utf-8")
    return run_casebook(root, "nl", workers=1)


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_note_says_what_recurs_in_numbers_of_cases(
    casebook: CasebookRun, tmp_path: Path
) -> None:
    out = tmp_path / "notitie.docx"
    write_note(casebook, out, "nl")
    text = _text(out)
    assert text.startswith("Wat de casussen het systeem vertellen")
    assert "Een casusboek van vijf casuskaarten" in text
    assert (
        # the chains name no administrator behind the intent (W7: not "bij het college")
        "In 4 van de 5 casussen: geen bestuurder achter de bedoeling mag afwijken" in text
    )
    assert (
        "Van de 5 casussen met een besluit waarvoor de bevoegdheid om van een regel af te "
        "wijken nodig is, ligt die in twee drie of meer stappen van de behandelaar vandaan"
        in text  # one denominator for every count (eleventh jurist, J9 rest)
    )
    assert "College van B&W: in 2 van de 5 casussen" in text
    assert "1 bestand was niet te lezen en is buiten beschouwing gebleven:" in text
    assert "Jansen" not in text
    assert "jansen" not in text


def test_the_note_in_english(casebook: CasebookRun, tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    english = run_casebook(casebook.folder, "en", workers=1)
    write_note(english, out, "en")
    text = _text(out)
    assert text.startswith("What the cases tell the system")
    # "member of the executive", not "administrator" (a civil servant in English: jur19d)
    assert "In 4 of the 5 cases: no member of the executive behind the intent may deviate" in text


def test_the_workbook_has_a_sheet_per_view(casebook: CasebookRun, tmp_path: Path) -> None:
    out = tmp_path / "casusboek.xlsx"
    write_workbook(casebook, out, "nl")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Samenvatting",
        "Terugkerende oorzaken",
        "Afstand",
        "Bevoegdheden",
        "Beslissers op afstand",
        "Rollen",
        "Organisaties",
        "Knelpunten",
        "Verloop",
        "Casussen",
        "Overgeslagen",
    ]
    causes = wb["Terugkerende oorzaken"]
    first = [c.value for c in causes[2]]
    assert first[:3] == [
        4,
        "80%",
        "geen bestuurder achter de bedoeling mag afwijken",
    ]
    assert first[7].split("\n") == ["keten0.kvmap", "keten1.kvmap", "keten2.kvmap", "keten3.kvmap"]
    distance = {r[0]: r[1:4] for r in wb["Afstand"].iter_rows(min_row=2, values_only=True)}
    assert distance["de bevoegdheid om van een regel af te wijken"] == (5, 2, 0)
    cases = [r[0] for r in wb["Casussen"].iter_rows(min_row=2, values_only=True)]
    assert "de inwoner.kvmap" in cases  # said as a title is (hostile 14, C1)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            assert not any("Jansen" in str(v) for v in row if v is not None)
