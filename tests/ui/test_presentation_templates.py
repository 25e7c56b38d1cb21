"""F5 on a fresh built-in template names every actor of every point (new user, twelfth round
B1: point 1 of the youth template drew 'Huisarts' and 'Intern begeleider school', and of the
Wmo template 'Wijkverpleegkundige', as blank green bars without a name, at 1366 x 768 and at
1920 x 1080).

The presentation runs full screen on a screen of the size the user had, so each size is a
child process with the offscreen platform's screen set to it (as the second-screen test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import json, sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.dialogs.template_dialog import template_case_laid_out
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow
out = {}
for key in ("youth_care", "wmo"):
    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    win = MainWindow(DocumentController(template_case_laid_out(key)), settings=settings,
                     safety=False)
    win.show()
    app.processEvents()
    shown = win.presenter.start()
    shown.view.animate = False
    app.processEvents()
    items = win.scene.actor_items
    nameless = {}
    for index, step in enumerate(shown.steps):
        shown.go(index)
        app.processEvents()
        focus = sorted(step.actor_ids())
        bad = [a for a in focus if items[a].label_hidden or a not in shown.view.named()]
        if bad:
            nameless[index] = bad
    out[key] = {"size": [shown.width(), shown.height()], "steps": len(shown.steps),
                "nameless": nameless}
    win.presenter.stop()
    win.analysis_runner().shutdown()
    win.close()
print(json.dumps(out))
"""


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366", "1920"])
def test_every_point_of_the_templates_names_its_actors(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    config = tmp_path / "screens.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    for key in ("youth_care", "wmo"):
        assert shown[key]["size"] == list(size), key
        assert shown[key]["steps"] > 2, key  # the overview and at least two points
        assert shown[key]["nameless"] == {}, key
