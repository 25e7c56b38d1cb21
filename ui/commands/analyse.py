"""``krachtenveld analyse FILE``: findings, scorecard and metrics of a map."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from models.i18n import Lang, normalise_language
from ui.commands import add_output_format, open_map, pick

if TYPE_CHECKING:
    from models.case import Case

NAME = "analyse"
HELP = (
    "analyse a map: findings per building block, scorecard, metrics "
    "(exit 0 no critical finding, 1 critical findings, 2 error)",
    "analyseer een kaart: bevindingen per bouwsteen, scorekaart, maten "
    "(exit 0 geen kritieke bevinding, 1 kritieke bevindingen, 2 fout)",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar=pick(lang, "FILE", "BESTAND"), help=".kvmap")
    add_output_format(parser, lang, "markdown")
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
    # the analysis by the app's analysis process, a spawned child (the bundle's smoke test)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    # the day the output is read on (tests; default today): deadlines gone by then (U4)
    parser.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from exports.nota_dates import as_of_line, dated, dated_findings, passed_since
    from mapper import analyse
    from mapper.report import finding_data, to_data, to_markdown, to_text
    from mapper.whatif import what_if
    from models import Practice

    lang = normalise_language(args.lang)
    case = open_map(args.file, lang)
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
    change = what_if(case, args.without, practice=practice) if args.without else None
    if change is not None:
        result = change.after
    elif args.child:
        from ui.commands._child import analysed_in_child

        found = analysed_in_child(args.file, practice)
        if found is None:
            return 2
        result = found
    else:
        result = analyse(case, practice=practice)
    # the map's state on its peildatum, read today: the deadlines gone since (user review 21, U4)
    today = args.today or date.today()
    shown = dated(result, case, today)
    line = as_of_line(case, today, lang, about="map")
    if change is not None:
        change = replace(
            change,
            appeared=dated_findings(change.appeared, case, today),
            disappeared=dated_findings(change.disappeared, case, today),
        )
    names = {a.id: a.name for a in case.actors}
    title = case.info.title
    if args.format == "json":
        data = to_data(shown, lang, title=title)
        data["as_of_line"] = line
        data["deadlines_passed"] = [d.isoformat() for d in passed_since(case, today)]
        # the day "inmiddels" means (jurist review 22, J4; hostile H10), and what lapsed (J2)
        data["read_on"] = today.isoformat()
        data["lapsed_since"] = _lapsed_data(case, today, lang)
        if change is not None:
            data["what_if"] = {
                "appeared": [finding_data(f, lang) for f in change.appeared],
                "disappeared": [finding_data(f, lang) for f in change.disappeared],
            }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "markdown":
        sys.stdout.write(_with_line(to_markdown(shown, lang, title=title, names=names), line))
        if change is not None:
            sys.stdout.write("\n" + _what_if_text(change, lang, names, markdown=True))
    else:
        said = "\n".join(textwrap.wrap(line, width=100))  # as wide as the report's paragraphs
        sys.stdout.write(_with_line(to_text(shown, lang, title=title, names=names), said))
        if change is not None:
            sys.stdout.write("\n" + _what_if_text(change, lang, names, markdown=False))
    return 1 if result.has_critical else 0


def _with_line(report: str, line: str) -> str:
    """``report`` with ``line`` (the peildatum and the deadlines gone since) under its title,
    in the paragraph of its own the title ends with."""
    if not line:
        return report
    head, rest = report.split("\n", 1)
    return f"{head}\n\n{line}\n{rest}"


def _what_if_text(change: object, lang: Lang, names: dict[str, str], *, markdown: bool) -> str:
    from mapper.report import SEVERITY_NAMES
    from mapper.whatif import FindingChange

    assert isinstance(change, FindingChange)
    gone = ", ".join(names.get(i, i) for i in change.after.without)
    head = pick(lang, f"What if without {gone}", f"Wat als zonder {gone}")
    out = [f"## {head}" if markdown else head]
    for label, found, sign in (
        (pick(lang, "Findings that appear", "Bevindingen die erbij komen"), change.appeared, "+"),
        (
            pick(lang, "Findings that disappear", "Bevindingen die verdwijnen"),
            change.disappeared,
            "-",
        ),
    ):
        out.append(("\n" if markdown else "") + f"{label}: {len(found)}")
        for f in found:
            sev = SEVERITY_NAMES[f.severity][1 if lang == "nl" else 0]
            out.append(f"{'-' if markdown else ' '} {sign} [{sev}] {f.title(lang)}  ({f.code})")
    return "\n".join(out) + "\n"


def _lapsed_data(case: Case, today: date, lang: Lang) -> list[dict[str, str]]:
    """Each mandate and agreement whose term ran on the peildatum and has ended by ``today``:
    its id, kind (``mandate`` or ``agreement``), what it is in law, its name as the findings
    say it and its last day (jurist review 23: a day per item)."""
    from mapper.lapsed import lapsed_since

    return [
        {
            "id": x.id,
            "kind": "agreement" if x.instrument is None else "mandate",
            "instrument": x.word(lang),
            "name": x.name(lang),
            "valid_until": x.until.isoformat(),
        }
        for x in lapsed_since(case, today)
    ]
