"""Issue 12, item 4: the members of a bundled label are in the Properties dock when one of
them is selected, and a click there selects another."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.example import example_case
from ui.docks.properties import PropertiesDock
from ui.document.controller import DocumentController
from ui.i18n import set_language


def _dock(qtbot: QtBot) -> tuple[DocumentController, PropertiesDock]:
    controller = DocumentController(example_case())
    dock = PropertiesDock(controller)
    qtbot.addWidget(dock)
    dock.resize(420, 900)
    dock.show()
    qtbot.waitExposed(dock)
    return controller, dock


def test_one_label_for_three_mandates_lists_its_holders(qtbot: QtBot) -> None:
    set_language("nl", persist=False)
    try:
        controller, dock = _dock(qtbot)
        assert dock.bundle_list is None  # the case header: no bundle
        # the college mandates "bijzondere bijstand verlenen" to three holders; the map
        # draws "Bijzondere bijstand verlenen (3 mandaten)" once
        controller.set_selection(["m5"])
        listing = dock.bundle_list
        assert listing is not None
        assert listing.member_ids() == ["m1", "m5", "m7"]
        texts = [listing.item(k).text() for k in range(listing.count())]
        case = controller.case
        ids = ("secretaris", "manager_wi", "kredietbank")
        holders = [a.name for h in ids if (a := case.actors.get(h)) is not None]
        assert len(holders) == 3
        assert texts == [f"→ {name}" for name in holders]
        assert listing.accessibleName().endswith("(3 mandaten), aan:")
        assert listing.item(1).font().bold()  # the one selected
        rect = listing.visualItemRect(listing.item(2))
        QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: controller.selection == ("m7",))
        assert dock.bundle_list is not None
        assert dock.bundle_list.item(2).font().bold()
    finally:
        set_language("en", persist=False)


def test_ties_between_one_pair_are_listed_and_a_lone_tie_has_no_list(qtbot: QtBot) -> None:
    controller, dock = _dock(qtbot)
    controller.set_selection(["r10"])  # college and secretary: four relationships, a mandate
    listing = dock.bundle_list
    assert listing is not None
    assert listing.member_ids() == ["r1", "r10", "r27", "r28", "m1"]
    assert listing.accessibleName().startswith("5 ties between ")
    lone = next(
        r.id
        for r in controller.case.relationships
        if sum({x.source, x.target} == {r.source, r.target} for x in controller.case.relationships)
        == 1
        and not any({m.grantor, m.holder} == {r.source, r.target} for m in controller.case.mandates)
    )
    controller.set_selection([lone])
    assert dock.bundle_list is None
    controller.set_selection(["secretaris"])  # an actor: no bundle
    assert dock.bundle_list is None
