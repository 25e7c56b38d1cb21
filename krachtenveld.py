"""Krachtenveld's launcher: the ``krachtenveld`` command, ``python -m krachtenveld`` and
``main.py`` start here, before any of Krachtenveld's four packages is imported.

The project's layout gives those packages generic names (``models``, ``mapper``, ``exports``,
``ui``). Another package of one of those names earlier on the Python path (say on
``PYTHONPATH``) would be imported instead, and its code would run: ``ui`` itself could not
check that, because a foreign ``ui`` is what gets imported (rev-code17 F4). The launcher asks
Python where each of the four would come from without importing it, and where one is not the
folder beside this module, it loads Krachtenveld's own from that folder and says so in one
line on stderr. The foreign package is never imported. A frozen bundle carries its own
packages and is not checked.

This module imports nothing of Krachtenveld's at its top (``tests/test_packaging.py``).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from exports.analysis_child import StopBelow

__all__ = ["main", "serve_analysis", "use_own_packages"]

# in the order they import each other: ui's own import-time check finds the others in place
PACKAGES = ("models", "mapper", "exports", "ui")


def _found(name: str) -> list[Path]:
    """The folders Python would import package ``name`` from, without importing it; for a
    plain module of that name (a single ``models.py``), its file (rev-hostile18 F3)."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        return []
    if spec.submodule_search_locations:
        return [Path(p).resolve() for p in spec.submodule_search_locations]
    return [Path(spec.origin).resolve()] if spec.origin and spec.has_location else []


def use_own_packages(home: Path | None = None) -> list[tuple[str, str]]:
    """Make each of the four packages Krachtenveld's own, from ``home`` (the folder of this
    module); the ones that were not, each with where Python found it ("nothing" when it found
    none)."""
    home = (home or Path(__file__).parent).resolve()
    replaced: list[tuple[str, str]] = []
    for name in PACKAGES:
        ours = home / name
        found = _found(name)
        if found == [ours] or not (ours / "__init__.py").is_file():
            continue  # our own; or no package beside us: the import says what is missing
        spec = importlib.util.spec_from_file_location(
            name, ours / "__init__.py", submodule_search_locations=[str(ours)]
        )
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        replaced.append((name, ", ".join(str(p) for p in found) or "nothing"))
    return replaced


def _dutch(argv: Sequence[str]) -> bool:
    """Whether the user reads Dutch: ``--lang nl``, else the environment as
    :func:`models.i18n.default_language` reads it (``models`` is not imported yet here)."""
    args = list(argv)
    for k, arg in enumerate(args):
        if arg == "--lang" and k + 1 < len(args):
            return args[k + 1].lower().startswith("nl")
        if arg.startswith("--lang="):
            return arg.partition("=")[2].lower().startswith("nl")
    for name in ("KRACHTENVELD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return value.lower().startswith("nl")
    return False


def _from_pythonpath(replaced: Sequence[tuple[str, str]], pythonpath: str) -> str | None:
    """The ``PYTHONPATH`` entry the foreign packages come from, if one of them does (an empty
    entry, the current folder, is left to :func:`_from_current_folder`); a package is found in
    an entry, not in a folder below it (hostile review 23, 6: ``/`` was blamed)."""
    entries = [Path(e).resolve() for e in pythonpath.split(os.pathsep) if e]
    for _name, places in replaced:
        for place in places.split(", "):
            for entry in entries:
                if Path(place).resolve().parent == entry:  # found in it, not below it
                    return str(entry)
    return None


def _from_current_folder(
    replaced: Sequence[tuple[str, str]], pythonpath: str, path: Sequence[str], cwd: Path
) -> str | None:
    """The current folder, when the foreign packages come from it because it is on the Python
    path: ``python -m krachtenveld`` puts it first, as does an empty entry of ``PYTHONPATH``
    (``PYTHONPATH=:``). Then the way out is another folder, not another virtual environment
    (hostile review 22, H8)."""
    here = cwd.resolve()
    on_path = "" in path or str(here) in path or (pythonpath and "" in pythonpath.split(os.pathsep))
    if not on_path:
        return None
    for _name, places in replaced:
        for place in places.split(", "):
            if Path(place).resolve().parent == here:
                return str(here)
    return None


def note(
    replaced: Sequence[tuple[str, str]],
    home: Path,
    dutch: bool,
    pythonpath: str = "",
    here: str | None = None,
) -> str:
    """The one line that says which packages were someone else's and what is used instead;
    when they come from an entry of ``pythonpath`` (the environment's ``PYTHONPATH``), the way
    out is to leave that entry out, not another virtual environment (hostile review 21, H9);
    when they come from ``here``, the current folder on the path (:func:`_from_current_folder`),
    it is to start from another folder (hostile review 22, H8).

    >>> print(note([("ui", "/tmp/other/ui")], Path("/opt/kv"), False))
    krachtenveld: another package named 'ui' (/tmp/other/ui) comes first on the Python path; \
Krachtenveld uses its own from /opt/kv. Install Krachtenveld in a virtual environment of its own \
and this note goes away.
    """
    others = ", ".join(f"'{name}' ({place})" for name, place in replaced)
    one = len(replaced) == 1
    via = _from_pythonpath(replaced, pythonpath)
    if here and not via:
        return _note_here(others, one, home, here, dutch)
    if dutch:
        what = (
            "staat een ander pakket met de naam" if one else "staan andere pakketten met de namen"
        )
        way_out = (
            f"{'Het komt' if one else 'Ze komen'} uit PYTHONPATH ({via}): laat die map weg uit "
            "PYTHONPATH als u Krachtenveld start, dan verschijnt deze melding niet meer."
            if via
            else "Installeer Krachtenveld in een eigen virtuele omgeving, dan verschijnt deze "
            "melding niet meer."
        )
        return (
            f"krachtenveld: eerder op het Python-pad {what} {others}; Krachtenveld gebruikt "
            f"{'zijn eigen pakket' if one else 'zijn eigen pakketten'} uit {home}. {way_out}"
        )
    what = "another package named" if one else "other packages named"
    way_out = (
        f"{'It comes' if one else 'They come'} from PYTHONPATH ({via}): leave that folder out "
        "of PYTHONPATH when you start Krachtenveld and this note goes away."
        if via
        else "Install Krachtenveld in a virtual environment of its own and this note goes away."
    )
    return (
        f"krachtenveld: {what} {others} {'comes' if one else 'come'} first on the Python path; "
        f"Krachtenveld uses its own from {home}. {way_out}"
    )


def _note_here(others: str, one: bool, home: Path, here: str, dutch: bool) -> str:
    """:func:`note` for packages that come from the current folder."""
    if dutch:
        what = (
            "staat een ander pakket met de naam" if one else "staan andere pakketten met de namen"
        )
        return (
            f"krachtenveld: eerder op het Python-pad {what} {others}; Krachtenveld gebruikt "
            f"{'zijn eigen pakket' if one else 'zijn eigen pakketten'} uit {home}. "
            f"{'Het komt' if one else 'Ze komen'} uit de huidige map ({here}): start "
            "Krachtenveld vanuit een andere map, dan verschijnt deze melding niet meer."
        )
    what = "another package named" if one else "other packages named"
    return (
        f"krachtenveld: {what} {others} {'comes' if one else 'come'} first on the Python path; "
        f"Krachtenveld uses its own from {home}. {'It comes' if one else 'They come'} from the "
        f"current folder ({here}): start Krachtenveld from another folder and this note goes "
        "away."
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run Krachtenveld (the command line, or the app without a command) with its own
    packages; ``argv`` as :func:`ui.cli.main` takes it."""
    if not getattr(sys, "frozen", False):
        home = Path(__file__).parent.resolve()
        if replaced := use_own_packages(home):
            words = sys.argv[1:] if argv is None else argv
            pythonpath = os.environ.get("PYTHONPATH", "")
            here = _from_current_folder(replaced, pythonpath, sys.path, Path.cwd())
            print(note(replaced, home, _dutch(words), pythonpath, here), file=sys.stderr)
    from ui.cli import main as run

    return run(argv)


def serve_analysis(
    conn: Connection, stop_below: StopBelow | None = None, parent: int | None = None
) -> None:
    """The analysis process's entry (the target the app's
    :class:`ui.background.analysis_process.AnalysisProcess` spawns), through this launcher: a
    spawned child gets the app's ``sys.path`` but not its ``sys.modules``, so a foreign
    ``exports`` first on the path was imported there, and its code ran (rev-code19 C1). The
    child makes the four packages its own as :func:`main` does, silently (the app has said so
    on stderr), before it imports any of them; then it serves
    (:func:`exports.analysis_child.serve`)."""
    if not getattr(sys, "frozen", False):
        use_own_packages()
    from exports.analysis_child import serve

    serve(conn, stop_below, parent)


if __name__ == "__main__":  # python -m krachtenveld [...] is the same as krachtenveld [...]
    sys.exit(main())
