"""User interfaces: the PySide6 desktop app and the command line.

Krachtenveld's four top-level packages have generic names (``models``, ``mapper``, ``exports``,
``ui``; the project's layout requires them). Importing ``ui`` checks that the other three are
Krachtenveld's own, found beside it, and not another package of the same name earlier on the
path; otherwise it stops with a clear message instead of running someone else's code. A
foreign ``ui`` cannot be caught here (it is what gets imported): the ``krachtenveld`` command
starts in the launcher (``krachtenveld.py``), which loads all four from its own folder first.
"""

from __future__ import annotations


def _check_own_packages() -> None:
    import importlib.util
    from pathlib import Path

    home = Path(__file__).resolve().parent.parent
    for name in ("models", "mapper", "exports"):
        spec = importlib.util.find_spec(name)
        places = (
            [Path(p).resolve() for p in (spec.submodule_search_locations or [])] if spec else []
        )
        if places != [home / name]:
            found = ", ".join(str(p) for p in places) or "nothing"
            raise ImportError(
                f"Krachtenveld cannot start: its package {name!r} should be {home / name}, but "
                f"Python finds {found}. Install Krachtenveld in its own virtual environment or "
                "use the bundle.\n"
                f"Krachtenveld kan niet starten: het pakket {name!r} hoort {home / name} te zijn, "
                f"maar Python vindt {found}. Installeer Krachtenveld in een eigen virtuele "
                "omgeving of gebruik de bundel.",
                name=name,
            )


_check_own_packages()
