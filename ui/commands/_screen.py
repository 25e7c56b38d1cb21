"""Whether Qt will find a screen (hostile review 21, H12).

On Linux, Qt's desktop platforms (xcb for X11, wayland) abort the whole process with a core
dump when their display server is missing, before any of our code can say why. The app checks
first and says it in words; the commands that draw without a window use Qt's offscreen
platform then.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["draw_offscreen", "missing_screen", "without_offscreen_notes"]

# the display server's variable each desktop platform of Qt needs on Linux
_NEEDS = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY", "wayland-egl": "WAYLAND_DISPLAY"}


def missing_screen(env: Mapping[str, str] | None = None, system: str | None = None) -> str | None:
    """The variable naming the display that Qt needs here and does not have (``DISPLAY`` or
    ``WAYLAND_DISPLAY``), or None when a screen (or a platform without one) is there.

    ``QT_QPA_PLATFORM`` may name one platform or several to try in turn (``wayland;xcb``);
    unset, Qt takes Wayland when ``WAYLAND_DISPLAY`` is set and X11 otherwise. Platforms
    without a display server (offscreen, minimal, vnc, eglfs, linuxfb) need nothing; nor do
    Windows and macOS."""
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    chosen = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    chosen = [p for p in chosen if p] or ["wayland", "xcb"]
    missing = [_NEEDS[p] for p in chosen if p in _NEEDS and not env.get(_NEEDS[p])]
    if len(missing) < len(chosen):  # one of them can start
        return None
    return missing[-1]  # unset: DISPLAY, what most users know


def draw_offscreen() -> None:
    """Before a command's first Qt object: draw offscreen unless the environment names a
    platform that can start (a named one without its display would abort the command)."""
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
