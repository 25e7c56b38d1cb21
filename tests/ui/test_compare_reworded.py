"""Compare shows what a changed finding said before and says now (new user, twelfth round:
"Bevindingen: één anders verwoord — Signalen lopen alleen via de jeugdconsulent" did not show
the old and new wording)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mapper.diff import diff_cases
from models.example import example_case
from tests.ui.test_compare_moved_finding import _with_partner
from ui.dialogs.compare_dialog import CompareDialog
from ui.document.controller import DocumentController
from ui.i18n import set_language


def test_a_reworded_finding_shows_its_old_and_new_words(qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    try:
        before = _with_partner()  # a snapshot with the wijkagent; now he is deleted
        controller = DocumentController()
        controller.replace_case(example_case(), None)
        diff = diff_cases(before, controller.case)
        dialog = CompareDialog(diff, before, controller, "stand", "nl")
        qtbot.addWidget(dialog)
        group = dialog.groups["changed"]
        assert group.childCount() == 1
        item = group.child(0)
        assert item is not None
        rows = [
            (c.text(0), c.text(1), c.toolTip(0))
            for i in range(item.childCount())
            if (c := item.child(i)) is not None
        ]
        # the stretch that differs, a few words either side; the whole text in the tooltip
        assert [r[:2] for r in rows] == [
            (
                "Voorheen: … van de Belastingsamenwerking, het deurwaarderskantoor en de "
                "wijkagent politie Noord naar iemand …",
                "Toelichting",
            ),
            (
                "Nu: … van de Belastingsamenwerking en het deurwaarderskantoor naar iemand …",
                "Toelichting",
            ),
            (
                "Voorheen: … van de Belastingsamenwerking, het deurwaarderskantoor en de "
                "wijkagent politie Noord uit bij …",
                "Suggestie",
            ),
            (
                "Nu: … van de Belastingsamenwerking en het deurwaarderskantoor uit bij …",
                "Suggestie",
            ),
        ]
        assert rows[0][2].startswith("<p>Geen terugkoppel-, signaal- of escalatieroute leidt")
        assert rows[3][2].endswith("uit bij de periodieke casusreflectie.</p>")
        assert item.isExpanded()
    finally:
        set_language("en", persist=False)
