"""Whether Qt will find a screen (hostile reviews 21, H12, and 22, H2).

On Linux, Qt's desktop platforms (xcb for X11, wayland) abort the whole process with a core
dump when their display server is missing, before any of our code can say why. The app checks
first and says it in words; the commands that draw without a window use Qt's offscreen
platform then.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Answers", "NoScreen", "draw_offscreen", "missing_screen", "without_offscreen_notes"]

#: Qt's choice when QT_QPA_PLATFORM is not set: Wayland when it is there, X11 otherwise
_DEFAULT = ("wayland", "xcb")

Answers = Callable[[str, str, Mapping[str, str]], bool]


@dataclass(frozen=True)
class NoScreen:
    """Why Qt cannot start here: ``variable`` is not set (``unset``), is set to ``value`` where
    no display server answers (``silent``), or QT_QPA_PLATFORM names a platform ``value`` that
    this Qt lacks (``unknown``; ``here`` the ones it has), or Qt's X11 platform cannot load
    for the library ``value`` names (``broken``)."""

    kind: Literal["unset", "silent", "unknown", "broken"]
    variable: str
    value: str = ""
    here: tuple[str, ...] = ()


def _needs(platform: str) -> str | None:
    """The variable naming the display server ``platform`` needs (None: it needs none)."""
    name = platform.lower()
    if name == "xcb":
        return "DISPLAY"
    return "WAYLAND_DISPLAY" if name.startswith("wayland") else None


def missing_screen(
    env: Mapping[str, str] | None = None,
    system: str | None = None,
    *,
    answers: Answers | None = None,
    loads: Callable[[Mapping[str, str]], str | None] | None = None,
    here: frozenset[str] | Literal["ask"] | None = "ask",
) -> NoScreen | None:
    """Why Qt would find no screen here, or None when a screen (or a platform without one) is
    there.

    ``QT_QPA_PLATFORM`` may name one platform or several to try in turn (``wayland;xcb``);
    unset, Qt takes Wayland when ``WAYLAND_DISPLAY`` is set and X11 otherwise. Platforms
    without a display server (offscreen, minimal, vnc, eglfs, linuxfb) need nothing; nor do
    Windows and macOS. ``answers``, ``loads`` and ``here`` stand in for asking the display
    servers, loading Qt's X11 plugin and reading Qt's plugin folder (tests)."""
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    from ui.commands import _display_probe as probe

    answers = probe.answers if answers is None else answers
    loads = probe.x11_loads if loads is None else loads
    # as Qt reads it: no spaces taken off (" offscreen" is no platform to Qt: review 23, 3)
    named = [p.split(":")[0] for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    named = [p for p in named if p]
    if here == "ask":
        here = probe.platforms_here(env) if named else None
    problems: list[NoScreen] = []
    for platform in named or _DEFAULT:
        need = _needs(platform)
        if here is not None and not probe.known(platform, here):
            problems.append(NoScreen("unknown", "QT_QPA_PLATFORM", platform, tuple(sorted(here))))
        elif need is None:
            return None  # a platform without a display server
        elif not (address := env.get(need, "")):
            problems.append(NoScreen("unset", need))
        elif not answers(platform, address, env):
            problems.append(NoScreen("silent", need, address))
        elif need == "DISPLAY" and (missing := loads(env)) is not None:
            problems.append(NoScreen("broken", "QT_QPA_PLATFORM", missing))
        else:
            return None
    said = [p for p in problems if p.kind != "unset"]
    return said[0] if said else problems[-1]  # all unset: DISPLAY, what most users know


def draw_offscreen() -> None:
    """Before a command's first Qt object: draw offscreen unless the environment names a
    platform that can start (a named one without its display, or one Qt lacks, would abort
    the command)."""
    if "QT_QPA_PLATFORM" not in os.environ or missing_screen() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@contextlib.contextmanager
def without_offscreen_notes() -> Iterator[None]:
    """Qt's offscreen platform notes on stderr each window request it does not carry out
    ("This plugin does not support propagateSizeHints()", two to five lines per picture): a
    command that draws offscreen drops these notes and passes every other message on (user
    review 21, U7: a script saw Qt's noise after every screenshot)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode: Any, context: Any, message: str) -> None:
        if message.startswith("This plugin does not support "):
            return
        if previous is not None:
            previous(mode, context, message)
        else:  # Qt's own default: the message on stderr
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
