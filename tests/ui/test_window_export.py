"""Export through the main window's actions (real widgets): every kind writes a file its reader
opens, failures name the file, and the report follows the UI language."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import openpyxl
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from exports.csv_io import csv_paths
from exports.errors import ExportFileError, problem
from exports.formats import import_file
from exports.register_read import read_register
from tests.ui.conftest import small_case
from tests.ui.exchange_support import answer_file, handler
from ui.exchange.window_exchange import EXPORTS
from ui.window.action_record import ActionName, Group
from ui.window.main_window import MainWindow


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
    if key == "kvmap_anonymised":  # the map itself: a resident already named by a role word
        from models import fileformat  # keeps that name (rev-jurist15 J20, 05253e1)

        names = {a.name for a in fileformat.load(path).actors}
        assert "Inwoner" in names
        return names
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
    h["export_anonymised"].setChecked(False)  # the names read back as on the map
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        window.actions_.action_for(Group.EXPORT, kind).trigger()
        assert h.busy_bar.isVisible() or h.busy == 0
    assert blocker.args == [True], boxes
    assert not h.busy_bar.isVisible()
    assert kind.suffix.lstrip(".") in offered[0]
    assert "out" in window.statusBar().currentMessage()
    assert window.messages.waiting  # kept until the user is back (rev-user16 U6)
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
    # the note names the document and leaves the failure's own text to the log (rev-dutch21 D2)
    assert "the Excel report has a simpler drawing" in h.export_note
    assert "no GPU" not in h.export_note
    assert h.export_note in window.statusBar().currentMessage()
    assert any("map picture" in r.getMessage() for r in caplog.records)
    assert any("no GPU" in (r.exc_text or "") for r in caplog.records)
    assert out.stat().st_size > 0
    good = tmp_path / "good.xlsx"
    answer_file(monkeypatch, "getSaveFileName", good)
    monkeypatch.setattr(exports.picture, "map_png", real)
    with qtbot.waitSignal(h.export_done, timeout=60_000):
        h["export_xlsx"].trigger()
    assert h.export_note == ""


@pytest.mark.parametrize(
    ("key", "document"),
    [("export_docx", "the advice note has"), ("export_pptx", "the presentation has")],
)
def test_note_and_deck_name_themselves_when_the_screen_picture_failed(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
    key: ActionName,
    document: str,
) -> None:
    """rev-dutch21 D2: the note said "the report" for a nota or a deck, with Qt's text in it."""

    def painter_fails() -> Any:  # as the view's context manager fails when entered
        raise RuntimeError("QPainter::begin: Paint device returned engine == 0")

    monkeypatch.setattr(window.view, "at_own_size", painter_fails)
    out = tmp_path / f"stuk.{key[-4:]}"
    answer_file(monkeypatch, "getSaveFileName", out)
    h = handler(window)
    h["export_anonymised"].setChecked(False)
    with qtbot.waitSignal(h.export_done, timeout=120_000) as blocker:
        h[key].trigger()
    assert blocker.args == [True], boxes
    assert document in h.export_note
    assert "report" not in h.export_note
    assert "QPainter" not in h.export_note
    assert out.stat().st_size > 0


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


def test_export_of_a_map_with_history_says_it_is_not_carried(
    window: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile review N2: no exchange format carries snapshots or history; the app says so."""
    from datetime import UTC, datetime

    from models.timeline import HistoryEntry

    window.controller.case.timeline.record(HistoryEntry(datetime(2026, 2, 1, tzinfo=UTC), "a"))
    answer_file(monkeypatch, "getSaveFileName", tmp_path / "k.graphml")
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        h["export_graphml"].trigger()
    assert blocker.args == [True]
    assert "Snapshots and history are not carried" in h.export_note
