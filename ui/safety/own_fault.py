"""One text for a fault of Krachtenveld itself, not of the user's file (rev-dutch21 D3).

The errors the project raises for bad input (:class:`models.errors.KvmapError`) carry worded
problems in both languages: they are shown as they are. Any other exception is a fault of our
own: its class, message and traceback go to the log (``logging``, which the crash handler sends
to the log file), and the user reads a fixed text that says whose fault it is, what was kept
and where the details are, never a Python class name or a library's English
(``KeyError: 'a3'`` was shown as if the file were damaged).
"""

from __future__ import annotations

import logging
from pathlib import Path

from models.errors import KvmapError, WordedRefusalError
from models.i18n import Lang
from ui.safety.texts import text

__all__ = ["fault_text", "log_file", "own_fault"]

log = logging.getLogger(__name__)


def log_file() -> Path:
    """The log file the crash handler writes (``<user log dir>/krachtenveld.log``)."""
    from ui.safety.crash import LOG_NAME, log_dir

    return log_dir() / LOG_NAME


def own_fault(
    error: BaseException, lang: Lang | None = None, *, kept: str = "map", logged: bool = False
) -> str:
    """The fixed text for a fault of ours; ``error`` is logged with its traceback unless the
    caller did so (``logged``). ``kept`` says what is unchanged: ``"map"`` (the open map) or
    ``"file"`` (the file the user chose)."""
    if not logged:
        log.error("fault of Krachtenveld's own", exc_info=(type(error), error, error.__traceback__))
    return text(f"own_fault_{kept}", lang, log=str(log_file()))


def fault_text(
    error: BaseException | None,
    lang: Lang | None = None,
    *,
    kept: str = "map",
    logged: bool = False,
) -> str:
    """What to tell the user of ``error``: a worded problem as it is, anything else as
    :func:`own_fault`."""
    if isinstance(error, KvmapError):
        return error.render(lang) if lang is not None else error.render(_current())
    if isinstance(error, WordedRefusalError):  # a refusal already worded for the user
        return str(error)
    return own_fault(error if error is not None else RuntimeError(), lang, kept=kept, logged=logged)


def _current() -> Lang:
    from ui.i18n import current_language

    return current_language()
