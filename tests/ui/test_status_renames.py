"""An anonymised export that renames many residents says so in one line of the status bar and
lists the renames in its tooltip (new user at scale, session 14, F8/F11: "Geanonimiseerd:
Inwoner 38 → Inwoner, Inwoner 78 → Inwoner 2, …" grew to 14 lines over the map at 2,000
actors and over the whole window at 10,000)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from models.entities import Actor
from models.enums import ActorKind, EntityKind
from models.example import example_case
from tests.ui.exchange_support import handler
from tests.ui.window_support import open_window
from ui.document.controller import DocumentController
from ui.exchange.window_exchange import EXPORTS

_NAMES = [
    f"{first} {last}"
    for first, last in zip(
        ("Piet", "Anna", "Kees", "Fatima", "Johan", "Sara", "Ahmed", "Lotte", "Bram", "Noor"),
        (
            "Bakker",
            "de Vries",
            "Visser",
            "El Amrani",
            "Smit",
            "Meijer",
            "Yilmaz",
            "Mulder",
            "Bos",
            "Peters",
        ),
        strict=True,
    )
]


def test_many_renames_are_counted_on_one_line_and_listed_in_the_tooltip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    case = example_case()
    for i, name in enumerate(_NAMES):
        case.add(EntityKind.ACTOR, Actor(f"extra{i}", name, ActorKind.CITIZEN))
    win = open_window(qtbot, tmp_path, DocumentController(case), (1366, 768))
    h = handler(win)
    assert h["export_anonymised"].isChecked()
    out = tmp_path / "advies.docx"
    with qtbot.waitSignal(h.export_done, timeout=120_000) as blocker:
        h.export(next(k for k in EXPORTS if k.key == "docx"), str(out))
    assert blocker.args == [True]
    with zipfile.ZipFile(out) as z:
        assert "Fatima" not in z.read("word/document.xml").decode("utf-8")
    status = win.statusBar()
    message = status.currentMessage()
    assert "11 residents were given a role name; point at this message for the list." in message
    assert "→" not in message  # no rename in the message itself
    assert "Notes about residents, direct identifiers" in message  # still said
    tip = status.toolTip()
    assert message.split(".")[0] in tip
    for name in ("Mevrouw Jansen", *_NAMES):
        assert f"{name} → " in tip  # every rename, where a user can read it
    qtbot.wait(100)
    # one line over the bar, not a block over the map
    note = win.findChild(type(win.counts_label), "status_note")
    assert note is not None
    if note.isVisible():
        assert note.height() <= 3 * status.fontMetrics().height()
    win.grab().save(str(tmp_path / "status.png"))
    status.clearMessage()
    assert status.toolTip() == ""  # the list goes with its message


def test_a_few_renames_stay_in_the_message() -> None:
    from ui.exchange.anonymised import anonymised_notes

    note, details = anonymised_notes(example_case(), True, "en")
    assert "Mevrouw Jansen → Resident" in note
    assert details == ""
