"""The twelfth hostile tester's D1 in the app: an export over a nota the user finished in Word
keeps that file apart as ``nota.edited-<date>.docx`` (7c053b1), and the command says where;
File > Export said only "nota.docx geëxporteerd". The status line now says where the edited file
was kept (real window, real export)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.exchange_support import answer_file, handler
from ui.window.main_window import MainWindow

OWN = b"MIJN EIGEN TEKST"


def _finish_in_word(docx: Path) -> None:
    """What a user finishing the nota in Word does: a paragraph of their own."""
    with zipfile.ZipFile(docx) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    own = b"<w:p><w:r><w:t>" + OWN + b"</w:t></w:r></w:p></w:body>"
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"</w:body>", own)
    with zipfile.ZipFile(docx, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_the_status_says_where_an_edited_nota_was_kept(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    nota = tmp_path / "nota.docx"
    answer_file(monkeypatch, "getSaveFileName", nota)
    h = handler(window)
    h["export_anonymised"].setChecked(False)
    with qtbot.waitSignal(h.export_done, timeout=60_000):
        h["export_docx"].trigger()
    assert "edited" not in window.statusBar().currentMessage()  # a new file: nothing kept
    _finish_in_word(nota)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as done:
        h["export_docx"].trigger()
    assert done.args == [True], boxes
    (apart,) = tmp_path.glob("nota.edited-*.docx")
    with zipfile.ZipFile(apart) as z:
        assert OWN in z.read("word/document.xml")
    status = window.statusBar().currentMessage()
    assert str(apart) in status
    assert h.export_note in status
    said = {
        "nl": "Het bestand daar was gewijzigd nadat Krachtenveld het schreef; het blijft apart "
        f"bewaard als {apart}.",
        "en": "The file there had been changed after Krachtenveld wrote it; it is kept apart as "
        f"{apart}.",
    }
    assert said[window.scene.lang] in status
    with qtbot.waitSignal(h.export_done, timeout=60_000):  # unchanged since: nothing kept apart
        h["export_docx"].trigger()
    assert "edited" not in window.statusBar().currentMessage()
    assert not boxes
