"""Helper process for the GUI kill test (not a test module).

``python autosave_child.py MAP RECOVERY_DIR`` opens MAP in a DocumentController offscreen,
makes two edits, autosaves every 100 ms into RECOVERY_DIR, prints ``autosaved`` after the
first copy and keeps running until it is killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from models import Actor
from ui.document.controller import DocumentController
from ui.safety.recovery import Autosaver, RecoveryEntry, RecoveryStore


def edit(controller: DocumentController) -> None:
    """The edits the test expects to find in the recovered copy."""
    controller.set_case_field("title", "Bewerkt, niet opgeslagen")
    controller.add_actor(Actor("nieuw", "Nieuwe actor"))


def main() -> None:
    app = QApplication([])
    controller = DocumentController()
    controller.open(sys.argv[1])
    autosaver = Autosaver(controller, RecoveryStore(sys.argv[2]), interval_ms=100)

    def announce(_entry: RecoveryEntry) -> None:
        print("autosaved", flush=True)

    autosaver.saved.connect(announce)
    edit(controller)
    app.exec()


if __name__ == "__main__":
    main()
