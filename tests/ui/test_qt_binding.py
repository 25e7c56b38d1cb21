"""Guard against Qt bindings that corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 returned ``None`` from void calls without taking a reference;
every call lowered None's count by one and the app aborted ("deallocating None") after some
thousands of calls. This test fails on such a binding before users meet the crash.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_keep_reference_counts(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        widget.setWindowTitle("x")
        QCoreApplication.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"the Qt binding lost {lost} references to None in 4,000 void calls"
