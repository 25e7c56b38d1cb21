"""Sub-commands of the command line, one module per command (see :mod:`ui.cli`)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from typing import Protocol, cast

from models.i18n import Lang

__all__ = ["CommandModule", "discover", "pick"]


class CommandModule(Protocol):
    """What a command module provides."""

    NAME: str
    HELP: tuple[str, str]  # (English, Dutch)

    def add_arguments(self, parser: argparse.ArgumentParser, lang: Lang) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def pick(lang: Lang, en: str, nl: str) -> str:
    """The Dutch or English text."""
    return nl if lang == "nl" else en


def discover() -> dict[str, CommandModule]:
    """All command modules in this package, by command name, sorted."""
    found: dict[str, CommandModule] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            command = cast(CommandModule, module)
            found[command.NAME] = command
    return dict(sorted(found.items()))
