"""Autosave and recovery: copies while dirty, gone when clean, restored after a killed GUI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models import Actor, Case, fileformat
from models.fileformat import case_to_dict
from models.i18n import long_date
from tests.ui.autosave_child import edit
from tests.ui.conftest import small_case
from ui.document.controller import DocumentController
from ui.safety.recovery import (
    Autosaver,
    RecoveryDialog,
    RecoveryEntry,
    RecoveryStore,
    offer_recovery,
    recovery_dir,
    restore_into,
)


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def owned_controller(owner: QObject) -> DocumentController:
    return DocumentController(small_case(), owner)


def test_default_folder_is_in_user_data_dir() -> None:
    folder = recovery_dir()
    assert folder.name == "recovery"
    assert Path(os.environ["XDG_DATA_HOME"]) in folder.parents  # isolated by conftest


def test_no_copy_while_clean(owned_controller: DocumentController, store: RecoveryStore) -> None:
    autosaver = Autosaver(owned_controller, store, interval_ms=10_000)
    assert autosaver.autosave_now() is None
    assert not store.folder.exists()


def test_copy_when_dirty_and_only_when_changed(
    qtbot: QtBot, owned_controller: DocumentController, store: RecoveryStore, tmp_path: Path
) -> None:
    path = tmp_path / "kaart.kvmap"
    owned_controller.save(path)
    autosaver = Autosaver(owned_controller, store, interval_ms=50)
    owned_controller.set_case_field("title", "Nieuwe titel")
    with qtbot.waitSignal(autosaver.saved, timeout=2000) as blocker:
        pass
    entry = blocker.args[0]
    assert isinstance(entry, RecoveryEntry)
    assert entry.original == str(path)
    assert entry.title == "Nieuwe titel"
    assert entry.pid == os.getpid()
    assert store.load(entry).info.title == "Nieuwe titel"
    meta = json.loads(entry.file.with_suffix(".json").read_text())
    assert meta["original"] == str(path)
    assert abs(meta["saved_at"] - time.time()) < 60
    # unchanged since the copy: the timer writes nothing
    with qtbot.assertNotEmitted(autosaver.saved, wait=200):
        pass
    # our own running copy is not offered to ourselves or a second instance
    assert store.entries() == []
    assert [e.key for e in store.entries(include_live=True)] == [autosaver.key]


def test_clean_save_new_document_and_close_remove_the_copy(
    owned_controller: DocumentController, store: RecoveryStore, tmp_path: Path
) -> None:
    autosaver = Autosaver(owned_controller, store, interval_ms=10_000)
    owned_controller.set_case_field("title", "A")
    assert autosaver.autosave_now() is not None
    owned_controller.save(tmp_path / "a.kvmap")
    assert store.entries(include_live=True) == []

    owned_controller.set_case_field("title", "B")
    old_key = autosaver.key
    assert autosaver.autosave_now() is not None
    owned_controller.new_document()
    assert store.entries(include_live=True) == []
    assert autosaver.key != old_key

    owned_controller.set_case_field("title", "C")
    assert autosaver.autosave_now() is not None
    autosaver.stop()
    assert store.entries(include_live=True) == []


def test_undo_back_to_clean_removes_the_copy(
    owned_controller: DocumentController, store: RecoveryStore
) -> None:
    autosaver = Autosaver(owned_controller, store, interval_ms=10_000)
    owned_controller.set_case_field("title", "A")
    autosaver.autosave_now()
    owned_controller.undo_stack.undo()
    assert not owned_controller.dirty
    assert store.entries(include_live=True) == []


def test_failure_is_reported_and_document_kept(
    qtbot: QtBot, owned_controller: DocumentController, tmp_path: Path
) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    autosaver = Autosaver(
        owned_controller, RecoveryStore(blocker_file / "recovery"), interval_ms=10_000
    )
    owned_controller.set_case_field("title", "A")
    with qtbot.waitSignal(autosaver.failed) as blocker:
        assert autosaver.autosave_now() is None
    assert "The automatic recovery copy of ‘A’ failed" in blocker.args[0]  # rev-dutch21 D4
    assert owned_controller.dirty
    assert owned_controller.case.info.title == "A"


def test_damaged_metadata_is_ignored(store: RecoveryStore) -> None:
    store.folder.mkdir(parents=True)
    (store.folder / "x.json").write_text("{not json")
    (store.folder / "x.kvmap").write_text("{}")
    (store.folder / "y.json").write_text('{"title": 5, "pid": "no"}')
    (store.folder / "y.kvmap").write_text("{}")
    (store.folder / "orphan.json").write_text("{}")  # no .kvmap beside it
    entries = store.entries()
    assert [e.key for e in entries] == ["y"]
    assert entries[0].title == "y"


# --------------------------------------------------------------------------- kill the GUI
def test_killed_gui_process_is_recovered(qtbot: QtBot, owner: QObject, tmp_path: Path) -> None:
    original = tmp_path / "kaart.kvmap"
    fileformat.save(small_case(), original)
    store = RecoveryStore(tmp_path / "recovery")
    child = Path(__file__).with_name("autosave_child.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(child), str(original), str(store.folder)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "autosaved"
        assert store.entries() == []  # the program still runs: not offered
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()

    entries = store.entries()
    assert len(entries) == 1
    entry = entries[0]
    assert entry.original == str(original)
    assert entry.title == "Bewerkt, niet opgeslagen"
    assert entry.pid == proc.pid

    # what the child had in memory, made here the same way
    expected = DocumentController(fileformat.load(original), owner)
    edit(expected)

    window = QWidget()
    qtbot.addWidget(window)
    owned_controller = DocumentController(Case(), owner)
    autosaver = Autosaver(owned_controller, store, interval_ms=60_000)

    def pick_first(entries: list[RecoveryEntry], parent: QWidget | None) -> RecoveryDialog:
        dialog = RecoveryDialog(entries, parent)
        assert dialog.list.count() == 1
        assert "Bewerkt, niet opgeslagen" in dialog.list.item(0).text()
        assert str(original) in dialog.list.item(0).text()
        dialog.exec = dialog.restore_button.click  # type: ignore[method-assign,assignment]
        return dialog

    restored = offer_recovery(
        window, store, restore_into(owned_controller, autosaver), dialog_factory=pick_first
    )
    assert restored == entry
    assert case_to_dict(owned_controller.case) == case_to_dict(expected.case)
    assert owned_controller.path == str(original)
    assert owned_controller.dirty  # not in its file yet
    # the copy is now ours: not offered again while we run, kept until a clean save
    assert store.entries() == []
    mine = store.entries(include_live=True)
    assert [e.pid for e in mine] == [os.getpid()]
    owned_controller.save()
    assert store.entries(include_live=True) == []
    assert fileformat.load(original).info.title == "Bewerkt, niet opgeslagen"


def test_discard_in_dialog_removes_copy(qtbot: QtBot, store: RecoveryStore) -> None:
    case = small_case()
    store.write("k1", case, None)
    store.write("k2", case, "/elders/kaart.kvmap")
    for key in ("k1", "k2"):
        meta = store.folder / f"{key}.json"
        data = json.loads(meta.read_text())
        data["pid"] = 0  # a program that is gone
        meta.write_text(json.dumps(data))
    restored: list[Case] = []

    def discard_one(entries: list[RecoveryEntry], parent: QWidget | None) -> RecoveryDialog:
        dialog = RecoveryDialog(entries, parent)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 2

        def run() -> int:
            dialog.discard_button.click()
            dialog.later_button.click()
            return 0

        dialog.exec = run  # type: ignore[method-assign]
        return dialog

    chosen = offer_recovery(
        None, store, lambda c, e: restored.append(c), dialog_factory=discard_one
    )
    assert chosen is None
    assert restored == []
    assert len(store.entries()) == 1  # one discarded, one left for later


def test_nothing_to_offer(store: RecoveryStore) -> None:
    def fail(entries: list[RecoveryEntry], parent: QWidget | None) -> RecoveryDialog:
        raise AssertionError("no dialog without copies")

    assert offer_recovery(None, store, lambda c, e: None, dialog_factory=fail) is None


def test_dialog_texts_follow_language(qtbot: QtBot, store: RecoveryStore) -> None:
    from ui.i18n import set_language

    entry = store.write("k", small_case(), None)
    set_language("nl", persist=False)
    try:
        dialog = RecoveryDialog([entry])
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Niet-opgeslagen werk herstellen"
        said = dialog.list.item(0).text()  # (Dutch review 21, D15: "nooit opgeslagen … bewaard")
        assert " — nog niet als bestand opgeslagen — herstelkopie van " in said
        day = datetime.fromtimestamp(entry.saved_at)
        assert said.endswith(f"{long_date(day.date(), 'nl')}, {day:%H:%M}")
        assert dialog.width() >= dialog.list.sizeHintForColumn(0)  # the whole line shows
        assert dialog.restore_button.text() == "&Herstellen"
    finally:
        set_language("en", persist=False)
    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Recover unsaved work"


def test_actor_added_while_dirty_is_in_copy(
    owned_controller: DocumentController, store: RecoveryStore
) -> None:
    autosaver = Autosaver(owned_controller, store, interval_ms=10_000)
    owned_controller.add_actor(Actor("zz", "Zomaar"))
    entry = autosaver.autosave_now()
    assert entry is not None
    assert store.load(entry).actors.get("zz") is not None


def test_timer_runs_only_while_dirty(
    owned_controller: DocumentController, store: RecoveryStore
) -> None:
    autosaver = Autosaver(owned_controller, store, interval_ms=10_000)
    assert not autosaver.active
    owned_controller.set_case_field("title", "A")
    assert autosaver.active
    owned_controller.undo_stack.undo()
    assert not autosaver.active
    owned_controller.set_case_field("title", "B")
    autosaver.stop()
    assert not autosaver.active
    owned_controller.set_case_field("title", "C")
    assert not autosaver.active  # stopped for good (window closed)
