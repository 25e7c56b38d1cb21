"""The launcher's note names PYTHONPATH when the foreign package comes from it (hostile review
21, H9: it advised "a virtual environment of its own" to a user whose venv was one already)."""

from __future__ import annotations

import os
from pathlib import Path

import krachtenveld


def test_a_foreign_package_from_pythonpath_gets_that_way_out(tmp_path: Path) -> None:
    foreign = tmp_path / "eigen-code"
    replaced = [("models", str(foreign / "models"))]
    pythonpath = os.pathsep.join(["/elders", str(foreign)])
    en = krachtenveld.note(replaced, Path("/opt/kv"), False, pythonpath)
    assert en.endswith(
        f"It comes from PYTHONPATH ({foreign.resolve()}): leave that folder out of PYTHONPATH"
        " when you start Krachtenveld and this note goes away."
    )
    nl = krachtenveld.note(
        [*replaced, ("ui", str(foreign / "ui"))], Path("/opt/kv"), True, pythonpath
    )
    assert f"Ze komen uit PYTHONPATH ({foreign.resolve()}): laat die map weg uit PYTHONPATH" in nl
    assert "virtuele omgeving" not in nl


def test_a_foreign_package_elsewhere_keeps_the_venv_advice(tmp_path: Path) -> None:
    replaced = [("ui", str(tmp_path / "site-packages" / "ui"))]
    said = krachtenveld.note(replaced, Path("/opt/kv"), False, str(tmp_path / "other"))
    assert said.endswith(
        "Install Krachtenveld in a virtual environment of its own and this note goes away."
    )
