"""Helper process for the main-window kill test (not a test module).

``python window_child.py MAP`` opens MAP in the real MainWindow offscreen (its own settings and
recovery folder come from the environment), edits it, autosaves every 100 ms, prints
``autosaved`` after the first copy and runs until it is killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.safety.recovery import RecoveryEntry
from ui.window.app import ensure_app
from ui.window.main_window import MainWindow


def main() -> None:
    app = ensure_app()
    window = MainWindow()
    window.files.open_path(sys.argv[1], ask=False)
    assert window.safety is not None
    autosaver = window.safety.autosaver
    autosaver._timer.setInterval(100)

    def announce(_entry: RecoveryEntry) -> None:
        print("autosaved", flush=True)

    autosaver.saved.connect(announce)
    window.controller.set_field("a1", "name", "Burgemeester (niet opgeslagen)")
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
