"""File › Open casebook… (issue 16): the folder is read on the background job runner, the
dialog lists each recurring cause with its cases, and opening a case opens that map with the
cause selected in the Findings panel."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from exports.casebook import INDEX_NAME
from models import fileformat
from tests.mapper.test_casebook import _chain
from ui.dialogs.casebook_dialog import CASE_ROLE, CasebookDialog
from ui.docks.findings import CAUSE_ROLE, FINDING_ROLE, FindingsDock
from ui.window.main_window import MainWindow


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "casussen"
    root.mkdir()
    for n in (1, 3, 4):
        fileformat.save(_chain(n, f"Keten van {n}"), root / f"keten{n}.kvmap", backup=False)
    (root / "stuk.kvmap").write_text("{", encoding="utf-8")
    return root


def _dialog(qtbot: QtBot, window: MainWindow, root: Path) -> CasebookDialog:
    dialog = window.files.open_casebook(str(root))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.run_ is not None, timeout=60_000)
    return dialog


def test_the_menu_action_and_the_recurring_causes_with_their_cases(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    action = window.actions_["file_open_casebook"]
    assert action.text().replace("&", "") in ("Open casebook…", "Casusboek openen…")
    root = _folder(tmp_path)
    dialog = _dialog(qtbot, window, root)
    assert not dialog.progress.isVisible()
    tree = dialog.tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    texts = [t.text(0) for t in tops if t is not None]
    # "member of the executive", not "administrator" (a civil servant in English: jur19d)
    said = "In 3 of the 3 cases: no member of the executive behind the intent may deviate"
    assert said in texts[0]
    first = tops[0]
    assert first is not None
    children = [first.child(i) for i in range(first.childCount())]
    cases = [c.data(0, CASE_ROLE) for c in children if c is not None]
    assert [Path(p).name for p, _ in cases] == ["keten1.kvmap", "keten3.kvmap", "keten4.kvmap"]
    assert {cause for _, cause in cases} == {"power:afw"}
    left = tops[-1]
    assert left is not None
    assert left.text(0) == "Files left out (1)"
    assert (root / INDEX_NAME).is_file()


def test_opening_a_case_opens_the_map_on_the_cause(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, _folder(tmp_path))
    first = dialog.tree.topLevelItem(0)
    assert first is not None
    item = first.child(1)
    assert item is not None
    dialog.tree.setCurrentItem(item)
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert window.controller.path is not None
    assert Path(window.controller.path).name == "keten3.kvmap"
    findings = window.findChild(FindingsDock, "findings_dock")
    assert findings is not None

    def selected() -> bool:
        index = findings.view.currentIndex()
        cause = index.data(CAUSE_ROLE)
        finding = index.data(FINDING_ROLE)
        own = cause.id if cause is not None else getattr(finding, "cause", "")
        return own == "power:afw"

    qtbot.waitUntil(selected, timeout=30_000)
    assert window.controller.selection  # the cause's actors are highlighted on the map


def test_a_file_with_several_problems_is_one_row_with_a_child_per_problem(qtbot: QtBot) -> None:
    """Hostile review 5, C2: a file's several problems were one tree row of several lines."""
    from ui.dialogs.casebook_dialog import left_out_item

    item = left_out_item(
        "file 3:\n  actors[16].influence: expected …\n  relationships[0].source: …"
    )
    assert item.text(0) == "file 3"
    children = [item.child(i) for i in range(item.childCount())]
    assert [c.text(0) for c in children if c is not None] == [
        "actors[16].influence: expected …",
        "relationships[0].source: …",
    ]
    one = left_out_item("file 1: the file is empty (0 bytes): it holds no map")
    assert (one.text(0), one.childCount()) == (
        "file 1: the file is empty (0 bytes): it holds no map",
        0,
    )


def test_the_folder_chooser_lists_the_maps_in_a_folder(qtbot: QtBot, tmp_path: Path) -> None:
    """New user, sixth round, 7: Qt's folder chooser showed folders only, so the user could not
    see which maps a folder holds; the chooser lists the .kvmap files (not other files)."""
    from PySide6.QtWidgets import QListView

    from ui.dialogs.casebook_folder import casebook_folder_dialog

    root = _folder(tmp_path)
    (root / "notities.txt").write_text("x", encoding="utf-8")
    dialog = casebook_folder_dialog(None, str(root))
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QListView, "listView")
    assert view is not None

    def names() -> set[str]:
        model, top = view.model(), view.rootIndex()
        return {str(model.index(i, 0, top).data()) for i in range(model.rowCount(top))}

    qtbot.waitUntil(lambda: len(names()) >= 4, timeout=10_000)
    assert names() == {"keten1.kvmap", "keten3.kvmap", "keten4.kvmap", "stuk.kvmap"}
