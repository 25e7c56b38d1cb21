"""The main window on real widgets: files, dirty flag, prompts, drops, layouts, clipboard."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from models import Position, Practice
from models.fileformat import case_to_dict, save
from tests.ui.conftest import small_case
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow

Answer = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(DocumentController(small_case()), settings=settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    errors: list[tuple[str, str]] = []
    win.show_error = lambda title, text: errors.append((title, text))  # type: ignore[method-assign]
    win.errors = errors  # type: ignore[attr-defined]
    # pytest-qt closes the window before this fixture's teardown: never ask then
    win.files.ask_save_changes = lambda: Answer.Discard  # type: ignore[method-assign]
    yield win
    runner = win.analysis_runner()
    if runner is not None:
        runner.wait()
    win.layouts.wait()


def test_title_shows_name_and_dirty_flag(window: MainWindow) -> None:
    assert window.windowTitle().startswith("Testcasus[*]")
    assert not window.isWindowModified()
    window.controller.set_field("a1", "name", "Burgemeester")
    assert window.isWindowModified()
    window.controller.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_open_round_trip_through_the_gui(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "kaart.kvmap"
    window.controller.set_field("a3", "name", "Sanne")
    window.files.ask_save_path = lambda: str(path)  # type: ignore[method-assign]
    window.actions_["file_save"].trigger()
    assert path.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("kaart.kvmap")
    saved = case_to_dict(window.controller.case)
    window.actions_["file_new"].trigger()
    assert len(window.controller.case.actors) == 0
    assert window.scene.model_ids() == set()
    window.files.ask_open_path = lambda: str(path)  # type: ignore[method-assign]
    window.actions_["file_open"].trigger()
    assert case_to_dict(window.controller.case) == saved
    assert window.scene.model_ids() == {*saved_ids(saved)}
    assert window.files.recent_files()[0] == str(path.resolve())


def saved_ids(doc: dict[str, list[dict[str, str]]]) -> list[str]:
    return [item["id"] for key in ("actors", "relationships", "mandates") for item in doc[key]]


@pytest.mark.parametrize(
    ("answer", "replaced", "saved"),
    [(Answer.Cancel, False, False), (Answer.Discard, True, False), (Answer.Save, True, True)],
)
def test_unsaved_changes_prompt_on_new(
    window: MainWindow, tmp_path: Path, answer: Answer, replaced: bool, saved: bool
) -> None:
    path = tmp_path / "opgeslagen.kvmap"
    window.controller.set_field("a1", "name", "Gewijzigd")
    asked: list[bool] = []

    def ask() -> Answer:
        asked.append(True)
        return answer

    window.files.ask_save_changes = ask  # type: ignore[method-assign]
    window.files.ask_save_path = lambda: str(path)  # type: ignore[method-assign]
    window.actions_["file_new"].trigger()
    assert asked == [True]
    assert (len(window.controller.case.actors) == 0) is replaced
    assert path.is_file() is saved


def test_unsaved_changes_prompt_on_open_and_close(window: MainWindow, tmp_path: Path) -> None:
    window.controller.set_field("a1", "name", "Gewijzigd")
    window.files.ask_save_changes = lambda: Answer.Cancel  # type: ignore[method-assign]
    opened: list[bool] = []

    def ask_open() -> None:
        opened.append(True)

    window.files.ask_open_path = ask_open  # type: ignore[method-assign]
    window.actions_["file_open"].trigger()
    assert opened == []  # cancelled before the file dialog
    assert not window.close()
    assert window.isVisible()
    window.files.ask_save_changes = lambda: Answer.Discard  # type: ignore[method-assign]
    assert window.close()


def test_drop_a_file_opens_it(window: MainWindow, tmp_path: Path) -> None:
    empty = QMimeData()
    empty.setText("geen bestand")
    assert window.files.dropped_path(empty) is None
    path = tmp_path / "gesleept.kvmap"
    other = small_case()
    other.set_case_field("title", "Gesleept")
    save(other, path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
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
    assert window.controller.case.info.title == "Gesleept"
    assert window.controller.path == str(path)


def test_bad_file_shows_located_error(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "kapot.kvmap"
    path.write_text('{"format": "kvmap", "version": 1, "actors": 5}', encoding="utf-8")
    assert not window.files.open_path(path, ask=False)
    errors = window.errors  # type: ignore[attr-defined]
    assert len(errors) == 1
    assert "kapot.kvmap" in errors[0][1]
    assert window.controller.case.info.title == "Testcasus"


def test_layout_is_one_undo_step_off_the_gui_thread(window: MainWindow, qtbot: QtBot) -> None:
    before = {a.id: a.position for a in window.controller.case.actors}
    with qtbot.waitSignal(window.layouts.finished, timeout=20_000) as blocker:
        window.actions_["layout_circle"].trigger()
    assert blocker.args == [True]
    after = {a.id: a.position for a in window.controller.case.actors}
    assert after != before
    assert window.controller.undo_stack.count() == 1
    for actor_id, pos in after.items():
        assert pos is not None
        assert window.scene.actor_items[actor_id].pos() == QPointF(pos.x, pos.y)
    window.controller.undo_stack.undo()
    assert {a.id: a.position for a in window.controller.case.actors} == before


def test_layout_cancel_applies_nothing(window: MainWindow, qtbot: QtBot) -> None:
    import threading

    gate = threading.Event()

    def slow_layout(case: object, method: str, **kwargs: object) -> dict[str, Position]:
        cancel = kwargs["cancel"]
        assert callable(cancel)
        gate.wait(5)
        if cancel():
            raise RuntimeError("cancelled")
        return {"a1": Position(999, 999)}

    window.layouts._function = slow_layout
    with qtbot.waitSignal(window.layouts.finished, timeout=10_000) as blocker:
        window.run_layout("force")
        assert window.progress.isVisible()
        window.actions_["layout_cancel"].trigger()
        gate.set()
    assert blocker.args == [False]
    assert window.controller.undo_stack.count() == 0
    assert not window.progress.isVisible()


def test_copy_paste_and_duplicate_are_one_step_each(window: MainWindow) -> None:
    ctl = window.controller
    ctl.set_selection(["a1", "a2"])
    window.actions_["edit_copy"].trigger()
    window.actions_["edit_paste"].trigger()
    assert len(ctl.case.actors) == 6
    assert ctl.undo_stack.count() == 1
    pasted = ctl.case.actors[4]
    assert pasted.name == "Wethouder"
    assert pasted.position == Position(40, 40)
    new_rels = [r for r in ctl.case.relationships if r.source == pasted.id]
    assert len(new_rels) == 1  # r1 a1 -> a2 came along, with fresh ids
    assert len(ctl.case.mandates) == 3
    assert set(ctl.selection) >= {ctl.case.actors[4].id, ctl.case.actors[5].id}
    window.actions_["edit_duplicate"].trigger()
    assert len(ctl.case.actors) == 8
    ctl.undo_stack.undo()
    ctl.undo_stack.undo()
    assert ctl.case.actors.ids() == ["a1", "a2", "a3", "a4"]
    assert window.scene.model_ids() == {
        *ctl.case.actors.ids(),
        *ctl.case.relationships.ids(),
        *ctl.case.mandates.ids(),
    }


def test_cut_and_delete_restore_order(window: MainWindow) -> None:
    ctl = window.controller
    before = ctl.case.actors.ids(), ctl.case.relationships.ids(), ctl.case.mandates.ids()
    ctl.set_selection(["a2", "a4"])
    window.actions_["edit_cut"].trigger()
    assert ctl.case.actors.ids() == ["a1", "a3"]
    ctl.undo_stack.undo()
    assert (ctl.case.actors.ids(), ctl.case.relationships.ids(), ctl.case.mandates.ids()) == before


def test_paste_of_garbage_says_so(window: MainWindow) -> None:
    QApplication.clipboard().setText("geen kaart")
    window.actions_["edit_paste"].trigger()
    assert window.controller.undo_stack.count() == 0


def test_practice_box_and_view_switch(window: MainWindow) -> None:
    window.practice_box.setCurrentIndex(2)
    assert window.controller.practice is Practice.MAATWERK
    window.controller.set_practice(None)
    assert window.practice_box.currentIndex() == 0
    window.actions_["view_grid"].trigger()
    modes = [window.scene.view_mode]
    window.actions_["view_map"].trigger()
    modes.append(window.scene.view_mode)
    assert modes == ["grid", "map"]


def test_focus_and_clear_filter(window: MainWindow) -> None:
    window.controller.set_selection(["a4"])
    window.actions_["view_focus"].trigger()
    shown = {i for i, item in window.scene.actor_items.items() if item.isVisible()}
    assert shown == {"a4", "a3"}
    window.actions_["view_clear_filter"].trigger()
    assert all(item.isVisible() for item in window.scene.actor_items.values())


def test_frequent_actions_have_shortcuts(window: MainWindow) -> None:
    for name in (
        "file_new", "file_open", "file_save", "file_save_as", "edit_copy", "edit_paste",
        "edit_cut", "edit_duplicate", "edit_delete", "edit_select_all", "edit_rename",
        "map_add_actor", "map_connect_selected", "view_zoom_in", "view_zoom_out", "view_fit",
        "mode_connect", "layout_force",
    ):  # fmt: skip
        assert not window.actions_[name].shortcut().isEmpty(), name
    assert not window.edit.undo_action.shortcut().isEmpty()
    assert not window.edit.redo_action.shortcut().isEmpty()


def test_widgets_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.view, window.practice_box, window.layout_button, window.zoom_label):
        assert widget.accessibleName(), widget.objectName()


def test_menus_exist(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Map", "Analysis", "Language", "Help"]


def test_settings_keep_geometry_and_recent(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(DocumentController(small_case()), settings=settings)
    qtbot.addWidget(first)
    first.resize(640, 480)
    path = tmp_path / "a.kvmap"
    save(small_case(), path)
    first.files.open_path(path, ask=False)
    assert first.close()
    second = MainWindow(DocumentController(), settings=settings)
    qtbot.addWidget(second)
    assert second.size().width() == 640
    assert second.files.recent_files() == [str(path.resolve())]
    assert second.files.last_file() == str(path.resolve())
    second.close()


def test_window_renders(window: MainWindow, tmp_path: Path) -> None:
    image = window.grab()
    assert image.width() == window.width()
    out = tmp_path / "window.png"
    assert image.save(str(out))
    assert out.stat().st_size > 10_000


def test_keyboard_connect_selected(window: MainWindow) -> None:
    from models import RelationKind
    from ui.canvas.menus import Choice

    window.view.kind_chooser = lambda *_: Choice(relation=RelationKind.FEEDBACK)
    window.controller.set_selection(["a3", "a1"])
    window.actions_["map_connect_selected"].trigger()
    rel = window.controller.case.relationships[-1]
    assert (rel.source, rel.target, rel.kind) == ("a1", "a3", RelationKind.FEEDBACK)


def test_open_file_is_locked_until_the_window_closes(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "slot.kvmap"
    save(small_case(), path)
    assert window.files.open_path(path, ask=False)
    safety = window.safety
    assert safety is not None
    assert safety.lock is not None
    assert safety.lock.held
    assert window.close()
    assert safety.lock is None


def test_language_switch_at_run_time(window: MainWindow) -> None:
    window.actions_["lang_nl"].trigger()
    try:
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert titles[0] == "Bestand"
        assert window.scene.lang == "nl"
        assert "Bestuurder" in window.scene.actor_items["a1"].toolTip()
        assert window.actions_["lang_nl"].isChecked()
        assert window.view.legend_item().lang == "nl"
    finally:
        window.actions_["lang_en"].trigger()
    assert window.menuBar().actions()[0].text().replace("&", "") == "File"
    assert "Administrator" in window.scene.actor_items["a1"].toolTip()


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_picture_of_the_map(window: MainWindow, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"kaart{suffix}"
    window.files.ask_export_path = lambda: str(out)  # type: ignore[method-assign]
    window.actions_["file_export_image"].trigger()
    assert out.is_file()
    assert out.stat().st_size > 1000
    if suffix == ".svg":
        assert "Wethouder" in out.read_text(encoding="utf-8")
