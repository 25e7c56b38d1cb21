"""The Save dialog of an anonymised export offers the same name as before without anonymising
the whole map on the GUI thread first (issue 14, new user 17, N2: at 10,000 actors the note's
and the picture's dialog came 15-19 s after the menu; anonymise() alone took 4.1 s CPU)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

import exports.anonymise
from exports.map_language import map_language
from models.case import Case
from tests.ui.exchange_support import handler
from ui.exchange.export_kinds import EXPORTS
from ui.exchange.file_names import safe_stem
from ui.window.main_window import MainWindow


def _old_name(case: Case, lang: Any, names: Any, suffix: str) -> str:
    """The name old main offered: the whole anonymised copy's title."""
    title = exports.anonymise.anonymise(case, map_language(case, lang), names=names).info.title
    return f"{safe_stem(title, 'kaart')}{suffix}"


def test_the_names_are_as_before_and_the_map_is_not_anonymised_to_make_them(
    example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = example_window
    h = handler(win)
    case = win.controller.case
    want = {
        "docx": _old_name(case, h.lang, h.lang, ".docx"),
        "pptx": _old_name(case, h.lang, h.lang, ".pptx"),
        "kvmap_anonymised": _old_name(case, h.lang, None, ".kvmap"),
        "picture": _old_name(case, win.scene.lang, win.scene.lang, ".png"),
    }
    assert "Jansen" not in " ".join(want.values())  # the plain title names the family
    offered: list[str] = []

    def fake(*args: Any, **_kw: Any) -> tuple[str, str]:
        offered.append(Path(args[2]).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    calls: list[Case] = []
    real = exports.anonymise.anonymise

    def counted(case: Case, *args: Any, **kw: Any) -> Case:
        calls.append(case)
        return real(case, *args, **kw)

    monkeypatch.setattr(exports.anonymise, "anonymise", counted)
    for key in ("docx", "pptx", "kvmap_anonymised"):
        h.ask_export_path(next(k for k in EXPORTS if k.key == key))
    win.files.ask_export_path()
    assert offered == list(want.values())
    assert calls == []  # old main: four whole copies, one per dialog
