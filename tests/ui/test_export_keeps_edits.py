"""Hostile review 11, N6: re-exporting a nota over a .docx the user had finished in Word
dropped the user's text without a .bak (the .kvmap paths keep one). An existing Word,
PowerPoint or Excel file is now kept as ``.bak``, and the command says so."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exports.output import save_document
from models.example import example_case
from models.fileformat import save
from ui.cli import main

OWN = b"MIJN EIGEN TEKST"


def _add_own_paragraph(docx: Path) -> None:
    """What a user finishing the nota in Word does: a paragraph of their own."""
    with zipfile.ZipFile(docx) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    own = b"<w:p><w:r><w:t>" + OWN + b"</w:t></w:r></w:p></w:body>"
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"</w:body>", own)
    with zipfile.ZipFile(docx, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _has_own(docx: Path) -> bool:
    with zipfile.ZipFile(docx) as z:
        return OWN in z.read("word/document.xml")


def test_a_nota_finished_in_word_is_kept_when_exported_again(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, nota = tmp_path / "a.kvmap", tmp_path / "nota.docx"
    save(example_case(), source, backup=False)
    assert main(["export", str(source), "--to", str(nota)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {nota}"  # a new file: nothing kept
    assert not Path(f"{nota}.bak").exists()
    _add_own_paragraph(nota)
    assert main(["export", str(source), "--to", str(nota)]) == 0
    apart = next(tmp_path.glob("nota.edited-*.docx"))  # and apart (hostile review 12, D1)
    assert capsys.readouterr().out.strip() == (
        f"Wrote {nota} (the previous file is kept in {nota}.bak); the file was changed after "
        f"Krachtenveld wrote it and is kept apart in {apart}"
    )
    assert _has_own(apart)
    assert _has_own(Path(f"{nota}.bak"))
    assert not _has_own(nota)
    assert main(["--lang", "nl", "export", str(source), "--to", str(nota)]) == 0
    assert f"(het vorige bestand blijft in {nota}.bak, oudere in .bak.1)" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["deck.pptx", "rapport.xlsx"])
def test_a_document_written_over_keeps_the_old_one(tmp_path: Path, name: str) -> None:
    from openpyxl import Workbook
    from pptx import Presentation

    target = tmp_path / name
    save_document(Presentation() if name.endswith(".pptx") else Workbook(), target)
    assert not Path(f"{target}.bak").exists()
    target.write_bytes(b"eigen werk")  # what the user made of it
    save_document(Presentation() if name.endswith(".pptx") else Workbook(), target)
    assert zipfile.is_zipfile(target)
    assert Path(f"{target}.bak").read_bytes() == b"eigen werk"


def test_the_last_three_replaced_files_are_kept_and_said(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hostile review 11: the .bak had no rotation, so the second export over a nota finished
    in Word dropped the user's text after all. Now an export keeps the last three files it
    replaced (.bak, .bak.1, .bak.2; exports.output.BACKUPS_KEPT), and a fourth drops the
    oldest. The exports alternate their language so that each differs from the one before:
    two exports of the same map within one second are the same file, and the same file
    again moves no backup (test_the_same_file_again_moves_nothing)."""
    source, nota = tmp_path / "a.kvmap", tmp_path / "nota.docx"
    save(example_case(), source, backup=False)
    assert main(["export", str(source), "--to", str(nota)]) == 0
    _add_own_paragraph(nota)
    own = nota.read_bytes()
    for lang in ("nl", "en"):
        assert main(["--lang", lang, "export", str(source), "--to", str(nota)]) == 0
    assert Path(f"{nota}.bak.1").read_bytes() == own  # one more export: the text is still kept
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith(f"(the previous file is kept in {nota}.bak, older ones in .bak.1)")
    )
    assert main(["--lang", "nl", "export", str(source), "--to", str(nota)]) == 0
    assert Path(f"{nota}.bak.2").read_bytes() == own
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith(f"(het vorige bestand blijft in {nota}.bak, oudere in .bak.1 en .bak.2)")
    )
    assert main(["export", str(source), "--to", str(nota)]) == 0  # a fourth: the oldest goes
    kept = [Path(f"{nota}{end}").read_bytes() for end in (".bak", ".bak.1", ".bak.2")]
    assert own not in kept
    assert not Path(f"{nota}.bak.3").exists()


def test_the_same_file_again_moves_nothing(tmp_path: Path) -> None:
    """A .bak that holds what the file holds is no other version: no .bak.1 for it."""
    from models.atomic import shift_backups

    target = tmp_path / "rapport.xlsx"
    target.write_bytes(b"een")
    Path(f"{target}.bak").write_bytes(b"een")
    assert shift_backups(target, keep=2) is None
    assert not Path(f"{target}.bak.1").exists()
    Path(f"{target}.bak").write_bytes(b"nul")
    assert shift_backups(target, keep=2) == Path(f"{target}.bak.1")
    assert Path(f"{target}.bak.1").read_bytes() == b"nul"
    assert not Path(f"{target}.bak").exists()
