"""``krachtenveld layout``: headless layouts written back to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.layout import layout
from models import LayoutMethod
from models.example import example_case
from models.fileformat import load, save
from ui.cli import main


@pytest.mark.parametrize("method", list(LayoutMethod))
def test_layout_writes_the_positions_of_the_method(
    tmp_path: Path, method: LayoutMethod, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.kvmap"
    out = tmp_path / "out.kvmap"
    save(example_case(), src, backup=False)
    assert main(["layout", str(src), "--method", method, "--out", str(out)]) == 0
    written = load(out)
    expected = layout(example_case(), method)
    assert {a.id: a.position for a in written.actors} == expected
    assert "19" in capsys.readouterr().out
    assert load(src).actors[0].position == example_case().actors[0].position  # input untouched


def test_layout_in_place_keeps_a_backup(tmp_path: Path) -> None:
    src = tmp_path / "map.kvmap"
    save(example_case(), src, backup=False)
    before = src.read_text(encoding="utf-8")
    assert main(["--lang", "nl", "layout", str(src), "-m", "circle"]) == 0
    assert src.with_suffix(".kvmap.bak").read_text(encoding="utf-8") == before
    assert src.read_text(encoding="utf-8") != before


def test_layout_of_a_missing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["layout", str(tmp_path / "nope.kvmap")]) == 2
    assert "nope.kvmap" in capsys.readouterr().err
