"""``krachtenveld example --out FILE``: write the built-in example case."""

from __future__ import annotations

import argparse

from models.i18n import Lang, normalise_language
from ui.commands import add_force, pick

NAME = "example"
HELP = (
    "write the built-in example case to a file",
    "schrijf de ingebouwde voorbeeldcasus naar een bestand",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument(
        "--out",
        required=True,
        metavar=pick(lang, "FILE", "BESTAND"),
        help=pick(lang, "where to write the .kvmap file", "waar het .kvmap-bestand komt"),
    )
    add_force(parser, lang)


def run(args: argparse.Namespace) -> int:
    from models.example import example_case
    from models.fileformat import save
    from ui.commands._claim import claim_map

    lang = normalise_language(args.lang)
    claim = claim_map(args.out, lang, args.force)
    if claim is None:
        return 2
    with claim:
        case = example_case()
        if not claim.unchanged():
            return 2
        save(case, args.out, backup=True)  # an existing map written over keeps its .bak
    print(pick(lang, f"Wrote {args.out}", f"{args.out} geschreven"))
    return 0
