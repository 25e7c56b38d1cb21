"""``krachtenveld timeline FILE``: the snapshots kept in a map, the scorecard per building block
over them, stance and trust per actor, the deadlines, and what breaks before a decision is due."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from models.i18n import Lang, long_date, normalise_language
from ui.commands import add_output_format, open_map, pick

if TYPE_CHECKING:
    from models.case import Case

NAME = "timeline"
HELP = (
    "the map over time: its snapshots, the scorecard per building block over them, stance and "
    "trust per actor, deadlines and what expires before a decision is due",
    "de kaart in de tijd: haar momentopnamen, de scorekaart per bouwsteen daarover, houding en "
    "vertrouwen per actor, termijnen en wat afloopt voordat een besluit nodig is",
)

# one letter per traffic light, so seven blocks fit on a line per moment
_LIGHT = {"red": ("R", "R"), "amber": ("A", "O"), "green": ("G", "G"), "grey": ("-", "-")}


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar="FILE", help=pick(lang, "the .kvmap", "de .kvmap"))
    add_output_format(parser, lang)
    parser.add_argument(
        "--compare",
        nargs=2,
        metavar=("A", "B"),
        help=pick(
            lang,
            "compare two snapshots by id (s1, s2 ...; 'now' for the map as it is): what was "
            "added, removed or changed, and which findings came and went (exit 0 no "
            "differences, 1 differences, 2 error)",
            "vergelijk twee momentopnamen op id (s1, s2 ...; 'now' voor de kaart zoals zij nu "
            "is): wat is toegevoegd, verwijderd of gewijzigd, en welke bevindingen erbij kwamen "
            "of verdwenen (exit 0 geen verschil, 1 verschillen, 2 fout)",
        ),
    )


def _when(moment_id: str | None, day: object, label: str, lang: Lang, dated: bool) -> str:
    """The moment's date and label; the map now by its peildatum when it has one (jurist
    review 22, J7: "nu (1 oktober 2026)" read as today's state on 5 December)."""
    from datetime import date

    assert isinstance(day, date)
    if moment_id is None:
        when = long_date(day, lang)
        if dated:
            return pick(lang, f"now (reference date {when})", f"nu (peildatum {when})")
        return pick(lang, f"now ({when})", f"nu ({when})")
    return f"{long_date(day, lang)}  {label}"


def _text(line: object, lang: Lang, dated: bool = True) -> str:
    from mapper.timeline import CaseTimeline

    assert isinstance(line, CaseTimeline)
    nl = lang == "nl"
    out: list[str] = []
    out.append(pick(lang, "Scorecard over time", "Scorekaart in de tijd"))
    out.append(
        pick(
            lang,
            "  (per building block 1–7: R red, A amber, G green, - not enough to judge;"
            " the number of causes in brackets)",
            "  (per bouwsteen 1–7: R rood, O oranje, G groen, - niet te beoordelen;"
            " tussen haakjes het aantal oorzaken)",
        )
    )
    for m in line.moments:
        lights = " ".join(
            f"{_LIGHT[m.status[b].value][1 if nl else 0]}({m.causes[b]})" for b in line.blocks
        )
        out.append(f"  {lights}   {_when(m.id, m.date, m.label, lang, dated)}")
    out += _now_before_snapshots(line, lang)
    if len(line.moments) == 1:
        out.append(
            pick(
                lang,
                "  No snapshots yet: save one with File › Save snapshot… in the app.",
                "  Nog geen momentopnamen: leg er een vast met Bestand › Momentopname "
                "vastleggen… in de app.",
            )
        )
    out += _changes(line, "stance", pick(lang, "Stance per actor", "Houding per actor"))
    out += _changes(line, "trust", pick(lang, "Trust per tie", "Vertrouwen per relatie"))
    if line.bars:
        out.append(pick(lang, "Deadlines and validity", "Termijnen en geldigheid"))
        kinds = {
            "need": pick(lang, "decision needed by", "besluit nodig uiterlijk"),
            "mandate": pick(lang, "mandate", "mandaat"),
            "agreement": pick(lang, "agreement", "afspraak"),
        }
        for bar in sorted(line.bars, key=lambda b: (b.end or b.start or line.as_of, b.id)):
            start = long_date(bar.start, lang) if bar.start else "…"
            end = long_date(bar.end, lang) if bar.end else "…"
            span = end if bar.kind == "need" else f"{start} – {end}"
            out.append(f"  {kinds[bar.kind]:<24} {span:<36} {bar.name}")
    out.append(
        pick(lang, "What breaks before a decision is due", "Wat afloopt vóór een besluit nodig is")
    )
    if not line.breaks:
        out.append(
            pick(
                lang,
                "  Nothing: no mandate or agreement ends before a decision it serves is due.",
                "  Niets: geen mandaat of afspraak loopt af voordat een besluit waarvoor "
                "het dient nodig is.",
            )
        )
    for x in line.breaks:
        out.append(f"  {long_date(x.on, lang)}: {x.text(lang)}")
    return "\n".join(out) + "\n"


def _now_before_snapshots(line: object, lang: Lang) -> list[str]:
    """Why "now" comes last though a snapshot is dated after it (new user, tenth round: two
    snapshots of 4 December 2026 above "now (1 October 2026)" read backwards). "Now" is the
    map as it is, its latest state, so it stays last; its date is the map's reference date,
    on which the analysis judges it, and that date lies before the snapshot."""
    from mapper.timeline import CaseTimeline

    assert isinstance(line, CaseTimeline)
    *snaps, now = line.moments
    last = max((m.date for m in snaps), default=None)
    if last is None or now.date >= last:
        return []
    when, then = long_date(now.date, lang), long_date(last, lang)
    return [
        pick(
            lang,
            f"  Now is the map as it is, its latest state, so it comes last. It is judged on "
            f"its reference date, {when}, which lies before the last snapshot ({then}); set "
            f"a later reference date (As of, in the case's properties) to judge it on that "
            f"day.",
            f"  Nu is de kaart zoals zij is, haar laatste stand, en staat daarom onderaan. Zij "
            f"wordt beoordeeld op haar peildatum, {when}, die vóór de laatste momentopname "
            f"({then}) ligt; zet een latere peildatum (in de eigenschappen van de casus) om "
            f"haar op die dag te beoordelen.",
        )
    ]


def _changes(line: object, which: str, title: str) -> list[str]:
    """Per actor (or tie) the values over the moments, only where it changed."""
    from mapper.timeline import CaseTimeline

    assert isinstance(line, CaseTimeline)
    if len(line.moments) < 2:
        return []
    names: dict[str, None] = {}
    for m in line.moments:
        names.update(dict.fromkeys(getattr(m, which)))
    rows = []
    for name in names:
        values = [getattr(m, which).get(name) for m in line.moments]
        if len(set(values)) > 1:
            shown = " → ".join("·" if v is None else f"{v:+d}" if v else "0" for v in values)
            rows.append(f"  {shown:<24} {name}")
    return [title, *rows] if rows else []


def _compare(case: Case, args: argparse.Namespace, lang: Lang) -> int:
    """``--compare A B``: the differences between two snapshots (or a snapshot and now)."""
    from mapper.diff import diff_cases
    from mapper.diff_words import summary
    from mapper.timeline import case_at
    from ui.commands.diff import diff_text

    snaps = {s.id: s for s in case.timeline.snapshots}
    states: list[Case] = []
    names: list[str] = []
    for which in args.compare:
        if which == "now" and which in snaps:  # a hand-edited file: say it, never guess
            print(
                pick(
                    lang,
                    f'{args.file}: --compare: "now" is ambiguous: it means the map as it is, and'
                    f' the snapshot "{snaps[which].label}" has the id "now" too; give that'
                    " snapshot another id",
                    f'{args.file}: --compare: "now" is dubbelzinnig: het betekent de kaart zoals'
                    f' zij nu is, en de momentopname "{snaps[which].label}" heeft ook het id "now";'
                    " geef die momentopname een ander id",
                ),
                file=sys.stderr,
            )
            return 2
        if which == "now":
            states.append(case)
            names.append(pick(lang, "the map now", "de kaart nu"))
            continue
        snap = snaps.get(which)
        if snap is None:
            known = _some_ids([*snaps, "now"], lang)
            print(
                pick(
                    lang,
                    f'{args.file}: --compare: no snapshot with id "{which}"; the map has: {known}',
                    f'{args.file}: --compare: geen momentopname met id "{which}"; de kaart heeft:'
                    f" {known}",
                ),
                file=sys.stderr,
            )
            return 2
        states.append(case_at(case, which))
        names.append(f"{snap.id} ({long_date(snap.date, lang)}, {snap.label})")
    d = diff_cases(states[0], states[1])
    words = summary(d, lang)
    if args.format == "json":
        data = {"from": args.compare[0], "to": args.compare[1], "summary": words, **d.to_data(lang)}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(
            pick(lang, f"From {names[0]} to {names[1]}\n", f"Van {names[0]} naar {names[1]}\n")
        )
        sys.stdout.write(f"{words}\n\n")
        sys.stdout.write(diff_text(d, lang))
    return 0 if d.empty else 1


def run(args: argparse.Namespace) -> int:
    from mapper.timeline import case_timeline

    lang = normalise_language(args.lang)
    case = open_map(args.file, lang)
    if args.compare:
        return _compare(case, args, lang)
    from exports.trend_scores import open_scores

    scores = open_scores()  # the snapshots analysed in an earlier run (issue 14)
    try:
        line = case_timeline(case, store=scores)
    finally:
        scores.close()
    if args.format == "json":
        json.dump(line.to_data(lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_text(line, lang, case.info.as_of is not None))
    return 0


def _some_ids(ids: list[str], lang: Lang, most: int = 10) -> str:
    """``s1, s2, now``; past ``most`` ids the first ones and the total: ``s1, …, s10, …
    (300 in all)``."""
    if len(ids) <= most:
        return ", ".join(ids)
    total = f"{len(ids):,}".replace(",", "." if lang == "nl" else ",")
    return ", ".join(ids[:most]) + pick(lang, f", … ({total} in all)", f", … ({total} in totaal)")
