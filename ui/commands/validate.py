"""``krachtenveld validate FILE``: check a map and list every problem."""

from __future__ import annotations

import argparse
import sys

from models.errors import FormatError
from models.i18n import Lang, normalise_language
from ui.commands import pick

NAME = "validate"
HELP = (
    "check a .kvmap file and list every problem (exit 0 valid, 1 invalid)",
    "controleer een .kvmap-bestand en noem elk probleem (exit 0 geldig, 1 ongeldig)",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar=pick(lang, "FILE", "BESTAND"), help=".kvmap")


def run(args: argparse.Namespace) -> int:
    from models.fileformat import load

    lang = normalise_language(args.lang)
    try:
        case = load(args.file)
    except FormatError as exc:
        if exc.problems and exc.problems[0].key in ("file_missing", "file_unreadable"):
            print(exc.render(lang), file=sys.stderr)
            return 2
        print(exc.render(lang), file=sys.stderr)
        count = len(exc.problems)
        print(pick(lang, f"{count} problem(s).", f"{count} probleem/problemen."), file=sys.stderr)
        return 1
    summary = pick(
        lang,
        f"{args.file}: valid ({len(case.actors)} actors, {len(case.relationships)} relationships, "
        f"{len(case.mandates)} mandates, {len(case.needs)} needs)",
        f"{args.file}: geldig ({len(case.actors)} actoren, {len(case.relationships)} relaties, "
        f"{len(case.mandates)} mandaten, {len(case.needs)} behoeften)",
    )
    print(summary)
    return 0
