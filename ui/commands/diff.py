"""``krachtenveld diff A B``: what changed between two maps, and which findings came and went."""

from __future__ import annotations

import argparse
import json
import sys

from models.i18n import Lang, normalise_language
from ui.commands import open_map, pick

NAME = "diff"
HELP = (
    "compare two maps: actors, relationships, mandates and needs added/removed/changed, "
    "findings gained/lost (exit 0 no differences, 1 differences, 2 error)",
    "vergelijk twee kaarten: actoren, relaties, mandaten en behoeften toegevoegd/verwijderd/"
    "gewijzigd, bevindingen erbij/weg (exit 0 geen verschil, 1 verschillen, 2 fout)",
)

_KINDS = {
    "actors": ("Actors", "Actoren"),
    "relationships": ("Relationships", "Relaties"),
    "mandates": ("Mandates", "Mandaten"),
    "needs": ("Needs", "Behoeften"),
}


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("a", metavar="A", help=pick(lang, "the old .kvmap", "de oude .kvmap"))
    parser.add_argument("b", metavar="B", help=pick(lang, "the new .kvmap", "de nieuwe .kvmap"))
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help=pick(lang, "output format (default text)", "uitvoerformaat (standaard text)"),
    )
    parser.add_argument(
        "--practice",
        choices=["routine", "maatwerk"],
        default=None,
        help=pick(lang, "compare one work practice", "vergelijk één werkwijze"),
    )


def _show(value: object) -> str:
    from mapper.diff import plain_value

    shown = plain_value(value)
    text = json.dumps(shown, ensure_ascii=False) if not isinstance(shown, str) else repr(shown)
    return text if len(text) <= 80 else text[:77] + "..."


def _text(d: object, lang: Lang) -> str:
    from mapper.diff import CaseDiff
    from mapper.report import SEVERITY_NAMES

    assert isinstance(d, CaseDiff)
    out: list[str] = []
    if d.info:
        out.append(pick(lang, "Case header", "Kop van de casus"))
        out += [f"  ~ {c.field}: {_show(c.old)} -> {_show(c.new)}" for c in d.info]
    for kind, e in d.entities.items():
        if e.empty:
            continue
        out.append(pick(lang, *_KINDS[kind]))
        out += [f"  + {d.name(kind, i, lang)}" for i in e.added]
        out += [f"  - {d.name(kind, i, lang)}" for i in e.removed]
        for item_id, changes in e.changed.items():
            out.append(f"  ~ {d.name(kind, item_id, lang)}")
            out += [f"      {c.field}: {_show(c.old)} -> {_show(c.new)}" for c in changes]
    for title, found, sign in (
        (pick(lang, "Findings gained", "Bevindingen erbij"), d.gained, "+"),
        (pick(lang, "Findings lost", "Bevindingen weg"), d.lost, "-"),
    ):
        if found:
            out.append(title)
            for f in found:
                sev = SEVERITY_NAMES[f.severity][1 if lang == "nl" else 0]
                out.append(f"  {sign} [{sev}] {f.title(lang)}  ({f.code})")
    if d.changed:
        out.append(pick(lang, "Findings changed", "Bevindingen gewijzigd"))
        for old, new in d.changed:
            sev = SEVERITY_NAMES[new.severity][1 if lang == "nl" else 0]
            was = SEVERITY_NAMES[old.severity][1 if lang == "nl" else 0]
            shift = f" ({was} -> {sev})" if old.severity != new.severity else ""
            out.append(f"  ~ [{sev}] {new.title(lang)}  ({new.code}){shift}")
            if old.title != new.title:
                out.append(f"      {pick(lang, 'was', 'was')}: {old.title(lang)}")
    if not out:
        out.append(pick(lang, "No differences.", "Geen verschillen."))
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    from mapper.diff import diff_cases
    from models import Practice

    lang = normalise_language(args.lang)
    a, b = open_map(args.a, lang), open_map(args.b, lang)
    practice = Practice(args.practice) if args.practice else None
    d = diff_cases(a, b, practice=practice)
    if args.format == "json":
        json.dump(d.to_data(lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_text(d, lang))
    return 0 if d.empty else 1
