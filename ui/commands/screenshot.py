"""``krachtenveld screenshot FILE --out PNG``: a picture of the main window, made offscreen."""

from __future__ import annotations

import argparse
import re
import sys

from models.enums import LayoutMethod
from models.i18n import Lang, normalise_language
from ui.commands import pick

NAME = "screenshot"
HELP = (
    "render the main window with a case to a PNG (offscreen, no display needed)",
    "maak een PNG van het hoofdvenster met een casus (offscreen, zonder beeldscherm)",
)
VIEWS = ("map", "grid", "scorecard", "present")


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar=pick(lang, "FILE", "BESTAND"),
        help=pick(
            lang, ".kvmap (default: the built-in example)", ".kvmap (standaard: het voorbeeld)"
        ),
    )
    parser.add_argument(
        "--out",
        "-o",
        required=True,
        metavar="PNG",
        help=pick(lang, "where to write the picture", "waar de afbeelding komt"),
    )
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default="map",
        help=pick(
            lang,
            "what to show (default: map; present: a step of presentation mode, see --step)",
            "wat te tonen (standaard: map; present: een stap van de presentatiemodus, zie --step)",
        ),
    )
    parser.add_argument(
        "--step",
        type=int,
        default=None,
        metavar="N",
        help=pick(
            lang,
            "with --view present: the step (0 the overview, 1 the first cause; default 0)",
            "met --view present: de stap (0 het overzicht, 1 de eerste oorzaak; standaard 0)",
        ),
    )
    parser.add_argument(
        "--size",
        default="1600x1000",
        metavar="WxH",
        help=pick(
            lang,
            "window size in pixels (default 1600x1000)",
            "venstergrootte in pixels (standaard 1600x1000)",
        ),
    )
    parser.add_argument(
        "--layout",
        choices=[str(method) for method in LayoutMethod],
        help=pick(lang, "lay the map out first", "deel de kaart eerst in"),
    )


def parse_size(text: str) -> tuple[int, int] | None:
    """``"1600x1000"`` -> (1600, 1000); None when malformed or out of 200..8000."""
    match = re.fullmatch(r"\s*(\d{3,4})\s*[xX×]\s*(\d{3,4})\s*", text)
    if not match:
        return None
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        return None
    return width, height


def run(args: argparse.Namespace) -> int:
    lang = normalise_language(args.lang)
    size = parse_size(args.size)
    if size is None:
        print(
            pick(
                lang,
                f"bad --size {args.size!r}: use WxH, e.g. 1600x1000",
                f"ongeldige --size {args.size!r}: gebruik BxH, bijv. 1600x1000",
            ),
            file=sys.stderr,
        )
        return 2
    if args.step is not None and args.view != "present":  # never ignored without a word
        print(
            pick(
                lang,
                f"--step applies only with --view present (this is --view {args.view}); "
                "nothing written",
                f"--step geldt alleen bij --view present (dit is --view {args.view}); "
                "er is niets geschreven",
            ),
            file=sys.stderr,
        )
        return 2
    from ui.commands._screen import draw_offscreen, without_offscreen_notes

    draw_offscreen()
    from ui.window.screenshot import StepOutOfRangeError, take_screenshot

    try:
        with without_offscreen_notes():
            take_screenshot(
                args.file,
                args.out,
                lang=lang,
                view=args.view,
                size=size,
                layout=args.layout,
                step=args.step or 0,
            )
    except StepOutOfRangeError as exc:
        print(
            pick(
                lang,
                f"no step {exc.step}: this map has steps 0 (the overview) to {exc.last}",
                f"geen stap {exc.step}: deze kaart heeft stappen 0 (het overzicht) tot en met "
                f"{exc.last}",
            ),
            file=sys.stderr,
        )
        return 2
    print(pick(lang, f"Wrote {args.out}", f"{args.out} geschreven"))
    return 0
