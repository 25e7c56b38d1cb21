"""A display variable that is set but where nothing answers, or a platform Qt lacks, is said in
words too (hostile review 22, H2): ``DISPLAY=:99 krachtenveld gui``, ``WAYLAND_DISPLAY=wayland-9``
and ``QT_QPA_PLATFORM=bogus`` each ended in Qt's abort and a core dump (exit 134)."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from pathlib import Path

import pytest

from ui.cli import main
from ui.commands._display_probe import known, platforms_here, wayland_answers, x11_answers
from ui.commands._screen import Answers, NoScreen, draw_offscreen, missing_screen

LINUX = "linux"
HERE = frozenset({"xcb", "wayland", "offscreen", "minimal"})
NOBODY = ":987"  # an X display no test machine runs


def _answers_at(*live: str) -> Answers:
    def answers(platform: str, address: str, env: Mapping[str, str]) -> bool:
        return address in live

    return answers


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"DISPLAY": ":99"}, NoScreen("silent", "DISPLAY", ":99")),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, NoScreen("silent", "DISPLAY", ":99")),
        (  # the one the user set is named, not the other one that is merely unset
            {"WAYLAND_DISPLAY": "wayland-9"},
            NoScreen("silent", "WAYLAND_DISPLAY", "wayland-9"),
        ),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-9"}, None),  # X11 answers
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, None),
        (
            {"QT_QPA_PLATFORM": "bogus", "DISPLAY": ":0"},
            NoScreen("unknown", "QT_QPA_PLATFORM", "bogus", tuple(sorted(HERE))),
        ),
        ({"QT_QPA_PLATFORM": "bogus;offscreen"}, None),  # tried in turn: offscreen starts
        ({"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "wayland-0"}, None),  # a variant
        ({}, NoScreen("unset", "DISPLAY")),
    ],
)
def test_why_there_is_no_screen(env: dict[str, str], said: NoScreen | None) -> None:
    assert missing_screen(env, LINUX, answers=_answers_at(":0", "wayland-0"), here=HERE) == said


def test_an_x_display_where_nobody_listens_does_not_answer() -> None:
    assert not x11_answers(NOBODY)


def test_a_wayland_socket_answers_only_when_a_compositor_listens(tmp_path: Path) -> None:
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert not wayland_answers("wayland-9", env)  # no socket
    (tmp_path / "wayland-file").write_text("not a socket")
    assert not wayland_answers("wayland-file", env)
    assert not wayland_answers("wayland-9", {})  # no runtime folder to look in
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-1"))
        server.listen(1)
        assert wayland_answers("wayland-1", env)
        assert wayland_answers(str(tmp_path / "wayland-1"), {})  # a path: no folder needed


def test_the_platforms_are_read_from_qts_plugin_folder(tmp_path: Path) -> None:
    here = platforms_here({})
    assert here is not None
    assert {"offscreen", "minimal"} <= here
    (tmp_path / "libqmine.so").write_bytes(b"")
    extra = platforms_here({"QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path)})
    assert extra is not None
    assert "mine" in extra
    assert here < extra
    assert known("wayland-egl", frozenset({"wayland"}))
    assert not known("waylandish", frozenset({"wayland"}))


@pytest.mark.parametrize(
    ("env", "lang", "said"),
    [
        (
            {"QT_QPA_PLATFORM": "xcb", "DISPLAY": NOBODY},
            "en",
            f"no screen found (no display server answers at DISPLAY={NOBODY}): the app needs a",
        ),
        (
            {"QT_QPA_PLATFORM": "xcb", "DISPLAY": NOBODY},
            "nl",
            f"geen beeldscherm gevonden (op DISPLAY={NOBODY} antwoordt geen beeldschermserver)",
        ),
        ({"QT_QPA_PLATFORM": "bogus"}, "en", "Qt has no platform named \u2018bogus\u2019"),
        ({"QT_QPA_PLATFORM": "bogus"}, "nl", "Qt kent geen platform \u2018bogus\u2019"),
    ],
)
def test_the_app_says_why_and_exits_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    lang: str,
    said: str,
) -> None:
    monkeypatch.setattr("sys.platform", LINUX)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["gui", "--example", "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert said in err
    if "bogus" in said:
        assert "offscreen" in err  # the platforms there are
    else:
        assert "screenshot" in err


@pytest.mark.parametrize(
    "env", [{"QT_QPA_PLATFORM": "bogus"}, {"QT_QPA_PLATFORM": "xcb", "DISPLAY": NOBODY}]
)
def test_the_drawing_commands_go_offscreen_then(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    monkeypatch.setattr("sys.platform", LINUX)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    draw_offscreen()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
