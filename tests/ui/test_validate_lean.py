"""``krachtenveld validate`` of a plain map builds no map (issue 14: 10,000 actors in 0.25 s CPU
instead of 0.8) and says exactly what the full reader's way says, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

import ui.commands.validate as validate
from benchmarks.generate import generate_case
from models.case import Case
from models.fileformat import save
from ui.cli import main

ROOT = Path(__file__).resolve().parents[2]
MAPS = [
    ROOT / "examples" / "huisuitzetting-schulden-zorg.kvmap",  # register, snapshots
    ROOT / "tests" / "ui" / "data" / "user11_noah.kvmap",  # an acceptance, history
    ROOT / "tests" / "models" / "data" / "example-v1.kvmap",  # version 1: the full way
]


def _said(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("path", MAPS, ids=[p.name for p in MAPS])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_lean_way_says_what_the_full_way_says(
    path: Path, lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["validate", "--lang", lang, str(path)]
    lean = _said(args, capsys)
    monkeypatch.setattr(validate, "_clean", lambda _path: None)  # the full reader's way
    assert _said(args, capsys) == lean


def test_a_plain_map_is_validated_without_building_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "g.kvmap"
    save(generate_case(300, seed=2), path, backup=False)
    built: list[int] = []
    real = Case.build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Case], /, *args: object, **kwargs: object) -> Case:
        built.append(1)
        return real(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Case, "build", classmethod(counted))
    code, out, err = _said(["validate", "--lang", "en", str(path)], capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"{path}: valid (300 actors, ")
    assert built == [], "validate built the map"
    monkeypatch.setattr(validate, "_clean", lambda _path: None)
    assert _said(["validate", "--lang", "en", str(path)], capsys) == (code, out, err)
    assert built == [1]  # the full way builds it, and says the same


def test_an_unreadable_file_is_said_by_the_full_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _said(["validate", str(tmp_path / "nope.kvmap")], capsys)
    assert (code, out) == (2, "")
    assert "nope.kvmap" in err
    code, out, err = _said(["validate", str(tmp_path)], capsys)
    assert (code, out) == (1, "")
    assert "folder" in err
