"""The comparison dialog: what differs between another case file and the open case.

Shows the result of :func:`mapper.diff.diff_cases` (the other file as "before", the open case
as "now") as a tree: case fields, then actors, relationships, mandates and needs added,
removed and changed (a changed entity lists every field with its old and new value), then
the findings gained and lost. Clicking an entry selects it on the canvas when it exists in
the open case. The helpers :func:`finding_item` and :func:`entity_name` are shared with the
what-if dialog.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapper.diff import CaseDiff, FieldChange, level_words, shown_value
from mapper.diff_words import reworded, summary, summary_lines
from mapper.findings import Finding, Severity
from models import Case, RelationKind
from models.enums import EntityKind
from models.fields import CASE_FIELDS, by_name
from models.i18n import Lang, long_date
from models.labels import label
from ui.docks.fields import KINDS, display_text, field_label
from ui.docks.severity import severity_color, severity_icon
from ui.document.controller import DocumentController
from ui.i18n import language_manager

__all__ = [
    "IDS_ROLE",
    "CompareDialog",
    "bullets",
    "children",
    "entity_name",
    "finding_item",
    "fit_first_column",
    "select_item",
]

IDS_ROLE = Qt.ItemDataRole.UserRole + 1  # the ids an entry selects in the open case
ADDED, REMOVED, CHANGED = "#2e7d32", "#c62828", "#1565c0"


def entity_name(entity_id: str, cases: Sequence[Case], lang: Lang) -> str:
    """A readable name for an actor, relationship, mandate, need, power, agreement or
    organisation of one of ``cases`` (its id only when none of them has it)."""

    def actor(i: str) -> str:
        for case in cases:
            a = case.actors.get(i)
            if a is not None:
                return a.name
        return i

    for case in cases:
        if (a := case.actors.get(entity_id)) is not None:
            return a.name
        if (r := case.relationships.get(entity_id)) is not None:
            return f"{actor(r.source)} → {actor(r.target)} ({label(r.kind, lang)})"
        if (m := case.mandates.get(entity_id)) is not None:
            return f"{actor(m.grantor)} → {actor(m.holder)} ({case.power_name(m.power, lang)})"
        if (n := case.needs.get(entity_id)) is not None:
            return n.decision or entity_id
        if case.powers.get(entity_id) is not None:  # a power and an agreement by name, never "g2"
            return case.power_name(entity_id, lang)
        named = getattr(case.entity(entity_id), "name", None)
        if isinstance(named, str) and named:
            return named
    return entity_id


def _severity(severity: Severity) -> str:
    return {
        Severity.CRITICAL: QCoreApplication.translate("CompareDialog", "Critical"),
        Severity.WARNING: QCoreApplication.translate("CompareDialog", "Warning"),
        Severity.INFO: QCoreApplication.translate("CompareDialog", "Note"),
    }[severity]


def finding_item(finding: Finding, case: Case, lang: Lang) -> QTreeWidgetItem:
    """A tree entry for ``finding``; it selects the ids that exist in ``case``."""
    item = QTreeWidgetItem([finding.title(lang), _severity(finding.severity)])
    item.setIcon(0, severity_icon(finding.severity))
    item.setForeground(1, QBrush(severity_color(finding.severity).darker(130)))
    suggestion = QCoreApplication.translate("CompareDialog", "Suggestion:")
    tip = (
        f"<b>{html.escape(finding.title(lang))}</b><br>{html.escape(finding.detail(lang))}"
        f"<br><br><i>{html.escape(suggestion)}</i> "
        f"{html.escape(finding.suggestion(lang))}"
        f"<br><span style='color:#777'>{finding.code}</span>"
    )
    item.setToolTip(0, tip)
    item.setData(0, IDS_ROLE, [i for i in finding.ids() if _exists(case, i)])
    return item


def _exists(case: Case, entity_id: str) -> bool:
    return any(
        c.get(entity_id) is not None
        for c in (case.actors, case.relationships, case.mandates, case.needs)
    )


def select_item(item: QTreeWidgetItem | None, controller: DocumentController) -> bool:
    """Select on the canvas what ``item`` names (if any of it is in the open case)."""
    if item is None:
        return False
    ids = [i for i in item.data(0, IDS_ROLE) or () if _exists(controller.case, i)]
    if not ids:  # removed, or the open case has changed since the dialog was made
        return False
    controller.set_selection(ids)
    return True


def fit_first_column(tree: QTreeWidget, most: int = 640) -> None:
    """Widen the first column to its content, within reason."""
    tree.resizeColumnToContents(0)
    tree.setColumnWidth(0, max(300, min(tree.columnWidth(0) + 12, most)))


def cap_first_column(tree: QTreeWidget, width: int) -> None:
    """Leave the second column ("Change") at least two fifths of ``width``: its old and new
    values were cut to "1 december 202…" when long names took all of a narrow dialog."""
    most = max(300, width * 3 // 5 - 24)
    if tree.columnWidth(0) > most:
        tree.setColumnWidth(0, most)


def bullets(lines: Sequence[str]) -> str:
    """``lines`` as a bulleted list in rich text (one line: a plain paragraph)."""
    if len(lines) == 1:
        return f"<p>{html.escape(lines[0])}</p>"
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<ul style='margin:0 0 0 -24px'>{items}</ul>"


def _bold(item: QTreeWidgetItem) -> QTreeWidgetItem:
    font = QFont(item.font(0))
    font.setBold(True)
    item.setFont(0, font)
    return item


class CompareDialog(QDialog):
    """Differences between ``other`` (a file, "before") and the open case ("now"), or, with
    ``after`` and ``after_name``, between two other states of it (two snapshots)."""

    def __init__(
        self,
        diff: CaseDiff,
        other: Case,
        controller: DocumentController,
        other_name: str,
        lang: Lang = "en",
        parent: QWidget | None = None,
        after: tuple[Case, str] | None = None,
    ) -> None:
        super().__init__(parent)
        language_manager()  # English "(s)" plurals even before any language switch
        self.setObjectName("compare_dialog")
        self.diff = diff
        self.other = other
        self.controller = controller
        self.case = controller.case if after is None else after[0]
        self.after_name = None if after is None else after[1]
        self.lang: Lang = lang
        if self.after_name is None:
            self.setWindowTitle(self.tr("Compare with %1").replace("%1", other_name))
        else:
            title = self.tr("Compare %1 with %2").replace("%1", other_name)
            self.setWindowTitle(title.replace("%2", self.after_name))
        self.resize(980, 600)
        # what changed, in words (the same text as ``timeline --compare`` and the Timeline dock)
        # one bullet per kind of change, not one bold paragraph (new user, seventh round)
        self.lines = summary_lines(diff, lang) or [summary(diff, lang)]
        self.words = QLabel(bullets(self.lines))
        self.words.setObjectName("compare_words")
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setStyleSheet("padding: 2px 0 6px 0")
        self.summary = QLabel()
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("compare_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Change")])
        self.tree.setAccessibleName(self.tr("Differences"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemClicked.connect(lambda item, _col: select_item(item, self.controller))
        self.tree.itemActivated.connect(lambda item, _col: select_item(item, self.controller))
        # it speaks of the case that was open: another map opened (or a new one) closes it (new
        # user, eleventh round A0: it stayed over the new map, and its entries selected nothing)
        controller.case_replaced.connect(self.close)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # the sentence with the count first, then the bullets in a scroll area of their own,
        # so that a long list never makes the dialog taller than the screen (new user, eighth
        # round: at 1366 x 768 the dialog was cut at the top, the sentence after the bullets)
        self.words_area = QScrollArea()
        self.words_area.setObjectName("compare_words_area")
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.words_area.setWidget(self.words)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.words_area)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._fill(other_name)
        self.tree.expandAll()
        fit_first_column(self.tree)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the dialog into the screen's available geometry (the bullets and the tree
        scroll inside it)."""
        self._fit_to_screen()
        super().showEvent(event)

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        most_w = room.width() - frame.width()
        most_h = room.height() - frame.height()
        # the bullets take at most a third of the room; the tree keeps the rest
        self.words_area.setMaximumHeight(
            max(60, min(self.words.sizeHint().height() + 4, most_h // 3))
        )
        self.tree.setMinimumHeight(min(self.tree.minimumHeight(), most_h // 3))
        self.setMaximumSize(most_w, most_h)
        self.resize(min(self.width(), most_w), min(self.height(), most_h))
        pos = self.pos()
        x = min(max(pos.x(), room.left()), room.right() - self.width() - frame.width() + 1)
        y = min(max(pos.y(), room.top()), room.bottom() - self.height() - frame.height() + 1)
        self.move(max(x, room.left()), max(y, room.top()))
        cap_first_column(self.tree, self.width())

    # ------------------------------------------------------------------ filling
    def _fill(self, other_name: str) -> None:
        diff, cases, _lang = self.diff, (self.case, self.other), self.lang
        count = len(diff.info)
        if diff.info:
            group = self._group("info", self.tr("Case"), len(diff.info))
            specs = by_name(CASE_FIELDS)
            for change in diff.info:
                group.addChild(self._field_item(change, specs.get(change.field)))
        titles = {
            EntityKind.ACTOR: self.tr("Actors"),
            EntityKind.RELATIONSHIP: self.tr("Relationships"),
            EntityKind.MANDATE: self.tr("Mandates"),
            EntityKind.NEED: self.tr("Needs"),
            EntityKind.ORGANISATION: self.tr("Organisations"),
            EntityKind.POWER: self.tr("Powers"),
            EntityKind.AGREEMENT: self.tr("Agreements"),
            EntityKind.RULE: self.tr("Rules"),
            EntityKind.DEVIATION: self.tr("Deviations"),
        }  # every kind the diff covers: the summary above counts them all
        for table in KINDS:
            kind = table.kind
            if kind not in diff.entities or kind not in titles:  # the diff covers these kinds
                continue
            key = f"{table.key}s"  # the group's name: "actors", ...
            entities = diff.entities[kind]
            total = len(entities.added) + len(entities.removed) + len(entities.changed)
            count += total
            if not total:
                continue
            group = self._group(key, titles[kind], total)
            for entity_id in entities.added:
                group.addChild(self._entity_item(entity_id, self.tr("added"), ADDED, cases))
            for entity_id in entities.removed:
                item = self._entity_item(entity_id, self.tr("removed"), REMOVED, cases)
                if self.after_name is None:
                    item.setToolTip(0, item.text(0) + "\n" + self.tr("Not in the open case"))
                group.addChild(item)
            for entity_id, changes in entities.changed.items():
                text = self.tr("changed: %n field(s)", "", len(changes))
                item = self._entity_item(entity_id, text, CHANGED, cases)
                for change in changes:
                    spec = by_name(table.fields).get(change.field)
                    child = self._field_item(change, spec, entity_id)
                    child.setData(0, IDS_ROLE, [entity_id])
                    item.addChild(child)
                group.addChild(item)
        was = {id(new): old for old, new in diff.changed}
        for key, title, findings in (
            ("gained", self.tr("Findings gained"), diff.gained),
            ("lost", self.tr("Findings lost"), diff.lost),
            ("changed", self.tr("Findings changed"), tuple(new for _, new in diff.changed)),
        ):
            count += len(findings)
            if findings:
                group = self._group(key, title, len(findings))
                for finding in sorted(
                    findings, key=lambda f: (f.severity.rank, f.title(self.lang))
                ):
                    item = finding_item(finding, self.case, self.lang)
                    if key == "changed":
                        self._reworded(item, was[id(finding)], finding)
                    group.addChild(item)
        if self.after_name is not None:
            text = (
                self.tr("From “%1” (before) to “%2” (after): %n difference(s).", "", count)
                if count
                else self.tr("“%1” and “%2” are the same in substance and in findings.")
            ).replace("%2", self.after_name)
        elif count:
            text = self.tr(
                "From “%1” (before) to the open case (now): %n difference(s).", "", count
            )
        else:
            text = self.tr("“%1” and the open case are the same in substance and in findings.")
        self.summary.setText(
            text.replace("%1", other_name)
            + " "
            + self.tr("Click an entry to select it on the map.") * bool(count)
        )

    def _reworded(self, item: QTreeWidgetItem, old: Finding, new: Finding) -> None:
        """Under a changed finding, what it said before and says now, per part that differs
        ("één anders verwoord" did not show the old and new wording: new user, twelfth
        round)."""
        parts = {
            "severity": self.tr("Severity"),
            "title": self.tr("Title"),
            "detail": self.tr("Explanation"),
            "suggestion": self.tr("Suggestion"),
        }
        for part, before, after in reworded(old, new, self.lang):
            if part == "severity":
                before, after = _severity(old.severity), _severity(new.severity)
            said = (
                (self.tr("Before: %1"), before, old),
                (self.tr("Now: %1"), after, new),
            )
            for text, what, finding in said:
                child = QTreeWidgetItem([text.replace("%1", what), parts[part]])
                whole = what if part == "severity" else getattr(finding, part)(self.lang)
                child.setToolTip(0, f"<p>{html.escape(whole)}</p>")  # the stretch in its text
                child.setData(0, IDS_ROLE, item.data(0, IDS_ROLE))
                item.addChild(child)

    def _group(self, key: str, title: str, count: int) -> QTreeWidgetItem:
        item = _bold(QTreeWidgetItem([f"{title} ({count})", ""]))
        self.tree.addTopLevelItem(item)
        self.groups[key] = item
        return item

    def _entity_item(
        self, entity_id: str, change: str, colour: str, cases: Sequence[Case]
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entity_name(entity_id, cases, self.lang), change])
        item.setForeground(1, QBrush(QColor(colour)))
        item.setData(0, IDS_ROLE, [entity_id] if _exists(self.case, entity_id) else [])
        item.setData(1, Qt.ItemDataRole.UserRole, entity_id)
        item.setToolTip(0, item.text(0))
        return item

    def _field_item(self, change: FieldChange, spec: Any, entity_id: str = "") -> QTreeWidgetItem:
        old, new = (
            self._value(change.old, spec, self.other, entity_id),
            self._value(change.new, spec, self.case, entity_id),
        )
        item = QTreeWidgetItem([field_label(change.field), f"{old} → {new}"])
        item.setToolTip(1, f"{old}\n→\n{new}")
        return item

    def _value(self, value: object, spec: Any, case: Case, entity_id: str = "") -> str:
        if isinstance(value, date):  # "1 oktober 2026", as the rest of the app writes dates
            return long_date(value, self.lang)
        if spec is not None and spec.name == "stance":  # "voor → neutraal", not "+1 → 0"
            return shown_value(case, EntityKind.ACTOR, "stance", value, self.lang)
        rel = case.relationships.get(entity_id) if entity_id else None
        if spec is not None and spec.name == "level" and rel is not None:
            trust = rel.kind is RelationKind.TRUST  # "vertrouwen → wantrouwen", not "+1 → -1"
            words = level_words(value, trust, self.lang)
            if words is not None:
                return words
        if spec is not None:
            text = display_text(spec, value, case, self.lang)
        else:
            text = "" if value is None else str(value)
        text = " ".join(text.split())
        if len(text) > 80:
            text = text[:79] + "…"
        return text or "—"

    # ------------------------------------------------------------------ lookup (tests)
    def entries(self, key: str) -> list[tuple[str, str]]:
        """(name, change) of the entries under group ``key`` (empty when absent)."""
        return [(c.text(0), c.text(1)) for c in children(self.groups.get(key))]

    def entry(self, key: str, entity_id: str) -> QTreeWidgetItem | None:
        """The entry of ``entity_id`` under group ``key``."""
        for child in children(self.groups.get(key)):
            if child.data(1, Qt.ItemDataRole.UserRole) == entity_id:
                return child
        return None


def children(item: QTreeWidgetItem | None) -> list[QTreeWidgetItem]:
    """The child items of ``item`` (none for None)."""
    if item is None:
        return []
    found = (item.child(i) for i in range(item.childCount()))
    return [c for c in found if c is not None]
