"""The document controller: the one owner of the open case, its undo stack, path and selection.

Every edit from any widget goes through a method here, which pushes exactly one undo command
(:mod:`ui.document.undo`). Widgets follow the model through the case's signals and follow the
controller through ``case_replaced``, ``selection_changed``, ``practice_changed``
and ``path_changed``.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from models import (
    Actor,
    Case,
    CaseInfo,
    Mandate,
    ModelError,
    Need,
    Position,
    Practice,
    Problem,
    Relationship,
    fileformat,
)
from models.acceptance import Acceptance
from models.case import Entity
from models.fields import KIND_OF_CLASS, KINDS
from models.timeline import HISTORY_EDITS, HistoryEntry, Snapshot
from models.timeline_io import LIMITS as TIMELINE_LIMITS
from ui.document.organisations import typed_organisations
from ui.document.timeline_commands import (
    RemoveSnapshotCommand,
    SaveSnapshotCommand,
    new_snapshot,
)
from ui.document.undo import (
    AddCommand,
    CompositeCommand,
    ModelCommand,
    MoveCommand,
    RemoveCommand,
    SetCaseFieldCommand,
    SetFieldsCommand,
    entity_kind,
    one_named,
)
from ui.document.undo_selection import give_back, remember

__all__ = ["DocumentController", "login_name"]


class DocumentController(QObject):
    """Owns the case being edited; every edit is one undo step on :attr:`undo_stack`.

    Signals
    -------
    case_replaced(Case)
        a new or opened case replaced the old one (reconnect to its signals).
    selection_changed(tuple[str, ...])
        the selected entity ids changed.
    practice_changed(Practice | None)
        the practice filter changed (None: show both practices).
    path_changed(str | None)
        the file the case is saved in changed.
    dirty_changed(bool)
        the case became modified or clean.
    """

    case_replaced = Signal(object)
    selection_changed = Signal(object)
    practice_changed = Signal(object)
    path_changed = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, case: Case | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case = case if case is not None else self._empty_case()
        self._marked = self._case.info.anonymised  # the anonymised copy's mark, as opened
        self._stack = QUndoStack(self)
        self._stack.setObjectName("undo_stack")
        self._stack.cleanChanged.connect(self._on_stack_clean_changed)
        give_back(self._stack, self.set_selection)
        self._path: str | None = None
        self._selection: tuple[str, ...] = ()
        self._practice: Practice | None = None
        self.author = login_name()  # who saves, for history[]; the window sets the preference
        #: how many of the oldest saves the last save dropped from history[] (at its limit)
        self.history_trimmed = 0
        self.example = False  # the built-in example (its title says so until it is saved)
        #: where an actor whose organisation changes goes on the map (None: it stays); the
        #: map view sets it (:meth:`ui.canvas.view_edit.EditingView.place_in_organisation`)
        self.placer: Callable[[Actor], Position | None] | None = None
        self._connect_case()

    # ------------------------------------------------------------------ properties
    @property
    def case(self) -> Case:
        """The case being edited (read it freely; change it only through this controller)."""
        return self._case

    @property
    def undo_stack(self) -> QUndoStack:
        """The one undo stack of the document."""
        return self._stack

    @property
    def path(self) -> str | None:
        """The file the case was opened from or last saved to."""
        return self._path

    @property
    def selection(self) -> tuple[str, ...]:
        """Ids of the selected actors, relationships, mandates and needs."""
        return self._selection

    @property
    def practice(self) -> Practice | None:
        """The practice the map and analysis are filtered on (None: both)."""
        return self._practice

    @property
    def dirty(self) -> bool:
        """Whether the case has changes that are not saved."""
        return not self._stack.isClean()

    def display_name(self) -> str:
        """The file name, or the case title when the case was never saved."""
        if self._path:
            return Path(self._path).name
        untitled = QCoreApplication.translate("DocumentController", "Untitled")
        title = self._case.info.title or untitled
        if self.example:  # the built-in example, not yet saved (new user, rounds 2 and 3)
            example = QCoreApplication.translate("DocumentController", "Example: %1")
            return example.replace("%1", title)
        return title

    # ------------------------------------------------------------------ edits
    def push(self, command: ModelCommand) -> bool:
        """Apply ``command`` (raising ModelError on bad input) and push it when it changed."""
        before = self._selection  # given back by undo (ui.document.undo_selection)
        if not command.apply():
            return False
        self._stack.push(remember(command, before, lambda: self._selection))
        return True

    def save_snapshot(self, label: str, when: date, today: date | None = None) -> Snapshot:
        """Keep the map as it is now as a snapshot dated ``when`` (one undo step); raises
        ModelError for an empty label, a date after today or before the last snapshot."""
        snapshot = new_snapshot(self._case, label, when, today or date.today())
        self.push(SaveSnapshotCommand(self._case, snapshot))
        return snapshot

    def remove_snapshot(self, snapshot_id: str) -> bool:
        """Remove a snapshot (one undo step)."""
        return self.push(RemoveSnapshotCommand(self._case, snapshot_id))

    def add_actor(self, actor: Actor, *, named_next: bool = False) -> None:
        """Add an actor (one undo step; ``named_next``: the name and kind the user gives it
        right after, through :meth:`update` with ``joins_new``, join that step)."""
        self.push(AddCommand(self._case, actor, named_next=named_next))

    def add_relationship(self, rel: Relationship) -> None:
        """Add a relationship (one undo step)."""
        self.push(AddCommand(self._case, rel))

    def add_mandate(self, mandate: Mandate) -> None:
        """Add a mandate (one undo step)."""
        self.push(AddCommand(self._case, mandate))

    def add_need(self, need: Need) -> None:
        """Add a need (one undo step)."""
        self.push(AddCommand(self._case, need))

    def add_entities(self, entities: Sequence[Entity], text: str = "") -> bool:
        """Add several entities (paste, duplicate) as one undo step; what others refer to
        first (organisations, actors, powers, then the rest)."""
        order = list(KINDS)
        ranked = sorted(entities, key=lambda e: order.index(KIND_OF_CLASS[type(e)]))
        parts: list[ModelCommand] = [AddCommand(self._case, e) for e in ranked]
        return self.push(
            CompositeCommand(
                self._case,
                one_named(
                    self._case,
                    text or QCoreApplication.translate("DocumentController", "Paste"),
                    ranked,
                ),
                parts,
            )
        )

    def accept_findings(self, acceptances: Sequence[Acceptance]) -> bool:
        """Record accepted findings (one undo step, however many)."""
        if not acceptances:
            return False
        parts: list[ModelCommand] = [AddCommand(self._case, a) for a in acceptances]
        text = self.tr("Accept %n finding(s)", "", len(parts))
        return self.push(CompositeCommand(self._case, text, parts))

    def withdraw_acceptances(self, ids: Iterable[str]) -> bool:
        """Withdraw acceptances by their ids (one undo step): the findings count again."""
        known = [i for i in dict.fromkeys(ids) if self._case.accepted.get(i) is not None]
        if not known:
            return False
        command = RemoveCommand(self._case, known)
        command.setText(QCoreApplication.translate("DocumentController", "Withdraw acceptance"))
        return self.push(command)

    def remove(self, ids: Iterable[str]) -> bool:
        """Remove any mix of entities (one undo step; undo restores order and ids)."""
        known = [i for i in dict.fromkeys(ids) if entity_kind(self._case, i) is not None]
        if not known:
            return False
        # the selection loses them in one step first: each removal of a selected entity said
        # selection_changed (select all + Delete on 1,500 actors: 7,500 times, minutes)
        gone = set(known)
        if any(i in gone for i in self._selection):
            self.set_selection([i for i in self._selection if i not in gone])
        return self.push(RemoveCommand(self._case, known))

    def set_field(
        self, entity_id: str, field: str, value: object, *, mergeable: bool = False
    ) -> bool:
        """Set one field of an entity (one undo step); raises ModelError on a bad value."""
        return self.update(entity_id, {field: value}, mergeable=mergeable)

    def update(
        self,
        entity_id: str,
        values: Mapping[str, object],
        *,
        mergeable: bool = False,
        joins_new: bool = False,
    ) -> bool:
        """Set several fields of one entity as one undo step (``joins_new``: a new actor's
        first name or kind, which joins the step that added it while that is the last)."""
        if entity_kind(self._case, entity_id) is None:
            raise ModelError([Problem("", "no_such_entity", {"what": "entity", "id": entity_id})])
        made, edits = typed_organisations(
            self._case, [(entity_id, f, v) for f, v in values.items()]
        )
        placed = self._placed(entity_id, edits)
        if made:
            edits = placed
            parts = [*made, SetFieldsCommand(self._case, entity_id, {f: v for _, f, v in edits})]
            return self.push(CompositeCommand(self._case, made[0].text(), parts))
        if len(placed) > len(edits):  # the actor's new place in its organisation's box
            values = {**values, "position": placed[-1][2]}
        return self.push(
            SetFieldsCommand(
                self._case, entity_id, values, mergeable=mergeable, joins_new=joins_new
            )
        )

    def _placed(
        self, entity_id: str, edits: list[tuple[str, str, object]]
    ) -> list[tuple[str, str, object]]:
        """``edits`` of one entity, with the actor's new place where its organisation changes:
        into that organisation's box on the map (:attr:`placer`), in the same undo step."""
        actor = self._case.actors.get(entity_id)
        fields = {f: v for _, f, v in edits}
        if self.placer is None or actor is None or "position" in fields:
            return edits
        org = fields.get("organisation", actor.organisation)
        if not isinstance(org, str) or org == actor.organisation:
            return edits
        try:
            spot = self.placer(replace(actor, organisation=org))
        except RuntimeError:  # the map view that set it is gone
            self.placer = None
            return edits
        if spot is None or spot == actor.position:
            return edits
        return [*edits, (entity_id, "position", spot)]

    def set_fields(self, edits: Sequence[tuple[str, str, object]], text: str = "") -> bool:
        """Set a field on several entities (``(id, field, value)`` triples) as one step."""
        made, edits = typed_organisations(self._case, edits)
        parts: list[ModelCommand] = [SetFieldsCommand(self._case, i, {f: v}) for i, f, v in edits]
        return self.push(
            CompositeCommand(
                self._case,
                text or QCoreApplication.translate("DocumentController", "Edit"),
                [*made, *parts],
            )
        )

    def set_case_field(self, field: str, value: object) -> bool:
        """Set a field of the case header (one undo step)."""
        return self.push(SetCaseFieldCommand(self._case, field, value))

    def move_actors(
        self, new: Mapping[str, Position | None], old: Mapping[str, Position | None]
    ) -> bool:
        """Record one drag: actors go from ``old`` to ``new`` (one undo step)."""
        return self.push(
            MoveCommand(
                self._case, new, old, QCoreApplication.translate("DocumentController", "Move")
            )
        )

    def nudge_actors(self, new: Mapping[str, Position | None]) -> bool:
        """Move by keyboard; repeated nudges of the same actors merge into one step."""
        return self.push(
            MoveCommand(
                self._case,
                new,
                None,
                QCoreApplication.translate("DocumentController", "Move"),
                mergeable=True,
            )
        )

    def set_positions(self, positions: Mapping[str, Position | None], text: str = "") -> bool:
        """Apply a layout's positions as one undo step."""
        known = {k: v for k, v in positions.items() if self._case.actors.get(k) is not None}
        return self.push(
            MoveCommand(
                self._case,
                known,
                None,
                text or QCoreApplication.translate("DocumentController", "Layout"),
                layout=True,
            )
        )

    # ------------------------------------------------------------------ view state
    def set_selection(self, ids: Iterable[str]) -> None:
        """Select these entity ids (unknown ids are dropped)."""
        chosen = tuple(i for i in dict.fromkeys(ids) if entity_kind(self._case, i) is not None)
        if chosen != self._selection:
            self._selection = chosen
            self.selection_changed.emit(chosen)

    def set_practice(self, practice: Practice | None) -> None:
        """Filter the map and analysis on a practice (None or BOTH: everything)."""
        if practice is Practice.BOTH:
            practice = None
        if practice != self._practice:
            self._practice = practice
            self.practice_changed.emit(practice)

    # ------------------------------------------------------------------ documents
    def new_document(self) -> None:
        """Start an empty case (the caller asks about unsaved changes first)."""
        self.replace_case(self._empty_case(), None)

    def open(self, path: str | os.PathLike[str]) -> tuple[Problem, ...]:
        """Open a ``.kvmap`` file; raises FormatError naming the file and what is wrong.

        A file that fails only a rule the loader can repair (see :mod:`models.rules`) opens
        with the repaired values; the problems come back and the document counts as changed.
        """
        loaded = fileformat.read(path)
        self.replace_case(loaded.case, os.fspath(path))
        if loaded.problems:
            self.mark_changed()
        return loaded.problems

    def mark_changed(self) -> None:
        """Count the document as changed until the next save (e.g. repaired when opened)."""
        self._stack.resetClean()  # emits cleanChanged(False), hence dirty_changed

    def save(self, path: str | os.PathLike[str] | None = None) -> None:
        """Save to ``path`` (or the current path) atomically; raises FormatError on failure."""
        target = os.fspath(path) if path is not None else self._path
        if target is None:
            raise ValueError("no path to save to")
        entry = self._history_entry() if self.dirty else None
        dropped: tuple[HistoryEntry, ...] = ()
        if entry is not None:  # at the limit the oldest saves go, never the save itself
            dropped = self._case.timeline.record(entry, TIMELINE_LIMITS["history"])
        try:
            fileformat.save(self._case, target)
        except BaseException:
            if entry is not None:  # not saved: the history does not claim it was
                self._case.timeline.forget(entry, dropped)
            raise
        self.history_trimmed = len(dropped)
        self._marked = self._case.info.anonymised
        self._stack.setClean()
        self._set_path(target)

    def _history_entry(self) -> HistoryEntry:
        """This save for ``history[]``: now, :attr:`author`, and the undo texts since the
        last save (an edit undone past it is listed as undone)."""
        stack = self._stack
        clean, index = stack.cleanIndex(), stack.index()
        texts: list[str] = []
        if clean < 0:  # the saved state is gone from the stack: everything on it counts
            texts = [stack.text(i) for i in range(index)]
        elif clean <= index:
            texts = [stack.text(i) for i in range(clean, index)]
        else:
            undone = QCoreApplication.translate("DocumentController", "Undone: {0}")
            texts = [undone.format(stack.text(i)) for i in range(clean - 1, index - 1, -1)]
        shown = texts[:HISTORY_EDITS]
        now = datetime.now(UTC).replace(microsecond=0)
        return HistoryEntry(now, self.author, tuple(shown), len(texts) - len(shown))

    def replace_case(self, case: Case, path: str | None, *, example: bool = False) -> None:
        """Make ``case`` the document (new, open, ``example``: the built-in example); clears
        undo history."""
        self._disconnect_case()
        self._case = case
        self._marked = case.info.anonymised  # the anonymised copy's mark, as opened
        self.example = example
        self._connect_case()
        self._stack.clear()
        self._stack.setClean()
        self._selection = ()
        self._set_path(path)
        self.case_replaced.emit(case)
        self.selection_changed.emit(())
        self.dirty_changed.emit(False)

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _empty_case() -> Case:
        return Case(CaseInfo(title=QCoreApplication.translate("DocumentController", "New case")))

    def _set_path(self, path: str | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    def _connect_case(self) -> None:
        for kind in KINDS:
            self._case.signals(kind).removed.connect(self._on_case_removed)

    def _disconnect_case(self) -> None:
        for kind in KINDS:
            self._case.signals(kind).removed.disconnect(self._on_case_removed)

    def _on_case_removed(self, entity: Entity, _index: int) -> None:
        if entity.id in self._selection:
            self._selection = tuple(i for i in self._selection if i != entity.id)
            self.selection_changed.emit(self._selection)

    def _on_stack_clean_changed(self, clean: bool) -> None:
        if clean and self._marked:  # every edit undone: the copy is as written, mark and all
            self._case.set_anonymised_mark(True)
        self.dirty_changed.emit(not clean)


def login_name() -> str:
    """The user logged in to the computer ("" when it cannot be told)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
