"""``krachtenveld screenshot``: a PNG of the main window, made offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from models.example import example_case
from models.fileformat import save
from ui.cli import main
from ui.commands.screenshot import parse_size


@pytest.mark.parametrize(
    ("text", "size"),
    [("1600x1000", (1600, 1000)), (" 800X600 ", (800, 600)), ("99x99", None), ("big", None)],
)
def test_parse_size(text: str, size: tuple[int, int] | None) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("view", ["map", "grid", "scorecard"])
def test_screenshot_writes_a_png_of_the_requested_size(
    qapp: object, tmp_path: Path, view: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "voorbeeld.kvmap"
    save(example_case(), source)
    out = tmp_path / f"{view}.png"
    code = main(
        [
            "screenshot",
            str(source),
            "--out",
            str(out),
            "--view",
            view,
            "--size",
            "1200x800",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    assert "Wrote" in capsys.readouterr().out


def test_screenshot_of_a_missing_file_is_a_located_error(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["screenshot", str(tmp_path / "nope.kvmap"), "--out", str(tmp_path / "x.png")])
    assert code == 2
    assert "nope.kvmap" in capsys.readouterr().err


def test_screenshot_bad_size_is_a_usage_error(qapp: object, tmp_path: Path) -> None:
    assert main(["screenshot", "--out", str(tmp_path / "x.png"), "--size", "12"]) == 2
