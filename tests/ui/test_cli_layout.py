"""``krachtenveld layout``: headless layouts written back to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.layout import layout
from models import Case, CaseInfo, LayoutMethod
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


def test_layout_out_onto_another_map_is_refused_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # hostile review 11, N5: `layout a --out b` replaced another map b without a word, and a
    # second run left b's own content in neither b nor b.bak
    src, other = tmp_path / "a.kvmap", tmp_path / "b.kvmap"
    save(example_case(), src, backup=False)
    save(example_case(), other, backup=False)
    before = other.read_bytes()
    for lang in ("en", "nl"):
        assert main(["--lang", lang, "layout", str(src), "-m", "grid", "--out", str(other)]) == 2
        assert other.read_bytes() == before
        assert not Path(f"{other}.bak").exists()
    err = capsys.readouterr().err
    assert f"{other} exists and is not {src}" in err
    assert "would be gone. Nothing written" in err
    assert "pass --force" in err
    assert "19 actors" in err  # what it holds now
    assert "zou verdwijnen. Er is niets geschreven" in err
    assert "met --force" in err
    assert main(["layout", str(src), "-m", "grid", "--out", str(other), "--force"]) == 0
    assert Path(f"{other}.bak").read_bytes() == before  # the replaced map is kept
    grid = layout(example_case(), LayoutMethod.GRID)
    assert {a.id: a.position for a in load(other).actors} == grid


def test_layout_out_onto_an_empty_map_or_itself_needs_no_force(tmp_path: Path) -> None:
    src, empty = tmp_path / "a.kvmap", tmp_path / "leeg.kvmap"
    save(example_case(), src, backup=False)
    save(Case(CaseInfo(title="Leeg")), empty, backup=False)
    assert main(["layout", str(src), "-m", "grid", "--out", str(empty)]) == 0
    assert len(load(empty).actors) == 19
    assert main(["layout", str(src), "-m", "circle", "--out", str(src)]) == 0


@pytest.mark.parametrize("method", ["force", "hierarchy", None])
def test_the_lean_way_writes_what_the_full_way_writes(
    tmp_path: Path, method: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 14: a map that opens as it is is laid out without building the case, and the
    file written is byte for byte the one the full reader and writer give; in place, the old
    file stays in the .bak as before."""
    import models.leanmap
    from models.fileformat import dumps

    src = tmp_path / "map.kvmap"
    save(example_case(), src, backup=False)
    before = src.read_bytes()
    chosen = ["--method", method] if method else []
    expected_case = example_case()
    expected_case.set_positions(layout(expected_case, LayoutMethod(method or "hierarchy")))
    taken: list[bool] = []
    lean = models.leanmap.read_lean

    def counted(data: bytes) -> models.leanmap.LeanMap | None:
        taken.append(True)
        return lean(data)

    monkeypatch.setattr(models.leanmap, "read_lean", counted)
    assert main(["layout", str(src), *chosen]) == 0
    assert taken == [True]
    assert src.read_text(encoding="utf-8") == dumps(expected_case)
    assert src.with_suffix(".kvmap.bak").read_bytes() == before


def test_a_map_that_needs_a_repair_goes_the_full_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "map.kvmap"
    example = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"
    text = example.read_text(encoding="utf-8")
    src.write_text(text.replace('"title": "', '"title": "  ', 1), encoding="utf-8")
    out = tmp_path / "out.kvmap"
    assert main(["layout", str(src), "-m", "force", "--out", str(out)]) == 0
    written = load(out)
    assert written.info.title == load(src).info.title
