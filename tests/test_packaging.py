"""The installed wheel: only Krachtenveld's four packages, imported from where they install,
and a foreign package with one of their generic names is refused, not silently used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("models", "mapper", "exports", "ui")

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
code = ui.cli.main(["--version"])
ours = [m for name, m in sorted(sys.modules.items())
        if name.partition(".")[0] in ("models", "mapper", "exports", "ui")]
assert len(ours) > 40, len(ours)
elsewhere = [(m.__name__, getattr(m, "__file__", None)) for m in ours
             if not (getattr(m, "__file__", None) or "").startswith(site)]
assert not elsewhere, elsewhere
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


def test_the_wheel_holds_only_the_four_packages(installed: Path) -> None:
    tops = {p.name for p in installed.iterdir() if not p.name.endswith(".dist-info")}
    tops.discard("bin")  # the console script
    assert tops == set(PACKAGES)
    wheel_dir = installed.parent / "wheel"
    [wheel] = wheel_dir.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith("ui/translations/krachtenveld_nl.qm") for n in names)
    assert any(n.endswith("models/kvmap.schema.json") for n in names)


def test_installed_packages_are_imported_from_where_they_installed(installed: Path) -> None:
    done = _run_installed(installed)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("krachtenveld ")


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
