"""Helpers of the main window's import, export, compare and what-if tests: the window's exchange
handler, file dialogs that answer a path, an import preview that is accepted. The fixtures
``window`` and ``boxes`` are in tests/ui/conftest.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from ui.dialogs.import_dialog import ImportDialog
from ui.exchange.window_exchange import ExchangeHandler, install
from ui.window.main_window import MainWindow


def handler(win: MainWindow) -> ExchangeHandler:
    existing = getattr(win, "exchange", None)
    return existing if isinstance(existing, ExchangeHandler) else install(win)


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
