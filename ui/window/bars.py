"""The main window's toolbar and status bar, built once (their texts are set by the window's
``retranslate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QToolBar, QToolButton

from ui.window.icons import mode_icon
from ui.window.status_messages import StatusMessages

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["build_status_bar", "build_toolbar"]


def build_toolbar(window: MainWindow) -> tuple[QToolBar, QToolButton, QLabel, QComboBox]:
    """The main toolbar, added to ``window``: the bar, the layout button, the practice label
    and the practice box."""
    a = window.actions_
    bar = QToolBar(window)
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # New, Open, Save, Undo and Redo show their well-known icons only (the text is in the
    # tooltip), so every primary action fits at 1366 pixels wide without a "»" menu
    for action in (a["file_new"], a["file_open"], a["file_save"]):
        _add_icon_only(bar, action)
    bar.addSeparator()
    for action in (window.edit.undo_action, window.edit.redo_action):
        _add_icon_only(bar, action)
    bar.addSeparator()
    bar.addActions([a["mode_select"], a["mode_add_actor"], a["mode_connect"]])
    bar.addSeparator()
    layout_button = QToolButton(bar)
    layout_button.setObjectName("layout_button")
    layout_button.setIcon(mode_icon("layout"))
    layout_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # a click lays the map out the recommended way (the hierarchy when it has
    # mandates); the arrow opens the menu of every method
    layout_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    layout_button.setMenu(window.menus["layout"])
    layout_button.clicked.connect(window.run_default_layout)
    bar.addWidget(layout_button)
    bar.addSeparator()
    for name in ("view_map", "view_grid"):
        bar.addAction(a[name])
    bar.addSeparator()
    practice_label = QLabel(bar)
    practice_label.setObjectName("practice_label")
    bar.addWidget(practice_label)
    practice_box = QComboBox(bar)
    practice_box.setObjectName("practice_box")
    practice_box.addItems(["", "", ""])
    practice_label.setBuddy(practice_box)
    bar.addWidget(practice_box)
    bar.addSeparator()
    for action in (a["view_zoom_out"], a["view_zoom_in"], a["view_fit"]):
        _add_icon_only(bar, action)
    bar.addSeparator()
    _add_icon_only(bar, a["edit_find"])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar, layout_button, practice_label, practice_box


def _add_icon_only(bar: QToolBar, action: QAction) -> None:
    bar.addAction(action)
    button = bar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


def build_status_bar(
    window: MainWindow,
) -> tuple[QLabel, QLabel, QProgressBar, QToolButton, StatusMessages]:
    """The status bar's permanent widgets: the counts, the zoom, the layout's progress and
    its cancel button; and the watcher of its messages."""
    status = window.statusBar()
    status.setObjectName("status_bar")
    counts_label = QLabel(status)
    counts_label.setObjectName("counts_label")
    zoom_label = QLabel(status)
    zoom_label.setObjectName("zoom_label")
    progress = QProgressBar(status)
    progress.setObjectName("layout_progress")
    progress.setRange(0, 100)
    progress.setMaximumWidth(160)
    progress.hide()
    cancel_button = QToolButton(status)
    cancel_button.setObjectName("layout_cancel_button")
    cancel_button.setDefaultAction(window.actions_["layout_cancel"])
    cancel_button.hide()
    for widget in (progress, cancel_button, counts_label, zoom_label):
        status.addPermanentWidget(widget)
    messages = StatusMessages(status, (counts_label, zoom_label))
    return counts_label, zoom_label, progress, cancel_button, messages
