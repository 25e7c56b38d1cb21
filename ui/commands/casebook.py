"""``krachtenveld casebook DIR``: what recurs across the case maps in a folder tree."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from models.i18n import Lang, normalise_language
from ui.commands import add_output_format, bak_note, pick

if TYPE_CHECKING:
    from exports.casebook.run import Skipped

NAME = "casebook"
HELP = (
    "what recurs across the maps in a folder: causes by code and power, the powers, roles and "
    "organisations that block most often, the distance to whoever may decide, trends "
    "(exit 0 every file read, 1 files left out, 2 error)",
    "wat terugkeert in de kaarten in een map: oorzaken per code en bevoegdheid, de "
    "bevoegdheden, rollen en organisaties die het vaakst knellen, de afstand tot wie mag "
    "beslissen, het verloop (exit 0 alle bestanden gelezen, 1 bestanden overgeslagen, 2 fout)",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument(
        "folder",
        metavar=pick(lang, "DIR", "MAP"),
        help=pick(
            lang,
            "the folder with .kvmap files (sub-folders too)",
            "de map met .kvmap-bestanden (ook submappen)",
        ),
    )
    add_output_format(parser, lang)
    parser.add_argument(
        "--to",
        metavar=pick(lang, "FILE", "BESTAND"),
        help=pick(
            lang,
            "also write the report: .xlsx (a sheet per view) or .docx (a note for the management)",
            "schrijf het rapport ook weg: .xlsx (een blad per overzicht) of .docx (een notitie "
            "voor het management)",
        ),
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help=pick(
            lang,
            "processes to analyse in (default: the number of cores)",
            "aantal processen om in te analyseren (standaard: het aantal kernen)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from exports.casebook import run_casebook
    from exports.casebook.index_words import index_lines
    from exports.casebook.words import as_json, text_report

    lang = normalise_language(args.lang)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(
            pick(
                lang,
                f"{args.folder}: not a folder (casebook reads a folder of .kvmap files)",
                f"{args.folder}: geen map (casebook leest een map met .kvmap-bestanden)",
            ),
            file=sys.stderr,
        )
        return 2
    target = Path(args.to) if args.to else None
    if target is not None and target.suffix.lower() not in (".xlsx", ".docx"):
        print(
            pick(
                lang,
                f"{args.to}: --to writes .xlsx or .docx",
                f"{args.to}: --to schrijft .xlsx of .docx",
            ),
            file=sys.stderr,
        )
        return 2
    if args.workers is not None and args.workers < 1:
        print(pick(lang, "--workers: at least 1", "--workers: minstens 1"), file=sys.stderr)
        return 2
    result = run_casebook(folder, lang, workers=args.workers)
    if not result.cases and not result.skipped:  # C1: no report that makes claims
        print(
            pick(
                lang,
                f"no case maps found in {args.folder} (.kvmap files, sub-folders included)",
                f"geen casuskaarten gevonden in {args.folder} (.kvmap-bestanden, submappen"
                " meegerekend)",
            ),
            file=sys.stderr,
        )
        return 1
    if args.format == "json":
        json.dump(as_json(result, lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        for line in index_lines(result.index_events, result.index, lang):
            print(line, file=sys.stderr)  # the text report says it itself
    else:
        sys.stdout.write(text_report(result, lang))
    if result.skipped:  # the reports name them neutrally (B5); the user finds them here
        _tell_skipped(result.skipped, lang)
    if target is not None:
        from exports.casebook.report import write_report

        existed = Path(target).exists()
        write_report(result, target, lang)
        said = pick(lang, f"Written: {target}", f"Weggeschreven: {target}")
        print(said + bak_note(target, existed, lang), file=sys.stderr)
    return 1 if result.skipped else 0


def _tell_skipped(skipped: tuple[Skipped, ...], lang: Lang) -> None:
    """The real paths of the files left out, on a terminal only: a report sent on with its
    messages (``… > rapport.txt 2>&1``) would hold the names the report itself leaves out
    (rev-hostile16b N7); elsewhere a line says where to see them."""
    from exports.casebook.run import printable

    if not sys.stderr.isatty():
        print(
            pick(
                lang,
                "the real paths of the files left out are shown on a terminal only, not in "
                "redirected output that may be shared: run the command in a terminal to see them",
                "de echte paden van de overgeslagen bestanden staan alleen op het scherm, niet in "
                "omgeleide uitvoer die gedeeld kan worden: voer de opdracht in een terminal uit "
                "om ze te zien",
            ),
            file=sys.stderr,
        )
        return
    print(
        pick(
            lang,
            "files left out, by their real path (on screen only; the report names them by number):",
            "overgeslagen bestanden met hun echte pad (alleen op het scherm; het rapport noemt "
            "ze bij nummer):",
        ),
        file=sys.stderr,
    )
    for one in skipped:
        print(f"{one.shown}: {printable(one.path)}", file=sys.stderr)
