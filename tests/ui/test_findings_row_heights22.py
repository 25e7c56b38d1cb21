"""The findings list measures a row's wrapped text once per width and font, not at every
layout (issue 15, the suite's time: the tree asks each row's size again at each layout, and
measuring was half of each asking), and its rows are as tall as before."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.docks import finding_detail
from ui.docks.finding_detail import WrapDelegate
from ui.docks.findings import FindingsDock


def _rows(dock: FindingsDock) -> list[QModelIndex]:
    model, rows = dock.view.model(), []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append(index)
            walk(index)

    walk(QModelIndex())
    return rows


def _as_measured_anew(
    delegate: WrapDelegate, option: QStyleOptionViewItem, index: QModelIndex
) -> QSize:
    """The row's size as the delegate measured it before it kept heights: every time anew."""
    view = delegate._view
    hint = QStyledItemDelegate.sizeHint(delegate, option, index)
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    icon = view.iconSize().width() if view.iconSize().isValid() else 16
    room = view.viewport().width() - view.indentation() * (depth + 1) - icon - 16
    if room <= 40:
        return hint
    metrics = QFontMetrics(option.font)
    text = str(index.data() or "")
    rect = metrics.boundingRect(0, 0, room, 100000, Qt.TextFlag.TextWordWrap, text)
    high = min(rect.height(), finding_detail.ROW_LINES * metrics.lineSpacing())
    return QSize(hint.width(), max(hint.height(), high + 6))


def test_a_row_asked_again_is_not_measured_again_and_keeps_its_height(
    example_findings_dock: FindingsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = example_findings_dock
    delegate = dock.view.itemDelegate()
    assert isinstance(delegate, WrapDelegate)
    rows = _rows(dock)
    assert len(rows) > 20
    option = QStyleOptionViewItem()
    option.font = dock.view.font()
    expected = [_as_measured_anew(delegate, option, i) for i in rows]
    first = [delegate.sizeHint(option, i) for i in rows]
    assert first == expected
    assert len({s.height() for s in first}) > 1  # rows of one, two and three lines
    measured: list[Any] = []

    def counted(*args: Any) -> QFontMetrics:
        measured.append(args)
        return QFontMetrics(*args)

    monkeypatch.setattr(finding_detail, "QFontMetrics", counted)
    again = [delegate.sizeHint(option, QPersistentModelIndex(i)) for i in rows]
    assert again == expected
    assert measured == []
    # a narrower list: measured again, at its width
    dock.resize(300, 700)
    narrow = [delegate.sizeHint(option, i) for i in rows]
    assert measured
    assert narrow == [_as_measured_anew(delegate, option, i) for i in rows]
    assert narrow != expected
