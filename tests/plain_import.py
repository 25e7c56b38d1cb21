"""The suite's import statements outside Qt go straight to Python's own import (issue 15).

Once loaded, PySide6 replaces ``builtins.__import__`` with a hook of its own (for ``from
__feature__ import snake_case``, which Krachtenveld does not use). Every import statement run
after that, also ``from x import y`` inside a function, takes a detour through it: about 1 µs
instead of 0.3 µs a statement, and hypothesis runs several on every draw (a sixth of the CPU of
the property tests; about 5 % of a sample of six heavy test files). In the test processes, names
outside PySide6 and shiboken6 (and ``__feature__``) go to the import Python had before PySide6
came; PySide6's own, and every relative import, still go through its hook. The app and the
programs the tests start keep PySide6's hook as it is.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any

__all__ = ["QT_NAMES", "install", "plain_for_others"]

#: the names whose imports PySide6's hook keeps
QT_NAMES = ("PySide6", "shiboken6", "__feature__")

Import = Callable[..., ModuleType]

#: Python's import as it was when this module was first imported (before PySide6, when the
#: root conftest imports it: tests/conftest.py)
_PLAIN: Import = builtins.__import__


def plain_for_others(plain: Import, hooked: Import) -> Import:
    """An ``__import__`` that sends absolute imports of names outside :data:`QT_NAMES` to
    ``plain`` and every other import to ``hooked``."""

    def _import(
        name: str,
        globals: Mapping[str, Any] | None = None,
        locals: Mapping[str, Any] | None = None,
        fromlist: Sequence[str] = (),
        level: int = 0,
    ) -> ModuleType:
        if level or name.startswith(QT_NAMES):
            return hooked(name, globals, locals, fromlist, level)
        return plain(name, globals, locals, fromlist, level)

    return _import


def install() -> bool:
    """Load PySide6 and put :func:`plain_for_others` in front of its hook; False when there is
    no hook to go around (PySide6 left the import as it was, or this module came after it)."""
    import PySide6.QtCore  # noqa: F401  (its hook is set when it loads)

    hooked = builtins.__import__
    if hooked is _PLAIN or getattr(_PLAIN, "__name__", "") != "__import__":
        return False
    builtins.__import__ = plain_for_others(_PLAIN, hooked)
    return True
