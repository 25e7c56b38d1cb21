"""The main window on real widgets: files, dirty flag, prompts, drops, layouts, clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from models import LayoutMethod, Position, Practice
from models.fileformat import case_to_dict, save
from tests.ui.conftest import small_case
from tests.ui.window_support import drop_file
from ui.canvas.item_base import tip_of
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow

Answer = QMessageBox.StandardButton


def test_title_shows_name_and_dirty_flag(safe_window: MainWindow) -> None:
    assert safe_window.windowTitle().startswith("Testcasus[*]")
    assert not safe_window.isWindowModified()
    safe_window.controller.set_field("a1", "name", "Burgemeester")
    assert safe_window.isWindowModified()
    safe_window.controller.undo_stack.undo()
    assert not safe_window.isWindowModified()


def test_save_open_round_trip_through_the_gui(safe_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "kaart.kvmap"
    safe_window.controller.set_field("a3", "name", "Sanne")
    safe_window.files.ask_save_path = lambda: str(path)  # type: ignore[method-assign]
    safe_window.actions_["file_save"].trigger()
    assert path.is_file()
    assert not safe_window.isWindowModified()
    assert safe_window.windowTitle().startswith("kaart.kvmap")
    saved = case_to_dict(safe_window.controller.case)
    safe_window.actions_["file_new"].trigger()
    assert len(safe_window.controller.case.actors) == 0
    assert safe_window.scene.model_ids() == set()
    safe_window.files.ask_open_path = lambda: str(path)  # type: ignore[method-assign]
    safe_window.actions_["file_open"].trigger()
    assert case_to_dict(safe_window.controller.case) == saved
    assert safe_window.scene.model_ids() == {*saved_ids(saved)}
    assert safe_window.files.recent_files()[0] == str(path.resolve())


def saved_ids(doc: dict[str, list[dict[str, str]]]) -> list[str]:
    return [item["id"] for key in ("actors", "relationships", "mandates") for item in doc[key]]


@pytest.mark.parametrize(
    ("answer", "replaced", "saved"),
    [(Answer.Cancel, False, False), (Answer.Discard, True, False), (Answer.Save, True, True)],
)
def test_unsaved_changes_prompt_on_new(
    safe_window: MainWindow, tmp_path: Path, answer: Answer, replaced: bool, saved: bool
) -> None:
    path = tmp_path / "opgeslagen.kvmap"
    safe_window.controller.set_field("a1", "name", "Gewijzigd")
    asked: list[bool] = []

    def ask() -> Answer:
        asked.append(True)
        return answer

    safe_window.files.ask_save_changes = ask  # type: ignore[method-assign]
    safe_window.files.ask_save_path = lambda: str(path)  # type: ignore[method-assign]
    safe_window.actions_["file_new"].trigger()
    assert asked == [True]
    assert (len(safe_window.controller.case.actors) == 0) is replaced
    assert path.is_file() is saved


def test_unsaved_changes_prompt_on_open_and_close(safe_window: MainWindow, tmp_path: Path) -> None:
    safe_window.controller.set_field("a1", "name", "Gewijzigd")
    safe_window.files.ask_save_changes = lambda: Answer.Cancel  # type: ignore[method-assign]
    opened: list[bool] = []

    def ask_open() -> None:
        opened.append(True)

    safe_window.files.ask_open_path = ask_open  # type: ignore[method-assign]
    safe_window.actions_["file_open"].trigger()
    assert opened == []  # cancelled before the file dialog
    assert not safe_window.close()
    assert safe_window.isVisible()
    safe_window.files.ask_save_changes = lambda: Answer.Discard  # type: ignore[method-assign]
    assert safe_window.close()


def test_drop_a_file_opens_it(safe_window: MainWindow, tmp_path: Path) -> None:
    empty = QMimeData()
    empty.setText("geen bestand")
    assert safe_window.files.dropped_path(empty) is None
    path = tmp_path / "gesleept.kvmap"
    other = small_case()
    other.set_case_field("title", "Gesleept")
    save(other, path)
    entered, _dropped = drop_file(safe_window, path)
    assert entered
    assert safe_window.controller.case.info.title == "Gesleept"
    assert safe_window.controller.path == str(path)


def test_bad_file_shows_located_error(safe_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "kapot.kvmap"
    path.write_text('{"format": "kvmap", "version": 1, "actors": 5}', encoding="utf-8")
    assert not safe_window.files.open_path(path, ask=False)
    errors = safe_window.errors  # type: ignore[attr-defined]
    assert len(errors) == 1
    assert "kapot.kvmap" in errors[0][1]
    assert safe_window.controller.case.info.title == "Testcasus"


def test_layout_is_one_undo_step_off_the_gui_thread(safe_window: MainWindow, qtbot: QtBot) -> None:
    before = {a.id: a.position for a in safe_window.controller.case.actors}
    with qtbot.waitSignal(safe_window.layouts.finished, timeout=20_000) as blocker:
        safe_window.actions_["layout_circle"].trigger()
    assert blocker.args == [True]
    after = {a.id: a.position for a in safe_window.controller.case.actors}
    assert after != before
    assert safe_window.controller.undo_stack.count() == 1
    for actor_id, pos in after.items():
        assert pos is not None
        assert safe_window.scene.actor_items[actor_id].pos() == QPointF(pos.x, pos.y)
    safe_window.controller.undo_stack.undo()
    assert {a.id: a.position for a in safe_window.controller.case.actors} == before


def test_layout_cancel_applies_nothing(safe_window: MainWindow, qtbot: QtBot) -> None:
    import threading

    gate = threading.Event()

    def slow_layout(case: object, method: str, **kwargs: object) -> dict[str, Position]:
        cancel = kwargs["cancel"]
        assert callable(cancel)
        gate.wait(5)
        if cancel():
            raise RuntimeError("cancelled")
        return {"a1": Position(999, 999)}

    safe_window.layouts._function = slow_layout
    with qtbot.waitSignal(safe_window.layouts.finished, timeout=10_000) as blocker:
        safe_window.run_layout(LayoutMethod.FORCE)
        assert safe_window.progress.isVisible()
        safe_window.actions_["layout_cancel"].trigger()
        gate.set()
    assert blocker.args == [False]
    assert safe_window.controller.undo_stack.count() == 0
    assert not safe_window.progress.isVisible()
    # said, not a blank status line (Dutch review 21, D10)
    assert safe_window.statusBar().currentMessage() == "Layout cancelled; the map is unchanged."


def test_copy_paste_and_duplicate_are_one_step_each(safe_window: MainWindow) -> None:
    ctl = safe_window.controller
    ctl.set_selection(["a1", "a2"])
    safe_window.actions_["edit_copy"].trigger()
    safe_window.actions_["edit_paste"].trigger()
    assert len(ctl.case.actors) == 6
    assert ctl.undo_stack.count() == 1
    pasted = ctl.case.actors[4]
    assert pasted.name == "Wethouder"
    assert pasted.position == Position(40, 40)
    new_rels = [r for r in ctl.case.relationships if r.source == pasted.id]
    assert len(new_rels) == 1  # r1 a1 -> a2 came along, with fresh ids
    assert len(ctl.case.mandates) == 3
    assert set(ctl.selection) >= {ctl.case.actors[4].id, ctl.case.actors[5].id}
    safe_window.actions_["edit_duplicate"].trigger()
    assert len(ctl.case.actors) == 8
    ctl.undo_stack.undo()
    ctl.undo_stack.undo()
    assert ctl.case.actors.ids() == ["a1", "a2", "a3", "a4"]
    assert safe_window.scene.model_ids() == {
        *ctl.case.actors.ids(),
        *ctl.case.relationships.ids(),
        *ctl.case.mandates.ids(),
    }


def test_cut_and_delete_restore_order(safe_window: MainWindow) -> None:
    ctl = safe_window.controller
    before = ctl.case.actors.ids(), ctl.case.relationships.ids(), ctl.case.mandates.ids()
    ctl.set_selection(["a2", "a4"])
    safe_window.actions_["edit_cut"].trigger()
    assert ctl.case.actors.ids() == ["a1", "a3"]
    ctl.undo_stack.undo()
    assert (ctl.case.actors.ids(), ctl.case.relationships.ids(), ctl.case.mandates.ids()) == before


def test_paste_of_garbage_says_so(safe_window: MainWindow) -> None:
    QApplication.clipboard().setText("geen kaart")
    safe_window.actions_["edit_paste"].trigger()
    assert safe_window.controller.undo_stack.count() == 0


def test_practice_box_and_view_switch(safe_window: MainWindow) -> None:
    safe_window.practice_box.setCurrentIndex(2)
    assert safe_window.controller.practice is Practice.MAATWERK
    safe_window.controller.set_practice(None)
    assert safe_window.practice_box.currentIndex() == 0
    safe_window.actions_["view_grid"].trigger()
    modes = [safe_window.scene.view_mode]
    safe_window.actions_["view_map"].trigger()
    modes.append(safe_window.scene.view_mode)
    assert modes == ["grid", "map"]


def test_focus_and_clear_filter(safe_window: MainWindow) -> None:
    safe_window.controller.set_selection(["a4"])
    safe_window.actions_["view_focus"].trigger()
    shown = {i for i, item in safe_window.scene.actor_items.items() if item.isVisible()}
    assert shown == {"a4", "a3"}
    safe_window.actions_["view_clear_filter"].trigger()
    assert all(item.isVisible() for item in safe_window.scene.actor_items.values())


def test_frequent_actions_have_shortcuts(safe_window: MainWindow) -> None:
    for name in (
        "file_new",
        "file_open",
        "file_save",
        "file_save_as",
        "edit_copy",
        "edit_paste",
        "edit_cut",
        "edit_duplicate",
        "edit_delete",
        "edit_select_all",
        "edit_rename",
        "map_add_actor",
        "map_connect_selected",
        "view_zoom_in",
        "view_zoom_out",
        "view_fit",
        "mode_connect",
        "layout_force",
    ):
        assert not safe_window.actions_[name].shortcut().isEmpty(), name
    assert not safe_window.edit.undo_action.shortcut().isEmpty()
    assert not safe_window.edit.redo_action.shortcut().isEmpty()


def test_widgets_have_accessible_names(safe_window: MainWindow) -> None:
    for widget in (
        safe_window.view,
        safe_window.practice_box,
        safe_window.layout_button,
        safe_window.zoom_label,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_menus_exist(safe_window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in safe_window.menuBar().actions()]
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


def test_window_renders(safe_window: MainWindow, tmp_path: Path) -> None:
    image = safe_window.grab()
    assert image.width() == safe_window.width()
    out = tmp_path / "window.png"
    assert image.save(str(out))
    assert out.stat().st_size > 10_000


def test_keyboard_connect_selected(safe_window: MainWindow) -> None:
    from models import RelationKind
    from ui.canvas.menus import Choice

    safe_window.view.kind_chooser = lambda *_: Choice(relation=RelationKind.FEEDBACK)
    safe_window.controller.set_selection(["a3", "a1"])
    safe_window.actions_["map_connect_selected"].trigger()
    rel = safe_window.controller.case.relationships[-1]
    assert (rel.source, rel.target, rel.kind) == ("a1", "a3", RelationKind.FEEDBACK)


def test_open_file_is_locked_until_the_window_closes(
    safe_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "slot.kvmap"
    save(small_case(), path)
    assert safe_window.files.open_path(path, ask=False)
    safety = safe_window.safety
    assert safety is not None
    assert safety.lock is not None
    assert safety.lock.held
    assert safe_window.close()
    assert safety.lock is None


def test_language_switch_at_run_time(safe_window: MainWindow) -> None:
    safe_window.actions_["lang_nl"].trigger()
    try:
        titles = [a.text().replace("&", "") for a in safe_window.menuBar().actions()]
        assert titles[0] == "Bestand"
        assert safe_window.scene.lang == "nl"
        assert "Bestuurder" in tip_of(safe_window.scene.actor_items["a1"])
        assert safe_window.actions_["lang_nl"].isChecked()
        assert safe_window.view.legend_item().lang == "nl"
    finally:
        safe_window.actions_["lang_en"].trigger()
    assert safe_window.menuBar().actions()[0].text().replace("&", "") == "File"
    assert "Executive (bestuurder)" in tip_of(safe_window.scene.actor_items["a1"])


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_picture_of_the_map(safe_window: MainWindow, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"kaart{suffix}"
    safe_window.files.ask_export_path = lambda: str(out)  # type: ignore[method-assign]
    safe_window.actions_["file_export_image"].trigger()
    assert out.is_file()
    assert out.stat().st_size > 1000
    if suffix == ".svg":
        assert "Wethouder" in out.read_text(encoding="utf-8")


def test_undo_with_nothing_to_undo_starts_with_a_capital_in_dutch(safe_window: MainWindow) -> None:
    """New user, third round 11: the Bewerken menu showed "ongedaan maken" (the "%1" of
    "%1 ongedaan maken" left empty)."""
    safe_window.controller.undo_stack.clear()
    safe_window.actions_["lang_nl"].trigger()
    try:
        assert safe_window.edit.undo_action.text() == "Ongedaan maken"
        assert safe_window.edit.redo_action.text() == "Opnieuw"
    finally:
        safe_window.actions_["lang_en"].trigger()
