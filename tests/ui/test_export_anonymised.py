"""File › Export › Anonymised: the advice note and the deck from the app name no resident by
default, say what they replaced, and name residents only when the user unchecks it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.exchange_support import handler
from ui.exchange.window_exchange import EXPORTS
from ui.window.main_window import MainWindow


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _export(window: MainWindow, qtbot: QtBot, key: str, out: Path) -> None:
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=120_000) as blocker:
        h.export(next(k for k in EXPORTS if k.key == key), str(out))
    assert blocker.args == [True]


def test_anonymised_is_in_the_export_menu_and_checked_by_default(
    example_window: MainWindow,
) -> None:
    h = handler(example_window)
    action = h["export_anonymised"]
    assert action.isCheckable()
    assert action.isChecked()  # a note to the college names no resident unless asked
    menu = example_window.menus["export"].actions()
    pptx = example_window.actions_["export_pptx"]
    assert menu.index(action) == menu.index(pptx) + 1  # right under the note and the slides


@pytest.mark.parametrize("key", ["docx", "pptx"])
def test_the_app_exports_anonymised_and_says_what_it_replaced(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, key: str
) -> None:
    out = tmp_path / f"advies.{key}"
    _export(example_window, qtbot, key, out)
    assert "Jansen" not in _xml(out)
    note = handler(example_window).export_note
    assert "Mevrouw Jansen → Resident" in note
    assert "Health details left out" in note
    # what else the cleaning leaves out (hostile review 5, B3)
    assert "Notes about residents, direct identifiers (such as BSN" in note


def test_unchecked_the_note_names_the_resident_and_says_so(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    h = handler(example_window)
    h["export_anonymised"].setChecked(False)
    out = tmp_path / "advies.docx"
    _export(example_window, qtbot, "docx", out)
    assert "Jansen" in _xml(out)  # the check above can fail
    assert "names residents" in h.export_note


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "notities over inwoners, directe identificatiegegevens (zoals BSN"),
        ("en", "notes about residents, direct identifiers (such as BSN"),
    ],
)
def test_the_command_line_copy_says_what_else_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    from models import fileformat
    from models.example import example_case
    from ui.cli import main

    source, out = tmp_path / "kaart.kvmap", tmp_path / "gedeeld.kvmap"
    fileformat.save(example_case(), source)
    assert main(["export", str(source), "--to", str(out), "--anonymise", "--lang", lang]) == 0
    assert said in capsys.readouterr().out


@pytest.mark.parametrize("anonymous", [True, False])
def test_the_map_picture_follows_the_anonymised_tick(
    example_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    anonymous: bool,
) -> None:
    # new user, sixth round 7: the picture named "Gezin Jansen" and "(Sanne)" while the note
    # and the slides, exported with the same tick, said "het gezin" and "de consulent"
    from tests.ui.exchange_support import answer_file

    handler(example_window)["export_anonymised"].setChecked(anonymous)
    out = tmp_path / "kaart.svg"  # an SVG keeps the names as text, to read them back
    answer_file(monkeypatch, "getSaveFileName", out)
    example_window.actions_["file_export_image"].trigger()
    svg = out.read_text(encoding="utf-8")
    assert ("Jansen" in svg) is not anonymous  # the unticked picture names her: it can fail
    assert ("Sanne" in svg) is not anonymous
    if anonymous:
        assert "Resident" in svg or "Inwoner" in svg
        message = example_window.statusBar().currentMessage()
        assert "Mevrouw Jansen → Inwoner" in message or "Mevrouw Jansen → Resident" in message
