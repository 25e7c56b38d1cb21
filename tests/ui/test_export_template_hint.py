"""A note exported from a fresh template leaves out the template's instruction 'Vul de namen en
bedragen van uw eigen casus in.' and the status bar says so, so the adviser replaces it with
the case itself (new user, twelfth round B9: the sentence went to the college)."""

from __future__ import annotations

from pathlib import Path

import docx
from pytestqt.qtbot import QtBot

from tests.ui.exchange_support import handler
from tests.ui.window_support import open_window
from ui.dialogs.template_dialog import template_case_laid_out
from ui.document.controller import DocumentController
from ui.exchange.window_exchange import EXPORTS


def test_the_note_of_a_template_leaves_its_instruction_out_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    win = open_window(qtbot, tmp_path, DocumentController(template_case_laid_out("wmo")))
    h = handler(win)
    out = tmp_path / "nota.docx"
    with qtbot.waitSignal(h.export_done, timeout=120_000) as blocker:
        h.export(next(k for k in EXPORTS if k.key == "docx"), str(out))
    assert blocker.args == [True]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Een oudere inwoner kan niet meer veilig thuis wonen" in text
    assert "Vul de namen" not in text
    assert "‘Vul de namen … in.’" in h.export_note
    assert "Vul de namen" in win.controller.case.info.description  # the map keeps it
    runner = win.analysis_runner()
    assert runner is not None
    runner.shutdown()
