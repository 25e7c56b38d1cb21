"""A display variable that is set but where nothing answers, or a platform Qt lacks, is said in
words too (hostile review 22, H2): ``DISPLAY=:99 krachtenveld gui``, ``WAYLAND_DISPLAY=wayland-9``
and ``QT_QPA_PLATFORM=bogus`` each ended in Qt's abort and a core dump (exit 134)."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from ui.cli import main
from ui.commands._display_probe import (
    known,
    platforms_here,
    wayland_answers,
    x11_answers,
    x11_loads,
)
from ui.commands._screen import Answers, NoScreen, draw_offscreen, missing_screen

LINUX = "linux"
HERE = frozenset({"xcb", "wayland", "offscreen", "minimal"})
NOBODY = ":987"  # an X display no test machine runs


def _loads_fine(env: Mapping[str, str]) -> str | None:
    return None


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
        # as Qt reads the name (hostile review 23, 3 and 10): its case does not matter, spaces
        # and made-up variants do; every Wayland variant needs its compositor
        ({"QT_QPA_PLATFORM": "Offscreen"}, None),
        ({"QT_QPA_PLATFORM": "XCB", "DISPLAY": ":0"}, None),
        (
            {"QT_QPA_PLATFORM": " offscreen"},
            NoScreen("unknown", "QT_QPA_PLATFORM", " offscreen", tuple(sorted(HERE))),
        ),
        (
            {"QT_QPA_PLATFORM": "xcb-bogus", "DISPLAY": ":0"},
            NoScreen("unknown", "QT_QPA_PLATFORM", "xcb-bogus", tuple(sorted(HERE))),
        ),
        ({"QT_QPA_PLATFORM": "wayland-brcm"}, NoScreen("unset", "WAYLAND_DISPLAY")),
    ],
)
def test_why_there_is_no_screen(env: dict[str, str], said: NoScreen | None) -> None:
    said_now = missing_screen(
        env, LINUX, answers=_answers_at(":0", "wayland-0"), loads=_loads_fine, here=HERE
    )
    assert said_now == said


def test_an_x_display_where_nobody_listens_does_not_answer() -> None:
    assert not x11_answers(NOBODY)
    assert not x11_answers("\udcff:0")  # a byte that is no UTF-8 (hostile review 23, 8)


def test_an_x_server_that_never_answers_is_given_up_on() -> None:
    """(hostile review 23, 9) it accepts the connection and says nothing: the app hung."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        if port <= 6000:
            pytest.skip("no free port above 6000 to stand for an X display")
        started = time.monotonic()
        assert not x11_answers(f"127.0.0.1:{port - 6000}", wait=0.3)
        assert time.monotonic() - started < 5


def test_a_missing_library_of_qts_x11_plugin_is_said() -> None:
    said = missing_screen(
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"},
        LINUX,
        answers=_answers_at(":0"),
        loads=lambda env: "libxcb-cursor.so.0: cannot open shared object file",
        here=HERE,
    )
    assert said == NoScreen(
        "broken", "QT_QPA_PLATFORM", "libxcb-cursor.so.0: cannot open shared object file"
    )
    why = x11_loads({})  # this machine: loads, or names the library it lacks
    assert why is None or ".so" in why


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
    assert known("Wayland", frozenset({"wayland"}))
    assert not known("waylandish", frozenset({"wayland"}))
    assert not known("xcb-bogus", frozenset({"xcb"}))


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
