"""One entry point for every export and import, the format taken from the file extension.

Used by the command line (``krachtenveld export`` / ``import``) and the GUI.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from exports.builder import ImportResult
from exports.errors import ExportFileError, ImportFileError, problem
from exports.safety import refuse_blank
from models.case import Case
from models.errors import Problem
from models.i18n import Lang
from models.os_words import os_reason

__all__ = [
    "ADVICE_FORMATS",
    "ANONYMISED_FORMATS",
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "PICTURE_FORMATS",
    "export_case",
    "export_format",
    "import_file",
]

EXPORT_FORMATS = (
    ".xlsx",
    ".docx",
    ".pptx",
    ".png",
    ".svg",
    ".pdf",
    ".dot",
    ".gv",
    ".graphml",
    ".gexf",
    ".csv",
)
#: The advice note (Word) and the session deck (PowerPoint).
ADVICE_FORMATS = (".docx", ".pptx")
IMPORT_FORMATS = (".xlsx", ".graphml", ".gexf", ".csv")
PICTURE_FORMATS = (".png", ".svg", ".pdf")
#: What ``export --anonymise`` writes besides the copy (.kvmap) and the register: each one's
#: case comes from :func:`exports.pseudonym_check.anonymised_for`, which refuses a leak
#: (hostile 15, H2; tests/exports/test_shared_gate15.py writes each one).
ANONYMISED_FORMATS = (*ADVICE_FORMATS, *PICTURE_FORMATS)


def _unknown(suffix: str, choices: str) -> Problem:
    """The problem of a file type not in ``choices``: no extension, an old Excel workbook
    (Dutch review 21, D15: say to save it as .xlsx) or another type."""
    if not suffix:
        return problem("no_suffix", choices=choices)
    if suffix == ".xls" and ".xlsx" in choices.split():
        return problem("old_excel", suffix=suffix, choices=choices)
    return problem("unknown_format", suffix=suffix, choices=choices)


def export_format(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """``kumu``, ``mandate-register`` or the extension of ``path`` (``.xlsx`` ...); raises
    for an unknown one."""
    if fmt is not None and fmt.casefold() == "kumu":
        return "kumu"
    suffix = Path(path).suffix.lower()
    if fmt is not None and fmt.casefold() == "mandate-register":
        if suffix not in (".xlsx", ".docx"):
            choices = ".xlsx .docx"
            raise ExportFileError([_unknown(suffix, choices)], str(path))
        return "mandate-register"
    if suffix not in EXPORT_FORMATS:
        choices = " ".join(EXPORT_FORMATS)
        raise ExportFileError([_unknown(suffix, choices)], str(path))
    return suffix


def export_case(
    case: Case,
    out: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    fmt: str | None = None,
    dpi: float = 96.0,
    scene: Any = None,
    title: str | None = None,
    scene_for: Callable[[Case], Any] | None = None,
    anonymised: bool = False,
    drawn: list[Any] | None = None,
) -> list[Path]:
    """Write ``case`` to ``out``; returns the files written.

    ``.docx`` is the advice note for the college, ``.pptx`` the deck for the strategy session;
    their map pictures (also the zoomed ones of a deck) are drawn by ``scene_for`` when given;
    ``anonymised`` names the residents in them by their role (:mod:`exports.anonymise`), and
    in a mandate register too.

    Pictures (.png .svg .pdf) are rendered from ``scene`` (the map as the user sees it) with
    :mod:`exports.image`; without a scene they are drawn by Graphviz from the actors' positions.
    """
    kind = export_format(out, fmt)
    path = Path(out)
    try:
        return _export(case, path, kind, lang, dpi, scene, title, scene_for, anonymised, drawn)
    except OSError as exc:  # a full temp folder or disk, a pipe to Graphviz that broke, ...
        where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(path) else ""
        # the other file named in the cause: "the disk is full (/tmp/x); make room ..."
        reason = {
            k: text.replace(";", f"{where};", 1) if ";" in text else f"{text}{where}"
            for k, text in os_reason(exc).items()
        }
        failed = problem("write_failed", reason=reason["reason"], reason_nl=reason["reason_nl"])
        raise ExportFileError([failed], str(path)) from exc


def _export(
    case: Case,
    path: Path,
    kind: str,
    lang: Lang,
    dpi: float,
    scene: Any,
    title: str | None,
    scene_for: Callable[[Case], Any] | None,
    anonymised: bool = False,
    drawn: list[Any] | None = None,
) -> list[Path]:
    if kind == "kumu":
        from exports.kumu import write_kumu

        write_kumu(case, path, lang)
    elif kind == "mandate-register":
        from exports.register_write import write_register

        if anonymised:  # the same pseudonyms as the note it is an annex to (jurist 8, N8)
            from exports.pseudonym_check import anonymised_for

            case = anonymised_for(case, lang, "register")  # refused as the nota (hostile 15)
        write_register(case, path, lang)
    elif kind == ".xlsx":
        from exports.excel_report import write_report

        picture = None
        if scene is None and scene_for is not None:
            picture = _report_picture(case, lang, scene_for)
        write_report(case, path, lang=lang, scene=scene, picture=picture)
    elif kind == ".docx":
        from exports.nota import write_nota

        write_nota(case, path, lang=lang, scene_for=scene_for, anonymised=anonymised)
    elif kind == ".pptx":
        from exports.sessie import write_sessie

        write_sessie(case, path, lang=lang, scene_for=scene_for, anonymised=anonymised)
    elif kind in PICTURE_FORMATS:
        _picture(case, path, lang, dpi, scene, title, drawn)
    elif kind in (".dot", ".gv"):
        from exports.dot import write_dot

        write_dot(case, path, lang)
    elif kind == ".graphml":
        from exports.graphml import write_graphml

        write_graphml(case, path, lang)
    elif kind == ".gexf":
        from exports.gexf import write_gexf

        write_gexf(case, path)
    else:
        from exports.csv_io import write_csv

        return list(write_csv(case, path))
    return [path]


def _report_picture(case: Case, lang: Lang, scene_for: Callable[[Case], Any]) -> bytes | None:
    """The report's map picture (:func:`exports.picture.map_png`), drawn from a scene made
    for it and let go before the analysis and the sheets are made: at 10,000 actors the
    scene is 200 MB, which the report held to the end (issue 14, new user 13 S2: 844 MB)."""
    from exports.memory import let_go
    from exports.picture import map_png

    scene = scene_for(case)
    try:
        return map_png(case, lang, scene=scene)
    finally:
        del scene
        let_go(len(case.actors))


def _picture(
    case: Case,
    path: Path,
    lang: Lang,
    dpi: float,
    scene: Any,
    title: str | None,
    drawn: list[Any] | None = None,
) -> None:
    heading = title if title is not None else case.info.title
    if scene is not None:  # as the screen draws it, on a printed page (names of 8 pt and up)
        from exports.picture import write_page

        note = write_page(scene, path, case, lang, title=heading, dpi=dpi)
        if drawn is not None:
            drawn.append(note)
        return
    from exports import graphviz
    from exports.dot import to_dot_string

    placed = all(a.position is not None for a in case.actors)
    engine = "neato" if placed else "sfdp"
    dot_text = to_dot_string(case, lang, positions=placed)
    graphviz.render(dot_text, path, engine=engine, dpi=int(dpi), pinned=placed)


def import_file(path: str | os.PathLike[str]) -> ImportResult:
    """Read a case from ``path``: .xlsx (our report or Kumu's layout, told apart by their
    headers), .graphml, .gexf or .csv; two names that look the same but are written
    differently are warned of (:func:`models.look_alike.look_alike_notices`)."""
    from models.look_alike import look_alike_notices

    result = _read_file(path)
    said = look_alike_notices(result.case)
    return replace(result, warnings=(*result.warnings, *said)) if said else result


def _read_file(path: str | os.PathLike[str]) -> ImportResult:
    suffix = Path(path).suffix.lower()
    refuse_blank(path)  # an empty file, or one a crash left as zero bytes (N5)
    if suffix == ".xlsx":
        from exports.excel_import import is_report, read_report_workbook
        from exports.kumu import is_kumu, read_kumu_workbook
        from exports.safety import DAMAGED_XLSX, damaged_workbook, open_workbook

        wb = open_workbook(path)
        try:
            if is_report(wb):
                return read_report_workbook(wb, str(path))
            if is_kumu(wb):
                title = Path(path).stem or "Kumu"
                return read_kumu_workbook(wb, str(path), title)
        except DAMAGED_XLSX as exc:
            # openpyxl (read-only) parses sheets lazily: a damaged part only fails here, and
            # is named by its cause; an error raised in our own reader is a bug and is raised
            # again, not shown as file damage
            raise damaged_workbook(exc, str(path)) from None
        finally:
            wb.close()
        headers = "ID, Name, Kind | Label, Type | From, To"
        raise ImportFileError([problem("no_sheet", what="actors", headers=headers)], str(path))
    if suffix == ".graphml":
        from exports.graphml import read_graphml

        return read_graphml(path)
    if suffix == ".gexf":
        from exports.gexf import read_gexf

        return read_gexf(path)
    if suffix == ".csv":
        from exports.csv_io import read_csv

        return read_csv(path)
    choices = " ".join(IMPORT_FORMATS)
    raise ImportFileError([_unknown(suffix, choices)], str(path))
