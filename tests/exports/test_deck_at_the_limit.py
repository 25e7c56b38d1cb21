"""Hostile review 11, N7: a valid map with an actor at the coordinate limit (x=1e6, y=-1e6;
or two actors at ±1e6) could not be exported to .pptx: "college.position: x is 1.40024e+06,
farther out than the ±1,000,000 a map can draw". The deck's map is stretched or spread
towards the slide's shape, and those computed places went through the file-reading limit.
They are now moved (and at most shrunk) back within it (:func:`mapper.layout.placing.drawable`).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models import fileformat
from models.example import example_case
from ui.cli import main


def _map_at_the_limit(tmp_path: Path, places: dict[str, tuple[float, float]]) -> Path:
    doc = json.loads(fileformat.dumps(example_case()))
    for actor in doc["actors"]:
        if actor["id"] in places:
            x, y = places[actor["id"]]
            actor["position"] = {"x": x, "y": y}
    path = tmp_path / "rand.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "places",
    [
        {"college": (1e6, -1e6)},  # pos_edge
        {"college": (1e6, 1e6), "wethouder": (-1e6, -1e6)},  # pos_span
    ],
    ids=["edge", "span"],
)
def test_a_map_at_the_limit_makes_a_deck(
    qtbot: QtBot,
    tmp_path: Path,
    places: dict[str, tuple[float, float]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _map_at_the_limit(tmp_path, places)
    assert main(["validate", str(path)]) == 0  # a valid map
    capsys.readouterr()
    deck = tmp_path / "sessie.pptx"
    assert main(["export", str(path), "--to", str(deck)]) == 0, capsys.readouterr().err
    assert "farther out" not in capsys.readouterr().err
    with zipfile.ZipFile(deck) as pptx:
        pictures = [n for n in pptx.namelist() if n.startswith("ppt/media/")]
    assert pictures  # the map is on its slides
    assert fileformat.load(path).actors.get("college") is not None  # the file is untouched
