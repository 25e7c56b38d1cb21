"""Issue 13 item 8: a failed write says which path and what went wrong.

* A ``.bak`` that is a folder: "Is a directory" did not say which path; now it names the
  ``.bak`` and what to do, and the map is unchanged.
* A map or picture path that is a folder: "this is a folder".
* A failed screenshot said "could not save: PNG"; now it gives the system's reason and the old
  picture stays whole (the PNG is written through the atomic writer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import FormatError
from models.example import example_case
from models.fileformat import load, save
from ui.cli import main


def test_backup_that_is_a_folder_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kaart.kvmap"
    save(example_case(), path)
    before = path.read_bytes()
    (tmp_path / "kaart.kvmap.bak").mkdir()
    with pytest.raises(FormatError) as info:
        save(example_case(), path)
    text = info.value.render("en")
    assert str(path) in text
    assert "kaart.kvmap.bak is a folder" in text
    assert "Is a directory" not in text
    assert "kaart.kvmap.bak is een map" in info.value.render("nl")
    assert path.read_bytes() == before
    load(path)


def test_saving_onto_a_folder_says_so(tmp_path: Path) -> None:
    path = tmp_path / "map.kvmap"
    path.mkdir()
    with pytest.raises(FormatError) as info:
        save(example_case(), path)
    assert "this is a folder" in info.value.render("en")


def _screenshot(out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["screenshot", "--lang", "en", "--out", str(out), "--size", "400x300"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_screenshot_onto_a_folder(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plaatje.png"
    out.mkdir()
    code, text = _screenshot(out, capsys)
    assert code != 0
    assert str(out) in text
    assert "this is a folder" in text
    assert "PNG" not in text.replace(str(out), "")


def test_screenshot_into_a_missing_place_gives_the_reason(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    out = blocker / "plaatje.png"
    code, text = _screenshot(out, capsys)
    assert code != 0
    assert f"could not save: {blocker} is a file, not a folder" in text
    assert "Traceback" not in text


def test_failed_screenshot_keeps_the_old_picture(
    qapp: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import models.atomic

    out = tmp_path / "oud.png"
    out.write_bytes(b"old picture")

    def fail(fd: int, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(models.atomic, "_write_all", fail)
    code, text = _screenshot(out, capsys)
    assert code != 0
    saved = "could not save: the disk is full; make room and try again. The previous file is"
    assert f"{saved} unchanged" in text
    assert out.read_bytes() == b"old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oud.png"]
