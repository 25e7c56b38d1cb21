"""The tests of an ``xdist_group`` run on one worker (tests/xdist_groups.py): on pytest 9.2
with pytest-xdist 3.8 every group was silently ignored (pytest-xdist issue 1386), and a module
with a module-scoped fixture made it again on each worker."""

from __future__ import annotations

import os

import pytest

from tests.xdist_groups import group_of

HERE = "tests/test_xdist_groups.py"


@pytest.fixture(scope="module")
def made_once() -> list[int]:
    return []


pytestmark = pytest.mark.usefixtures("made_once")


def on_a_loadgroup_worker(config: pytest.Config) -> bool:
    """Whether this runs as ``bash dev.sh test`` runs the suite."""
    return bool(os.environ.get("PYTEST_XDIST_WORKER")) and bool(config.getvalue("loadgroup"))


def test_a_module_with_a_module_scoped_fixture_is_one_group(request: pytest.FixtureRequest) -> None:
    assert group_of(request.node) == HERE
    if on_a_loadgroup_worker(request.config):
        assert request.node.nodeid.endswith(f"@{HERE}")


def test_every_xdist_group_mark_reaches_the_controller(request: pytest.FixtureRequest) -> None:
    """The four marked modules (the wheel, the deleted windows, two shared-window files)."""
    for item in request.session.items:
        mark = item.get_closest_marker("xdist_group")
        if mark is None or item.path.name == "test_xdist_groups.py":
            continue
        assert group_of(item) == mark.args[0], item.nodeid
        if on_a_loadgroup_worker(request.config):
            assert item.nodeid.endswith(f"@{mark.args[0]}"), item.nodeid
