"""After a new actor is named on the map: a small chooser for its kind and sphere, in place.

Keyboard first: the kind list has the focus (arrows or the first letters choose), Tab goes to
the sphere, Return applies both as one undo step, and so does clicking elsewhere on the map
(leaving it answers it with what it shows, as leaving a spreadsheet cell does; the next
double-click still adds the next actor); Escape skips and leaves the actor as it is. The
sphere starts at "as its kind implies", which is what most actors need.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QVBoxLayout

from models import ActorKind, ModelError, Position, Sphere
from models.enums import default_sphere
from models.labels import label
from ui.canvas.view import MapView

__all__ = ["KindSphereChooser", "install_kind_chooser"]


class KindSphereChooser(QFrame):
    """Kind and sphere of one new actor, over the actor on the map."""

    def __init__(self, view: MapView, actor_id: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName("kind_chooser")
        self.view = view
        self.actor_id = actor_id
        lang = view.map_scene.lang
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("kind_chooser_kind")
        for kind in ActorKind:
            self.kind_box.addItem(label(kind, lang), kind)
        self.sphere_box = QComboBox(self)
        self.sphere_box.setObjectName("kind_chooser_sphere")
        self.sphere_box.addItem("", None)
        for sphere in Sphere:
            self.sphere_box.addItem(label(sphere, lang), sphere)
        self.hint = QLabel(self)
        self.hint.setObjectName("kind_chooser_hint")
        palette_text = QColor(90, 96, 104).name()
        self.hint.setStyleSheet(f"color: {palette_text}")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(self)
        self.sphere_label = QLabel(self)
        self.kind_label.setBuddy(self.kind_box)
        self.sphere_label.setBuddy(self.sphere_box)
        form.addRow(self.kind_label, self.kind_box)
        form.addRow(self.sphere_label, self.sphere_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        actor = self._actor_kind()
        if actor is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(actor))
        self.kind_box.currentIndexChanged.connect(self._update_sphere_default)
        for box in (self.kind_box, self.sphere_box):
            box.installEventFilter(self)
        self.retranslate()
        self.adjustSize()
        self._place()
        # the new actor's named plate grows when the view next refreshes its names: placed
        # again then, so the chooser covers no part of it (issue 12)
        self._settle = QTimer(self)
        self._settle.setInterval(25)
        self._settle.timeout.connect(self._place_when_settled)
        self._waits = 0
        self._done = False  # applied or skipped: the focus leaving it then changes nothing

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.kind_label.setText(self.tr("&Kind:"))
        self.sphere_label.setText(self.tr("&Sphere:"))
        self.hint.setText(self.tr("Return: apply · Esc: skip"))
        self.kind_box.setAccessibleName(self.tr("Kind of the new actor"))
        self.sphere_box.setAccessibleName(self.tr("Sphere of the new actor"))
        self._update_sphere_default()

    def _actor_kind(self) -> ActorKind | None:
        controller = self.view.controller
        actor = None if controller is None else controller.case.actors.get(self.actor_id)
        return None if actor is None else actor.kind

    def _update_sphere_default(self) -> None:
        kind = self.kind_box.currentData()
        implied = label(default_sphere(kind), self.view.map_scene.lang) if kind else ""
        self.sphere_box.setItemText(0, self.tr("As its kind implies (%1)").replace("%1", implied))

    def _place(self) -> None:
        """Beside the new actor, within the view: below, above, right or left of it, at its
        four corners, or shifted along each side; the place that covers fewest names of
        other actors (never the actor itself where any place avoids it), ties to the one
        nearest the actor, then below before above before right before left."""
        item = self.view.map_scene.item_for(self.actor_id)
        room = self.view.viewport().rect()
        w, h = self.width(), self.height()
        if item is None:
            self.move(max(0, room.center().x() - w // 2), max(0, room.center().y() - h // 2))
            return
        own = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        others = [
            self.view.mapFromScene(i.sceneBoundingRect()).boundingRect()
            for k, i in self.view.map_scene.actor_items.items()
            if k != self.actor_id and i.isVisible()
        ]
        spots = _candidate_spots(own, w, h, gap=8)

        def clamped(p: QPoint) -> QRect:
            x = min(max(0, p.x()), max(0, room.width() - w))
            y = min(max(0, p.y()), max(0, room.height() - h))
            return QRect(x, y, w, h)

        mid = own.center()

        def cost(k: int) -> tuple[bool, int, int, int]:
            rect = clamped(spots[k])
            centre = rect.center()
            distance = (centre.x() - mid.x()) ** 2 + (centre.y() - mid.y()) ** 2
            covered = sum(rect.intersects(o) for o in others)
            return rect.intersects(own), covered, distance, k

        best = min(range(len(spots)), key=cost)
        self.move(clamped(spots[best]).topLeft())

    def open(self) -> None:
        """Show the chooser with the focus on the kind."""
        self.show()
        self.raise_()
        self.kind_box.setFocus()
        self._settle.start()

    def _place_when_settled(self) -> None:
        self._waits += 1
        if self.view.settled() or self._waits > 80:  # two seconds at most
            self._settle.stop()
            self._place()

    def apply(self) -> None:
        """Set the chosen kind and sphere (one undo step; nothing when nothing changes)."""
        if self._done:
            return
        self._done = True
        controller = self.view.controller
        actor = None if controller is None else controller.case.actors.get(self.actor_id)
        if controller is not None and actor is not None:
            values: dict[str, object] = {}
            kind, sphere = self.kind_box.currentData(), self.sphere_box.currentData()
            if kind != actor.kind:
                values["kind"] = kind
            if sphere != actor.sphere:
                values["sphere"] = sphere
            item = self.view.map_scene.actor_items.get(self.actor_id)
            if item is not None:  # its name and new shape may cover a neighbour's name
                sphere_then = values.get("sphere", actor.sphere)  # Qt hands back plain strings
                then = replace(
                    actor,
                    kind=ActorKind(str(values.get("kind", actor.kind))),
                    sphere=Sphere(str(sphere_then)) if sphere_then else None,
                )
                spot = self.view.free_spot_for(then, item.pos(), skip=self.actor_id)
                if spot != item.pos():
                    values["position"] = Position(round(spot.x(), 1), round(spot.y(), 1))
            if values:
                try:
                    controller.update(self.actor_id, values)
                except ModelError as exc:
                    self.view.message.emit(exc.render(self.view.map_scene.lang))
        self.close_chooser()

    def close_chooser(self) -> None:
        """Close without (further) changes; the map gets the focus back."""
        self._done = True
        self.view.setFocus()
        self.hide()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_chooser()
                return True
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and not self._done
            and not self._has_focus_inside()
        ):
            popup = isinstance(watched, QComboBox) and watched.view().isVisible()
            # another window or a menu took the focus for a while: the chooser stays
            away = event.reason() in (
                Qt.FocusReason.ActiveWindowFocusReason,
                Qt.FocusReason.PopupFocusReason,
            )
            if not popup and not away:
                self.apply()  # a click elsewhere answers it with what it shows (new user 8, N4)
        return super().eventFilter(watched, event)

    def _has_focus_inside(self) -> bool:
        focus = self.window().focusWidget() if self.window() is not None else None
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(200, 205, 212))
        painter.setBrush(QColor(255, 255, 255, 245))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 8, 8)
        painter.end()


def _candidate_spots(own: QRect, w: int, h: int, gap: int) -> list[QPoint]:
    """Top-left corners of a ``w`` x ``h`` chooser beside ``own``: centred below, above,
    right and left of it first, then each side shifted along in eighths, then the
    four diagonal corners."""
    mid = own.center()
    below, above = own.bottom() + gap, own.top() - gap - h
    right, left = own.right() + gap, own.left() - gap - w
    spots = [
        QPoint(mid.x() - w // 2, below),
        QPoint(mid.x() - w // 2, above),
        QPoint(right, mid.y() - h // 2),
        QPoint(left, mid.y() - h // 2),
    ]
    xs = [own.left() - w + (own.width() + w) * i // 8 for i in range(1, 8)]
    ys = [own.top() - h + (own.height() + h) * i // 8 for i in range(1, 8)]
    spots += [QPoint(x, y) for y in (below, above) for x in xs]
    spots += [QPoint(x, y) for x in (right, left) for y in ys]
    spots += [QPoint(x, y) for x in (right, left) for y in (below, above)]
    return spots


def install_kind_chooser(view: MapView) -> None:
    """Open a :class:`KindSphereChooser` whenever ``view`` has named a new actor."""

    def _open(actor_id: str) -> None:
        chooser = KindSphereChooser(view, actor_id)
        view.kind_chooser_widget = chooser
        chooser.open()

    view.new_actor_named.connect(_open)
