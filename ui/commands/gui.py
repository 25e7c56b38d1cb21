"""``krachtenveld gui [FILE]`` (also bare ``krachtenveld`` and ``krachtenveld FILE``)."""

from __future__ import annotations

import argparse
import sys

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
    from ui.commands._screen import missing_screen

    missing = missing_screen()
    if missing is not None:  # Qt would abort with a core dump (hostile review 21, H12)
        print(
            pick(
                args.lang,
                f"no screen found ({missing} is not set): the app needs a desktop. Start it on "
                "a desktop, or make a picture of a map without a screen: krachtenveld "
                "screenshot FILE --out map.png",
                f"geen beeldscherm gevonden ({missing} is niet ingesteld): de app heeft een "
                "bureaublad nodig. Start hem op een bureaublad, of maak zonder beeldscherm een "
                "afbeelding van een kaart: krachtenveld screenshot BESTAND --out kaart.png",
            ),
            file=sys.stderr,
        )
        return 2
    from ui.window.app import run_gui

    return run_gui(args.file, lang=args.lang, example=args.example)
