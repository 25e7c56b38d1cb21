"""``krachtenveld layout FILE --method M --out FILE``: lay a map out without the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from models.enums import LayoutMethod
from models.i18n import Lang, normalise_language
from models.safeio import same_file
from ui.commands import add_force, cycle_collector_off, open_map, open_map_to_write, pick

if TYPE_CHECKING:
    from ui.commands._claim import MapClaim

NAME = "layout"
HELP = (
    "lay out a map (force, hierarchy, spheres, grid or circle) and save the positions",
    "deel een kaart in (force, hierarchy, spheres, grid of circle) en bewaar de posities",
)

_METHODS = [str(method) for method in LayoutMethod]


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar=pick(lang, "FILE", "BESTAND"), help=".kvmap")
    parser.add_argument(
        "--method",
        "-m",
        choices=_METHODS,
        default=None,
        help=pick(
            lang,
            "layout method (default: hierarchy for a map with mandates, else force)",
            "indelingsmethode (standaard: hierarchy voor een kaart met mandaten, anders force)",
        ),
    )
    parser.add_argument(
        "--out",
        "-o",
        metavar=pick(lang, "FILE", "BESTAND"),
        help=pick(
            lang,
            "where to write the map with new positions (default: overwrite FILE, keeping a .bak;"
            " another existing map only with --force)",
            "waar de kaart met nieuwe posities heen moet (standaard: BESTAND overschrijven, "
            "met een .bak; een andere bestaande kaart alleen met --force)",
        ),
    )
    parser.add_argument(
        "--practice",
        choices=("routine", "maatwerk", "both"),
        help=pick(
            lang,
            "lay out by the ties of this practice only",
            "deel in op de relaties van alleen deze werkpraktijk",
        ),
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    add_force(parser, lang)


def run(args: argparse.Namespace) -> int:
    with cycle_collector_off():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ui.commands._claim import claim_map

    lang = normalise_language(args.lang)
    out = args.out or args.file
    claim = claim_map(out, lang, args.force)
    if claim is None:
        return 2
    with claim:  # the map's lock from read to write: a second writer is refused
        return _lay_out(args, lang, out, claim)


def _lay_out(args: argparse.Namespace, lang: Lang, out: str, claim: MapClaim) -> int:
    in_place = same_file(out, args.file)
    if not in_place and Path(out).exists() and not args.force and not _may_replace(args, out):
        return 2
    placed = _lay_out_lean(args, out, claim)
    if placed is not None:
        return placed
    from mapper.layout import default_method, layout
    from models import Practice
    from models.fileformat import save

    found = (
        open_map_to_write(args.file, lang, args.force) if in_place else open_map(args.file, lang)
    )
    if found is None:
        return 2
    case = found
    args.method = default_method(case) if args.method is None else LayoutMethod(args.method)
    practice = Practice(args.practice) if args.practice else None
    positions = layout(case, args.method, practice=practice, seed=args.seed)
    case.set_positions(positions)
    if not claim.unchanged():
        return 2
    save(case, out)
    _say_placed(lang, out, len(positions), args.method)
    return 0


def _say_placed(lang: Lang, out: str, count: int, method: LayoutMethod) -> None:
    print(
        pick(
            lang,
            f"{out}: {count} actors placed ({method})",
            f"{out}: {count} actoren geplaatst ({method})",
        ),
        file=sys.stdout,
    )


def _lay_out_lean(args: argparse.Namespace, out: str, claim: MapClaim) -> int | None:
    """The force or hierarchy layout of a map that opens as it is, without building the case:
    the lean reader decodes it, the layout reads its graph, and only the positions change in
    what is written, byte for byte what the full way writes (issue 14: the command at 2,000
    actors took twice Graphviz sfdp's time, half of it reading and saving). None when the
    file, the method or the result is not sure to go this way: the caller goes the full way,
    which says whatever there is to say."""
    from mapper.layout import GRAPH_METHODS, default_method, layout
    from models.enums import Practice
    from models.leanmap import read_lean, write_map
    from models.limits import LIMITS
    from models.safeio import ReadRefusedError, read_file

    if args.method is not None and LayoutMethod(args.method) not in GRAPH_METHODS:
        return None  # the other methods read the whole case
    try:
        lean = read_lean(read_file(args.file, LIMITS["file_bytes"]))
    except ReadRefusedError:
        return None
    if lean is None:
        return None
    method = default_method(lean) if args.method is None else LayoutMethod(args.method)
    if method not in GRAPH_METHODS:
        return None
    practice = Practice(args.practice) if args.practice else None
    positions = layout(lean, method, practice=practice, seed=args.seed)
    data = lean.text() if lean.set_positions(positions) else None
    if data is None:
        return None
    if not claim.unchanged():
        return 2
    write_map(out, data)
    _say_placed(normalise_language(args.lang), out, len(positions), method)
    return 0


def _may_replace(args: argparse.Namespace, out: str) -> bool:
    """False (after saying what would be lost) for an ``--out`` that is another map with
    content: the laid-out FILE replaces it whole (hostile review 11, N5)."""
    from ui.commands._held import may_replace

    return may_replace(
        out,
        normalise_language(args.lang),
        other=args.file,
        replaced=(
            f"the layout would replace it with {args.file} laid out",
            f"de indeling zou de kaart vervangen door de ingedeelde versie van {args.file}",
        ),
        instead=(
            f"Write to a new file, lay out {out} itself",
            f"Schrijf naar een nieuw bestand, deel {out} zelf in",
        ),
    )
