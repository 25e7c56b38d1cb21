"""The detail pane of the Findings dock: one finding or cause in full, selectable and copyable.

Shows the title, severity and building block, what to organise, the explanation, the evidence
(what the finding names on the map, and for a cause its findings and structural facts) and
the legal basis. The same content is available as plain text for the clipboard
(:func:`detail_text`), so Ctrl+C on the findings list copies what the pane shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolTip,
    QTreeView,
    QWidget,
)

from mapper.codes import CODES
from mapper.findings import BUILDING_BLOCKS, Cause, Finding, Severity
from models import Case
from models.i18n import Lang

__all__ = [
    "Detail",
    "FindingDetail",
    "WrapDelegate",
    "WrappingTree",
    "detail_for",
    "detail_html",
    "detail_text",
    "escape",
    "merged_articles",
]


@dataclass(frozen=True, slots=True)
class Detail:
    """What the pane shows, as plain parts (rendered as HTML or as text)."""

    title: str
    kind: str  # "Critical · 3. Room to act" (and "Cause" for a cause)
    explanation: str
    evidence: tuple[str, ...]
    organise: str
    legal_basis: str
    code: str


def _severity(severity: Severity) -> str:
    return {
        Severity.CRITICAL: QCoreApplication.translate("FindingDetail", "Critical"),
        Severity.WARNING: QCoreApplication.translate("FindingDetail", "Warning"),
        Severity.INFO: QCoreApplication.translate("FindingDetail", "Note"),
    }[severity]


def detail_for(
    subject: Finding | Cause,
    case: Case,
    lang: Lang,
    findings: Sequence[Finding] = (),
) -> Detail:
    """The detail of a finding, or of a cause with its ``findings``."""
    from ui.dialogs.compare_dialog import entity_name  # it imports the findings dock

    if isinstance(subject, Cause):
        block = f"{subject.block}. {BUILDING_BLOCKS[subject.block](lang)}"
        kind = QCoreApplication.translate("FindingDetail", "Cause %1").replace(
            "%1", str(subject.rank)
        )
        # the finding that gave the cause its title is no evidence of it (new user, third round)
        evidence = [
            f"{f.title(lang)} ({_severity(f.severity).lower()})"
            for f in findings
            if f.title(lang) != subject.title(lang)
        ]
        evidence += [e(lang) for e in subject.evidence]
        if not evidence:  # then what the cause names on the map
            evidence = list(dict.fromkeys(entity_name(i, [case], lang) for i in subject.ids()))
        return Detail(
            title=subject.title(lang),
            kind=f"{kind} · {_severity(subject.severity)} · {block}",
            explanation=subject.detail(lang),
            evidence=tuple(evidence),
            organise=subject.suggestion(lang),
            legal_basis=merged_articles(subject.legal_basis),
            code="",  # a cause's key ("power:spend_budget") means nothing to the reader
        )

    block = f"{subject.building_block}. {BUILDING_BLOCKS[subject.building_block](lang)}"
    info = CODES.get(subject.code)
    named = tuple(dict.fromkeys(entity_name(i, [case], lang) for i in subject.ids()))
    return Detail(
        title=subject.title(lang),
        kind=f"{_severity(subject.severity)} · {block}",
        explanation=subject.detail(lang),
        evidence=named,
        organise=subject.suggestion(lang),
        legal_basis=info.article if info is not None else "",
        code=subject.code,
    )


_LAW_FIRST = re.compile(r"^(?P<law>[A-Z][A-Za-z]*) (?P<rest>\d.*)$")


def merged_articles(entries: Iterable[str]) -> str:
    """The articles of several findings' legal bases, each once, grouped by law in the order
    the laws first come, in article order within a law (new user, fifth round 6: "Awb 10:4;
    10:15; 2:4; Awb 10:13; 10:16 lid 1; 10:18; 10:4; 10:15" named 10:4 and 10:15 twice).

    >>> merged_articles(["Awb 10:4; 10:15; 2:4", "Awb 10:13; 10:16 lid 1; 10:18; 10:4; 10:15"])
    'Awb 2:4; 10:4; 10:13; 10:15; 10:16 lid 1; 10:18'
    >>> merged_articles(["Awb 10:3 lid 1; lid 2 onder b en c", "BW 3:60", "Awb 4:84; wet"])
    'Awb 4:84; 10:3 lid 1; 10:3 lid 2 onder b en c; wet; BW 3:60'
    """
    laws: dict[str, list[str]] = {}
    for entry in entries:
        law, number = "", ""
        for part in (p.strip() for p in entry.split(";")):
            found = _LAW_FIRST.match(part)
            if found:
                law, part = found["law"], found["rest"]
            if part.startswith("lid ") and number:  # "10:3 lid 1; lid 2": the same article
                part = f"{number} {part}"
            number = part.split(" ")[0] if part[:1].isdigit() else number
            refs = laws.setdefault(law, [])
            if part and part not in refs:
                refs.append(part)

    def order(ref: str) -> tuple[int, tuple[int, ...], str]:
        head = ref.split(" ")[0]
        if not head[:1].isdigit():
            return (1, (), "")  # a word ("wet"): after the articles, in its own order
        return (0, tuple(int(re.sub(r"\D", "", x) or 0) for x in head.split(":")), ref)

    return "; ".join(
        " ".join(x for x in (law, "; ".join(sorted(refs, key=order))) if x)
        for law, refs in laws.items()
    )


def escape(text: str) -> str:
    """``text`` safe in Qt's rich text (the detail pane's, a row's tooltip)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sections(detail: Detail) -> list[tuple[str, str | tuple[str, ...]]]:
    """What to organise first, right under the title: at 1366 x 768 it took four views to
    reach it below the explanation and the evidence (new user, seventh round)."""
    return [
        (QCoreApplication.translate("FindingDetail", "What to organise"), detail.organise),
        (QCoreApplication.translate("FindingDetail", "Explanation"), detail.explanation),
        (QCoreApplication.translate("FindingDetail", "Evidence on the map"), detail.evidence),
        (QCoreApplication.translate("FindingDetail", "Relevant articles"), detail.legal_basis),
    ]


def detail_html(detail: Detail) -> str:
    """The detail as rich text for the pane."""
    out = [  # the title bold, not large: room for what to organise at 1366 x 768
        f"<h4 style='margin-bottom:2px'>{escape(detail.title)}</h4>",
        f"<p style='color:#555555; margin-top:0'>{escape(detail.kind)}</p>",
    ]
    for heading, body in _sections(detail):
        if not body:
            continue
        out.append(f"<p style='margin-bottom:0'><b>{escape(heading)}</b></p>")
        if isinstance(body, tuple):
            items = "".join(f"<li>{escape(line)}</li>" for line in body)
            out.append(f"<ul style='margin-top:0'>{items}</ul>")
        else:
            out.append(f"<p style='margin-top:0'>{escape(body)}</p>")
    if detail.code:
        out.append(f"<p style='color:#777777'>{escape(detail.code)}</p>")
    return "".join(out)


def detail_text(detail: Detail) -> str:
    """The detail as plain text (the clipboard)."""
    lines = [detail.title, detail.kind, ""]
    for heading, body in _sections(detail):
        if not body:
            continue
        lines.append(f"{heading}:")
        if isinstance(body, tuple):
            lines.extend(f"- {line}" for line in body)
        else:
            lines.append(body)
        lines.append("")
    if detail.code:
        lines.append(detail.code)
    return "\n".join(lines).rstrip("\n")


class FindingDetail(QTextBrowser):
    """The read-only pane: text selectable by mouse and keyboard, links off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finding_detail")
        self.setOpenLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.detail: Detail | None = None
        self._fitted: tuple[QSplitter, int, int] | None = None  # the last fit_in

    def show_detail(self, detail: Detail | None, placeholder: str) -> None:
        """Show ``detail``; None shows ``placeholder`` (what to do to see one)."""
        self.detail = detail
        if detail is None:
            self.setHtml(f"<p style='color:#666666'>{escape(placeholder)}</p>")
        else:
            self.setHtml(detail_html(detail))

    def plain(self) -> str:
        """What the pane shows, as plain text (empty without a detail)."""
        return detail_text(self.detail) if self.detail is not None else ""

    def needed_height(self) -> int:
        """The pane's height that shows the title and "What to organise" in full, without
        scrolling (0 without a detail or a suggestion)."""
        if self.detail is None or not self.detail.organise:
            return 0
        document = self.document()
        width = self.viewport().width()
        bar = self.verticalScrollBar()
        if not bar.isVisible():  # measured as narrow as with the bar: it may show up yet
            width -= bar.sizeHint().width()
        document.setTextWidth(width)
        end = document.find(self.detail.organise[-40:])
        if end.isNull():
            return 0
        block = document.documentLayout().blockBoundingRect(end.block())
        return int(block.bottom()) + 2 * self.frameWidth() + 4

    def fit_in(self, splitter: QSplitter, keep: int) -> None:
        """Give the pane the room its "What to organise" needs (new user, eighth round: at
        1366 x 768 the text of cause 1 took a scroll), leaving ``keep`` pixels to the list
        above; the pane never shrinks."""
        sizes = splitter.sizes()
        if len(sizes) != 2 or sum(sizes) <= 0:
            return
        self._fitted = (splitter, keep, sum(sizes))
        want = self.needed_height()
        if want > sum(sizes) - keep:  # it takes a scroll anyway: the list keeps a fair part
            want = min(sum(sizes) - keep, sum(sizes) * SHARE // 100)  # (G7)
        if want > sizes[1]:
            splitter.setSizes([sum(sizes) - want, want])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit again when the whole splitter shrank after a fit (the summary above took a
        second line), not when the user drags the handle."""
        super().resizeEvent(event)
        if self._fitted is not None:
            splitter, keep, total = self._fitted
            if sum(splitter.sizes()) < total:
                self.fit_in(splitter, keep)


#: the lines a row of the findings list shows unless it is the current one (new user at scale
#: 15, G7: grouped titles of five to seven lines left room for two findings at 1366 x 768)
ROW_LINES = 3

#: the part of the findings splitter (%) the pane takes for a "What to organise" that needs
#: a scroll at any height: the list keeps the rest
SHARE = 60

#: the wrapped texts' heights a findings list keeps (a map's findings at a few widths)
HEIGHTS_KEPT = 2048


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the view's width, up to ``lines`` lines (the last
    one ends in "…"); the detail pane below and the tooltip show the whole title."""

    def __init__(
        self,
        view: QTreeView,
        tooltip: Callable[[QModelIndex | QPersistentModelIndex], str] | None = None,
        lines: int = ROW_LINES,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._tooltip = tooltip  # a row's tooltip, made when the pointer rests on it
        self._lines = lines
        # a text's height by font, room and text: the tree asks each row's size again at
        # every layout, and measuring wrapped text was half of the asking (issue 15)
        self._heights: dict[tuple[str, int, str], int] = {}

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self._tooltip is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        text = self._tooltip(index) if index.isValid() else ""
        if text:
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
            event.ignore()
        return bool(text)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        view = self._view
        icon = view.iconSize().width() if view.iconSize().isValid() else 16
        room = view.viewport().width() - view.indentation() * (depth + 1) - icon - 16
        if room <= 40:
            return hint
        text = str(index.data() or "")
        key = (option.font.key(), room, text)
        high = self._heights.get(key)
        if high is None:
            metrics = QFontMetrics(option.font)
            rect = metrics.boundingRect(0, 0, room, 100000, Qt.TextFlag.TextWordWrap, text)
            high = min(rect.height(), self._lines * metrics.lineSpacing())
            if len(self._heights) >= HEIGHTS_KEPT:
                self._heights.clear()  # widths and texts of long ago
            self._heights[key] = high
        return QSize(hint.width(), max(hint.height(), high + 6))


class WrappingTree(QTreeView):
    """A tree whose rows re-measure their wrapped text when the width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize().width()
        super().resizeEvent(event)
        if old != event.size().width():
            self.scheduleDelayedItemsLayout()
