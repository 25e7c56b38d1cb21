"""Compare matches a finding whose id moved by its content (new-user review 3, finding 5).

Deleting an actor that a learning finding cites changes the finding's stable id (its subject);
the compare view listed it under "gained" and again under "lost" with the same wording.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mapper.diff import diff_cases
from models import Actor, ActorKind, Case, EntityKind
from models.example import example_case
from ui.dialogs.compare_dialog import CompareDialog
from ui.document.controller import DocumentController
from ui.i18n import set_language


def _with_partner() -> Case:
    case = example_case()
    case.add_actor(Actor("wijkagent", "Wijkagent politie Noord", kind=ActorKind.PARTNER))
    return case


def _titles(findings: object) -> list[str]:
    return [f.title("en") for f in findings]  # type: ignore[attr-defined]


def test_a_finding_whose_subject_moved_is_changed_not_gained_and_lost() -> None:
    before, now = _with_partner(), example_case()  # the reviewer's snapshot, then the delete
    diff = diff_cases(before, now)
    assert not set(_titles(diff.gained)) & set(_titles(diff.lost))
    moved = [(a, b) for a, b in diff.changed if a.code == "LEARNING_EXTERNAL_SIGNALS_LOST"]
    assert len(moved) == 1
    was, now_f = moved[0]
    assert was.id != now_f.id  # matched by content, not by id
    # a role in running English text is written in lower case
    assert "Wijkagent politie Noord" in was.detail("en")
    assert "wijkagent politie noord" not in now_f.detail("en").lower()
    lost_codes = {f.code for f in diff.lost}
    assert lost_codes == {"SIGNAL_UNHEARD", "STRUCTURE_ISOLATED_ACTOR"}  # about the deleted actor


def test_the_compare_dialog_lists_the_moved_finding_once_as_changed(qtbot: QtBot) -> None:
    set_language("en", persist=False)
    before = _with_partner()
    controller = DocumentController()
    controller.replace_case(example_case(), None)
    diff = diff_cases(before, controller.case)
    dialog = CompareDialog(diff, before, controller, "snapshot")
    qtbot.addWidget(dialog)
    title = "Signals from partners and oversight never reach a rule owner"
    where = [
        key
        for key, group in dialog.groups.items()
        for i in range(group.childCount())
        if title in (group.child(i).text(0) + group.child(i).text(1))  # type: ignore[union-attr]
    ]
    assert where == ["changed"]
    assert dialog.groups["lost"].text(0) == "Findings lost (2)"


def test_a_changed_agreement_is_listed_as_the_summary_counts_it(qtbot: QtBot) -> None:
    """New user, fifth round 6: the summary said "gewijzigd: … en één afspraak" but the list
    had no agreement entry; every kind the summary counts has its group."""
    from mapper.diff_words import summary

    set_language("en", persist=False)
    before = example_case()
    controller = DocumentController()
    now = example_case()
    now.update(EntityKind.AGREEMENT, "g2", {"covers": ("moratorium",)})
    controller.replace_case(now, None)
    diff = diff_cases(before, controller.case)
    assert "one agreement" in summary(diff, "en")
    dialog = CompareDialog(diff, before, controller, "snapshot")
    qtbot.addWidget(dialog)
    assert dialog.groups["agreements"].text(0) == "Agreements (1)"
