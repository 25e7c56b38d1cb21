"""Accepting a finding with a reason, and withdrawing the acceptance (findings dock).

A strategy session decides to live with a risk: right-click a finding or a cause in the
findings dock, "Accept with reason…", fill in the reason, who decided (the OS user by
default) and, optionally, until when. The acceptances go into the case's ``accepted[]``
as one undo step (a cause accepts each of its findings); withdrawing is one undo step too.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QAction, QResizeEvent, QStandardItem
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mapper.accepted import Accepted, fingerprint
from mapper.findings import Cause, Finding
from models import Case
from models.acceptance import Acceptance
from models.enums import EntityKind
from models.i18n import Lang, long_date
from ui.docks.wheel_guard import guard_wheel
from ui.document.controller import DocumentController
from ui.i18n import current_language

__all__ = [
    "ACCEPTED_GROUP",
    "AcceptDialog",
    "AcceptanceMenu",
    "accepted_group",
    "default_user",
    "new_acceptances",
]

ACCEPTED_GROUP = -1  # the findings list's group of accepted findings (BLOCK_ROLE)


def default_user() -> str:
    """The name of the user logged in to the computer ("" when it cannot be told)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""


def new_acceptances(
    case: Case,
    findings: Sequence[Finding],
    reason: str,
    by: str,
    until: date | None,
    today: date,
) -> list[Acceptance]:
    """One acceptance per finding, with fresh ids (``acc1``, ``acc2``…) and the finding's
    fingerprint, so it comes back when its content changes. Findings already accepted in
    ``case`` are left out."""
    done = {a.finding for a in case.accepted}
    first = case.new_id(EntityKind.ACCEPTANCE)
    match = re.fullmatch(r"acc(\d+)", first)
    number = int(match.group(1)) if match else 1
    out: list[Acceptance] = []
    for f in findings:
        if f.id in done or not f.id:
            continue
        while case.entity(f"acc{number}") is not None:
            number += 1
        out.append(
            Acceptance(f"acc{number}", f.id, reason, by, today, until, content=fingerprint(f))
        )
        done.add(f.id)
        number += 1
    return out


SUBJECT_MAX_HEIGHT = 260  # pixels: the dialog stays on a laptop's 768-pixel screen


class AcceptDialog(QDialog):
    """Reason, by and until for accepting one finding or every finding of a cause."""

    def __init__(self, subject: str, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("accept_dialog")
        self.setWindowTitle(self.tr("Accept with reason"))
        self.subject = QLabel(subject)
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the findings a cause's acceptance takes along, all of them: as high as the list
        # needs up to SUBJECT_MAX_HEIGHT, then scrolled (new user, tenth round: the list of
        # four was cut off mid-line)
        self.subject_area = QScrollArea(self)
        self.subject_area.setObjectName("accept_subject")
        self.subject_area.setWidgetResizable(True)
        self.subject_area.setFrameShape(QFrame.Shape.NoFrame)
        self.subject_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.subject_area.setWidget(self.subject)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why do you accept this risk?"))
        self.reason.setTabChangesFocus(True)
        self.by = QLineEdit(default_user(), self)
        self.by.setAccessibleName(self.tr("Accepted by"))
        self.limited = QCheckBox(self.tr("Until"), self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMMM yyyy")  # the one date format: 1 oktober 2026
        dutch = current_language() == "nl"
        self.until.setLocale(QLocale(QLocale.Language.Dutch if dutch else QLocale.Language.English))
        # the acceptance is made today: its last day cannot lie before it (models.rules)
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        self.until.setDate(QDate(today.year, today.month, today.day).addMonths(3))
        self.until.setEnabled(False)
        self.until.setAccessibleName(self.tr("Until"))
        self.limited.toggled.connect(self.until.setEnabled)
        term = QHBoxLayout()
        term.addWidget(self.limited)
        term.addWidget(self.until, 1)
        self.hint = QLabel(
            self.tr(
                "Without an end date the finding stays accepted until it changes. "
                "It comes back by itself when the date has passed or its content changes."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Accepted by"), self.by)
        form.addRow(self.tr("Term"), term)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject_area)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self._on_reason_text_changed()
        self.resize(520, 320)
        self._fit_subject()
        self.resize(520, max(320, self.sizeHint().height()))
        guard_wheel(self)  # the wheel over the date does not turn it unless it was clicked

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_subject()

    def _fit_subject(self) -> None:
        """The subject's area as high as its wrapped text at the dialog's width, at most
        SUBJECT_MAX_HEIGHT (then it scrolls)."""
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        needed = self.subject.heightForWidth(width)
        if needed <= 0:
            needed = self.subject.sizeHint().height()
        wanted = min(needed, SUBJECT_MAX_HEIGHT)
        if self.subject_area.minimumHeight() != wanted:
            self.subject_area.setFixedHeight(wanted)

    def _on_reason_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def values(self) -> tuple[str, str, date | None]:
        """The reason, who accepted and the last day (None: until the finding changes)."""
        until = self.until.date().toPython() if self.limited.isChecked() else None
        assert until is None or isinstance(until, date)
        return self.reason.toPlainText().strip(), self.by.text().strip(), until


class AcceptanceMenu:
    """The findings dock's right-click "Accept with reason…" and "Withdraw acceptance"."""

    def __init__(self, parent: QWidget, controller: DocumentController) -> None:
        self.parent = parent
        self.controller = controller
        self.focus_target: QWidget = parent  # what gets the keyboard back after the dialog
        # replaced in tests: () -> (reason, by, until) or None when cancelled
        self.ask: Callable[[str], tuple[str, str, date | None] | None] = self._ask

    def actions_for(
        self, subject: object, findings: Sequence[Finding], lang: Lang
    ) -> list[QAction]:
        """The menu's actions for a finding, a cause (``findings``: its findings) or an
        accepted finding."""
        if isinstance(subject, Accepted):
            action = QAction(
                QCoreApplication.translate("AcceptanceMenu", "Withdraw acceptance"), self.parent
            )
            action.setObjectName("withdraw_acceptance")
            acc_id = subject.acceptance.id
            action.triggered.connect(lambda: self.controller.withdraw_acceptances([acc_id]))
            return [action]
        if isinstance(subject, Finding):
            chosen: tuple[Finding, ...] = (subject,)
            title = subject.title(lang)
        elif isinstance(subject, Cause):
            chosen = tuple(findings)
            title = subject.title(lang)
        else:
            return []
        action = QAction(
            QCoreApplication.translate("AcceptanceMenu", "Accept with reason…"), self.parent
        )
        action.setObjectName("accept_with_reason")
        action.setEnabled(bool(chosen))
        action.triggered.connect(lambda: self.accept(title, chosen))
        return [action]

    def accept(self, title: str, findings: Sequence[Finding]) -> bool:
        """Ask for the reason and record the acceptance (one undo step)."""
        lang = current_language()
        subject = title
        if len(findings) > 1:  # a cause: say which findings go with it, never silently
            also = QCoreApplication.translate(  # always several: the plural is fixed
                "AcceptanceMenu", "This also accepts %1 findings of this cause:"
            ).replace("%1", str(len(findings)))
            listed = "\n".join(f"• {f.title(lang)}" for f in findings)
            subject = f"{title}\n\n{also}\n{listed}"
        answer = self.ask(subject)
        self._return_focus()
        if answer is None:
            return False
        reason, by, until = answer
        case = self.controller.case
        made = new_acceptances(case, findings, reason, by, until, date.today())
        done = self.controller.accept_findings(made)
        if done:
            self.controller.set_selection([])  # the map no longer shows what was accepted
        return done

    def _return_focus(self) -> None:
        """Give the keyboard back to the main window after the dialog (Ctrl+Z works at once)."""
        window = self.parent.window()
        window.activateWindow()
        self.focus_target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask(self, title: str) -> tuple[str, str, date | None] | None:
        dialog = AcceptDialog(title, self.parent, today=date.today())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()


def accepted_group(
    accepted: Sequence[Accepted], lang: Lang, role: int, block_role: int
) -> QStandardItem:
    """The "Accepted" group of the findings list: each finding with its reason."""
    from PySide6.QtGui import QBrush, QColor

    group = QStandardItem(
        QCoreApplication.translate("AcceptanceMenu", "Accepted") + f" ({len(accepted)})"
    )
    group.setData(ACCEPTED_GROUP, block_role)
    group.setEditable(False)
    group.setForeground(QBrush(QColor("#555555")))
    for a in accepted:
        acc = a.acceptance
        reason = QCoreApplication.translate("AcceptanceMenu", "Reason: %1").replace(
            "%1", acc.reason
        )
        child = QStandardItem(f"{a.finding.title(lang)}\n{reason}")
        child.setEditable(False)
        child.setData(a, role)
        child.setForeground(QBrush(QColor("#555555")))
        meta = [acc.by] if acc.by else []
        if acc.on is not None:
            meta.append(long_date(acc.on, lang))
        if acc.until is not None:
            meta.append(
                QCoreApplication.translate("AcceptanceMenu", "until %1").replace(
                    "%1", long_date(acc.until, lang)
                )
            )
        child.setToolTip(", ".join(meta))
        group.appendRow(child)
    return group
