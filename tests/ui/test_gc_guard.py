"""Garbage is collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from ui.safety.gc_guard import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.mark.python_gc  # the collector as the app has it, with Python's thresholds
def test_collector_disables_automatic_collection_and_collects_when_due(qtbot: QtBot) -> None:
    # earlier tests' deferred deletes free objects: let them go first
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.enable()
    parent = QObject()
    collector = GuiThreadCollector(parent, interval_ms=10)
    try:
        assert not gc.isenabled()
        collected_in: list[str] = []
        gc.callbacks.append(
            lambda phase, info: (
                collected_in.append(threading.current_thread().name) if phase == "stop" else None
            )
        )
        try:
            # well past the threshold: objects freed meanwhile lower the count again
            for _ in range(gc.get_threshold()[0] * 3):
                _Cycle()
            qtbot.waitUntil(lambda: bool(collected_in), timeout=2000)
            assert set(collected_in) == {threading.main_thread().name}
        finally:
            gc.callbacks.pop()
    finally:
        collector.stop()
    assert gc.isenabled()
