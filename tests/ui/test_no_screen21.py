"""Without a screen the app says so instead of letting Qt abort (hostile review 21, H12):
``env -u DISPLAY krachtenveld gui`` ended in Qt's "could not load the Qt platform plugin" and a
core dump (exit 134); a ``screenshot`` run with ``QT_QPA_PLATFORM=xcb`` did the same."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ui.cli import main
from ui.commands._screen import draw_offscreen, missing_screen, without_offscreen_notes

LINUX = "linux"


def _ALL_ANSWER(platform: str, address: str, env: Mapping[str, str]) -> bool:
    return True


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "DISPLAY"),  # Qt's default: Wayland when it is there, else X11
        ({"DISPLAY": ":0"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"QT_QPA_PLATFORM": "xcb"}, "DISPLAY"),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "DISPLAY"),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "WAYLAND_DISPLAY"),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, None),  # tried in turn
        ({"QT_QPA_PLATFORM": "xcb:nomitshm", "DISPLAY": ":1"}, None),  # with options
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, None),
    ],
)
def test_the_missing_display_is_named(env: dict[str, str], missing: str | None) -> None:
    said = missing_screen(env, LINUX, answers=_ALL_ANSWER, loads=lambda env: None, here=None)
    assert (said.variable if said else None) == missing
    assert said is None or said.kind == "unset"


def test_windows_and_macos_need_no_display_variable() -> None:
    assert missing_screen({}, "win32", answers=_ALL_ANSWER) is None
    assert missing_screen({"QT_QPA_PLATFORM": "xcb"}, "darwin") is None


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "no screen found (DISPLAY is not set): the app needs a desktop."),
        (
            "nl",
            "geen beeldscherm gevonden (DISPLAY is niet ingesteld): de app heeft een bureaublad",
        ),
    ],
)
def test_the_app_without_a_screen_says_so_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    monkeypatch.setattr("sys.platform", LINUX)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert main(["gui", "--example", "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "screenshot" in err  # what works without a screen


def test_the_drawing_commands_go_offscreen_unless_the_platform_can_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.platform", LINUX)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # named, but X11 is not there: would abort
    draw_offscreen()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr("ui.commands._display_probe.x11_answers", lambda display: True)
    monkeypatch.setattr("ui.commands._display_probe.x11_loads", lambda env: None)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # named and there: kept
    draw_offscreen()
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
    monkeypatch.delenv("QT_QPA_PLATFORM")  # none named: offscreen, as before
    draw_offscreen()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_the_offscreen_notes_are_dropped_and_other_messages_kept(qtbot: QtBot, qtlog: Any) -> None:
    """(user review 21, U7) a screenshot printed "This plugin does not support
    propagateSizeHints()" two to five times; any other message of Qt still comes through."""
    from PySide6.QtCore import qInfo
    from PySide6.QtWidgets import QWidget

    def noted() -> list[str]:
        return [r.message for r in qtlog.records if "does not support" in r.message]

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.setMinimumSize(120, 80)  # asks the platform to pass the size hints on
    assert noted(), "the offscreen platform notes it (else this test shows nothing)"
    before = len(noted())
    with without_offscreen_notes():
        widget.setMinimumSize(140, 90)
        qInfo("a message of another kind")
    assert len(noted()) == before
    assert any(r.message == "a message of another kind" for r in qtlog.records)
    widget.setMinimumSize(160, 100)  # after it, Qt's (here pytest-qt's) handler again
    assert len(noted()) > before
