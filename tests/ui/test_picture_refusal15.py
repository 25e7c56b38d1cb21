"""File › Export picture with Anonymised ticked refuses a map whose anonymised picture would
still name someone, as the note does (issue 16, hostile review 15, H2): the message in the
app's words, the old file untouched. On the old code the picture was written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exports import anonymise_titled
from tests.ui.exchange_support import answer_file, handler
from ui.window.main_window import MainWindow


def test_the_apps_picture_is_refused_with_the_apps_words(
    example_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the cleaner without one rule, so that only the check stops the leak (test_pseudonym_check)
    monkeypatch.setattr(anonymise_titled, "_KIN_FIRST", re.compile(r"(?!)"))
    example_window.controller.case.set_case_field("title", "Haar stiefbroer, Mark de Vries, werkt.")
    handler(example_window)["export_anonymised"].setChecked(True)
    out = tmp_path / "kaart.svg"
    out.write_bytes(b"the user's own file")
    answer_file(monkeypatch, "getSaveFileName", out)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(example_window, "show_error", lambda t, x: said.append((t, x)))
    example_window.actions_["file_export_image"].trigger()
    assert out.read_bytes() == b"the user's own file"
    assert len(said) == 1, said
    assert "'Mark de Vries'" in said[0][1]
    assert "File › Export › Anonymised" in said[0][1] or "Bestand › Exporteren" in said[0][1]
