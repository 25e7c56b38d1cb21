"""The reason the system gave for a file it would not read or write, in the user's words.

The OS's own text (``Permission denied``, also English on Windows) and Python's class names go
to the log; the user reads a catalogue sentence per cause in their language (issue 15,
rev-dutch21 D1). :func:`os_reason` gives the ``reason`` and ``reason_nl`` params of a
message such as ``write_failed``.
"""

from __future__ import annotations

import errno
from typing import Any

__all__ = ["os_reason", "start_reason"]


def _warn(message: str, *args: Any) -> None:
    """Log ``message`` as a warning. The app's log file takes it (ui.safety.crash.OUR_LOGGERS);
    without it, as in the CLI, the OS's English text is not printed beside the user's sentence
    by logging's last resort (a NullHandler). ``logging`` is imported here, when a refusal is
    said: the CLI's help and start import this module and stay without it (test_cli_start)."""
    import logging

    log = logging.getLogger(__name__)
    if not log.handlers:
        log.addHandler(logging.NullHandler())
    log.warning(message, *args)


# errno -> (english, dutch): what happened and, where the user can, what to do
_REASONS: dict[int, tuple[str, str]] = {
    errno.EACCES: (
        "the file is read-only or still open in another program (such as Excel); close it "
        "and try again",
        "het bestand is alleen-lezen of nog geopend in een ander programma (bijvoorbeeld "
        "Excel); sluit het en probeer het opnieuw",
    ),
    errno.ENOENT: (
        "the file cannot be made there (the system finds no such file or folder)",
        "het bestand kan daar niet worden aangemaakt (het systeem vindt het bestand of de map"
        " niet)",
    ),
    errno.ENOTDIR: (
        "a part of the path is a file, not a folder",
        "een deel van het pad is een bestand, geen map",
    ),
    errno.EISDIR: (
        "this is a folder, not a file",
        "dit is een map, geen bestand",
    ),
    errno.EROFS: (
        "the disk or folder is read-only",
        "de schijf of map is alleen-lezen",
    ),
    errno.ENOSPC: (
        "the disk is full; make room and try again",
        "de schijf is vol; maak ruimte vrij en probeer het opnieuw",
    ),
    errno.ENAMETOOLONG: (
        "the file name or path is too long; choose a shorter name or folder",
        "de bestandsnaam of het pad is te lang; kies een kortere naam of map",
    ),
    errno.EFBIG: (
        "the file would be larger than the system allows here",
        "het bestand zou groter worden dan het systeem hier toestaat",
    ),
    errno.EPIPE: (
        "the program reading it has stopped",
        "het programma dat de uitvoer leest, is gestopt",
    ),
    errno.ELOOP: (
        "the path is a loop of symbolic links that point at each other; choose another name",
        "het pad is een kring van symbolische koppelingen die naar elkaar verwijzen; kies een "
        "andere naam",
    ),
    errno.EEXIST: (
        "a file with that name already exists",
        "er bestaat al een bestand met die naam",
    ),
}
_REASONS[errno.EPERM] = _REASONS[errno.EACCES]
_NOT_REGULAR = (
    "this is a device, named pipe or socket, not a regular file; choose a file name",
    "dit is een apparaat, named pipe of socket, geen gewoon bestand; kies een bestandsnaam",
)
if hasattr(errno, "EDQUOT"):  # a quota on a network share: full for this user
    _REASONS[errno.EDQUOT] = _REASONS[errno.ENOSPC]


def start_reason(exc: OSError) -> dict[str, str]:
    """Why a helper program (Graphviz) could not be started: not there or not allowed to run
    is said as such, not as a file that is read-only (:func:`os_reason` otherwise).

    >>> start_reason(PermissionError(13, "Permission denied"))["reason_nl"]
    'het programma kan niet worden gestart; installeer het opnieuw'
    """
    if exc.errno in (errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOEXEC):
        _warn("program not started: %s: %s", type(exc).__name__, exc)
        return {
            "reason": "the program cannot be started; install it again",
            "reason_nl": "het programma kan niet worden gestart; installeer het opnieuw",
        }
    return os_reason(exc)


def os_reason(exc: OSError) -> dict[str, str]:
    """The ``reason`` (English) and ``reason_nl`` (Dutch) of ``exc``, its own text logged.

    >>> os_reason(PermissionError(13, "Permission denied"))["reason_nl"][:33]
    'het bestand is alleen-lezen of no'
    >>> os_reason(OSError(5, "Input/output error"))
    {'reason': 'the system refused (error 5)', 'reason_nl': 'het systeem weigerde (foutcode 5)'}
    """
    _warn("file refused by the system: %s: %s", type(exc).__name__, exc)
    code = exc.errno if isinstance(exc.errno, int) else None
    if getattr(exc, "not_regular", False):  # models.atomic.NotRegularTargetError
        en, nl = _NOT_REGULAR
    elif code in _REASONS:
        en, nl = _REASONS[code]
    elif code is not None:
        en, nl = f"the system refused (error {code})", f"het systeem weigerde (foutcode {code})"
    else:
        en, nl = "the system refused", "het systeem weigerde"
    return {"reason": en, "reason_nl": nl}
