"""``krachtenveld casebook DIR``: what recurs across the case maps in a folder tree."""

from __future__ import annotations

import argparse
import json
import sys

from models.i18n import Lang, normalise_language
from ui.commands import add_output_format, bak_note, pick

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
    from exports.casebook.run import printable
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
    for skipped in result.skipped:  # the reports name it neutrally (B5); the user finds it here
        print(f"{skipped.shown}: {printable(skipped.path)}", file=sys.stderr)
    if target is not None:
        from exports.casebook.report import write_report

        existed = Path(target).exists()
        write_report(result, target, lang)
        said = pick(lang, f"Written: {target}", f"Weggeschreven: {target}")
        print(said + bak_note(target, existed, lang), file=sys.stderr)
    return 1 if result.skipped else 0
