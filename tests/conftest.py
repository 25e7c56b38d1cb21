"""Test set-up shared by every test: offscreen Qt, isolated settings, a small example case."""

from __future__ import annotations

import gc
import os
import re
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KRACHTENVELD_LANG", "en")

import pytest
from _pytest.doctest import DoctestModule
from hypothesis import HealthCheck, settings

from tests import plain_import  # before anything loads PySide6: it keeps Python's own import

# No test depends on luck (issue 13, item 18): every property test draws the same examples on
# every run (derandomize: seeded from the test itself), with no example database carried
# between runs. A draw that once failed stays as an explicit @example in its test. To hunt for
# new failures by hand: KV_HYPOTHESIS=explore (random draws, many more of them).
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
    database=None,
)
settings.register_profile(
    "dev",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],  # a busy machine is no failure
    derandomize=True,
    database=None,
)
# "ci" with the fuzzers' full example counts (tests/models/test_fuzz_kvmap.py: 300 per
# generator instead of 100), the counts docs/reliability.md cites
settings.register_profile("full", parent=settings.get_profile("ci"))
settings.register_profile("explore", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("KV_HYPOTHESIS") or ("ci" if os.environ.get("CI") else "dev"))


#: Python's own thresholds of its cycle collector, kept for the tests marked ``python_gc``
PYTHON_GC = gc.get_threshold()
#: the suite's first threshold (issue 15): at Python's 700 a worker made a young collection
#: every 700 new objects, and every so many a full one through all it holds (thousands of test
#: modules, cached analyses); 6 % of the tests' CPU in a sample of 68 files, 12 % in tests/models
SUITE_GC = (10_000, *PYTHON_GC[1:])


def pytest_configure(config: pytest.Config) -> None:
    """Groups on xdist workers (tests/xdist_groups.py); ``KV_TEST_CPU=FOLDER``: each test's
    CPU to FOLDER (tests/cpu_report.py); the collector's thresholds (:data:`SUITE_GC`); import
    statements outside Qt without PySide6's detour (tests/plain_import.py)."""
    from tests import xdist_groups

    gc.set_threshold(*SUITE_GC)
    plain_import.install()

    xdist_groups.register(config)
    if folder := os.environ.get("KV_TEST_CPU"):
        from pathlib import Path

        from tests.cpu_report import CpuReport

        config.pluginmanager.register(CpuReport(Path(folder)), "kv_test_cpu")


Collected = list[pytest.Collector] | None  # what pytest_collect_file's implementations give


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path) -> Generator[None, Collected, Collected]:
    """A test module gets a doctest collector only when its text holds a doctest (``>>>``):
    of the 700 test modules two do, and looking through the others' objects for doctests took
    about 0.5 s of every worker's collection (issue 15, the suite's time)."""
    collectors = yield
    if collectors and file_path.suffix == ".py" and b">>>" not in file_path.read_bytes():
        return [c for c in collectors if not isinstance(c, DoctestModule)]
    return collectors


def pytest_collection_finish() -> None:
    """What collection built (the modules, their tables, the test items) lives until the end:
    frozen, a full collection no longer goes through it again (the programs the tests start,
    the app and the command line keep Python's own collector)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _python_gc(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test marked ``python_gc`` watches the collector: it gets Python's own thresholds."""
    if request.node.get_closest_marker("python_gc") is None:
        yield
        return
    gc.set_threshold(*PYTHON_GC)
    try:
        yield
    finally:
        gc.set_threshold(*SUITE_GC)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long-running tests (marked ``slow``) first, the others in their usual order.

    With pytest-xdist every worker then starts on a long test and the many short ones fill in
    after, instead of one worker running a long test alone at the end while the others idle.
    """
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # a stable sort


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings, recovery files and logs of tests out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


def _fsync_skipped(fd: int) -> None:
    """``os.fsync`` for tests that do not test durability: the descriptor is checked, the
    disk is not waited for."""
    os.fstat(fd)  # a closed or bad descriptor still raises OSError, as fsync would


@pytest.fixture(autouse=True)
def _no_fsync_wait(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every atomic write (models.atomic) fsyncs the file and its folder, about 8 ms on the CI
    disk: wall time, hundreds of times in some files (issue 15). Tests of durable writes are
    marked ``real_fsync`` and keep the real one; programs the tests start keep it too."""
    if request.node.get_closest_marker("real_fsync") is None:
        monkeypatch.setattr(os, "fsync", _fsync_skipped)


# the cleaner's and the check's readings kept per process (issue 15): (module, function)
_READINGS = (
    ("exports.anonymise_words", "health_in"),
    ("exports.anonymise_words", "health_word"),
    ("exports.anonymise_words", "staff_name"),
    ("exports.anonymise_id_names", "_a_person"),
    ("exports.anonymise_words", "without_law"),
    ("exports.anonymise_words", "without_health"),
    ("exports.anonymise_identifiers", "without_identifiers"),
    ("exports.anonymise_identifiers", "_identifiers"),
    ("exports.anonymise_check_read", "_titled_person"),
)


def _forget_readings() -> None:
    for module, name in _READINGS:
        cached = getattr(sys.modules.get(module), name, None)
        if callable(getattr(cached, "cache_clear", None)):
            cached.cache_clear()  # type: ignore[union-attr]


def _modules_read(roots: Iterator[str]) -> frozenset[str]:
    """The modules of ``exports`` the readings' modules ``roots`` depend on, themselves too:
    each module of ``exports`` a module imports, or whose function or class it imports."""
    found: set[str] = set()
    todo = list(roots)
    while todo:
        if (name := todo.pop()) in found or (module := sys.modules.get(name)) is None:
            continue
        found.add(name)
        for value in vars(module).values():
            used = value.__name__ if isinstance(value, ModuleType) else None
            used = used or getattr(value, "__module__", None)
            if isinstance(used, str) and used.startswith("exports.") and used not in found:
                todo.append(used)
    return frozenset(found)


def _changes_readings(target: object) -> bool:
    """Whether ``monkeypatch.setattr(target, ...)`` may change what a reading of the cleaner
    gives: a patch of ``re``, of a module of the anonymiser (``exports.anonymise*``) or of a
    module of ``exports`` that one of them depends on (issue 15: any patch in ``exports``, of
    the nota, the picture or the casebook too, wiped them, and the next tests read afresh)."""
    if target is re:
        return True
    if isinstance(target, str):
        where = target
    elif isinstance(target, ModuleType):
        where = target.__name__
    else:
        where = str(getattr(target, "__module__", ""))
    if where == "exports" or where.startswith("exports.anonymise"):
        return True
    if not where.startswith("exports."):
        return False
    read = _modules_read(m for m, _ in [*_READINGS, ("exports.anonymise_remembered", "")])
    return where in read or where.rpartition(".")[0] in read


@pytest.fixture(autouse=True)
def _cleaner_read_afresh_when_patched(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test that patches the cleaner (``monkeypatch.setattr`` on ``re`` or on a module the
    readings depend on: a blind rule, a counted pattern; :func:`_changes_readings`) reads every
    text afresh: the letters each text gave (exports.anonymise_remembered) and the readings in
    :data:`_READINGS` are kept per process, and a text an earlier test read with the real rules
    would otherwise come back as that test read it. What the test read with its patches is
    forgotten when it ends."""
    real = monkeypatch.setattr
    fresh: list[bool] = []

    def setattr(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[call-overload]
        if not _changes_readings(args[0] if args else kwargs.get("target")):
            return
        if not fresh:
            from exports import anonymise_remembered

            real(anonymise_remembered, "_read", {})
            fresh.append(True)
        _forget_readings()

    monkeypatch.setattr = setattr  # type: ignore[method-assign]
    yield
    if fresh:
        _forget_readings()


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """The CLI's export (ui.commands.export.map_scene) and language tests switch the GUI's
    translators for the whole process; the next test in the same xdist worker must not read
    Dutch where it expects the English source texts."""
    yield
    i18n = sys.modules.get("ui.i18n")
    if i18n is not None and i18n.current_language() != "en":
        i18n.set_language("en", persist=False)


@pytest.fixture(autouse=True)
def _no_modal_left_open() -> Iterator[None]:
    """A dialog a test leaves open (modal to its window or the application) blocks mouse
    events to every later window in the same worker: close what is still shown."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    for top in widgets.QApplication.topLevelWidgets():
        if isinstance(top, widgets.QDialog) and top.isVisible():
            top.reject()
