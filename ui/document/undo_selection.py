"""Undo gives back the selection an edit started from.

The map draws from the case *and* the selection: a selected actor's bundles are fanned, a
line's label is placed first. Adding a tie selects the new tie; undoing it emptied the
selection, so the actor's three fanned lines stayed folded into one "3 relaties" and undo did
not give back the picture the user had (rev-user18 R4). :func:`remember` marks each command
with the selection before it; :func:`give_back_on_undo` selects that again when the command is
undone (ids no longer in the case are dropped by the controller's ``set_selection``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

__all__ = ["give_back_on_undo", "remember"]

_BEFORE = "_selection_before"
C = TypeVar("C", bound=QUndoCommand)


def remember(command: C, selection: tuple[str, ...]) -> C:
    """``command``, marked with the ``selection`` it started from."""
    setattr(command, _BEFORE, selection)
    return command


def give_back_on_undo(stack: QUndoStack, select: Callable[[Iterable[str]], None]) -> None:
    """After an undo on ``stack`` (one step or several through the history), ``select`` the
    selection the earliest undone command started from."""
    index = [stack.index()]

    def on_index(new: int) -> None:
        undone, index[0] = new < index[0], new
        try:
            before = getattr(stack.command(new), _BEFORE, None) if undone else None
        except RuntimeError:  # the stack is being deleted (its clear() says so)
            return
        if before is not None:
            select(before)

    stack.indexChanged.connect(on_index)
