"""``krachtenveld analyse FILE``: findings, scorecard and metrics of a map."""

from __future__ import annotations

import argparse
import json
import sys

from models.i18n import Lang, normalise_language
from ui.commands import pick

NAME = "analyse"
HELP = (
    "analyse a map: findings per building block, scorecard, metrics "
    "(exit 0 no critical finding, 1 critical findings, 2 error)",
    "analyseer een kaart: bevindingen per bouwsteen, scorekaart, maten "
    "(exit 0 geen kritieke bevinding, 1 kritieke bevindingen, 2 fout)",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar=pick(lang, "FILE", "BESTAND"), help=".kvmap")
    parser.add_argument(
        "--format",
        choices=["text", "json", "markdown"],
        default="text",
        help=pick(lang, "output format (default text)", "uitvoerformaat (standaard text)"),
    )
    parser.add_argument(
        "--practice",
        choices=["routine", "maatwerk"],
        default=None,
        help=pick(
            lang,
            "analyse one work practice only (its relationships and mandates plus 'both')",
            "analyseer één werkwijze (haar relaties en mandaten plus 'beide')",
        ),
    )
    parser.add_argument(
        "--without",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        help=pick(
            lang,
            "what-if: leave out these actors (or relationships, mandates)",
            "wat-als: laat deze actoren (of relaties, mandaten) weg",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from mapper import analyse
    from mapper.report import to_data, to_markdown, to_text
    from models import Practice
    from models.fileformat import load

    lang = normalise_language(args.lang)
    case = load(args.file)
    unknown = [i for i in args.without if case.entity(i) is None]
    if unknown:
        print(
            pick(
                lang,
                f"{args.file}: --without names unknown id(s): {', '.join(unknown)}",
                f"{args.file}: --without noemt onbekende id('s): {', '.join(unknown)}",
            ),
            file=sys.stderr,
        )
        return 2
    practice = Practice(args.practice) if args.practice else None
    result = analyse(case, practice=practice, without=args.without)
    names = {a.id: a.name for a in case.actors}
    title = case.info.title
    if args.format == "json":
        data = to_data(result, lang, title=title)
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "markdown":
        sys.stdout.write(to_markdown(result, lang, title=title, names=names))
    else:
        sys.stdout.write(to_text(result, lang, title=title, names=names))
    return 1 if result.has_critical else 0
