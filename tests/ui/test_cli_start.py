"""What a command of ``krachtenveld`` loads before it does its work (issue 14: half of
``krachtenveld layout --method force`` at 2,000 actors was process start and imports, against
Graphviz sfdp's whole run). A command imports its own module only, none of the app, the
exports or the analysis, and numpy's OpenBLAS starts one thread; each of these tests fails on
the code before it (every command's module was imported, and with them ``mapper.findings``;
``np.unique`` loaded ``numpy.ma``; OpenBLAS started a spinning thread per core)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

import ui.commands
from benchmarks.generate import generate_case
from models.fileformat import save
from models.timeline_io import SECTIONS
from tests.fresh import run_fresh
from ui.cli import one_blas_thread

PROBE = """
import os, sys
from ui.cli import main
code = main(sys.argv[1:])
print(code)
print(os.environ.get("OPENBLAS_NUM_THREADS", "-"))
print(" ".join(sorted(sys.modules)))
"""

#: what no command but its own needs at its start: the app, the exports, the analysis, the
#: full model and numpy's masked arrays
HEAVY = (
    "PySide6",
    "networkx",
    "scipy",
    "openpyxl",
    "docx",
    "pptx",
    "pydot",
    "numpy.ma",
    "exports",
    "mapper.analysis",
    "mapper.findings",
    "mapper.codes",
    "models.case",
    "models.fileformat",
)


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(m == n or m.startswith(f"{n}.") for m in modules))


def _run(*args: str) -> tuple[str, str, set[str]]:
    code, threads, modules = run_fresh(PROBE, *args).splitlines()[-3:]
    return code, threads, set(modules.split())


@pytest.fixture(scope="module")
def organised_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A map with organisations, so the force layout packs them (numpy.ma came in there)."""
    path = tmp_path_factory.mktemp("start") / "m.kvmap"
    case = generate_case(120, seed=3)
    assert len(case.organisations) > 1
    save(case, path, backup=False)
    return path


def test_layout_loads_only_what_it_needs(organised_map: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.kvmap"
    code, threads, modules = _run("layout", str(organised_map), "-m", "force", "-o", str(out))
    assert code == "0"
    assert out.exists()
    assert _loaded(modules, (*HEAVY, "socket")) == []  # the lock asks uname for the host
    commands = {f"ui.commands.{m}" for m in ui.commands.COMMANDS.values()}
    assert sorted(commands & modules) == ["ui.commands.layout"]
    assert "models.leanmap" in modules  # the lean way, not the full reader
    assert threads == "1"


def test_validate_loads_no_numpy(organised_map: Path) -> None:
    code, _threads, modules = _run("validate", str(organised_map))
    assert code == "0"
    assert _loaded(modules, (*HEAVY, "numpy", "mapper")) == []


#: what reading a map needs none of: OpenSSL's hashes (a snapshot's key), the writers' random
#: names, the user's name, the atomic writer and the package scan of the help (issue 14,
#: snap18d: 0.005-0.010 s CPU of each ``validate``; each of these was loaded before)
WRITING = ("hashlib", "secrets", "getpass", "pkgutil", "models.atomic", "models.process")


@pytest.fixture(scope="module")
def snapshot_map(organised_map: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The organised map with a first snapshot (the map itself) and three that each set one
    actor's stance: read with the full reader's ``read_dict``."""
    doc = json.loads(organised_map.read_text(encoding="utf-8"))
    first = {"case": doc["case"], **{s: {"set": doc[s]} for s in SECTIONS if doc.get(s)}}
    states: list[dict[str, object]] = [first]
    for k in range(3):
        actor = {**doc["actors"][k], "stance": k - 1}
        states.append({"actors": {"set": [actor]}})
    doc["snapshots"] = [
        {"id": f"s{i}", "date": f"2024-01-0{i + 1}", "label": f"M {i}", "state": state}
        for i, state in enumerate(states)
    ]
    path = tmp_path_factory.mktemp("start") / "snapshots.kvmap"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_validate_loads_nothing_a_reader_does_not_need(
    organised_map: Path, snapshot_map: Path
) -> None:
    code, _threads, modules = _run("validate", str(organised_map))
    assert code == "0"
    assert _loaded(modules, (*WRITING, "json")) == []
    code, _threads, modules = _run("validate", str(snapshot_map))
    assert code == "0"
    assert "models.fileformat" in modules  # the changes are read by the full reader
    assert _loaded(modules, WRITING) == []


def test_the_version_and_the_help_load_what_they_show() -> None:
    """``--version`` imports no command's module (argparse stops at it before any command is
    looked at); the help imports them all, and without ``logging`` (issue 14, snap18d: both
    failed on the code before: eleven command modules, and the export command's logger)."""
    probe = """
import sys
from ui.cli import main
try:
    main(sys.argv[1:])
except SystemExit as stop:
    print(stop.code)
print(" ".join(sorted(sys.modules)))
"""
    for args in (["--version"], ["--lang", "nl", "--version"]):
        said, code, modules = run_fresh(probe, *args).splitlines()[-3:]
        assert said.startswith("krachtenveld ")
        assert code == "0"
        assert [m for m in modules.split() if m.startswith("ui.commands.")] == []
    code, modules = run_fresh(probe, "--help").splitlines()[-2:]
    assert code == "0"
    assert "ui.commands.export" in modules.split()
    assert "logging" not in modules.split()


def test_every_command_module_imports_nothing_heavy() -> None:
    """The help imports every command's module: what each imports at module level."""
    probe = """
import sys
from ui.commands import discover
discover()
print(" ".join(sorted(sys.modules)))
"""
    modules = set(run_fresh(probe).split())
    assert _loaded(modules, (*HEAVY, "numpy", "msgspec")) == []


def test_the_command_table_is_what_the_package_holds() -> None:
    found = ui.commands.discover()
    assert list(found) == list(ui.commands.COMMANDS)
    for name, module in ui.commands.COMMANDS.items():
        command = ui.commands.command(name)
        assert command is importlib.import_module(f"ui.commands.{module}")
        assert name == command.NAME
        assert found[name] is command


def test_one_blas_thread_unless_the_user_chose() -> None:
    # numpy is loaded in the test process: OpenBLAS would no longer read it, so it is not set
    environ: dict[str, str] = {}
    one_blas_thread(environ)
    assert environ == {}
    probe = """
import sys
from ui.cli import one_blas_thread
for environ in ({}, {"OPENBLAS_NUM_THREADS": "4"}):
    one_blas_thread(environ)
    print(environ["OPENBLAS_NUM_THREADS"])
"""
    assert run_fresh(probe).split() == ["1", "4"]


def test_layout_runs_with_the_cycle_collector_off(organised_map: Path, tmp_path: Path) -> None:
    """Off for the command's work, on again after it; what was made meanwhile does not go
    through the next young collection (fails on the code before: on throughout)."""
    probe = """
import gc, sys
import ui.commands.layout as command
from ui.cli import main
seen = []
real = command._lay_out
def watched(*args):
    seen.append(gc.isenabled())
    return real(*args)
command._lay_out = watched
code = main(sys.argv[1:])
print(code, seen, gc.isenabled(), gc.get_count()[0] < 100, gc.get_freeze_count())
"""
    out = tmp_path / "out.kvmap"
    said = run_fresh(probe, "layout", str(organised_map), "-m", "force", "-o", str(out))
    assert said.split("\n")[-2] == "0 [False] True True 0"


def test_the_cycle_collector_stays_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off before (the app and the test suite switch it off): off after; frozen objects stay
    frozen (no unfreeze, no new freeze, when something was frozen before). The count itself
    is not compared: in a worker that froze earlier tests' objects it drops whenever one of
    them is freed (576,647 -> 576,645 in a fresh-clone CI run), which says nothing about
    this context."""
    import gc

    from ui.commands import cycle_collector_off

    calls: list[str] = []
    real_freeze, real_unfreeze = gc.freeze, gc.unfreeze

    def freeze() -> None:
        calls.append("freeze")
        real_freeze()

    def unfreeze() -> None:
        calls.append("unfreeze")
        real_unfreeze()

    monkeypatch.setattr(gc, "freeze", freeze)
    monkeypatch.setattr(gc, "unfreeze", unfreeze)
    was_on = gc.isenabled()
    gc.disable()
    holder = [object()]
    gc.freeze()  # something frozen before, as the suite and the app have
    calls.clear()
    try:
        with cycle_collector_off():
            assert not gc.isenabled()
        assert not gc.isenabled()
        assert calls == []
        assert gc.get_freeze_count() > 0
    finally:
        if was_on:
            gc.enable()
    assert holder


def test_objects_frozen_before_are_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``gc.get_freeze_count`` walks every frozen object (50 ms in a test worker): once
    something frozen by someone else was seen, the collector's helper does not ask again
    (issue 15, the suite's time)."""
    import gc

    from ui.commands import cycle_collector_off

    asked: list[int] = []
    real_count = gc.get_freeze_count

    def count() -> int:
        asked.append(real_count())
        return asked[-1]

    monkeypatch.setattr(gc, "get_freeze_count", count)
    was_on = gc.isenabled()
    holder = [object()]
    gc.freeze()  # something frozen before, as the suite and the app have
    try:
        for _ in range(3):
            with cycle_collector_off():
                pass
    finally:
        if was_on:
            gc.enable()
    assert len(asked) <= 1
    assert holder
