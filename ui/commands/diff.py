"""``krachtenveld diff A B``: what changed between two maps, and which findings came and went."""

from __future__ import annotations

import argparse
import json
import sys

from models.enums import EntityKind
from models.i18n import Lang, normalise_language
from ui.commands import add_output_format, open_map, pick

NAME = "diff"
HELP = (
    "compare two maps: what was added, removed or changed, by name; findings gained, lost or "
    "changed (exit 0 no differences, 1 differences, 2 error)",
    "vergelijk twee kaarten: wat is toegevoegd, verwijderd of gewijzigd, bij naam; bevindingen "
    "erbij, weg of gewijzigd (exit 0 geen verschil, 1 verschillen, 2 fout)",
)

_KINDS = {
    EntityKind.ACTOR: ("Actors", "Actoren"),
    EntityKind.RELATIONSHIP: ("Relationships", "Relaties"),
    EntityKind.MANDATE: ("Mandates", "Mandaten"),
    EntityKind.NEED: ("Needs", "Benodigde besluiten"),
    EntityKind.ORGANISATION: ("Organisations", "Organisaties"),
    EntityKind.POWER: ("Powers", "Bevoegdheden"),
    EntityKind.AGREEMENT: ("Agreements", "Afspraken"),
    EntityKind.ACCEPTANCE: ("Accepted findings", "Geaccepteerde bevindingen"),
}


def _field(kind: EntityKind | None, field: str, lang: Lang) -> str:
    """A field by its column header in the report workbook ("Geldig tot en met"); ``kind``
    None: a field of the case itself."""
    from exports.excel_columns import CASE_ROWS, SHEETS
    from models.fields import KINDS

    if kind is None:
        row = next((r for r in CASE_ROWS if r[0] == field), None)
        return field if row is None else pick(lang, row[1], row[2]).removesuffix(" (id)")
    sheet = next((s for s in SHEETS if s.key == KINDS[kind].section), None)
    col = None if sheet is None else next((c for c in sheet.columns if c.field == field), None)
    return field if col is None else col.header(lang).removesuffix(" (id)")


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("a", metavar="A", help=pick(lang, "the old .kvmap", "de oude .kvmap"))
    parser.add_argument("b", metavar="B", help=pick(lang, "the new .kvmap", "de nieuwe .kvmap"))
    add_output_format(parser, lang)
    parser.add_argument(
        "--practice",
        choices=["routine", "maatwerk"],
        default=None,
        help=pick(lang, "compare one work practice", "vergelijk één werkwijze"),
    )


def diff_text(d: object, lang: Lang) -> str:
    """The differences as text, one line per change (also `timeline --compare`)."""
    from mapper.diff import CaseDiff
    from mapper.report import SEVERITY_NAMES

    assert isinstance(d, CaseDiff)
    out: list[str] = []
    if d.info:
        out.append(pick(lang, "Case header", "Kop van de casus"))
        out += [
            f"  ~ {_field(None, c.field, lang)}: {d.show(None, c.field, c.old, lang)} → "
            f"{d.show(None, c.field, c.new, lang)}"
            for c in d.info
        ]
    for kind, e in d.entities.items():
        if e.empty:
            continue
        out.append(pick(lang, *_KINDS[kind]))
        out += [f"  + {d.name(kind, i, lang)}" for i in e.added]
        out += [f"  - {d.name(kind, i, lang)}" for i in e.removed]
        for item_id, changes in e.changed.items():
            out.append(f"  ~ {d.name(kind, item_id, lang)}")
            out += [
                f"      {_field(kind, c.field, lang)}: {d.show(kind, c.field, c.old, lang)} → "
                f"{d.show(kind, c.field, c.new, lang)}"
                for c in changes
            ]
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
            shift = f" ({was} → {sev})" if old.severity != new.severity else ""
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
        sys.stdout.write(diff_text(d, lang))
    return 0 if d.empty else 1
