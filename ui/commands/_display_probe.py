"""Whether a display server answers at the address its variable names, and whether Qt has a
platform of a given name (hostile review 22, H2).

A ``DISPLAY`` or ``WAYLAND_DISPLAY`` that is set but where nothing listens (a closed ssh
session, a stopped Xvfb), or a ``QT_QPA_PLATFORM`` naming a platform this Qt lacks, made Qt
abort the process with a core dump (exit 134) just as an unset one did. These checks ask
without Qt: X11 through libxcb's own connect (the library Qt's X11 platform uses), Wayland by
the compositor's socket, a platform by the plugin files Qt would load.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import socket
import stat
import threading
from collections.abc import Mapping
from pathlib import Path

__all__ = ["answers", "known", "platforms_here", "wayland_answers", "x11_answers", "x11_loads"]


def x11_answers(display: str, wait: float = 3.0) -> bool:
    """An X server accepts a connection at ``display`` (also its authorisation) within ``wait``
    seconds (one that accepts and never answers would hang the app: hostile review 23, 9). True
    when libxcb is not there to ask: then Qt's own message is the best there is."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return True
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    answer: list[bool] = []

    def ask() -> None:
        connection = xcb.xcb_connect(os.fsencode(display), None)  # any bytes (review 23, 8)
        try:
            answer.append(bool(connection) and xcb.xcb_connection_has_error(connection) == 0)
        finally:
            if connection:
                xcb.xcb_disconnect(connection)

    asking = threading.Thread(target=ask, name="x11-probe", daemon=True)
    asking.start()
    asking.join(wait)
    return bool(answer and answer[0])


def _qt_platforms() -> Path:
    """The folder of the platform plugins of the Qt Krachtenveld runs on."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"


def x11_loads(env: Mapping[str, str]) -> str | None:
    """Why Qt's X11 platform plugin cannot load here (a library it needs is missing, most often
    libxcb-cursor0 since Qt 6.5: Qt then aborts; hostile review 23, 3), or None when it loads
    or cannot be found to try."""
    plugin = _qt_platforms() / "libqxcb.so"
    if not plugin.is_file():
        return None
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        return str(exc)  # "libxcb-cursor.so.0: cannot open shared object file: ..."
    return None


def wayland_answers(display: str, env: Mapping[str, str]) -> bool:
    """A compositor listens on the socket ``display`` names: a path, or a name in
    ``XDG_RUNTIME_DIR`` (as libwayland-client finds it)."""
    path = (
        Path(display) if display.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", "")) / display
    )
    if not env.get("XDG_RUNTIME_DIR") and not display.startswith("/"):
        return False
    try:
        if not stat.S_ISSOCK(path.stat().st_mode):
            return False
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(str(path))
    except OSError:
        return False
    return True


def platforms_here(env: Mapping[str, str]) -> frozenset[str] | None:
    """The names of the platform plugins this Qt can load (``xcb``, ``wayland``, ``offscreen``
    ...), or None when the plugin folder cannot be read (then nothing is judged)."""
    folders = [_qt_platforms()]
    folders += [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    names: set[str] = set()
    seen = False
    for folder in folders:
        try:
            files = os.listdir(folder)
        except OSError:
            continue
        seen = True
        for file in files:
            stem = file.split(".")[0]
            names.add(stem[4:] if stem.startswith("libq") else stem.removeprefix("q"))
    return frozenset(names) if seen else None


def known(platform: str, here: frozenset[str]) -> bool:
    """``platform`` is one of ``here`` (as Qt compares: whatever the case) or a variant of the
    Wayland plugin (``wayland-egl``); nothing else (``xcb-bogus`` would abort: review 23, 3)."""
    name = platform.lower()
    return name in here or (name.startswith("wayland-") and "wayland" in here)


def answers(platform: str, address: str, env: Mapping[str, str]) -> bool:
    """The display server of ``platform`` (``xcb`` or a ``wayland`` one) answers at ``address``."""
    if platform.lower() == "xcb":
        return x11_answers(address)
    return wayland_answers(address, env)
