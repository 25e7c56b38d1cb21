"""What guides a first run: the card on an empty map, the kind chooser after naming a new
actor, and Help › The seven building blocks. :func:`install` wires them into a main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.canvas.empty_hint import EmptyMapHint
from ui.canvas.kind_chooser import install_kind_chooser
from ui.dialogs.building_blocks import BuildingBlocksDialog

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["install", "show_building_blocks"]


def install(window: MainWindow) -> EmptyMapHint:
    """Add the first-run guidance to ``window``; returns the empty-map card."""
    a = window.actions_
    install_kind_chooser(window.view)
    a.on("help_building_blocks", lambda: show_building_blocks(window))
    return EmptyMapHint(window.view, a["file_new_template"], a["file_open_example"])


def show_building_blocks(window: MainWindow) -> BuildingBlocksDialog:
    """Show the building-blocks page beside the window (one at a time, not modal)."""
    found = window.findChild(BuildingBlocksDialog)
    dialog = found if isinstance(found, BuildingBlocksDialog) else BuildingBlocksDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
