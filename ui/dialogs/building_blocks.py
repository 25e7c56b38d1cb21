"""Help › The seven building blocks: what each one means, in plain words.

Every finding of the analysis hangs under one of the seven building blocks of "doen wat
nodig is". This page says what each asks of an organisation and where the map shows it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP

__all__ = ["BLOCKS", "BuildingBlocksDialog", "building_blocks_html"]

CONTEXT = "BuildingBlocks"

#: (title, what it asks, where the map shows it), in building-block order 1..7
BLOCKS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("BuildingBlocks", "Clarity about the intent"),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "Everyone knows what the case is for. A member of the executive owns that purpose, "
            "says so, and gives room to set aside routines that do not serve it.",
        ),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "The intent of the case and its owner, and a mandate to deviate from the rules "
            "that reaches the people who handle the case.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("BuildingBlocks", "Signalling and triage"),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "The organisation sees in time that the routine fails. Signals from the resident, "
            "from partners or from the ombudsman reach someone, and it is clear who may "
            "decide that a case needs a custom solution.",
        ),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "Signal and escalation lines, and who does triage with a mandate to do it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("BuildingBlocks", "Room to act"),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "Whoever handles the case has the powers, the budget, the contacts and the "
            "repertoire the case needs.",
        ),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "The decisions the case needs and who may take each one: mandates that lead back "
            "to the body that holds the power by law, and agreements with partners for what "
            "the municipality cannot decide itself.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("BuildingBlocks", "Accountability"),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "A custom solution is accounted for without a paper trail for its own sake and "
            "without arbitrariness: who answers to whom, what sets a precedent, how risks are "
            "weighed.",
        ),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "Accountability lines up to the executive, and a line back to whoever granted "
            "each mandate.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("BuildingBlocks", "Trust"),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "Trust runs both ways: the professional who deviates can count on backing from "
            "the top, and the top trusts the professional's judgement.",
        ),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks", "Trust relationships and how strong they are, in both directions."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("BuildingBlocks", "Political and administrative reality connected"),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "The council, the mayor and the aldermen on one side and the civil service on the "
            "other stay aligned on the case, including those who oppose it.",
        ),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "The spheres, and the ties between the political and the administrative world.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("BuildingBlocks", "System learning"),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks",
            "The organisation learns from custom cases: a rule that keeps getting in the way "
            "is changed, without evaluating every exception and without a new rule after "
            "every incident.",
        ),
        QT_TRANSLATE_NOOP(
            "BuildingBlocks", "Feedback lines from the case back to whoever owns the rule."
        ),
    ),
)


def _t(text: str) -> str:
    return html.escape(QCoreApplication.translate(CONTEXT, text))


def building_blocks_html() -> str:
    """The page, as rich text in the language of the program."""
    intro = QCoreApplication.translate(
        "BuildingBlocks",
        "Routines handle most cases well. Some cases do not fit, and then doing what is "
        "needed means deviating from the routine. Whether the people who see that can "
        "act depends on seven building blocks. Every finding of the analysis hangs under "
        "one of them.",
    )
    on_map = html.escape(QCoreApplication.translate("BuildingBlocks", "On the map:"))
    heading = html.escape(QCoreApplication.translate("BuildingBlocks", "The seven building blocks"))
    parts = [f"<h2>{heading}</h2><p>{html.escape(intro)}</p><ol>"]
    for title, asks, shows in BLOCKS:
        parts.append(
            f"<li><p><b>{_t(title)}</b><br>{_t(asks)}<br><i>{on_map}</i> {_t(shows)}</p></li>"
        )
    parts.append("</ol>")
    return "".join(parts)


class BuildingBlocksDialog(QDialog):
    """The building-blocks page in a browser that can be read, selected and copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("building_blocks_dialog")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("building_blocks_text")
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("The seven building blocks"))
        self.browser.setHtml(building_blocks_html())
        self.browser.setAccessibleName(self.tr("The seven building blocks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
