"""The members of a bundled label, in the Properties dock.

On the map, mandates of one grantor with the same label share one label ("Bijzondere
bijstand verlenen (3 mandaten)") and several ties between the same two actors collapse into
one counted line ("3 mandaten"); which holders or ties they stand for was only in the
tooltips. With one of them selected, the Properties dock lists them all, and a click on one
selects it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from models import Case, Mandate, Relationship
from models.i18n import Lang
from models.labels import label

__all__ = ["Bundle", "BundleList", "bundle_members"]

ID_ROLE = Qt.ItemDataRole.UserRole


def _power_text(case: Case, mandate: Mandate, lang: Lang) -> str:
    return case.power_name(mandate.power, lang)


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle on the map: one label for mandates of one power (``power`` set), or one line
    for the ties between two actors (``ends``: their names); ``members`` (id, text)."""

    members: list[tuple[str, str]]
    power: str = ""
    ends: tuple[str, str] = ("", "")


def bundle_members(case: Case, entity_id: str, lang: Lang) -> Bundle:
    """The bundle ``entity_id`` is drawn in, with each member (id, text) in the map's
    order; no members where it is drawn on its own.

    A mandate whose grantor gives the same power the same way to others shares its label
    with them; else a tie with others between the same two actors shares their line.
    """
    mandate = case.mandates.get(entity_id)
    if mandate is not None:
        same = [
            m
            for m in case.mandates
            if (m.grantor, m.power, m.instrument)
            == (mandate.grantor, mandate.power, mandate.instrument)
        ]
        if len(same) > 1:
            members = []
            for m in same:
                holder = case.actors.get(m.holder)
                members.append((m.id, f"→ {holder.name if holder else m.holder}"))
            return Bundle(members, power=_power_text(case, mandate, lang))
    tie: Mandate | Relationship | None = mandate or case.relationships.get(entity_id)
    if tie is None:
        return Bundle([])
    ends = _ends(tie)
    ties: list[Mandate | Relationship] = [r for r in case.relationships if _ends(r) == ends]
    ties += [m for m in case.mandates if _ends(m) == ends]
    if len(ties) < 2:
        return Bundle([])
    names = [case.actors.get(a) for a in ends]
    first, second = (n.name if n else a for n, a in zip(names, ends, strict=True))
    members = []
    for t in ties:
        if isinstance(t, Mandate):
            text = f"{label(t.instrument, lang)}: {_power_text(case, t, lang)}"
        else:
            text = f"{label(t.kind, lang)}: {t.label}" if t.label else label(t.kind, lang)
        members.append((t.id, text))
    return Bundle(members, ends=(first, second))


def _ends(tie: Mandate | Relationship) -> tuple[str, str]:
    a, b = (tie.grantor, tie.holder) if isinstance(tie, Mandate) else (tie.source, tie.target)
    return (a, b) if a <= b else (b, a)


class BundleList(QListWidget):
    """The members of a bundle; a click (or Return) on one selects it."""

    def __init__(
        self,
        bundle: Bundle,
        current: str,
        select: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundle_members")
        members = bundle.members
        self.bundle = bundle
        for entity_id, text in members:
            item = QListWidgetItem(text, self)
            item.setData(ID_ROLE, entity_id)
            item.setToolTip(text)
            if entity_id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        rows = min(len(members), 6)
        self.setMaximumHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        self._select = select
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)

    def heading(self) -> str:
        """What the list holds, above it."""
        count = len(self.bundle.members)
        if self.bundle.power:
            return self.tr("%1 (%n mandates), to:", "", count).replace("%1", self.bundle.power)
        first, second = self.bundle.ends
        text = self.tr("%n ties between %1 and %2:", "", count)
        return text.replace("%1", first).replace("%2", second)

    def _on_item(self, item: QListWidgetItem) -> None:
        entity_id = item.data(ID_ROLE)
        if isinstance(entity_id, str):
            # once this click is over: selecting rebuilds the dock, and this list with it
            select = self._select
            QTimer.singleShot(0, lambda: select(entity_id))

    def member_ids(self) -> list[str]:
        """The ids listed, in order."""
        return [self.item(k).data(ID_ROLE) for k in range(self.count())]
