"""The folder chooser of File › Open casebook: a folder dialog that also lists the maps.

Qt's folder chooser shows folders only, so the user cannot see which maps a folder holds
before choosing it (new user, sixth round, 7). This one lists the ``.kvmap`` files too; they
cannot be chosen, only seen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

__all__ = ["casebook_folder_dialog"]


def casebook_folder_dialog(parent: QWidget | None, start: str) -> QFileDialog:
    """A folder dialog starting in ``start`` that shows the maps in each folder."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("FileHandler", "Open casebook: choose a folder of maps"),
        start,
    )
    dialog.setObjectName("casebook_folder_dialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, False)
    dialog.setNameFilter(
        QCoreApplication.translate("CasebookFolder", "Krachtenveld cases (*.kvmap)")
    )
    # Qt's own dialog (the one that lists files beside folders), with its Size, Type and
    # Date columns as wide as their text: at 1366 they were cut to "90....KiB" and
    # "pla...ent" (new user, seventh round); the name takes the rest
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.resize(860, 500)
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:
        header = details.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog
