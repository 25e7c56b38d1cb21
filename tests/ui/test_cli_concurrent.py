"""CLI commands that write a map hold its lock from read to write (hostile review N1).

Four imports into one map at once: each either lands, or exits non-zero saying that another
program has the map open. None reports success while its work is lost.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import exports.register_read
from models.example import example_case
from models.fileformat import load, save
from models.filelock import lock_path, read_lock
from tests.ui.conftest import small_case
from ui.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _register_csv(path: Path, power: str) -> None:
    path.write_text(
        f"Bevoegdheid,Mandaatgever,Gemandateerde\n{power},College van B&W,Gemeentesecretaris\n",
        "utf-8",
    )


def test_concurrent_imports_all_land_or_say_they_did_not(tmp_path: Path) -> None:
    target = tmp_path / "m.kvmap"
    save(example_case(), target)
    before = len(load(target).mandates)
    names = [f"Nieuwe bevoegdheid {i}" for i in range(4)]
    for i, name in enumerate(names):
        _register_csv(tmp_path / f"r{i}.csv", name)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui.cli",
                "--lang",
                "en",
                "import",
                str(tmp_path / f"r{i}.csv"),
                "--format",
                "mandate-register",
                "--to",
                str(target),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for i in range(4)
    ]
    outcomes = [(p.wait(), *p.communicate()) for p in procs]
    case = load(target)
    powers = {power.name for power in case.powers}
    landed = [name for name, (code, _, _) in zip(names, outcomes, strict=True) if code == 0]
    for name, (code, out, err) in zip(names, outcomes, strict=True):
        if code == 0:
            assert name in powers, (name, out, err)
        else:
            assert name not in powers
            assert "has this map open" in err or "changed on disk" in err, err
    assert landed, outcomes  # at least the first one lands
    assert len(case.mandates) == before + len(landed)
    assert not lock_path(target).exists()  # every command gave its lock back


def test_the_lock_is_held_while_the_register_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "m.kvmap"
    save(example_case(), target)
    _register_csv(tmp_path / "r.csv", "Nieuwe bevoegdheid")
    real = exports.register_read.read_register
    seen = []

    def reading(*args: object, **kwargs: object) -> exports.register_read.RegisterImport:
        seen.append(read_lock(target))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exports.register_read, "read_register", reading)
    argv = ["import", str(tmp_path / "r.csv"), "--format", "mandate-register", "--to"]
    assert main([*argv, str(target)]) == 0
    owner = seen[0]
    assert owner is not None
    assert owner.is_mine()
    assert not lock_path(target).exists()


@pytest.mark.parametrize("command", ["register", "layout"])
def test_a_map_changed_on_disk_meanwhile_is_not_written(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "m.kvmap"
    save(example_case(), target)
    _register_csv(tmp_path / "r.csv", "Nieuwe bevoegdheid")
    other = small_case()

    real: Any

    def someone_else_saves(*args: Any, **kwargs: Any) -> Any:
        save(other, target, backup=False)  # a program that ignores the lock
        return real(*args, **kwargs)

    if command == "register":
        real = exports.register_read.read_register
        monkeypatch.setattr(exports.register_read, "read_register", someone_else_saves)
        argv = ["import", str(tmp_path / "r.csv"), "--format", "mandate-register", "--to"]
    else:
        import mapper.layout

        real = mapper.layout.layout
        monkeypatch.setattr(mapper.layout, "layout", someone_else_saves)
        argv = ["layout", "--method", "circle"]
    assert main([*argv, str(target)]) == 2
    assert "the map changed on disk while this command ran; nothing written" in (
        capsys.readouterr().err
    )
    assert {a.id for a in load(target).actors} == {a.id for a in other.actors}


def test_import_onto_a_map_with_a_timeline_refuses_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, date, datetime

    from exports.graphml import write_graphml
    from models import fileformat
    from models.timeline import HistoryEntry, Snapshot, Timeline
    from models.timeline_io import state_of

    target = tmp_path / "kaart.kvmap"
    case = example_case()
    case.timeline = Timeline()  # not the snapshots the example ships with
    case.timeline.add_snapshot(
        Snapshot("s1", date(2026, 1, 15), "Eerste", state_of(fileformat.case_to_dict(case)))
    )
    case.timeline.record(HistoryEntry(datetime(2026, 2, 1, 9, 30, tzinfo=UTC), "anna", ("X",)))
    save(case, target)
    before = target.read_bytes()
    source = tmp_path / "in.graphml"
    write_graphml(small_case(), source)
    assert main(["import", str(source), "--to", str(target), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "1 snapshot" in err
    assert "1 saved edit in its history" in err
    assert "Nothing written" in err
    assert "--force" in err
    assert target.read_bytes() == before
    assert main(["import", str(source), "--to", str(target), "--force"]) == 0
    assert {a.id for a in load(target).actors} == {a.id for a in small_case().actors}
    fresh = tmp_path / "nieuw.kvmap"  # a new file needs no --force
    assert main(["import", str(source), "--to", str(fresh)]) == 0


def test_export_of_a_map_with_a_timeline_warns_it_is_not_carried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from models.timeline import HistoryEntry

    case = small_case()
    case.timeline.record(HistoryEntry(datetime(2026, 2, 1, tzinfo=UTC), "anna"))
    source = tmp_path / "kaart.kvmap"
    save(case, source)
    assert main(["export", str(source), "--to", str(tmp_path / "k.graphml"), "--lang", "en"]) == 0
    assert "snapshots and history are not carried by GraphML" in capsys.readouterr().err
