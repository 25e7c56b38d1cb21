"""Undo commands for the case timeline: saving and removing a snapshot of the map."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from models import ModelError, fileformat
from models.case import Case
from models.timeline import Snapshot
from models.timeline_io import state_of
from ui.document.undo import ModelCommand

__all__ = ["RemoveSnapshotCommand", "SaveSnapshotCommand", "new_snapshot"]


def new_snapshot(case: Case, label: str, when: date, today: date) -> Snapshot:
    """A snapshot of ``case`` as it is now, dated ``when``; raises :class:`ModelError` for an
    empty label, a date after ``today`` or before the last snapshot."""
    problems = case.timeline.check_new(when, label, today)
    if problems:
        raise ModelError(problems)
    state = state_of(fileformat.case_to_dict(case))
    return Snapshot(case.timeline.new_id(), when, label.strip(), state)


class SaveSnapshotCommand(ModelCommand):
    """Add a snapshot at the end of the timeline; undo takes it away."""

    def __init__(self, case: Case, snapshot: Snapshot) -> None:
        text = QCoreApplication.translate("undo", "Save snapshot “{0}”").format(snapshot.label)
        super().__init__(case, text)
        self.snapshot = snapshot

    def forward(self) -> bool:
        self.case.timeline.add_snapshot(self.snapshot)
        return True

    def backward(self) -> None:
        self.case.timeline.remove_snapshot(self.snapshot.id)


class RemoveSnapshotCommand(ModelCommand):
    """Remove a snapshot; undo puts it back at its place."""

    def __init__(self, case: Case, snapshot_id: str) -> None:
        found = case.timeline.snapshot(snapshot_id)
        label = found.label if found is not None else snapshot_id
        text = QCoreApplication.translate("undo", "Remove snapshot “{0}”").format(label)
        super().__init__(case, text)
        self.snapshot_id = snapshot_id
        self._removed: tuple[Snapshot, int] | None = None

    def forward(self) -> bool:
        self._removed = self.case.timeline.remove_snapshot(self.snapshot_id)
        return True

    def backward(self) -> None:
        assert self._removed is not None
        snapshot, index = self._removed
        self.case.timeline.add_snapshot(snapshot, index)
