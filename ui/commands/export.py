"""``krachtenveld export FILE --to OUT``: write a map as Excel, picture, DOT, GraphML, GEXF, CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.enums import ActorKind
from models.i18n import Lang, normalise_language
from models.safeio import same_file
from ui.commands import open_map, pick, wrote

if TYPE_CHECKING:
    from models.case import Case

NAME = "export"
HELP = (
    "export a .kvmap file; the format comes from the extension of --to "
    "(.xlsx .docx .pptx .png .svg .pdf .dot .graphml .gexf .csv; --format kumu for Kumu's "
    "workbook; .docx is the advice note, .pptx the session deck)",
    "exporteer een .kvmap-bestand; het formaat volgt uit de extensie van --to "
    "(.xlsx .docx .pptx .png .svg .pdf .dot .graphml .gexf .csv; --format kumu voor Kumu's "
    "werkmap; .docx is de adviesnota, .pptx de presentatie voor de sessie)",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar=pick(lang, "FILE", "BESTAND"), help=".kvmap")
    parser.add_argument(
        "--to",
        required=True,
        metavar="OUT",
        help=pick(lang, "the file to write", "het bestand dat geschreven wordt"),
    )
    parser.add_argument(
        "--dpi",
        type=int,
        default=150,
        help=pick(
            lang, "resolution of a PNG (default 150)", "resolutie van een PNG (standaard 150)"
        ),
    )
    parser.add_argument(
        "--format",
        choices=["kumu", "mandate-register"],
        default=None,
        help=pick(
            lang,
            "kumu: Kumu's spreadsheet layout (.xlsx); mandate-register: the powers "
            "and mandates as a mandate register (.xlsx, or .docx as the annex of a "
            "mandate decision)",
            "kumu: Kumu's spreadsheet-indeling (.xlsx); mandate-register: de "
            "bevoegdheden en mandaten als mandaatregister (.xlsx, of .docx als bijlage "
            "bij een mandaatbesluit)",
        ),
    )
    parser.add_argument(
        "--view",
        choices=["map", "grid", "scorecard"],
        default="map",
        help=pick(
            lang,
            "for .png/.svg/.pdf: the map, the power/interest grid or the scorecard",
            "voor .png/.svg/.pdf: de kaart, het invloed/belang-raster of de scorekaart",
        ),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=pick(
            lang,
            "with --to copy.kvmap: replace an existing file that is not an "
            "anonymised copy (the old file is kept as .bak)",
            "met --to kopie.kvmap: vervang een bestaand bestand dat geen "
            "geanonimiseerde kopie is (het oude bestand blijft bewaard als .bak)",
        ),
    )
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help=pick(
            lang,
            "for .docx/.pptx (the default there): names residents by their role "
            "and leaves out their names and health data as far as possible (art. 9 "
            "GDPR); a staff member's own name leaves their actor's name (\u2018Consulent "
            "wijkteam (Sanne)\u2019 becomes \u2018Consulent wijkteam\u2019) and a "
            "mental-health provider is called \u2018the care provider\u2019; with --to "
            "copy.kvmap: an anonymised copy of the map to share, its snapshots too, its "
            "saves without authors, residents under new ids; for .png/.svg/.pdf: the map "
            "drawn with the same roles",
            "voor .docx/.pptx (daar de standaard): noemt inwoners bij hun rol en laat "
            "hun naam en gezondheidsgegevens zoveel mogelijk weg (art. 9 AVG); de eigen "
            "naam van een medewerker verdwijnt uit de naam van de actor (\u2018Consulent "
            "wijkteam (Sanne)\u2019 wordt \u2018Consulent wijkteam\u2019) en een "
            "ggz-instelling heet \u2018de zorgaanbieder\u2019; met --to kopie.kvmap: een "
            "geanonimiseerde kopie van de kaart om te delen, ook de momentopnamen, de "
            "opslagmomenten zonder wie opsloeg, inwoners onder een nieuwe id; voor "
            ".png/.svg/.pdf: de kaart getekend met dezelfde rollen",
        ),
    )
    parser.add_argument(
        "--named",
        action="store_true",
        help=pick(
            lang,
            "for .docx/.pptx: keep the residents' names and health data (mark the "
            "file confidential)",
            "voor .docx/.pptx: houd de namen van inwoners en de gezondheidsgegevens "
            "erin (merk het bestand aan als vertrouwelijk)",
        ),
    )
    parser.add_argument(
        "--title",
        default=None,
        help=pick(
            lang,
            "title above a picture (default: the case title)",
            "titel boven een afbeelding (standaard: de titel van de casus)",
        ),
    )


_APP: Any = None
_NO_QT_TOLD = False  # a nota draws a map per part: the reason is told once per run


def _tell_no_qt(missing: ImportError, lang: Lang) -> None:
    """One line on stderr, and the log, when a picture is drawn by Graphviz because Qt does not
    load: the picture then differs from the app's map (rev-code18 N6)."""
    global _NO_QT_TOLD
    if _NO_QT_TOLD:
        return
    _NO_QT_TOLD = True
    import logging  # only here: the help imports this module (0.004 s; issue 14, snap18d)

    # info, not warning: the CLI configures no handler, and logging's last resort would print
    # a warning as a second line beside the one below
    logging.getLogger(__name__).info(
        "Qt could not load (%s); pictures are drawn by Graphviz", missing
    )
    # Graphviz draws it, or (no Graphviz, or a map above its limit) a plain sketch of boxes:
    # exports.picture_fallback - not always Graphviz (rev-hostile21 H5)
    en = (
        f"Drawn without Qt: Qt could not load ({missing}); the picture is drawn with Graphviz, "
        "or as a plain sketch where Graphviz is missing or the map is too large, and differs "
        "from the app's map"
    )
    nl = (
        f"Getekend zonder Qt: Qt kon niet worden geladen ({missing}); de afbeelding is getekend "
        "met Graphviz, of als eenvoudige schets als Graphviz ontbreekt of de kaart te groot is, "
        "en wijkt af van de kaart in de app"
    )
    print(pick(lang, en, nl), file=sys.stderr)


def map_scene(case: Case, lang: Lang) -> Any:
    """The map as the desktop app draws it, offscreen; None when Qt (PySide6) is not
    installed or its libraries do not load.

    Only Qt's own import falls back (to Graphviz's drawing). Our modules are imported outside
    that guard: an ImportError in one of them is a bug and is raised, not turned into another
    picture (rev-code17 F5)."""
    global _APP
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as missing:  # not installed, or a library Qt needs (libEGL, ...) does not
        _tell_no_qt(missing, lang)  # load: the picture differs from the app's, so say why
        return None
    if QApplication.instance() is None:
        from ui.commands._screen import draw_offscreen

        draw_offscreen()
        _APP = QApplication(["krachtenveld"])
    from mapper.layout.placing import unplaced, with_places
    from ui.canvas.scene import MapScene
    from ui.i18n import current_language, set_language

    if current_language() != lang:  # the scene's own words (bundle counts) in the map's language
        set_language(lang, persist=False)
    scene = MapScene(case, lang)
    if unplaced(case):  # no places of its own: laid out as the app lays it out, not a pile
        scene = MapScene(with_places(case, scene.actor_sizes()), lang)
    return scene


def _anonymised_copy(args: argparse.Namespace, lang: Lang) -> int:
    """``--to copy.kvmap --anonymise``: a copy of the map to share, residents named by their
    role in the map, its snapshots and its saves, and no author of a save."""

    from exports.anonymise import replaced
    from exports.anonymise_copy import CopyLeakError, map_language, write_anonymised_copy
    from exports.anonymise_summary import copy_summary
    from exports.copy_target import CopyTargetError
    from ui.commands._claim import claim_map

    if not args.anonymise or args.named:
        print(
            pick(
                lang,
                f"{args.to}: a .kvmap is written only as an anonymised copy: add --anonymise"
                " (without --named)",
                f"{args.to}: een .kvmap wordt alleen als geanonimiseerde kopie geschreven: voeg"
                " --anonymise toe (zonder --named)",
            ),
            file=sys.stderr,
        )
        return 2
    if same_file(args.to, args.file):
        print(
            pick(
                lang,
                f"{args.to}: the anonymised copy would overwrite the map itself",
                f"{args.to}: de geanonimiseerde kopie zou de kaart zelf overschrijven",
            ),
            file=sys.stderr,
        )
        return 2
    case = open_map(args.file, lang)
    names, _health = replaced(case, lang, words=map_language(case, lang))  # as written
    claim = claim_map(args.to, lang, args.force)  # a map open elsewhere: refused (H5)
    if claim is None:
        return 2
    try:
        with claim:  # held while the copy is written: the app cannot open it half-written
            write_anonymised_copy(case, args.to, lang, force=args.force)
    except CopyTargetError as refused:
        print(str(refused), file=sys.stderr)
        return 2
    except CopyLeakError as leak:
        print(str(leak), file=sys.stderr)
        return 1
    print(pick(lang, f"Wrote {args.to}", f"{args.to} geschreven"))
    said = pick(lang, "residents named by their role", "inwoners bij hun rol genoemd")
    if not names:
        said = pick(lang, "no resident on the map", "geen inwoner op de kaart")
    if case.timeline.snapshots or case.timeline.history:
        said += pick(
            lang,
            ", in the snapshots too; the saves no longer say who saved",
            ", ook in de momentopnamen; bij de opslagmomenten staat niet meer wie opsloeg",
        )
    print(f"{args.to}: {said}")
    if names:  # what else the cleaning leaves out (hostile review 5, B3)
        print(
            pick(
                lang,
                f"{args.to}: notes about residents, direct identifiers (such as BSN, "
                "telephone number and address) and special categories of personal "
                "data are left out",
                f"{args.to}: notities over inwoners, directe identificatiegegevens (zoals "
                "BSN, telefoonnummer en adres) en bijzondere persoonsgegevens zijn "
                "weggelaten",
            )
        )
    for line in copy_summary(case, lang):  # kept bodies, word-surnames, left-out snapshots
        print(f"{args.to}: {line}")
    return 0


# formats that carry the map's arrays (not its snapshots and history)
_EXCHANGE = {".xlsx": "Excel", ".graphml": "GraphML", ".gexf": "GEXF", ".csv": "CSV"}


def _told(to: str, kind: str, case: Any, lang: Lang) -> Any:
    """For the nota of a map of more than :data:`exports.nota_scale.SLOW` actors: a line up
    front, then each step on stderr (the user, thirteenth round S2, waited 35 minutes without
    a word); otherwise nothing."""
    from contextlib import nullcontext

    from exports.nota_scale import SLOW, reporting, up_front

    if kind != ".docx" or len(case.actors) <= SLOW:
        return nullcontext()
    print(f"{to}: {up_front(len(case.actors), lang)}", file=sys.stderr)
    return reporting(lambda line: print(f"{to}: {line}", file=sys.stderr, flush=True))


def run(args: argparse.Namespace) -> int:
    from exports.formats import (
        ADVICE_FORMATS,
        ANONYMISED_FORMATS,
        PICTURE_FORMATS,
        export_case,
        export_format,
    )
    from exports.picture_big import PictureNote, picture_note
    from exports.pseudonym_check import PseudonymLeakError

    lang = normalise_language(args.lang)
    if str(args.to).lower().endswith(".kvmap"):
        return _anonymised_copy(args, lang)
    if args.dpi < 10 or args.dpi > 2400:
        en, nl = "--dpi must be between 10 and 2400", "--dpi moet tussen 10 en 2400 liggen"
        print(pick(lang, en, nl), file=sys.stderr)
        return 2
    kind = export_format(args.to, args.format)
    # a mandate register in Word is the nota's annex: pseudonymised as the nota (jurist 8, N8)
    suffix = Path(args.to).suffix.lower()
    register = kind == "mandate-register"
    for flag, given in (("--anonymise", args.anonymise), ("--named", args.named)):
        # a picture of the map is anonymised on request, as in the app (new user 6, 7)
        takes = ANONYMISED_FORMATS if flag == "--anonymise" else ADVICE_FORMATS
        if given and kind not in takes and not (register and suffix in (".docx", ".xlsx")):
            en = f"{args.to}: {flag} needs .docx or .pptx"
            nl = f"{args.to}: {flag} vraagt om .docx of .pptx"
            if flag == "--anonymise":
                en = f"{args.to}: --anonymise needs .docx, .pptx, .kvmap, .png, .svg or .pdf"
                nl = f"{args.to}: --anonymise vraagt om .docx, .pptx, .kvmap, .png, .svg of .pdf"
            print(pick(lang, en, nl), file=sys.stderr)
            return 2
    if args.anonymise and args.named:
        en, nl = (
            "--anonymise and --named exclude each other",
            "--anonymise en --named sluiten elkaar uit",
        )
        print(pick(lang, en, nl), file=sys.stderr)
        return 2
    # a note or deck for the college names no resident unless asked, as in the app (AVG;
    # jurist, third round M2)
    anonymised = (kind in (".docx", ".pptx") or (register and suffix == ".docx")) and not args.named
    anonymised = anonymised or (register and args.anonymise)
    case = open_map(args.file, lang)
    if args.anonymise and kind in PICTURE_FORMATS:  # the same pseudonyms as the note's map
        from exports.pseudonym_check import anonymised_for

        try:  # and refused as the note is, nothing written (hostile 15, H2)
            case = anonymised_for(case, lang, "picture")
        except PseudonymLeakError as leak:
            print(f"{args.to}: {leak}", file=sys.stderr)
            return 1
    if args.view != "map":
        if kind not in PICTURE_FORMATS:
            en = f"{args.to}: --view {args.view} needs .png, .svg or .pdf"
            nl = f"{args.to}: --view {args.view} vraagt om .png, .svg of .pdf"
            print(pick(lang, en, nl), file=sys.stderr)
            return 2
        _chart(case, args, lang)
        print(pick(lang, f"Wrote {args.to}", f"{args.to} geschreven"))
        return 0
    # a report's map picture is drawn from a scene of its own, let go before the sheets
    scene = map_scene(case, lang) if kind in PICTURE_FORMATS else None
    existed = Path(args.to).exists()  # an edited nota is kept in .bak (hostile 11, N6)
    drawn: list[PictureNote] = []
    try:
        with _told(args.to, kind, case, lang):  # a big map's nota says how far it is (issue 14)
            written = export_case(
                case,
                args.to,
                lang=lang,
                fmt=args.format,
                dpi=args.dpi,
                scene=scene,
                title=args.title,
                anonymised=anonymised,
                scene_for=lambda part: map_scene(part, lang),
                drawn=drawn,
            )
    except PseudonymLeakError as leak:  # refused as the copy refuses (hostile 12, P2)
        print(f"{args.to}: {leak}", file=sys.stderr)
        return 1
    for path in written:
        print(wrote(path, existed, lang))
    for note in drawn:
        if kind == ".png":  # its size, and whether it is an overview (new user 13, S2)
            print(picture_note(args.to, note, lang))
    if kind == ".xlsx" and any(a.kind is ActorKind.CITIZEN for a in case.actors):
        print(
            pick(  # say so before it is shared (hostile review 12, M2)
                lang,
                f"{args.to}: this workbook names residents; to share the map, write an anonymised"
                " copy: --to copy.kvmap --anonymise",
                f"{args.to}: deze werkmap noemt inwoners bij naam; om de kaart te delen, maak een"
                " geanonimiseerde kopie: --to kopie.kvmap --anonymise",
            ),
            file=sys.stderr,
        )
    if kind in _EXCHANGE and (case.timeline.snapshots or case.timeline.history):
        name = "Kumu" if args.format == "kumu" else _EXCHANGE[kind]
        print(
            pick(
                lang,
                f"{args.to}: warning: snapshots and history are not carried by {name}; they stay"
                f" only in {args.file}",
                f"{args.to}: waarschuwing: momentopnamen en geschiedenis gaan niet mee in {name};"
                f" ze staan alleen in {args.file}",
            ),
            file=sys.stderr,
        )
    if kind in (".dot", ".gv"):
        _dot_engine_note(case, lang)
    return 0


def _dot_engine_note(case: Case, lang: Lang) -> None:
    """Say which Graphviz program lays a large map out in seconds (the file says it too)."""
    from exports.dot import engine_for
    from mapper.wording import number

    engine = engine_for(case)
    if engine == "dot":
        return
    count = {key: number(len(case.actors), key) for key in ("en", "nl")}
    en = (
        f"Note: a map of {count['en']} actors is too large for Graphviz's dot (minutes); "
        f"the file sets layout={engine}, so `dot -Tsvg` runs {engine}, or run `{engine}` directly"
    )
    nl = (
        f"Let op: een kaart met {count['nl']} actoren is te groot voor Graphviz' dot "
        f"(minuten); het bestand zet layout={engine}, dus `dot -Tsvg` gebruikt {engine}, of "
        f"start `{engine}` zelf"
    )
    print(pick(lang, en, nl))


def _chart(case: Case, args: argparse.Namespace, lang: Lang) -> None:
    """The power/interest grid or the scorecard as a picture."""
    from exports.image import ScoreLine, grid_points, render_grid, render_scorecard

    map_scene(case, lang)  # makes sure a QApplication exists
    if args.view == "grid":
        title = args.title or pick(lang, "Influence and interest", "Invloed en belang")
        render_grid(grid_points(case), args.to, lang=lang, title=title, dpi=args.dpi)
        return
    from mapper import analyse
    from mapper.findings import BUILDING_BLOCKS

    lines = [
        ScoreLine(
            f"{row.building_block}. {BUILDING_BLOCKS[row.building_block](lang)}",
            row.status.value,
            row.summary(lang),
        )
        for row in analyse(case).scorecard
    ]
    title = args.title or pick(lang, "Scorecard", "Scorekaart")
    render_scorecard(lines, args.to, lang=lang, title=title, dpi=args.dpi)
