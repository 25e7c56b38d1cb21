"""``krachtenveld gui [FILE]`` (also bare ``krachtenveld`` and ``krachtenveld FILE``)."""

from __future__ import annotations

import argparse

from models.i18n import Lang
from ui.commands import pick

NAME = "gui"
HELP = (
    "open the desktop app (on FILE, else the last file or the example)",
    "open de desktop-app (met BESTAND, anders het laatste bestand of het voorbeeld)",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", nargs="?", metavar=pick(lang, "FILE", "BESTAND"), help=".kvmap")
    parser.add_argument(
        "--example",
        action="store_true",
        help=pick(lang, "open the built-in example case", "open de ingebouwde voorbeeldcasus"),
    )


def run(args: argparse.Namespace) -> int:
    from ui.window.app import run_gui

    return run_gui(args.file, lang=args.lang, example=args.example)
