"""LibreOffice opens what we write (skipped only without ``soffice``): every office file the
tests want converted is made once and converted in one ``soffice`` call (issue 15: each start
of LibreOffice costs about a second of CPU, eight starts were eight seconds), then each test
checks its own files as it did in the module it came from.

- the Excel report prints its reference date in words (tests/exports/test_report_as_of.py);
- the report with line breaks and a text longer than a cell converts (test_report_layout.py);
- the casebook's note and workbook convert (test_casebook_office.py);
- the nota and the session deck convert (test_advice_reports.py);
- the mandate register's workbook and Word annex convert (test_mandate_register.py);
- the example's scorecard stays on one page of the nota (test_nota_scorecard_page.py);
- the act of a power survives LibreOffice saving the register's workbook again
  (test_register_act.py): a workbook to a workbook, so a second call.

A failed ``soffice`` call fails every test of this module (each first checks that both calls
ended well and shows LibreOffice's message); a file LibreOffice skipped fails the test that
wants its PDF (rev-code20 F1: this said the failure stayed with the test of its own files).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from exports.casebook import run_casebook
from exports.casebook.note import write_note
from exports.casebook.workbook import write_workbook
from exports.excel_report import write_report
from exports.nota import write_nota
from exports.register_read import read_register
from exports.register_write import write_register_docx, write_register_xlsx
from exports.sessie import write_sessie
from models import PowerAct, fileformat
from models.example import example_case
from tests.exports.test_register_act import QUIET, _acts
from tests.exports.test_register_act import _case as register_act_case
from tests.exports.test_report_layout import _case_with_breaks
from tests.mapper.test_casebook import _chain

pytestmark = [
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
    pytest.mark.timeout(600),  # the first test waits for both conversions
]

#: the first and the last row of the nota's scorecard (tests/exports/test_nota_scorecard_page.py)
BLOCKS = ("1. Helderheid", "7. Systeemleren")
NO_PDFTOTEXT = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


@dataclass(frozen=True)
class Converted:
    """What the two ``soffice`` calls left: the PDFs, the workbook saved again, their output."""

    pdf: Path
    xlsx: Path
    done: tuple[subprocess.CompletedProcess[bytes], ...]

    def check(self) -> None:
        for done in self.done:
            assert done.returncode == 0, done.stderr.decode(errors="replace")

    def pdf_of(self, name: str) -> bytes:
        self.check()
        pdf = self.pdf / f"{Path(name).stem}.pdf"
        assert pdf.is_file(), [d.stdout.decode(errors="replace") for d in self.done]
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        return data


def _soffice(
    target: str, outdir: Path, profile: Path, files: list[Path]
) -> subprocess.CompletedProcess[bytes]:
    command = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",  # an own profile: no running LibreOffice
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    return subprocess.run(command, capture_output=True, timeout=300, check=False)


def _casebook_files(folder: Path) -> list[Path]:
    root = folder / "casussen"
    root.mkdir()
    for i, n in enumerate((1, 3, 4, 2)):
        fileformat.save(_chain(n, f"Casus {i}"), root / f"keten{i}.kvmap", backup=False)
    fileformat.save(example_case(), root / "jansen.kvmap", backup=False)
    (root / "stuk.kvmap").write_text("nee", encoding="utf-8")
    run = run_casebook(root, "nl", workers=1)
    write_note(run, folder / "notitie.docx", "nl")
    write_workbook(run, folder / "casusboek.xlsx", "nl")
    return [folder / "notitie.docx", folder / "casusboek.xlsx"]


def _layout_report(folder: Path) -> Path:
    case = _case_with_breaks()
    # a text longer than a cell: LibreOffice opens the hidden Dutch sheet of its rest too
    case.set_case_field("intent", "Lange bedoeling. " * 2_000)
    write_report(case, folder / "rapport.xlsx", lang="nl")
    return folder / "rapport.xlsx"


def _pdf_bound(folder: Path) -> list[Path]:
    """Every file converted to PDF, each name once (they share one output folder)."""
    case = example_case()
    files: list[Path] = []
    for lang in ("nl", "en"):
        write_report(example_case(), folder / f"rapport-{lang}.xlsx", lang=lang)
        files.append(folder / f"rapport-{lang}.xlsx")
    files.append(_layout_report(folder / "layout"))
    files += _casebook_files(folder)
    # the nota is the one the scorecard test wrote too: write_nota(example_case(), nl)
    files.append(write_nota(case, folder / "nota-nl.docx", lang="nl"))
    files.append(write_sessie(case, folder / "sessie-nl.pptx", lang="nl"))
    write_register_xlsx(case, folder / "werkmap.xlsx", "nl")
    write_register_docx(case, folder / "bijlage.docx", "nl")
    return [*files, folder / "werkmap.xlsx", folder / "bijlage.docx"]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Converted:
    folder = tmp_path_factory.mktemp("office")
    (folder / "layout").mkdir()
    (folder / "act").mkdir()
    pdf_bound = _pdf_bound(folder)
    assert len({p.stem for p in pdf_bound}) == len(pdf_bound), pdf_bound
    act = folder / "act" / "werkmap.xlsx"
    write_register_xlsx(register_act_case(), act, "nl")
    done = (
        _soffice("pdf", folder / "pdf", folder / "profile-pdf", pdf_bound),
        _soffice("xlsx", folder / "lo", folder / "profile-xlsx", [act]),
    )
    return Converted(folder / "pdf", folder / "lo", done)


def _text(converted: Converted, name: str, *options: str) -> str:
    converted.pdf_of(name)
    return subprocess.run(
        ["pdftotext", "-layout", *options, str(converted.pdf / f"{name}.pdf"), "-"],
        capture_output=True,
        timeout=60,
        check=True,
        text=True,
    ).stdout


@NO_PDFTOTEXT
def test_libreoffice_prints_the_date_in_words(converted: Converted) -> None:
    for lang, words in (("nl", "1 oktober 2026"), ("en", "1 October 2026")):
        text = _text(converted, f"rapport-{lang}", "-l", "1")
        assert words in text
        assert "2026-10-01" not in text


def test_libreoffice_converts_the_report(converted: Converted) -> None:
    data = converted.pdf_of("rapport")
    assert data.count(b"/Type /Page") + data.count(b"/Type/Page") > 3


def test_libreoffice_converts_note_and_workbook(converted: Converted) -> None:
    for name in ("notitie", "casusboek"):
        converted.pdf_of(name)


def test_both_convert_to_pdf_with_libreoffice(converted: Converted) -> None:
    for name in ("nota-nl", "sessie-nl"):
        assert len(converted.pdf_of(name)) > 20_000


def test_libreoffice_converts_both_files(converted: Converted) -> None:
    for name in ("werkmap", "bijlage"):
        converted.pdf_of(name)


@NO_PDFTOTEXT
def test_the_example_s_scorecard_is_on_one_page(converted: Converted) -> None:
    pages = _text(converted, "nota-nl").split("\f")
    found = [[i for i, page in enumerate(pages) if block in page] for block in BLOCKS]
    first, last = found[0][0], found[1][0]  # the scorecard comes before the trend table
    assert first == last, f"the scorecard runs from page {first + 1} to page {last + 1}"
    assert "3. Scorekaart" in pages[first]


def test_the_act_survives_libreoffice(converted: Converted) -> None:
    """The workbook saved again by LibreOffice (as a municipality's office suite would)."""
    converted.check()
    again = converted.xlsx / "werkmap.xlsx"
    assert again.is_file(), [(d.stdout, d.stderr) for d in converted.done]
    assert _acts(read_register(again).case)[QUIET] is PowerAct.REQUEST
