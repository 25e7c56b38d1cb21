"""The calm card in the middle of an empty map that says how to begin.

It shows while the case has no actors and goes as soon as there is one (and comes back when
the last one is removed or an empty case is opened). Double-clicking the card adds an actor
there, like double-clicking the map; its buttons start from a template or open the example.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ui.canvas.view import MapView

__all__ = ["EmptyMapHint"]

CARD_WIDTH = 460


class EmptyMapHint(QFrame):
    """How to begin, over the middle of an empty map."""

    def __init__(self, view: MapView, template_action: QAction, example_action: QAction) -> None:
        super().__init__(view.viewport())
        self.setObjectName("empty_map_hint")
        self.view = view
        self.heading = QLabel(self)
        self.heading.setObjectName("empty_map_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("empty_map_text")
        self.text.setWordWrap(True)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("empty_map_template_button")
        self.template_button.clicked.connect(template_action.trigger)
        self.example_button = QPushButton(self)
        self.example_button.setObjectName("empty_map_example_button")
        self.example_button.clicked.connect(example_action.trigger)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFixedWidth(CARD_WIDTH)
        self.retranslate()
        view.viewport().installEventFilter(self)
        controller = view.controller
        if controller is not None:
            controller.case_replaced.connect(self._on_controller_case_replaced)
            controller.case.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("This map is still empty"))
        self.text.setText(
            self.tr(
                "Double-click anywhere on the map to add an actor (or press Insert), give it "
                "a name and choose its kind. Then drag from one actor to another with Alt, "
                "or press C, to connect them.\n\nOr start from a typical case and make it "
                "your own:"
            )
        )
        self.template_button.setText(self.tr("New from template…"))
        self.example_button.setText(self.tr("Open the example"))
        self.setAccessibleName(self.tr("How to begin"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the card while the case has no actors, centred in the map."""
        controller = self.view.controller
        empty = controller is not None and len(controller.case.actors) == 0
        self.setVisible(empty)
        if empty:
            # the height the wrapped text needs at the card's width (adjustSize alone
            # measures the label unwrapped, and the text was cut off)
            layout = self.layout()
            assert layout is not None
            self.setFixedHeight(
                max(layout.minimumSize().height(), layout.heightForWidth(CARD_WIDTH))
            )
            self._centre()
            self.raise_()

    def _centre(self) -> None:
        room = self.view.viewport().rect()
        self.move(
            max(0, room.center().x() - self.width() // 2),
            max(0, room.center().y() - self.height() // 2),
        )

    def _on_controller_case_replaced(self, case: object) -> None:
        controller = self.view.controller
        if controller is not None:
            controller.case.changed.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self._centre()
        return super().eventFilter(watched, event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click on the card adds an actor there, as on the map around it."""
        point = self.mapTo(self.view.viewport(), event.position().toPoint())
        self.view.add_actor_at(self.view.mapToScene(point))
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(200, 205, 212))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 10, 10)
        painter.end()
