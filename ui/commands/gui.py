"""``krachtenveld gui [FILE]`` (also bare ``krachtenveld`` and ``krachtenveld FILE``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from models.i18n import Lang
from ui.commands import pick

if TYPE_CHECKING:
    from ui.commands._screen import NoScreen

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
    if missing is not None:  # Qt would abort with a core dump (hostile reviews 21 H12, 22 H2)
        print(_no_screen(missing, args.lang), file=sys.stderr)
        return 2
    from ui.window.app import run_gui

    return run_gui(args.file, lang=args.lang, example=args.example)


def _no_screen(missing: NoScreen, lang: Lang) -> str:
    """Why the app cannot open a window here, and what works without one."""
    if missing.kind == "unknown":
        here = ", ".join(missing.here)
        return pick(
            lang,
            f"Qt has no platform named ‘{missing.value}’ (QT_QPA_PLATFORM); the ones "
            f"here are {here}. Remove QT_QPA_PLATFORM, or set it to one of these.",
            f"Qt kent geen platform ‘{missing.value}’ (QT_QPA_PLATFORM); hier zijn "
            f"dat {here}. Verwijder QT_QPA_PLATFORM of kies een van deze.",
        )
    if missing.kind == "broken":
        return pick(
            lang,
            f"Qt's X11 platform cannot load here: {missing.value}. Install the missing library "
            "(on Debian and Ubuntu: sudo apt install libxcb-cursor0, or the package that "
            "holds it), or make a picture of a map without a screen: krachtenveld screenshot "
            "FILE --out map.png",
            f"het X11-platform van Qt kan hier niet laden: {missing.value}. Installeer de "
            "ontbrekende bibliotheek (op Debian en Ubuntu: sudo apt install libxcb-cursor0, of "
            "het pakket dat haar bevat), of maak zonder beeldscherm een afbeelding van een "
            "kaart: krachtenveld screenshot BESTAND --out kaart.png",
        )
    why = pick(
        lang,
        f"{missing.variable} is not set"
        if missing.kind == "unset"
        else f"no display server answers at {missing.variable}={missing.value}",
        f"{missing.variable} is niet ingesteld"
        if missing.kind == "unset"
        else f"op {missing.variable}={missing.value} antwoordt geen beeldschermserver",
    )
    return pick(
        lang,
        f"no screen found ({why}): the app needs a desktop. Start it on a desktop, or make a "
        "picture of a map without a screen: krachtenveld screenshot FILE --out map.png",
        f"geen beeldscherm gevonden ({why}): de app heeft een bureaublad nodig. Start hem op "
        "een bureaublad, of maak zonder beeldscherm een afbeelding van een kaart: "
        "krachtenveld screenshot BESTAND --out kaart.png",
    )
