"""The command line's foundation: validate, example, help, usage errors, languages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from models.example import example_text
from ui.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_example_writes_the_built_in_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "voorbeeld.kvmap"
    assert main(["example", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == example_text()
    assert str(out) in capsys.readouterr().out


def test_validate_valid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "v.kvmap"
    main(["example", "--out", str(out)])
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    assert "valid (19 actors" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("doc", "version"),
    [
        (
            {
                "format": "krachtenveld",
                "version": 0,
                "case": {"name": "Oud"},
                "actors": [{"id": "a", "name": "A", "type": "manager"}],
            },
            0,
        ),
        (
            {
                "format": "krachtenveld",
                "version": 1,
                "case": {"title": "Oud"},
                "actors": [{"id": "a", "name": "A", "organisation": "Gemeente"}],
            },
            1,
        ),
    ],
)
def test_validate_says_an_old_version_was_migrated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: dict[str, object], version: int
) -> None:
    """``version: 0`` passed without a word; it is valid, but read through a migration."""
    old = tmp_path / "oud.kvmap"
    old.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["validate", str(old)]) == 0
    out = capsys.readouterr().out
    assert "valid (1 actor, " in out
    assert "0 relationships, 0 mandates, 0 needs)" in out
    assert f"file format version {version}: migrated to version 2 on reading" in out
    assert main(["validate", "--lang", "nl", str(old)]) == 0
    out = capsys.readouterr().out
    assert "geldig (1 actor, " in out
    assert "0 relaties, 0 mandaten, 0 benodigde besluiten)" in out
    assert f"bestandsformaat versie {version}: bij het lezen omgezet naar versie 2" in out


def test_validate_of_a_current_file_says_nothing_of_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "v.kvmap"
    main(["example", "--out", str(out)])
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    assert "version" not in capsys.readouterr().out.split(":", 1)[1]


def test_validate_lists_every_problem_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(example_text())
    doc["actors"][3]["influence"] = "veel"
    doc["relationships"][7]["target"] = "ghost"
    bad = tmp_path / "bad.kvmap"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["validate", "--lang", "nl", str(bad)]) == 1
    err = capsys.readouterr().err
    assert 'actors[3].influence: verwacht een heel getal 0–5, kreeg "veel"' in err
    assert 'relationships[7].target: geen actor met id "ghost"' in err
    assert str(bad) in err


def test_validate_missing_file_is_a_file_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "nope.kvmap")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2


def test_help_lists_commands_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    english = capsys.readouterr().out
    assert "validate" in english
    assert "example" in english
    with pytest.raises(SystemExit):
        main(["--lang", "nl", "--help"])
    dutch = capsys.readouterr().out
    assert "controleer een .kvmap-bestand" in dutch


def test_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"krachtenveld {version('krachtenveld')}"


@pytest.mark.parametrize("entry", [["main.py"], ["-m", "krachtenveld"], ["-m", "ui.cli"]])
def test_main_py_and_the_module_are_the_same_entry(tmp_path: Path, entry: list[str]) -> None:
    out = tmp_path / "e.kvmap"
    done = subprocess.run(
        [sys.executable, *entry, "example", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert out.exists()


@pytest.mark.parametrize(
    ("argv", "file"),
    [
        (["--lang", "nl"], None),
        ([], None),
        (["--lang", "en", "map.kvmap"], "map.kvmap"),
        (["map.kvmap", "--lang", "nl"], "map.kvmap"),
        (["--lang=nl"], None),
    ],
)
def test_without_a_command_the_desktop_app_opens(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], file: str | None
) -> None:
    """`krachtenveld --lang nl` once failed with KeyError: the language was taken for a file."""
    import argparse

    import ui.commands.gui as gui

    seen: list[argparse.Namespace] = []

    def run(args: argparse.Namespace) -> int:
        seen.append(args)
        return 0

    monkeypatch.setattr(gui, "run", run)
    assert main(argv) == 0
    assert len(seen) == 1
    assert seen[0].command == "gui"
    assert getattr(seen[0], "file", None) == file


def test_validate_warns_about_clashing_and_mistyped_acceptances(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(example_text())
    doc["accepted"] = [
        {"id": "acc1", "finding": "MANDATE_EXPIRED:m5", "reason": "ok"},
        {"id": "acc2", "finding": "MANDATE_EXPIRED:m5", "reason": "other"},
        {"id": "acc3", "finding": "NOPE:zz", "reason": "typo"},
    ]
    path = tmp_path / "acc.kvmap"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["--lang", "en", "validate", str(path)]) == 0  # valid, with warnings
    out = capsys.readouterr().out.splitlines()
    warnings = [line for line in out if ": warning: " in line]
    assert len(warnings) == 2
    assert warnings[0].startswith(f"{path}: warning: Acceptances acc1")
    assert "acc2, is used" in warnings[0]
    assert "no code NOPE" in warnings[1]


def test_screenshot_step_without_present_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # hostile finding 15: --step without --view present was ignored without a word
    source = tmp_path / "ex.kvmap"
    source.write_text(example_text(), encoding="utf-8")
    out = tmp_path / "shot.png"
    args = ["--lang", "en", "screenshot", str(source), "--out", str(out), "--step", "3"]
    assert main(args) == 2
    assert "--step applies only with --view present (this is --view map)" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("fmt", [[], ["--format", "mandate-register"]])
def test_import_into_a_missing_folder_says_so_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: list[str]
) -> None:
    # hostile finding 15: no warnings first, and never "the previous file is unchanged"
    source = tmp_path / "register.csv"
    source.write_text("Bevoegdheid,Mandaatgever,Gemandateerde\nP1,College,Jan\n", encoding="utf-8")
    target = tmp_path / "nodir" / "x.kvmap"
    assert main(["--lang", "en", "import", str(source), *fmt, "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        f"{target}: the folder {target.parent} does not exist; nothing written"
    ]
    assert not target.parent.exists()
