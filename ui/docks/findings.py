"""The Findings dock: what the analysis found, grouped by building block.

Clicking a finding selects every actor, relationship, mandate and need it names, so the
canvas and the tables highlight the evidence. The tooltip gives the detail and a suggestion.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPointF,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPixmap,
    QPolygonF,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mapper.findings import BUILDING_BLOCKS, Finding, Severity, Text
from ui.docks.fields import DATA_PROPERTY
from ui.document import DocumentController
from ui.i18n import current_language, language_manager

__all__ = ["FINDING_ROLE", "FindingsDock", "severity_color", "severity_icon"]

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10

SEVERITY_COLORS: dict[Severity, str] = {
    Severity.CRITICAL: "#c62828",
    Severity.WARNING: "#ef8f00",
    Severity.INFO: "#1e73be",
}


def severity_color(severity: Severity) -> QColor:
    """The colour a severity is shown in."""
    return QColor(SEVERITY_COLORS[severity])


@functools.cache
def severity_icon(severity: Severity, size: int = 14) -> QIcon:
    """A filled circle (critical), triangle (warning) or square (info) in the severity colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(severity_color(severity))
    m = 1
    if severity is Severity.CRITICAL:
        painter.drawEllipse(m, m, size - 2 * m, size - 2 * m)
    elif severity is Severity.WARNING:
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)])
        )
    else:
        painter.drawRect(m + 1, m + 1, size - 2 * m - 2, size - 2 * m - 2)
    painter.end()
    return QIcon(pixmap)


class FindingsDock(QDockWidget):
    """Findings of the latest analysis in a tree: building block > finding."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_dock")
        self.controller = controller
        self._findings: tuple[Finding, ...] = ()
        self._analysed = False
        self._busy = False
        self._failure = ""
        self._current_key: object = None  # the finding (or block) the user chose
        self._notes: tuple[Text, ...] = ()  # how the analysis was done ("sampled ...")
        self._first: tuple[Any, ...] = ()  # the causes to act on first (mapper.Cause)
        body = QWidget(self)
        self.first_title = QLabel(body)  # "Do first"
        self.first_title.setStyleSheet("font-weight: bold")
        self.first_list = QLabel(body)  # the three causes: data from the mapper
        self.first_list.setWordWrap(True)
        self.first_list.setTextFormat(Qt.TextFormat.PlainText)
        self.first_list.setProperty(DATA_PROPERTY, True)
        self.first_title.hide()
        self.first_list.hide()
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.notes_label = QLabel(body)  # how the analysis was done: data from the mapper
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #666666")
        self.notes_label.setProperty(DATA_PROPERTY, True)
        self.notes_label.hide()
        self.model = QStandardItemModel(self)
        self.view = QTreeView(body)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._collapsed: set[int] = set()  # blocks the user folded away
        self.view.collapsed.connect(lambda i: self._collapsed.add(i.data(FINDING_ROLE + 1)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(i.data(FINDING_ROLE + 1)))
        self.view.clicked.connect(self._on_view_activated)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().currentChanged.connect(self._on_view_activated)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.first_title)
        layout.addWidget(self.first_list)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        language_manager().changed.connect(self._rebuild)
        self.retranslate()

    # ------------------------------------------------------------------ data
    def set_analysis(self, analysis: Any) -> None:
        """Show the findings of ``analysis`` (an ``mapper.Analysis``) and its notes."""
        self._notes = tuple(getattr(analysis, "notes", ()))
        first = getattr(analysis, "first", None)
        self._first = tuple(first()) if callable(first) else ()
        self.set_findings(tuple(getattr(analysis, "findings", ())))

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show ``findings``."""
        self._findings = tuple(findings)
        self._analysed = True
        self._failure = ""
        self._rebuild()

    def set_busy(self, busy: bool) -> None:
        """Say in the summary that an analysis is running (large maps)."""
        self._busy = busy
        self._update_summary()

    def set_failure(self, message: str) -> None:
        """Say in the summary that the analysis failed (the last findings stay)."""
        self._failure = message
        self._update_summary()

    def finding_items(self) -> list[QStandardItem]:
        """The items of the findings (for tests and keyboard navigation)."""
        out: list[QStandardItem] = []
        root = self.model.invisibleRootItem()
        for r in range(root.rowCount()):
            block = root.child(r)
            out.extend(block.child(i) for i in range(block.rowCount()))
        return out

    def _rebuild(self, *_args: object) -> None:
        lang = current_language()
        self.model.clear()
        for block, name in BUILDING_BLOCKS.items():
            found = sorted(
                (f for f in self._findings if f.building_block == block),
                key=lambda f: (f.severity.rank, f.title(lang)),
            )
            item = QStandardItem(f"{block}. {name(lang)} ({len(found)})")
            item.setData(block, FINDING_ROLE + 1)
            item.setEditable(False)
            font = item.font()
            font.setBold(bool(found))
            item.setFont(font)
            if found:
                worst = min(f.severity.rank for f in found)
                item.setIcon(severity_icon(next(s for s in Severity if s.rank == worst)))
            else:
                item.setForeground(QBrush(QColor("#777777")))
            for finding in found:
                child = QStandardItem(finding.title(lang))
                child.setEditable(False)
                child.setIcon(severity_icon(finding.severity))
                child.setData(finding, FINDING_ROLE)
                child.setToolTip(self._tooltip(finding))
                child.setForeground(QBrush(severity_color(finding.severity).darker(130)))
                item.appendRow(child)
            self.model.appendRow(item)
            if found and block not in self._collapsed:
                self.view.expand(item.index())
        self._restore_current()
        self._update_summary()

    def _restore_current(self) -> None:
        """Keep the chosen finding current across re-analyses (without re-selecting)."""
        if self._current_key is None:
            return
        root = self.model.invisibleRootItem()
        for r in range(root.rowCount()):
            block = root.child(r)
            candidates = [block] + [block.child(i) for i in range(block.rowCount())]
            for item in candidates:
                if self._key_of(item.index()) == self._current_key:
                    blocker = QSignalBlocker(self.view.selectionModel())
                    self.view.selectionModel().setCurrentIndex(
                        item.index(), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                    blocker.unblock()
                    self.view.viewport().update()
                    return

    @staticmethod
    def _key_of(index: QModelIndex) -> object:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            return finding.key
        block = index.data(FINDING_ROLE + 1)
        return ("block", block) if block is not None else None

    def _tooltip(self, finding: Finding) -> str:
        lang = current_language()
        severity = {
            Severity.CRITICAL: self.tr("Critical"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }[finding.severity]
        return (
            f"<b>{_escape(finding.title(lang))}</b> — {severity}<br>{_escape(finding.detail(lang))}"
            f"<br><br><i>{self.tr('Suggestion:')}</i> {_escape(finding.suggestion(lang))}"
            f"<br><span style='color:#777'>{finding.code}</span>"
        )

    def _update_summary(self) -> None:
        if self._failure:
            self.summary.setText(self.tr("The analysis failed: %1").replace("%1", self._failure))
            return
        if not self._analysed or self._busy:
            self.summary.setText(self.tr("Analysing…"))
            return
        counts = {s: sum(1 for f in self._findings if f.severity is s) for s in Severity}
        lang = current_language()
        self.notes_label.setText("\n".join(note(lang) for note in self._notes))
        self.notes_label.setVisible(bool(self._notes))
        self._show_first(lang)
        if not self._findings:
            self.summary.setText(self.tr("No findings: nothing stands in the way."))
            return
        self.summary.setText(
            self.tr("%n finding(s): ", "", len(self._findings))
            + ", ".join(
                (
                    self.tr("%n critical", "", counts[Severity.CRITICAL]),
                    self.tr("%n warning(s)", "", counts[Severity.WARNING]),
                    self.tr("%n note(s)", "", counts[Severity.INFO]),
                )
            )
        )

    # ------------------------------------------------------------------ interaction
    def _show_first(self, lang: str) -> None:
        """The causes to act on first, above the findings (their suggestion as tooltip)."""
        self.first_title.setText(self.tr("Do first"))
        lines = [f"{i}. {c.title(lang)}" for i, c in enumerate(self._first, start=1)]
        self.first_list.setText("\n".join(lines))
        tips = [f"{i}. {c.suggestion(lang)}" for i, c in enumerate(self._first, start=1)]
        self.first_list.setToolTip("\n\n".join(tips))
        shown = bool(self._first) and not self._busy
        self.first_title.setVisible(shown)
        self.first_list.setVisible(shown)

    def _on_view_activated(self, index: QModelIndex) -> None:
        """Select what a finding names; on a building block, what all its findings name."""
        if not index.isValid():
            return
        self._current_key = self._key_of(index)
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.controller.set_selection(finding.ids())
            return
        block = index.data(FINDING_ROLE + 1)
        if block is not None:
            ids = [i for f in self._findings if f.building_block == block for i in f.ids()]
            self.controller.set_selection(ids)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Findings"))
        self.view.setAccessibleName(self.tr("Findings"))
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
