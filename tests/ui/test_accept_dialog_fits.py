"""The Accept dialog shows every finding it accepts (new user, tenth round: accepting a cause
listed its four findings, and the list was cut off mid-line)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from ui.docks.acceptance import AcceptDialog

TITLES = [
    "Geen bestuurder achter de bedoeling mag afwijken",
    "Niemand mag beslissen over ‘Spoedplaatsing in pleeggezin zonder wachtlijst’",
    "Mandaat zonder bevoegdheid: de wethouder Jeugd heeft ‘afwijken van regel’ niet",
    "Niemand mag besluiten dat afwijken nodig is, en niemand doet triage voor deze casus",
]


def _subject(count: int) -> str:
    listed = "\n".join(f"• {t}" for t in (TITLES * 3)[:count])
    return f"{TITLES[0]}\n\nDit accepteert ook {count} bevindingen van deze oorzaak:\n{listed}"


def _all_readable(dialog: AcceptDialog) -> bool:
    """Every line of the subject is in view, or the user can scroll to it."""
    label = dialog.subject
    needed = label.heightForWidth(label.width())
    if label.visibleRegion().boundingRect().height() >= needed:
        return True
    area = label.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return area is not None and area.verticalScrollBar().maximum() > 0


def test_the_four_findings_of_a_cause_are_shown_whole(qtbot: QtBot) -> None:
    dialog = AcceptDialog(_subject(4), today=date(2026, 12, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.subject
    assert label.visibleRegion().boundingRect().height() >= label.heightForWidth(label.width())
    assert dialog.height() <= 700  # on a laptop's 768 pixels


def test_a_long_list_scrolls_and_the_dialog_stays_on_a_laptop_screen(qtbot: QtBot) -> None:
    dialog = AcceptDialog(_subject(30), today=date(2026, 12, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _all_readable(dialog)
    assert dialog.height() <= 700
    assert dialog.reason.isVisible()
    assert dialog.reason.height() >= 40
