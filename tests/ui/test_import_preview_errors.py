"""The import preview keeps Import off when the file has errors (hostile review, third round
leftover): the real dialogs, offscreen, on files with row errors, a missing file of a CSV
set and a register with a conflict; the problems are listed with their place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from exports.csv_io import csv_paths, whole_path, write_csv
from models.enums import EntityKind
from models.example import example_case
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.register_dialog import RegisterImportDialog


def _loaded(qtbot: QtBot, dialog: ImportDialog) -> ImportDialog:
    qtbot.addWidget(dialog)
    if dialog.is_loading:
        with qtbot.waitSignal(dialog.loaded, timeout=30_000):
            pass
    return dialog


def _import_on(dialog: ImportDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def _items(dialog: ImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_a_row_error_keeps_import_off(qtbot: QtBot, tmp_path: Path) -> None:
    write_csv(example_case(), tmp_path / "e.csv")
    nodes = csv_paths(tmp_path / "e.csv")[0]
    lines = nodes.read_text("utf-8-sig").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("influence")] = "veel"
    lines[1] = ",".join(cells)
    nodes.write_text("\n".join(lines) + "\n", "utf-8-sig")
    dialog = _loaded(qtbot, ImportDialog(nodes, "nl"))
    assert dialog.case is None
    assert not _import_on(dialog)
    assert any('bestand "e-nodes.csv", rij 2, kolom "influence"' in t for t in _items(dialog))


def test_a_missing_file_of_the_set_keeps_import_off(qtbot: QtBot, tmp_path: Path) -> None:
    write_csv(example_case(), tmp_path / "e.csv")
    nodes = csv_paths(tmp_path / "e.csv")[0]
    whole_path(nodes, EntityKind.AGREEMENT).unlink()
    dialog = _loaded(qtbot, ImportDialog(nodes, "en"))
    assert not _import_on(dialog)
    assert any("e-agreements.csv is missing beside e-nodes.csv" in t for t in _items(dialog))


def test_a_good_file_turns_import_on(qtbot: QtBot, tmp_path: Path) -> None:
    # the same dialog on the whole set: so the tests above fail on the error, not the dialog
    write_csv(example_case(), tmp_path / "e.csv")
    dialog = _loaded(qtbot, ImportDialog(csv_paths(tmp_path / "e.csv")[0], "en"))
    assert dialog.case is not None
    assert _import_on(dialog)


def test_a_register_conflict_keeps_import_off(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "Bevoegdheid,Mandaatgever,Gemandateerde,Maximumbedrag\n"
        "P1,College van B&W,Teamleider,100\nP1,College van B&W,Teamleider,999\n",
        "utf-8",
    )
    case = example_case()
    dialog = RegisterImportDialog(path, case, "en")
    _loaded(qtbot, dialog)
    assert not _import_on(dialog)
    assert dialog.added() == ()
    assert any('row 3, column "Maximumbedrag"' in t for t in _items(dialog))
    assert len(case.mandates) == len(example_case().mandates)  # the map is untouched


def test_the_preview_counts_with_real_plurals(qtbot: QtBot, tmp_path: Path) -> None:
    """New user, fourth round 7: "1 mandate", not "1 mandates"; in Dutch too."""
    case = example_case()
    for m in list(case.mandates)[1:]:
        case.remove(EntityKind.MANDATE, m.id)
    write_csv(case, tmp_path / "e.csv")
    n = len(case.actors)
    en = _loaded(qtbot, ImportDialog(csv_paths(tmp_path / "e.csv")[0], "en"))
    assert f"{n} actors, " in en.summary.text()
    assert ", 1 mandate, " in en.summary.text()
    nl = _loaded(qtbot, ImportDialog(csv_paths(tmp_path / "e.csv")[0], "nl"))
    assert ", 1 mandaat, " in nl.summary.text()
    assert f"{n} actoren, " in nl.summary.text()


def test_the_register_summary_counts_in_the_map_language(qtbot: QtBot, tmp_path: Path) -> None:
    """Hostile review, fourth round H10: "Adds 1,200 mandates", "1.200 mandaten", not
    "1200"."""
    path = tmp_path / "r.csv"
    rows = "".join(f"P{i},College van B&W,Teamleider Wijkteam Noord,100\n" for i in range(1200))
    path.write_text("Bevoegdheid,Mandaatgever,Gemandateerde,Maximumbedrag\n" + rows, "utf-8")
    en = _loaded(qtbot, RegisterImportDialog(path, example_case(), "en"))
    assert "1,200 mandates" in en.summary.text()
    nl = _loaded(qtbot, RegisterImportDialog(path, example_case(), "nl"))
    # the words come from the GUI's translator (not installed here); the number follows the map
    assert "1.200 " in nl.summary.text()
    assert "1200" not in nl.summary.text()
