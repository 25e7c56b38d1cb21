"""Hostile review 10, H2: an actor at 1e9 or 1e308 made ``export`` to PNG and PPTX and the
``screenshot`` run for minutes (killed after 90-120 s at up to 7 GB). The reader now leaves
such a position empty with a warning (:mod:`tests.models.test_far_positions`); a real export
in a fresh process finishes well within a timeout the old code blew. Imports (CSV, GraphML)
drop a far coordinate with a located warning, as they drop NaN."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exports.formats import import_file
from exports.graphml import write_graphml
from models import fileformat
from models.example import example_case
from tests.exports.test_import_positions_hostile7 import _nodes_with_x

ROOT = Path(__file__).resolve().parents[2]


def _far_map(tmp_path: Path, x: float) -> Path:
    doc = json.loads(fileformat.dumps(example_case()))
    doc["actors"][0]["position"] = {"x": x, "y": -x}
    path = tmp_path / "ver.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("x", "out"), [(1e9, "ver.png"), (1e308, "ver.pptx")])
def test_an_export_of_a_map_with_an_actor_far_out_finishes(
    tmp_path: Path, x: float, out: str
) -> None:
    path = _far_map(tmp_path, x)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from ui.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(  # the old code: still busy after 90 s, gigabytes of memory
        [sys.executable, "-c", code, "export", str(path), "--to", str(tmp_path / out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / out).stat().st_size > 10_000
    assert 'actors[0].position: actor "college": x is ' in done.stderr
    assert "farther out than the ±1,000,000 a map can draw" in done.stderr
    assert "the file itself is unchanged" in done.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["actors"][0]["position"]["x"] == x


def test_a_far_csv_coordinate_is_dropped_with_a_warning(tmp_path: Path) -> None:
    result = import_file(_nodes_with_x(tmp_path, "1e9"))
    college = result.case.actors.get("college")
    assert college is not None
    assert college.position is None
    said = [w.render("en") for w in result.warnings]
    assert any(
        s.startswith('file "kaart-nodes.csv", row 2, column "x": x is 1e+09, farther out than')
        and "placed by the layout" in s
        for s in said
    ), said
    assert any("verder weg dan ±1.000.000" in w.render("nl") for w in result.warnings)
    fileformat.save(result.case, tmp_path / "kaart.kvmap")


def test_a_far_graphml_coordinate_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "kaart.graphml"
    write_graphml(example_case(), path)
    text = path.read_text(encoding="utf-8")
    start = text.index('<data key="n_y">')
    end = text.index("</data>", start)
    path.write_text(text[:start] + '<data key="n_y">-2e7' + text[end:], encoding="utf-8")
    result = import_file(path)
    assert all(a.position is None or abs(a.position.y) <= 1e6 for a in result.case.actors)
    assert any("y is -2e+07, farther out than" in w.render("en") for w in result.warnings)
