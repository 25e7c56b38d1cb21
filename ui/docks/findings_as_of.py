"""The Findings dock's line on the peildatum (user review 21, U4).

The analysis measures the map at its peildatum (``case.info.as_of``); the dock is read today.
When today lies after the peildatum, a line at the top of the list says what the map
describes and which deadlines have passed since, and the findings say "zo spoedig mogelijk"
where they asked for something "vóór" a day that has gone. The wording is the Word note's
(:mod:`exports.nota_dates`), said of the map.

The line is the list's header: one line, what has passed first and the peildatum last
(jurist review 22, J3), cut short with "…" if need be; the whole sentence is its tooltip. It
takes its room from the list, never from the detail pane below it (at 1366 x 768 the Dutch
advice of cause 1 must still read whole: new user, eighth round).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from exports.nota_dates import as_of_header, as_of_line, dated
from ui.i18n import current_language

if TYPE_CHECKING:
    from mapper.analysis import Analysis
    from ui.document.controller import DocumentController

__all__ = ["AsOfHeader"]

_LOOK = (
    "QHeaderView::section { color: #7a4b00; background: #fdf6e3; border: none; padding: 0px 4px; }"
)


class AsOfHeader(QObject):
    """Says "De kaart beschrijft de stand op …" in the header of the findings list; hides
    the header when today does not lie after the peildatum or the map has none."""

    def __init__(self, controller: DocumentController, view: QTreeView) -> None:
        super().__init__(view)
        self.controller = controller
        self.view = view
        #: the day the dock is read on (tests set it; the app uses the real date)
        self.today: Callable[[], date] = date.today
        header = view.header()
        header.setObjectName("findings_as_of")
        header.setSectionsClickable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStyleSheet(_LOOK)
        view.setHeaderHidden(True)

    def text(self) -> str:
        """The line said now (empty: none)."""
        model = self.view.model()
        said = model.headerData(0, Qt.Orientation.Horizontal) if model is not None else None
        return said if isinstance(said, str) and not self.view.isHeaderHidden() else ""

    def say(self) -> None:
        """Say the line for the open map in the current language (after the model is
        cleared: that drops the header's item)."""
        case, today, lang = self.controller.case, self.today(), current_language()
        said = as_of_header(case, today, lang)
        model = self.view.model()
        if said and isinstance(model, QStandardItemModel):
            item = QStandardItem(said)
            item.setToolTip(as_of_line(case, today, lang, about="map"))
            # a line each is drawn whole; Qt's "…" would cut the text after its first line
            elide = Qt.TextElideMode.ElideNone if "\n" in said else Qt.TextElideMode.ElideRight
            self.view.header().setTextElideMode(elide)
            model.setHorizontalHeaderItem(0, item)
        self.view.setHeaderHidden(not said)

    def dated(self, analysis: Analysis) -> Analysis:
        """``analysis`` with every deadline gone by today said as "zo spoedig mogelijk"."""
        return dated(analysis, self.controller.case, self.today())
