"""The History names a case edit by the field's label in the UI language, and an added
agreement by its name (new user, eleventh round A6: "Casus: title bewerken", "Casus: intent
bewerken" and a bare "Afspraak toevoegen")."""

from __future__ import annotations

import pytest

from tests.ui.test_history_names import _shown
from ui.i18n import set_language
from ui.window.main_window import MainWindow


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Edit case title",
                "Edit case intent",
                "Edit case owner of the intent",
                "Add agreement: New agreement",
            ],
        ),
        (
            "nl",
            [
                "Casus: titel bewerken",
                "Casus: bedoeling bewerken",
                "Casus: eigenaar van de bedoeling bewerken",
                "Afspraak toevoegen: Nieuwe afspraak",
            ],
        ),
    ],
)
def test_case_edits_and_a_new_agreement_are_named(
    window: MainWindow, lang: str, expected: list[str]
) -> None:
    set_language(lang, persist=False)
    try:
        ctl = window.controller
        ctl.set_case_field("title", "Noah (11) zit thuis zonder school")
        ctl.set_case_field("intent", "Noah gaat binnen zes weken weer naar school")
        ctl.set_case_field("intent_owner", "a3")
        add = [a for a in window.menus["map"].actions() if a.text() == expected[-1].split(":")[0]]
        assert len(add) == 1
        add[0].trigger()
        texts = [ctl.undo_stack.text(i) for i in range(ctl.undo_stack.count())]
        assert texts == expected
        assert _shown(window) == expected
    finally:
        set_language("en", persist=False)
