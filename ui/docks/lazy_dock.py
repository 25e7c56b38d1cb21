"""A dock whose contents are made when first in view or asked for (issue 15).

History, Timeline and Scorecard sit behind other tabs: a window that never shows them need not
make their widgets. Qt keeps a tab behind others "visible" (it only moves it out of view), so
the contents are made on ``visibilityChanged(True)``: when the tab comes to the front, or the
dock is shown on its own. Code and tests that reach into a part (``dock.table``, ...) before
that get it made at once (:meth:`LazyDock.__getattr__`).
"""

from __future__ import annotations

from functools import cache
from typing import Any, Protocol

from PySide6.QtWidgets import QDockWidget, QWidget

__all__ = ["LazyDock", "declared_parts", "part_made_now"]


class _Made(Protocol):
    def build(self) -> None: ...


@cache
def declared_parts(kind: type) -> frozenset[str]:
    """The parts a dock class declares for its contents: the names annotated on it and its
    bases (``view: QUndoView``, ``model: EntityTableModel``, ...)."""
    return frozenset(
        name for klass in kind.__mro__ for name in vars(klass).get("__annotations__", {})
    )


def part_made_now(dock: _Made, name: str) -> Any:
    """``dock.name`` for a dock whose contents are not made yet: a declared part makes them
    and is returned; any other name (a typo, ``hasattr`` of something else) raises
    AttributeError at once and makes nothing (rev-code20 F3)."""
    if (
        name.startswith("_")
        or vars(dock).get("_built", True)
        or name not in declared_parts(type(dock))
    ):
        raise AttributeError(name)
    dock.build()
    return object.__getattribute__(dock, name)


class LazyDock(QDockWidget):
    """A dock that makes its contents in :meth:`build` (once), not in its constructor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built = False
        self.visibilityChanged.connect(self._on_visibility_changed)

    def __getattr__(self, name: str) -> Any:
        """A part of the contents asked for before they are made: made now (Python asks
        here only for an attribute not set; see :func:`part_made_now`)."""
        return part_made_now(self, name)

    @property
    def built(self) -> bool:
        """Whether the contents are made."""
        return self._built

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and not self._built:
            self.build()

    def build(self) -> None:
        """Make the contents (once); shown at once when the dock is in view."""
        if self._built:
            return
        self._built = True
        self._build()
        widget = self.widget()
        if widget is not None and self.isVisible():
            widget.show()

    def _build(self) -> None:  # pragma: no cover - overridden
        """The subclass's contents."""
        raise NotImplementedError
