"""The app's export dialog shows a refused copy's or nota's reason in the map's own words
(issue 16; hostile review 13, M1b and the year of birth): which file, the words to find, in
which field, and what to do, without a class name; the window at 1366 x 768."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.enums import EntityKind
from models.example import example_case
from tests.ui.exchange_support import handler
from tests.ui.window_support import open_window
from ui.document.controller import DocumentController
from ui.exchange.window_exchange import EXPORTS


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("kvmap_anonymised", "Remove the year of birth in 'de inwoner (1980)' from that text"),
        ("docx", "The note without names still names 'de inwoner (1980)'"),
    ],
)
def test_the_dialog_quotes_the_map_and_says_what_to_do(
    qtbot: QtBot, tmp_path: Path, key: str, said: str
) -> None:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.set_case_field("description", "Gisteren belde de inwoner (1980) weer.")
    window = open_window(qtbot, tmp_path, DocumentController(case), (1366, 768))
    h = handler(window)
    shown: list[tuple[str, str]] = []
    h.show_failure = lambda title, text: shown.append((title, text))  # type: ignore[method-assign]
    kind = next(k for k in EXPORTS if k.key == key)
    out = tmp_path / f"gedeeld{kind.suffix}"
    h["export_anonymised"].setChecked(True)
    with qtbot.waitSignal(h.export_done, timeout=120_000) as blocker:
        h.export(kind, str(out))
    assert blocker.args == [False]
    ((title, text),) = shown
    assert title == "Cannot export"
    assert text.startswith(f"Could not write {out.name}:\n\n")
    assert said in text
    # a message box names the field, not its JSON path (lead 16; the copy too: hostile 15b B9)
    assert "(in the case description); nothing" in text
    assert "Error" not in text
    assert "--named" not in text  # a command-line flag means nothing in the app
    if key == "docx":
        assert text.endswith(
            "make a version with names: untick File › Export › Anonymised; that version stays "
            "inside the organisation."
        )
    assert not out.exists()
