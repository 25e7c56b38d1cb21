"""Import, export, compare and what-if through the main window's actions (real widgets)."""

from __future__ import annotations

import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from exports.csv_io import csv_paths
from exports.errors import ExportFileError, problem
from exports.formats import import_file
from exports.kumu import write_kumu
from exports.register_read import read_register
from exports.register_status import is_public_power
from exports.register_write import write_register_xlsx
from mapper.whatif import what_if
from models.example import example_case
from models.fileformat import case_to_dict, save
from tests.ui.conftest import small_case
from ui.dialogs.compare_dialog import CompareDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.whatif_dialog import WhatIfDialog
from ui.document.controller import DocumentController
from ui.exchange.window_exchange import EXPORTS, ExchangeHandler, install
from ui.i18n import set_language
from ui.window.main_window import MainWindow

Answer = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(DocumentController(small_case()), settings=settings, safety=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.files.ask_save_changes = lambda: Answer.Discard  # type: ignore[method-assign]
    yield win
    handler(win).wait()
    runner = win.analysis_runner()
    if runner is not None:
        runner.wait()
    win.layouts.wait()


def handler(win: MainWindow) -> ExchangeHandler:
    existing = getattr(win, "exchange", None)
    return existing if isinstance(existing, ExchangeHandler) else install(win)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown (title, text) instead of blocking."""
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(Answer.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def answer_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> list[str]:
    """Make QFileDialog.<method> return ``path``; returns the filters it was offered."""
    offered: list[str] = []

    def fake(*args: Any, **_kw: Any) -> tuple[str, str]:
        offered.append(str(args[3]) if len(args) > 3 else "")
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, staticmethod(fake))
    return offered


def accept_preview(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[ImportDialog]:
    """The import preview waits for its reader, then the user presses Import."""
    seen: list[ImportDialog] = []

    def fake_exec(dialog: ImportDialog) -> QDialog.DialogCode:
        qtbot.waitUntil(lambda: not dialog.is_loading, timeout=20_000)
        seen.append(dialog)
        return QDialog.DialogCode.Accepted if dialog.case else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    return seen


# ---------------------------------------------------------------------- menus
def test_actions_sit_in_the_file_and_analysis_menus(window: MainWindow) -> None:
    h = handler(window)
    file_actions = window.menus["file"].actions()
    assert h["file_import"] in file_actions
    assert file_actions.index(h["file_import"]) == (
        file_actions.index(window.actions_["file_open_example"]) + 1
    )
    export = window.menus["export"]
    assert export.menuAction() in file_actions
    assert window.actions_["file_export_image"] not in file_actions
    names = [a.objectName() for a in export.actions() if not a.isSeparator()]
    assert names == [f"export_{k.key}" for k in EXPORTS] + ["file_export_image"]
    analysis = window.menus["analysis"].actions()
    assert h["analysis_compare"] in analysis
    assert h["analysis_whatif"] in analysis
    assert window.actions_["file_import"] is h["file_import"]


# ---------------------------------------------------------------------- import
def test_import_kumu_through_the_menu_opens_a_new_unsaved_document(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "kumu.xlsx"
    write_kumu(example_case(), source, "nl")
    window.controller.set_field("a1", "name", "Burgemeester")  # dirty: the prompt comes first
    offered = answer_file(monkeypatch, "getOpenFileName", source)
    previews = accept_preview(monkeypatch, qtbot)
    asked: list[int] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(1)
        return Answer.Cancel

    window.files.ask_save_changes = cancel  # type: ignore[method-assign]
    handler(window)["file_import"].trigger()
    assert asked == [1]
    assert not previews
    assert window.controller.case.actors.get("a1").name == "Burgemeester"  # type: ignore[union-attr]

    window.files.ask_save_changes = lambda: Answer.Discard  # type: ignore[method-assign]
    handler(window)["file_import"].trigger()
    assert len(previews) == 1
    assert "*.xlsx" in offered[-1]
    case = window.controller.case
    expected = sorted(a.name for a in example_case().actors)
    assert sorted(a.name for a in case.actors) == expected
    assert len(case.relationships) == len(example_case().relationships)
    assert window.controller.path is None
    assert window.controller.dirty
    assert window.isWindowModified()
    assert window.scene.model_ids() >= set(case.actors.ids())
    assert "kumu.xlsx" in window.statusBar().currentMessage()


def test_import_cancelled_in_the_preview_changes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "broken.gexf"
    source.write_text("<gexf><graph>", encoding="utf-8")
    answer_file(monkeypatch, "getOpenFileName", source)
    previews = accept_preview(monkeypatch, qtbot)
    before = case_to_dict(window.controller.case)
    handler(window)["file_import"].trigger()
    assert len(previews) == 1
    assert previews[0].case is None
    assert case_to_dict(window.controller.case) == before


# ---------------------------------------------------------------------- export
def _reopen(key: str, path: Path) -> set[str]:
    """Actor names read back from ``path`` by the reader the target program uses."""
    if key in ("xlsx", "kumu", "graphml", "gexf"):
        names = {a.name for a in import_file(path).case.actors}
        if key == "graphml":
            graph = nx.read_graphml(path)
            assert graph.number_of_nodes() == len(names)
        if key == "gexf":
            graph = nx.read_gexf(path)
            assert graph.number_of_nodes() == len(names)
        if key == "xlsx":
            wb = openpyxl.load_workbook(path)
            assert any(ws._images for ws in wb.worksheets)  # the map, drawn from the scene
        return names
    if key == "docx":
        import docx

        doc = docx.Document(str(path))
        assert doc.inline_shapes  # the map, drawn from the scene
        actors = next(t for t in doc.tables if t.rows[0].cells[0].text in ("Naam", "Name"))
        return {row.cells[0].text for row in actors.rows[1:]}
    if key == "pptx":
        import pptx
        from pptx.enum.shapes import MSO_SHAPE_TYPE

        deck = pptx.Presentation(str(path))
        pictures = [s for s in deck.slides[2].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert pictures  # the map slide
        return {a.name for a in small_case().actors}  # the names are in the picture
    if key == "register_xlsx":  # the register reads back: the mandates' grantors and holders
        back = read_register(path).case
        assert len(back.mandates) == len(small_case().mandates)
        return {a.name for a in back.actors} | {"Inwoner"}  # the citizen holds no mandate
    if key == "register_docx":
        import docx

        tables = docx.Document(str(path)).tables
        return {row.cells[1].text for t in tables for row in t.rows} | {"Inwoner"}
    if key == "csv":
        nodes, edges = csv_paths(path)
        assert nodes.is_file()
        assert edges.is_file()
        return {a.name for a in import_file(nodes).case.actors}
    # Graphviz itself parses the file; its plain output lists every node with its label
    done = subprocess.run(["dot", "-Tplain", str(path)], capture_output=True, check=True)
    text = done.stdout.decode("utf-8")
    return {name for name in (a.name for a in small_case().actors) if name in text}


@pytest.mark.parametrize("kind", EXPORTS, ids=[k.key for k in EXPORTS])
def test_export_through_the_menu_writes_a_file_its_reader_opens(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: Any,
    boxes: list[tuple[str, str]],
) -> None:
    out = tmp_path / f"out{kind.suffix}"
    offered = answer_file(monkeypatch, "getSaveFileName", out)
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        h[f"export_{kind.key}"].trigger()
        assert h.busy_bar.isVisible() or h.busy == 0
    assert blocker.args == [True], boxes
    assert not h.busy_bar.isVisible()
    assert kind.suffix.lstrip(".") in offered[0]
    assert "out" in window.statusBar().currentMessage()
    names = _reopen(kind.key, out)
    assert {a.name for a in small_case().actors} <= names
    assert not boxes


def test_export_picture_stays_in_the_export_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "kaart.png"
    answer_file(monkeypatch, "getSaveFileName", out)
    handler(window)
    window.actions_["file_export_image"].trigger()
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() > 100


def test_report_says_when_the_screen_picture_failed(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The report still gets a map (drawn without the scene), and the user and the log hear why."""
    import exports.picture

    real = exports.picture.map_png

    def scene_fails(case: Any, lang: Any = "nl", *, scene: Any = None) -> bytes | None:
        if scene is not None:
            raise ExportFileError([problem("write_failed", reason="no GPU")], "scene")
        return real(case, lang)

    monkeypatch.setattr(exports.picture, "map_png", scene_fails)
    out = tmp_path / "rapport.xlsx"
    answer_file(monkeypatch, "getSaveFileName", out)
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        h["export_xlsx"].trigger()
    assert blocker.args == [True], boxes
    assert "no GPU" in h.export_note
    assert h.export_note in window.statusBar().currentMessage()
    assert any("map picture" in r.getMessage() for r in caplog.records)
    assert out.stat().st_size > 0
    good = tmp_path / "good.xlsx"
    answer_file(monkeypatch, "getSaveFileName", good)
    monkeypatch.setattr(exports.picture, "map_png", real)
    with qtbot.waitSignal(h.export_done, timeout=60_000):
        h["export_xlsx"].trigger()
    assert h.export_note == ""


def test_export_failure_names_the_file_and_the_problem(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    out = tmp_path / "missing-folder" / "deep" / "out.graphml"
    (tmp_path / "missing-folder").write_text("a file, not a folder", encoding="utf-8")
    answer_file(monkeypatch, "getSaveFileName", out)
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=30_000) as blocker:
        h["export_graphml"].trigger()
    assert blocker.args == [False]
    assert len(boxes) == 1
    _title, text = boxes[0]
    assert str(out) in text
    assert "out.graphml" in window.statusBar().currentMessage()


# ---------------------------------------------------------------------- compare
def _click(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_compare_lists_a_renamed_actor_and_a_removed_mandate_and_clicking_selects(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    set_language("en", persist=False)  # the English texts below, with their real plurals
    other = tmp_path / "vorige.kvmap"
    save(small_case(), other)
    ctl = window.controller
    ctl.set_field("a1", "name", "Burgemeester")
    ctl.remove(["m2"])
    answer_file(monkeypatch, "getOpenFileName", other)
    h = handler(window)
    with qtbot.waitSignal(h.compare_done, timeout=30_000) as blocker:
        h["analysis_compare"].trigger()
    assert blocker.args == [True], boxes
    dialog = h.dialog
    assert isinstance(dialog, CompareDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert ("Burgemeester", "changed: 1 field") in dialog.entries("actors")
    renamed = dialog.entry("actors", "a1")
    assert renamed is not None
    field = renamed.child(0)
    assert field is not None
    assert (field.text(0), field.text(1)) == ("Name", "Wethouder → Burgemeester")
    removed = dialog.entry("mandates", "m2")
    assert removed is not None
    assert removed.text(1) == "removed"
    assert "Manager Zorg → Consulent" in removed.text(0)
    assert "vorige.kvmap" in dialog.summary.text()
    _click(qtbot, dialog.tree, renamed)
    assert ctl.selection == ("a1",)
    assert list(window.scene.selected_ids()) == ["a1"]  # selected on the canvas too
    _click(qtbot, dialog.tree, removed)  # not in the open case: the selection stays
    assert ctl.selection == ("a1",)
    dialog.grab().save(str(tmp_path / "compare.png"))
    ctl.remove(["a1"])  # the open case moves on: the entry no longer selects anything
    ctl.set_selection([])
    _click(qtbot, dialog.tree, renamed)
    assert not ctl.selection


def test_compare_with_a_broken_file_says_which_and_why(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    other = tmp_path / "kapot.kvmap"
    other.write_text("{not json", encoding="utf-8")
    answer_file(monkeypatch, "getOpenFileName", other)
    h = handler(window)
    with qtbot.waitSignal(h.compare_done, timeout=30_000) as blocker:
        h["analysis_compare"].trigger()
    assert blocker.args == [False]
    assert len(boxes) == 1
    assert "kapot.kvmap" in boxes[0][1]
    assert "Traceback" not in boxes[0][1]


# ---------------------------------------------------------------------- what if
def test_what_if_the_intent_owner_leaves(window: MainWindow, qtbot: QtBot) -> None:
    ctl = window.controller
    owner = ctl.case.info.intent_owner
    assert owner == "a1"
    expected = what_if(small_case(), ["a1"])
    # a1 grants m1 and holds no power by law: that chain finding must go when a1 leaves
    assert "MANDATE_NO_LEGAL_ROOT" in {f.code for f in expected.disappeared}
    h = handler(window)
    ctl.set_selection([])
    assert not h["analysis_whatif"].isEnabled()
    ctl.set_selection(["a1"])
    assert h["analysis_whatif"].isEnabled()
    before, steps = case_to_dict(ctl.case), ctl.undo_stack.count()
    with qtbot.waitSignal(h.whatif_done, timeout=30_000) as blocker:
        h["analysis_whatif"].trigger()
    assert blocker.args == [True]
    dialog = h.dialog
    assert isinstance(dialog, WhatIfDialog)
    qtbot.addWidget(dialog)
    assert sorted(dialog.codes("disappeared")) == sorted(f.code for f in expected.disappeared)
    assert sorted(dialog.codes("appeared")) == sorted(f.code for f in expected.appeared)
    assert "INTENT_NO_OWNER" in dialog.codes("appeared")
    titles = dialog.titles("disappeared")
    assert len(titles) == len(expected.disappeared)
    assert "Wethouder" in dialog.summary.text()
    assert case_to_dict(ctl.case) == before
    assert ctl.undo_stack.count() == steps
    # clicking a finding that disappears selects what it names
    group = dialog.groups["disappeared"]
    item = group.child(0)
    assert item is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    _click(qtbot, dialog.tree, item)
    shown = next(f for f in expected.disappeared if f.title("en") == item.text(0))
    assert ctl.selection
    assert set(ctl.selection) == {i for i in shown.ids() if i in window.scene.model_ids()} | (
        {i for i in shown.ids() if ctl.case.needs.get(i) is not None}
    )


# ---------------------------------------------------------------------- language
def test_dutch_texts_and_a_dutch_report_follow_the_ui_language(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exports.excel_columns import sheet_title

    h = handler(window)
    window.actions_["lang_nl"].trigger()
    try:
        assert h["file_import"].text() == "&Importeren…"
        assert window.menus["export"].title() == "E&xporteren"
        assert h["analysis_whatif"].text() == "&Wat als…"
        out = tmp_path / "rapport.xlsx"
        answer_file(monkeypatch, "getSaveFileName", out)
        with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
            h["export_xlsx"].trigger()
        assert blocker.args == [True]
        assert "geëxporteerd" in window.statusBar().currentMessage()
        wb = openpyxl.load_workbook(out)
        assert wb.sheetnames[0] == sheet_title("overview", "nl")
    finally:
        window.actions_["lang_en"].trigger()
    assert h["file_import"].text() == "&Import…"
    assert window.menus["export"].title() == "E&xport"


def test_dropping_a_graphml_file_imports_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exports.graphml import write_graphml

    source = tmp_path / "gesleept.graphml"
    dropped = example_case()
    write_graphml(dropped, source, "nl")
    previews = accept_preview(monkeypatch, qtbot)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert len(previews) == 1
    assert sorted(a.name for a in window.controller.case.actors) == sorted(
        a.name for a in dropped.actors
    )
    assert window.controller.path is None
    assert window.controller.dirty


def test_import_register_adds_to_the_open_map_as_one_undo_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "register.xlsx"
    other = example_case()
    write_register_xlsx(other, source, "nl")
    offered = answer_file(monkeypatch, "getOpenFileName", source)
    previews = accept_preview(monkeypatch, qtbot)
    controller = window.controller
    before = case_to_dict(controller.case)
    handler(window)["file_import_register"].trigger()
    assert len(previews) == 1
    assert "*.csv" in offered[0]
    case = controller.case
    small = small_case()
    added = (
        len(case.mandates) - len(small.mandates),
        len(case.powers) - len(small.powers),
        len(case.actors) - len(small.actors),
    )
    assert all(n > 1 for n in added)
    summary = "Adds {} mandates, {} powers and {} actors ".format(*added)
    assert previews[0].summary.text().startswith(summary)
    public = {p.id for p in other.powers if is_public_power(other, p)}  # the register's
    assert added[0] == sum(m.power in public for m in other.mandates)
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.text(0) == "Import mandate register register.xlsx"
    assert "register.xlsx: " in window.statusBar().currentMessage()
    assert window.scene.model_ids() >= set(case.actors.ids())
    controller.undo_stack.undo()
    assert case_to_dict(controller.case) == before


def test_import_register_with_errors_shows_them_and_changes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "register.csv"
    source.write_text(
        "Bevoegdheid;Mandaatgever;Gemandateerde;Maximumbedrag\n"
        "Bijzondere bijstand;Wethouder;Consulent;veel\n"
        ";Wethouder;Consulent;\n",
        encoding="utf-8",
    )
    answer_file(monkeypatch, "getOpenFileName", source)
    previews = accept_preview(monkeypatch, qtbot)
    before = case_to_dict(window.controller.case)
    handler(window)["file_import_register"].trigger()
    dialog = previews[0]
    assert dialog.case is None
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any('row 2, column "Maximumbedrag"' in t and '"veel"' in t for t in texts)
    assert any('row 3, column "Bevoegdheid"' in t for t in texts)
    assert "Nothing has changed" in dialog.summary.text()
    assert case_to_dict(window.controller.case) == before
    assert window.controller.undo_stack.count() == 0
