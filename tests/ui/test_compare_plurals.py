"""The compare dialog counts in real English plurals from the first dialog on: before any
language switch it said "17 difference(s)" (issue 11). A fresh process, as the first dialog
of a session, so no earlier test's language switch installs the plurals for it."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
from dataclasses import replace
from PySide6.QtWidgets import QApplication
from mapper.diff import diff_cases
from models.example import example_case
from ui.dialogs.compare_dialog import CompareDialog
from ui.document.controller import DocumentController

app = QApplication([])
after = example_case()
before = after.subset([a.id for a in list(after.actors)[:-1]],
                      replace(after.info, title="x"), list(after.needs))
controller = DocumentController()
controller.replace_case(after, None)
dialog = CompareDialog(diff_cases(before, after), before, controller, "1 oktober 2026")
print(dialog.summary.text())
"""


def test_the_first_compare_dialog_says_differences_in_plain_english() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = done.stdout.strip()
    assert "(s)" not in shown, shown
    assert " differences." in shown, shown
