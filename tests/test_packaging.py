"""The installed wheel: only Krachtenveld's four packages and its launcher, imported from where
they install; a foreign package with one of their generic names is refused when ``ui`` is
imported, and never run when the ``krachtenveld`` command starts (the launcher loads our own)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("models", "mapper", "exports", "ui")
LAUNCHER = "krachtenveld.py"  # the console script's module, imported before any package

pytestmark = pytest.mark.xdist_group("wheel")  # one worker builds the wheel once

# Runs with -I -S (no current folder, no PYTHONPATH, no user site, no site-packages and so no
# .pth files): the target folder goes first on the path, then the folders where the test's
# own Python finds the dependencies, read as plain folders. The editable install's meta-path
# finder (installed by a .pth file) would otherwise supply any module the wheel lacks from the
# source tree
# (rev-code17 F3), so it must not be there, and every one of our modules that was loaded
# must come from the target folder.
IMPORT_INSTALLED = """
import sys
site, deps = sys.argv[1], sys.argv[2:]
sys.path.insert(0, site)
sys.path.extend(deps)
editable = [f for f in sys.meta_path if "editable" in repr(f).lower()]
assert not editable, editable
import ui.cli, models.fileformat, mapper, exports.formats
from models.example import example_case
assert len(example_case().actors) > 10  # package data (the example) came along
try:  # argparse's --version ends with SystemExit: catch it, or the checks below never run
    ui.cli.main(["--version"])
except SystemExit as stop:
    code = stop.code
else:
    code = 0
ours = [m for name, m in sorted(sys.modules.items())
        if name.partition(".")[0] in ("models", "mapper", "exports", "ui")]
assert len(ours) > 40, len(ours)
elsewhere = [(m.__name__, getattr(m, "__file__", None)) for m in ours
             if not (getattr(m, "__file__", None) or "").startswith(site)]
assert not elsewhere, elsewhere
print(f"checked {len(ours)} modules, all from the install")
raise SystemExit(code)
"""


def _dependency_folders() -> list[str]:
    """Where this test's own Python finds PySide6, numpy, ...: every absolute folder on its
    path but the source tree (a venv's site-packages, or a system's dist-packages), read as
    plain folders, so no .pth file runs."""
    return [
        entry
        for entry in sys.path
        if entry
        and Path(entry).is_absolute()
        and Path(entry).is_dir()
        and Path(entry).resolve() != ROOT
    ]


def _run_installed(site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", "-S", "-c", IMPORT_INSTALLED, str(site), *_dependency_folders()],
        capture_output=True,
        text=True,
        timeout=120,
    )


SHADOWED = """
import sys
sys.path.insert(0, sys.argv[2])  # a foreign 'models' first
sys.path.insert(1, sys.argv[1])
import ui
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the source tree, installed into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "docs"
        ),
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work / "wheel"), "."],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = (work / "wheel").glob("krachtenveld-*.whl")
    site = work / "site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return site


def _tracked() -> set[str]:
    """Every file of the four packages and the launcher that git tracks: the modules and the
    data files the app reads (the example, the schema, the translations)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--", *PACKAGES, LAUNCHER],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return {name for name in listed.split("\0") if name}


def _installed_files(site: Path) -> set[str]:
    """The files installed from the wheel, as paths relative to the target folder, without the
    metadata, the console script and the bytecode pip compiles at install."""
    found = set()
    for path in site.rglob("*"):
        relative = path.relative_to(site)
        top = relative.parts[0]
        if path.is_dir() or top == "bin" or top.endswith(".dist-info"):
            continue
        if "__pycache__" not in relative.parts:
            found.add(relative.as_posix())
    return found


def _difference(site: Path) -> tuple[list[str], list[str]]:
    """(tracked but not installed, installed but not tracked)."""
    tracked, installed = _tracked(), _installed_files(site)
    return sorted(tracked - installed), sorted(installed - tracked)


def test_the_wheel_holds_only_the_four_packages(installed: Path) -> None:
    tops = {p.name for p in installed.iterdir() if not p.name.endswith(".dist-info")}
    tops -= {"bin", "__pycache__"}  # the console script; the launcher compiled
    assert tops == {*PACKAGES, LAUNCHER}
    wheel_dir = installed.parent / "wheel"
    [wheel] = wheel_dir.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith("ui/translations/krachtenveld_nl.qm") for n in names)
    assert any(n.endswith("models/kvmap.schema.json") for n in names)


def test_the_wheel_holds_every_tracked_file_of_the_packages(installed: Path) -> None:
    """Every module and data file git tracks in the four packages is installed, and nothing
    else: the import check below loads only the ~40 modules ``--version`` needs, so a wheel
    without ``mapper/analysis.py`` (or a new subfolder without ``__init__.py``, which
    ``packages.find`` drops) would pass it (rev-code18 N1)."""
    missing, extra = _difference(installed)
    assert missing == []
    assert extra == []
    assert len(_tracked()) > 400  # the list was read, not empty


def test_one_module_missing_from_the_wheel_is_noticed(installed: Path, tmp_path: Path) -> None:
    """Fails on the check before: it passed a wheel without ``mapper/analysis.py``, which
    ``--version`` never imports."""
    copy = tmp_path / "site"
    shutil.copytree(installed, copy)
    (copy / "mapper" / "analysis.py").unlink()
    assert _run_installed(copy).returncode == 0  # what the import check alone would say
    assert _difference(copy) == (["mapper/analysis.py"], [])


def test_installed_packages_are_imported_from_where_they_installed(installed: Path) -> None:
    done = _run_installed(installed)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("krachtenveld ")
    # the module checks after --version ran (before, its SystemExit ended the probe first)
    assert re.search(r"^checked \d+ modules, all from the install$", done.stdout, re.M)


def test_a_module_missing_from_the_install_is_noticed(installed: Path, tmp_path: Path) -> None:
    """A wheel that lacks a module fails the check above: nothing supplies it from the source
    tree (before, the editable finder did and the check passed)."""
    copy = tmp_path / "site"
    shutil.copytree(installed, copy)
    (copy / "ui" / "cli.py").unlink()
    (copy / "models" / "fileformat.py").unlink()
    done = _run_installed(copy)
    assert done.returncode != 0
    assert "No module named 'ui.cli'" in done.stderr


def test_a_foreign_package_of_the_same_name_is_refused(installed: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "elsewhere"
    (foreign / "models").mkdir(parents=True)
    (foreign / "models" / "__init__.py").write_text("NOT_KRACHTENVELD = True\n")
    done = subprocess.run(
        [sys.executable, "-I", "-c", SHADOWED, str(installed), str(foreign)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "Krachtenveld cannot start: its package 'models'" in done.stderr
    assert str(foreign / "models") in done.stderr
    assert "Installeer Krachtenveld in een eigen virtuele omgeving" in done.stderr


# The console script as the installed wheel declares it, run with a foreign `ui` and `models`
# first on the path (rev-code17 F4: a foreign `ui` on PYTHONPATH was imported and its code ran,
# because the only check lived in `ui` itself).
COMMAND_SHADOWED = """
import sys
from importlib.metadata import distributions
site, foreign, deps = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.path[:0] = [foreign, site]
sys.path.extend(deps)
[dist] = [d for d in distributions(path=[site]) if d.metadata["Name"] == "krachtenveld"]
[entry] = [e for e in dist.entry_points.select(group="console_scripts", name="krachtenveld")]
code = entry.load()(["--version"])
tops = ("models", "mapper", "exports", "ui")
elsewhere = [n for n, m in sys.modules.items() if n.partition(".")[0] in tops
             and not (getattr(m, "__file__", None) or "").startswith(site)]
assert not elsewhere, elsewhere
raise SystemExit(code)
"""


def _foreign(folder: Path, *names: str) -> Path:
    for name in names:
        (folder / name).mkdir(parents=True)
        (folder / name / "__init__.py").write_text(f'print("FOREIGN {name} RAN")\n')
    return folder


def test_the_command_never_runs_a_foreign_ui_first_on_the_path(
    installed: Path, tmp_path: Path
) -> None:
    """Fails on the code before the launcher: the entry point was ``ui.cli:main``, so Python
    imported the foreign ``ui`` (its code ran) and then found no ``ui.cli`` in it."""
    foreign = _foreign(tmp_path / "elsewhere", "ui", "models")
    env = {**os.environ, "KRACHTENVELD_LANG": "en"}
    places = [str(installed), str(foreign), *_dependency_folders()]
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", COMMAND_SHADOWED, *places],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert "FOREIGN" not in done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("krachtenveld ")
    [line] = done.stderr.splitlines()  # one line says so
    assert f"'models' ({foreign / 'models'}), 'ui' ({foreign / 'ui'}) come first" in line
    assert f"Krachtenveld uses its own from {installed.resolve()}." in line


def test_the_launcher_imports_none_of_the_packages_itself() -> None:
    """The check must run before ``ui`` or any other of the four is imported."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import krachtenveld; "
        "print(sorted(n for n in sys.modules if n.partition('.')[0] in sys.argv[2:]))"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", script, str(ROOT), *PACKAGES],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"
