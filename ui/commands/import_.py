"""``krachtenveld import IN --to OUT.kvmap``: read Excel (report or Kumu), GraphML, GEXF or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from models.i18n import Lang, normalise_language
from ui.commands import add_force, locked_by_other, pick

NAME = "import"
HELP = (
    "import .xlsx (our report or Kumu's layout), .graphml, .gexf or .csv into a .kvmap file",
    "importeer .xlsx (ons rapport of Kumu's indeling), .graphml, .gexf of .csv naar een "
    ".kvmap-bestand",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar="IN", help=".xlsx .graphml .gexf .csv")
    parser.add_argument(
        "--to",
        required=True,
        metavar="OUT.kvmap",
        help=pick(lang, "the .kvmap file to write", "het .kvmap-bestand dat geschreven wordt"),
    )
    add_force(parser, lang)


def run(args: argparse.Namespace) -> int:
    from exports.formats import import_file
    from models.fileformat import save

    lang = normalise_language(args.lang)
    if Path(args.to).suffix.lower() != ".kvmap":
        en = f"{args.to}: the output must be a .kvmap file"
        nl = f"{args.to}: de uitvoer moet een .kvmap-bestand zijn"
        print(pick(lang, en, nl), file=sys.stderr)
        return 2
    if locked_by_other(args.to, lang, args.force):
        return 2
    result = import_file(args.file)
    for warning in result.warnings:
        print(f"{args.file}: {warning.render(lang)}", file=sys.stderr)
    save(result.case, args.to, backup=True)
    case = result.case
    count = len(result.warnings)
    print(pick(
        lang,
        f"Wrote {args.to}: {len(case.actors)} actors, {len(case.relationships)} relationships, "
        f"{len(case.mandates)} mandates, {len(case.needs)} needs ({count} warning(s))",
        f"{args.to} geschreven: {len(case.actors)} actoren, {len(case.relationships)} relaties, "
        f"{len(case.mandates)} mandaten, {len(case.needs)} behoeften ({count} waarschuwing(en))",
    ))  # fmt: skip
    return 0
