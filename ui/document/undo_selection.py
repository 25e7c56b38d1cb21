"""Undo and redo give back the selection a step started from or was undone from.

The map draws from the case *and* the selection: a selected actor's bundles are fanned, a
line's label is placed first. Adding a tie selects the new tie; undoing it emptied the
selection, so the actor's three fanned lines stayed folded into one "3 relaties" and undo did
not give back the picture the user had (rev-user18 R4). :func:`remember` marks each command
with the selection before it; :func:`give_back` selects that again when the command is undone.
:func:`undoing`, called as a command's undo starts (before the undo drops the ids it removes),
notes on it the selection it is undone from; a redo selects that again, so undo followed by redo
gives back the picture from before the undo. When several steps are undone at once, each but the
latest is noted with the selection the next one started from. Ids no longer in the case are
dropped by the controller's ``set_selection``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

__all__ = ["give_back", "remember", "undoing"]

_BEFORE = "_selection_before"
_AFTER = "_selection_after"
_NOW = "_selection_now"
C = TypeVar("C", bound=QUndoCommand)


def remember(
    command: C, selection: tuple[str, ...], now: Callable[[], tuple[str, ...]] | None = None
) -> C:
    """``command``, marked with the ``selection`` it started from (and ``now``, where
    :func:`undoing` reads the selection it is undone from)."""
    setattr(command, _BEFORE, selection)
    setattr(command, _NOW, now)
    return command


def undoing(command: QUndoCommand) -> None:
    """Note on ``command``, whose undo starts, the selection it is undone from."""
    now: Callable[[], tuple[str, ...]] | None = getattr(command, _NOW, None)
    if now is not None:
        setattr(command, _AFTER, now())


def give_back(stack: QUndoStack, select: Callable[[Iterable[str]], None]) -> None:
    """After an undo on ``stack`` (one step or several through the history), ``select`` the
    selection the earliest undone command started from; after a redo, the one the latest
    redone command was undone from (a push chooses its own)."""
    index = [stack.index()]

    def on_index(new: int) -> None:
        old, index[0] = index[0], new
        try:
            if new < old:
                for undone in range(new, old - 1):  # all but the latest: where the next began
                    command = stack.command(undone)
                    if command is not None:  # None: the stack was cleared
                        setattr(command, _AFTER, getattr(stack.command(undone + 1), _BEFORE, None))
                chosen = getattr(stack.command(new), _BEFORE, None)
            else:
                chosen = getattr(stack.command(new - 1), _AFTER, None) if new > old else None
        except RuntimeError:  # the stack is being deleted (its clear() says so)
            return
        if chosen is not None:
            select(chosen)

    stack.indexChanged.connect(on_index)
