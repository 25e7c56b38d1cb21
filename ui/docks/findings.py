"""The Findings dock: what the analysis found, the causes to act on first on top.

The list holds "Do first" (the first three causes, see :mod:`mapper.causes`) and then the
findings grouped by building block. Clicking a finding or cause selects every actor,
relationship, mandate and need it names, so the canvas and the tables highlight the evidence;
the detail pane below the list shows it in full (:mod:`ui.docks.finding_detail`). Tab moves
from the list to the pane; Ctrl+C on the list copies the detail as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mapper.findings import BUILDING_BLOCKS, Cause, Finding, Severity, Text
from models.i18n import Lang
from ui.docks.accept_button import AcceptButton
from ui.docks.acceptance import ACCEPTED_GROUP, AcceptanceMenu, accepted_group
from ui.docks.fields import DATA_PROPERTY
from ui.docks.finding_detail import FindingDetail, WrapDelegate, WrappingTree, detail_for, escape
from ui.docks.findings_as_of import AsOfHeader
from ui.docks.one_line_label import OneLineLabel
from ui.docks.severity import severity_color, severity_icon
from ui.document.controller import DocumentController
from ui.i18n import current_language

if TYPE_CHECKING:
    from mapper.accepted import Accepted
    from mapper.analysis import Analysis

__all__ = [
    "ACCEPTED_ROLE",
    "CAUSE_ROLE",
    "FINDING_ROLE",
    "FindingsDock",
    "severity_color",
    "severity_icon",
]

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10
BLOCK_ROLE = FINDING_ROLE + 1  # a group's building block (0: "Do first")
CAUSE_ROLE = FINDING_ROLE + 2
ACCEPTED_ROLE = FINDING_ROLE + 3  # a mapper.accepted.Accepted
FIRST_GROUP = 0


class FindingsDock(QDockWidget):
    """Findings of the latest analysis in a tree: building block > finding."""

    # the actors a chosen finding or cause is about (:meth:`subject_of`): the map shows them
    subject_chosen = Signal(object)

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
        self._first: tuple[Cause, ...] = ()  # the causes to act on first
        self._analysis: Analysis | None = None  # the analysis shown (None: bare findings)
        self._accepted: tuple[Accepted, ...] = ()  # shown apart
        self._pending_cause = ""  # a cause to select once the next analysis is shown
        self.acceptance = AcceptanceMenu(self, controller)
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.notes_label = OneLineLabel(body)  # how the analysis was done: data from the mapper
        self.notes_label.setStyleSheet("color: #666666")
        self.notes_label.setProperty(DATA_PROPERTY, True)
        self.notes_label.hide()
        self.model = QStandardItemModel(self)
        self.view = WrappingTree(body)
        self.acceptance.focus_target = self.view  # Ctrl+Z right after accepting works
        self.view.setItemDelegate(WrapDelegate(self.view, self.tooltip_of))  # compact rows
        self.view.setModel(self.model)
        self.as_of = AsOfHeader(controller, self.view)  # the peildatum, as its header (U4)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # a compact row ends in "…"
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._collapsed: set[int] = set()  # blocks the user folded away
        self.view.collapsed.connect(lambda i: self._collapsed.add(i.data(BLOCK_ROLE)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(i.data(BLOCK_ROLE)))
        self.view.clicked.connect(self._on_view_activated)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().currentChanged.connect(self._on_view_activated)
        self.view.installEventFilter(self)  # Ctrl+C copies the detail
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.detail = FindingDetail(body)
        self.detail.setProperty(DATA_PROPERTY, True)  # the analysis's own texts
        self.splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.splitter.setObjectName("findings_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)  # the list the room until a finding is chosen
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.splitter, 1)
        self.accept_button = AcceptButton(self, self.view, self.context_actions)
        layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setWidget(body)
        QWidget.setTabOrder(self.view, self.detail)
        self.retranslate()  # and on LanguageChange only (a switch rebuilt it twice)

    # ------------------------------------------------------------------ data
    def set_analysis(self, analysis: Analysis) -> None:
        """Show the findings of ``analysis`` and its notes (said as of today: U4)."""
        analysis = self.as_of.dated(analysis)
        self._notes = analysis.notes
        self._analysis = analysis
        self._first = analysis.first()
        self._accepted = analysis.accepted
        self.set_findings(analysis.findings)
        if self._pending_cause:  # the casebook opened this map on a cause
            self.select_cause(self._pending_cause)
            self._pending_cause = ""

    def clear_analysis(self) -> None:
        """Show no findings until the new map's analysis comes ("Analysing…"): nothing of the
        map before can be chosen or accepted meanwhile (rev-hostile19 H1)."""
        self._notes, self._analysis, self._first, self._accepted = (), None, (), ()
        self._findings, self._analysed, self._failure = (), False, ""
        self.notes_label.hide()
        self._rebuild()

    def select_cause_when_shown(self, cause_id: str) -> None:
        """Select the cause ``cause_id`` once the analysis of the map just opened is shown
        (named as the casebook names it: :func:`mapper.casebook.neutral_cause_id`)."""
        self._pending_cause = cause_id

    def select_cause(self, cause_id: str) -> bool:
        """Make the cause ``cause_id`` current (under "Do first"; else its worst finding);
        False when this analysis has no such cause."""
        from mapper.casebook import neutral_cause_id

        case = self.controller.case

        def named(own: str) -> bool:
            return bool(own) and neutral_cause_id(case, own) == cause_id

        target = next((i for i in self.cause_items() if named(i.data(CAUSE_ROLE).id)), None)
        if target is None:
            target = next(
                (i for i in self.finding_items() if named(i.data(FINDING_ROLE).cause)), None
            )
        if target is None:
            return False
        self.view.setCurrentIndex(target.index())
        self.view.scrollTo(target.index())
        return True

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show ``findings`` (without causes unless :meth:`set_analysis` gave them)."""
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
            if block.data(BLOCK_ROLE) not in (FIRST_GROUP, ACCEPTED_GROUP):
                out.extend(block.child(i) for i in range(block.rowCount()))
        return out

    def cause_items(self) -> list[QStandardItem]:
        """The items of the causes under "Do first" (empty when there are none)."""
        first = self.model.item(0)
        if first is None or first.data(BLOCK_ROLE) != FIRST_GROUP:
            return []
        return [first.child(i) for i in range(first.rowCount())]

    def accepted_items(self) -> list[QStandardItem]:
        """The items of the accepted findings (empty when there are none)."""
        root = self.model.invisibleRootItem()
        groups = [root.child(r) for r in range(root.rowCount())]
        found = [g for g in groups if g.data(BLOCK_ROLE) == ACCEPTED_GROUP]
        return [found[0].child(i) for i in range(found[0].rowCount())] if found else []

    def _rebuild(self, *_args: object) -> None:
        lang = current_language()
        self.model.clear()
        self.as_of.say()
        self._add_first_group(lang)
        for block, name in BUILDING_BLOCKS.items():
            found = sorted(
                (f for f in self._findings if f.building_block == block),
                key=lambda f: (f.severity.rank, f.title(lang)),
            )
            count = f" ({len(found)})" if self._analysed else ""  # not "(0)" before it is known
            item = QStandardItem(f"{block}. {name(lang)}{count}")
            item.setData(block, BLOCK_ROLE)
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
                child.setForeground(QBrush(severity_color(finding.severity).darker(130)))
                item.appendRow(child)
            self.model.appendRow(item)
            if found and block not in self._collapsed:
                self.view.expand(item.index())
        if self._accepted:
            group = accepted_group(self._accepted, lang, ACCEPTED_ROLE, BLOCK_ROLE)
            self.model.appendRow(group)
            if ACCEPTED_GROUP not in self._collapsed:
                self.view.expand(group.index())
        self._restore_current()
        self._update_summary()
        self._show_detail(self.view.currentIndex())

    def _add_first_group(self, lang: Lang) -> None:
        """ "Do first": the causes to act on first, above the building blocks."""
        if not self._first or self._busy:
            return
        group = QStandardItem(self.tr("Do first"))
        group.setData(FIRST_GROUP, BLOCK_ROLE)
        group.setEditable(False)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        group.setIcon(severity_icon(min(self._first, key=lambda c: c.severity.rank).severity))
        for i, cause in enumerate(self._first, start=1):
            child = QStandardItem(f"{i}. {cause.title(lang)}")
            child.setEditable(False)
            child.setIcon(severity_icon(cause.severity))
            child.setData(cause, CAUSE_ROLE)
            child.setToolTip(escape(cause.suggestion(lang)))
            group.appendRow(child)
        self.model.appendRow(group)
        if FIRST_GROUP not in self._collapsed:
            self.view.expand(group.index())

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
        cause = index.data(CAUSE_ROLE)
        if isinstance(cause, Cause):
            return ("cause", cause.id)
        accepted = index.data(ACCEPTED_ROLE)
        if accepted is not None:
            return ("accepted", accepted.finding.id)
        block = index.data(BLOCK_ROLE)
        return ("block", block) if block is not None else None

    def tooltip_of(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """A row's tooltip: a finding's is made when the pointer rests on it, not kept for
        every row (12,000 findings of a 10,000-actor map held about 15 MB of them)."""
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            return self._tooltip(finding)
        return str(index.data(Qt.ItemDataRole.ToolTipRole) or "")

    def _tooltip(self, finding: Finding) -> str:
        lang = current_language()
        severity = {
            Severity.CRITICAL: self.tr("Critical"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }[finding.severity]
        return (
            f"<b>{escape(finding.title(lang))}</b> — {severity}<br>{escape(finding.detail(lang))}"
            f"<br><br><i>{self.tr('Suggestion:')}</i> {escape(finding.suggestion(lang))}"
            f"<br><span style='color:#777'>{finding.code}</span>"
        )

    def _update_summary(self) -> None:
        if self._failure:  # the findings shown belong to the map before (rev-dutch21 D11)
            failed = self.tr(
                "The analysis of the last change failed; the findings below belong to the map "
                "as it was before that change. %1"
            )
            failed = failed if self._analysed else self.tr("The analysis failed. %1")
            self.summary.setText(failed.replace("%1", self._failure))
            return
        if not self._analysed or self._busy:
            self.summary.setText(self.tr("Analysing…"))
            return
        counts = {s: sum(1 for f in self._findings if f.severity is s) for s in Severity}
        lang = current_language()
        self.notes_label.setText("\n".join(note(lang) for note in self._notes))
        self.notes_label.setVisible(bool(self._notes))
        if not self._findings and not len(self.controller.case.actors):
            # an empty map is not a clean result (new user, third round 10)
            self.summary.setText(
                self.tr(
                    "Nothing to analyse yet: the map is empty. Add actors with Add actor, "
                    "or open the example case."
                )
            )
            return
        if not self._findings:
            self.summary.setText(self.tr("No findings: nothing stands in the way."))
            return
        # the causes beside the findings: "Do first" lists causes (new user, seventh round)
        causes = len(self._analysis.causes) if self._analysis is not None else 0
        self.summary.setText(
            (self.tr("%n cause(s), ", "", causes) if causes else "")
            + self.tr("%n finding(s): ", "", len(self._findings))
            + ", ".join(
                (
                    self.tr("%n critical", "", counts[Severity.CRITICAL]),
                    self.tr("%n warning(s)", "", counts[Severity.WARNING]),
                    self.tr("%n note(s)", "", counts[Severity.INFO]),
                )
            )
        )

    # ------------------------------------------------------------------ interaction
    def _on_view_activated(self, index: QModelIndex) -> None:
        """Select what a finding names; on a building block, what all its findings name."""
        if not index.isValid():
            return
        self._current_key = self._key_of(index)
        self._show_detail(index)
        finding = index.data(FINDING_ROLE)
        cause = index.data(CAUSE_ROLE)
        if isinstance(finding, Finding) or isinstance(cause, Cause):
            self.controller.set_selection((finding or cause).ids())
            self.subject_chosen.emit(self.subject_of(finding or cause))
            return
        accepted = index.data(ACCEPTED_ROLE)
        if accepted is not None:
            self.controller.set_selection(accepted.finding.ids())
            self.subject_chosen.emit(self.subject_of(accepted.finding))
            return
        block = index.data(BLOCK_ROLE)
        if block == FIRST_GROUP:
            self.controller.set_selection([i for c in self._first for i in c.ids()])
        elif block is not None:
            ids = [i for f in self._findings if f.building_block == block for i in f.ids()]
            self.controller.set_selection(ids)

    def subject_of(self, chosen: Finding | Cause) -> tuple[str, ...]:
        """The actors ``chosen`` is about, for the map to show: a finding's own (a grouped
        one's: every member's); a cause's, those of the findings its title tells, not of its
        first consequence (new user at scale 14, F8)."""
        if isinstance(chosen, Finding):
            return chosen.actors or chosen.ids()
        by_id = {f.id: f for f in self._findings}
        told = [a for fid in chosen.told if fid in by_id for a in by_id[fid].actors]
        return tuple(dict.fromkeys(told)) or chosen.actors or chosen.ids()

    def _show_detail(self, index: QModelIndex) -> None:
        """Show the finding or cause at ``index`` in full in the detail pane."""
        lang = current_language()
        subject = index.data(FINDING_ROLE) if index.isValid() else None
        accepted = index.data(ACCEPTED_ROLE) if index.isValid() else None
        if accepted is not None:
            subject = accepted.finding
        if not isinstance(subject, Finding):
            subject = index.data(CAUSE_ROLE) if index.isValid() else None
        if isinstance(subject, Finding | Cause):
            found: tuple[Finding, ...] = ()
            if isinstance(subject, Cause) and self._analysis is not None:
                found = tuple(self._analysis.findings_of(subject))
            detail = detail_for(subject, self.controller.case, lang, found)
            self.detail.show_detail(detail, "")
            self.detail.fit_in(self.splitter, keep=4 * self.view.fontMetrics().height())
            self.view.scrollTo(index)  # the chosen row stays in the smaller list
        else:
            self.detail.show_detail(None, self.tr("Choose a finding to read it in full here."))

    def context_actions(self, index: QModelIndex) -> list[QAction]:
        """What the right-click menu offers on ``index``: accept a finding or a cause with a
        reason, or withdraw an acceptance."""
        if not index.isValid():
            return []
        subject = index.data(ACCEPTED_ROLE) or index.data(FINDING_ROLE) or index.data(CAUSE_ROLE)
        found: tuple[Finding, ...] = ()
        if isinstance(subject, Cause) and self._analysis is not None:
            found = tuple(self._analysis.findings_of(subject))
        return self.acceptance.actions_for(subject, found, current_language())

    def _on_view_context_menu(self, pos: QPoint) -> None:
        actions = self.context_actions(self.view.indexAt(pos))
        if actions:
            menu = QMenu(self)
            menu.addActions(actions)
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def copy_detail(self) -> bool:
        """Put the shown finding or cause on the clipboard as text (False: none shown)."""
        text = self.detail.plain()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                event.accept()  # the list's Ctrl+C, not the map's Copy
                if event.type() == QEvent.Type.KeyPress:
                    self.copy_detail()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Findings"))
        self.view.setAccessibleName(self.tr("Findings"))
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
