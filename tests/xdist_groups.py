"""Which tests share one pytest-xdist worker (issue 15, the suite's time).

``bash dev.sh test`` runs ``pytest -n <cores + 1> --dist loadgroup``: each test goes to whichever
worker is free, but the tests of one ``xdist_group`` go to one worker as one unit. Two things
are added here, on the workers only:

- A module whose tests use a module-scoped fixture (a window shared per map, a big report
  made once) is one group of its own: spread test by test over two workers, each worker made
  the fixture again (29 modules).
- pytest 9.2 reads a node's id from a structured ``_id``; pytest-xdist 3.8 still writes the
  group into the old ``_nodeid``, so every ``xdist_group`` was silently ignored
  (pytest-xdist issue 1386, fix proposed in PR 1388). The group is written into the id
  pytest reads, unless xdist did so already.

tests/test_xdist_groups.py fails when a grouped test runs without its group on a worker.

No worker waits for another's long group at the end (session 18, from each test's CPU of the
whole suite): xdist hands out the largest units first (``--loadscope-reorder``, on by
default), so every group goes out before the single tests, and the run ends on single tests
of well under a second. Replaying xdist's rules on both workers with each test's CPU: with
the groups 887 s in all, the two workers done within 0.1 s of each other; test by test
903 s (the 30 modules' fixtures made again on both workers), done as evenly.
"""

from __future__ import annotations

import pytest

__all__ = ["XdistGroups", "group_of"]


def group_of(item: pytest.Item) -> str | None:
    """The group ``item`` runs in: its ``xdist_group`` marks, else its module when it uses a
    module-scoped fixture, else None."""
    names = sorted(
        {
            str(m.args[0] if m.args else m.kwargs.get("name", "default"))
            for m in item.iter_markers("xdist_group")
        }
    )
    if names:
        return "_".join(names)
    info = getattr(item, "_fixtureinfo", None)
    if info is not None and any(
        fixture.scope == "module" for defs in info.name2fixturedefs.values() for fixture in defs
    ):
        return item.nodeid.split("::")[0]
    return None


def _grouped(nodeid: str) -> bool:
    """Whether ``nodeid`` carries a group already (xdist's rule: an '@' after any '[')."""
    return nodeid.rfind("@") > nodeid.rfind("]")


class XdistGroups:
    """The plugin, registered on xdist workers that run ``--dist loadgroup``."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        """Mark the tests of a module with a module-scoped fixture as its group (before xdist
        reads the marks)."""
        for item in items:
            if item.get_closest_marker("xdist_group") is None and (group := group_of(item)):
                item.add_marker(pytest.mark.xdist_group(group))

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Write the group into the id pytest 9.2 reads (before xdist sends the worker's ids
        to the controller, which groups by them)."""
        for item in session.items:
            group = group_of(item)
            if group is None or _grouped(item.nodeid):
                continue
            structured = getattr(item, "_id", None)
            if structured is None or not hasattr(type(structured), "parse"):
                continue  # an older pytest: xdist's own suffix holds
            item._id = type(structured).parse(f"{item.nodeid}@{group}")


def register(config: pytest.Config) -> None:
    """Register the plugin on an xdist worker that runs ``--dist loadgroup``."""
    if hasattr(config, "workerinput") and config.getvalue("loadgroup"):
        config.pluginmanager.register(XdistGroups(), "kv_xdist_groups")
