"""What File > Export writes for each kind, and what it tells the user beside "Exported".

:func:`export_job` runs on the GUI thread: it draws the maps that must look like the screen
(the Excel report's picture, the note's map, the deck's slides and cause maps) from the live
scene or from a scene of the anonymised case, and returns the :class:`ExportJob` whose ``work``
writes the file in the background (:mod:`ui.exchange.window_exchange` runs it). A picture that
cannot be made from the screen is logged and said; the writer then draws a simpler map itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from models import Case
from models.errors import WordedRefusalError
from models.i18n import Lang
from models.safeio import same_file
from models.templates import TEMPLATE_HINT
from ui.exchange.export_kinds import ExportKind

if TYPE_CHECKING:
    from exports.excel_analysis import AnalysisLike
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["ExportJob", "export_job"]

# the formats that carry neither the snapshots nor the history of saves (hostile N2)
_NO_TIMELINE = ("xlsx", "kumu", "graphml", "gexf", "csv")


@dataclass(frozen=True, slots=True)
class ExportJob:
    """The writing of one export: ``work`` runs in the background and returns the files written;
    ``note`` is what the user should know about a successful export ("" when nothing)."""

    work: Callable[[], object]
    note: str
    details: str = ""  # under the note, in the status bar's tooltip only (every rename)


def export_job(window: MainWindow, kind: ExportKind, path: str, anonymous: bool) -> ExportJob:
    """Draw what must be drawn on the GUI thread and return the writing of ``kind`` to ``path``.

    ``anonymous`` applies to the advice note, the deck and the overview of mandates in Word
    (File > Export > Anonymised).
    """
    case = window.controller.case.copy()  # the worker writes a snapshot: the lists may change
    lang: Lang = window.scene.lang
    if kind.key == "xlsx":
        job = _report(window, case, path, lang)
    elif kind.key in ("docx", "pptx"):
        job = _note_or_deck(window, kind, case, path, lang, anonymous)
    elif kind.key == "kvmap_anonymised":
        job = _anonymised_copy(window, case, path, lang)
    else:  # the register in Word is the note's annex: anonymised with it (jurist 8, N8)
        named = not (anonymous and kind.key == "register_docx")
        job = ExportJob(_exchange_format(case, path, lang, kind.fmt, anonymised=not named), "")
    if kind.key == "docx":  # a big map's nota tells its steps, as the CLI prints them
        job = _told(window, job, path, case, lang)
    job = _forgetting(job)
    if kind.key in _NO_TIMELINE and (case.timeline.snapshots or case.timeline.history):
        lost = QCoreApplication.translate(
            "Exchange", "Snapshots and history are not carried by this format."
        )
        return ExportJob(job.work, f"{job.note} {lost}" if job.note else lost, job.details)
    return job


def _forgetting(job: ExportJob) -> ExportJob:
    """``job`` whose work lets go of what the anonymising remembered of it once written
    (:func:`exports.anonymise_forget.forget`: at 10,000 actors 19 MB the app kept to its end)."""
    work = job.work

    def forgetting() -> object:
        from exports.anonymise_forget import forget

        try:
            return work()
        finally:
            forget()

    return ExportJob(forgetting, job.note, job.details)


class _Teller(QObject):
    """Carries a nota's steps from the worker to the status bar (a queued signal)."""

    said = Signal(str)


def _told(window: MainWindow, job: ExportJob, path: str, case: Case, lang: Lang) -> ExportJob:
    """The nota of a map of more than :data:`exports.nota_scale.SLOW` actors says in the
    status bar, beside its busy bar, that it takes a while and each step with the page
    estimate, as ``krachtenveld export`` prints them (new user at scale, session 14, F11: only
    a busy bar for 137 s at 10,000 actors); a smaller map's job as it is."""
    from exports.nota_scale import SLOW, reporting, up_front

    if len(case.actors) <= SLOW:
        return job
    teller = _Teller(window)
    teller.said.connect(window.statusBar().showMessage)  # on the GUI thread: queued
    head = QCoreApplication.translate("Exchange", "Exporting %1…").replace("%1", Path(path).name)
    actors, work = len(case.actors), job.work

    def told() -> object:
        try:
            teller.said.emit(f"{head} {up_front(actors, lang)}")
            with reporting(lambda line: teller.said.emit(f"{head} {line}")):
                return work()
        finally:
            teller.deleteLater()

    return ExportJob(told, job.note, job.details)


def _picture_failed(kind: str) -> str:
    """Log a map picture that could not be drawn from the screen and say so to the user, naming
    the document it is about (``kind``: xlsx, docx or pptx); Qt's own text goes to the log only
    (rev-dutch21 D2). Called inside the ``except`` that caught the failure."""
    log.exception("map picture from the scene failed; the %s writer draws its own", kind)
    if kind == "docx":
        return QCoreApplication.translate(
            "Exchange",
            "The map picture could not be made from the screen; the advice note has a "
            "simpler drawing of the map instead. The details are in the log file.",
        )
    if kind == "pptx":
        return QCoreApplication.translate(
            "Exchange",
            "The map picture could not be made from the screen; the presentation has a "
            "simpler drawing of the map instead. The details are in the log file.",
        )
    return QCoreApplication.translate(
        "Exchange",
        "The map picture could not be made from the screen; the Excel report has a "
        "simpler drawing of the map instead. The details are in the log file.",
    )


def _report(window: MainWindow, case: Case, path: str, lang: Lang) -> ExportJob:
    """The Excel report, its map picture drawn from the live scene: it looks like the screen."""
    from exports.picture import map_png

    note = ""
    picture: bytes | None
    try:
        with window.view.at_own_size():
            picture = map_png(window.controller.case, lang, scene=window.scene)
    except Exception:  # the report then draws the map itself
        picture, note = None, _picture_failed("xlsx")

    analysis = _current_analysis(window)

    def work() -> object:
        from exports.excel_report import write_report

        write_report(case, path, lang=lang, picture=picture, analysis=analysis)
        return [Path(path)]

    return ExportJob(work, note)


def _current_analysis(window: MainWindow) -> AnalysisLike | None:
    """The analysis the Findings panel shows, when it is of the whole case as it is now (no
    practice filter, no edit since): the report then does not analyse the map a second time
    beside the app's own (at 10,000 actors 10 s and 140 MB more at its peak; new user at
    scale 15, G1). None otherwise: the report analyses its snapshot itself."""
    runner = window.analysis_runner()
    if runner is None or runner.stale or window.controller.practice is not None:
        return None
    latest: AnalysisLike | None = runner.latest
    return latest


def _note_or_deck(
    window: MainWindow, kind: ExportKind, case: Case, path: str, lang: Lang, anonymous: bool
) -> ExportJob:
    """The advice note (docx) or the deck (pptx), with the maps as on screen.

    The note's map is a page of the note's text width with the legend under it; the deck's maps
    fill their slides, and the zoomed maps of the first causes are drawn by the app's scene too.
    The pictures of an anonymised file are drawn from the anonymised case.
    """
    from exports.anonymise import anonymise
    from exports.legend import legend_for_case
    from exports.map_language import map_language
    from exports.map_page import nota_map_page
    from exports.picture import map_png, slide_png
    from exports.picture_as_is import page_as_is
    from exports.sessie import cause_pictures
    from mapper import analyse
    from ui.commands.export import map_scene
    from ui.exchange.anonymised import anonymised_notes

    def scene_for(part: Case) -> object:
        return map_scene(part, lang)

    causes: dict[str, bytes] | None = None
    picture: bytes | None
    note = ""
    made: list[Case] = [] if anonymous else [case]

    def shown() -> Case:  # the case the pictures show, anonymised once where one is drawn
        if not made:
            made.append(anonymise(case, map_language(case, lang), names=lang))
        return made[0]

    try:
        with window.view.at_own_size():
            if kind.key == "docx":  # the nota's page: its text width, no title
                live: object = window.scene
                page = nota_map_page(live)  # across for a wide map (issue 12)
                drawn = case  # its legend names kinds, no one: the same for either case
                # a map of thousands paints no name on the page: its own scene, and no
                # anonymised case on the GUI thread (a scene of it: 130 MB at 10,000 actors,
                # the anonymising 12 s; new user at scale 14, F11)
                if anonymous and not page_as_is(live, page, legend_for_case(case, lang)):
                    drawn = shown()
                    live = scene_for(drawn)
                    page = nota_map_page(live)
                picture = map_png(drawn, lang, scene=live, page=page, titled=False)
            else:
                scene = scene_for(shown()) if anonymous else window.scene
                picture = slide_png(scene, lang) if len(case.actors) else None
                causes = cause_pictures(shown(), analyse(shown()), lang, scene_for)
    except Exception:  # the writer then draws the map itself
        picture, note = None, _picture_failed(kind.key)
    said, details = anonymised_notes(case, anonymous, lang)
    note = " ".join(n for n in (note, said) if n)
    advice_note = kind.key == "docx"
    if advice_note and TEMPLATE_HINT.search(case.info.description):
        hint = QCoreApplication.translate(
            "Exchange",
            "The note leaves out the template's instruction ‘Vul de namen … in.’: describe your "
            "own case in the case's Description (Properties).",
        )
        note = f"{note} {hint}" if note else hint

    def work() -> object:
        from exports.nota import write_nota
        from exports.sessie import write_sessie

        if advice_note:
            return [
                write_nota(
                    case,
                    path,
                    lang=lang,
                    picture=picture,
                    anonymised=anonymous,
                    pictures_anonymised=anonymous,
                )
            ]
        return [
            write_sessie(
                case,
                path,
                lang=lang,
                picture=picture,
                causes=causes,
                anonymised=anonymous,
                pictures_anonymised=anonymous,
            )
        ]

    return ExportJob(work, note, details)


def _anonymised_copy(window: MainWindow, case: Case, path: str, lang: Lang) -> ExportJob:
    """An anonymised copy of the map to share (never over the open map itself): residents
    named by their role, in every snapshot too, and the saves without who saved."""
    from exports.map_language import map_language
    from ui.exchange.anonymised import anonymised_notes

    open_path = window.controller.path
    same = open_path is not None and same_file(open_path, path)
    refusal = QCoreApplication.translate(
        "Exchange", "the anonymised copy would overwrite the open map itself"
    )
    note, details = anonymised_notes(case, True, lang, words=map_language(case, lang))
    if case.timeline.snapshots or case.timeline.history:
        said = QCoreApplication.translate(
            "Exchange", "The snapshots are anonymised too; the saves no longer say who saved."
        )
        note = f"{note} {said}" if note else said
    from exports.anonymise_summary import copy_summary

    told = [line[:1].upper() + line[1:].rstrip(".") + "." for line in copy_summary(case, lang)]
    note = " ".join([note, *told]).strip()  # kept bodies, word-surnames, left-out snapshots

    from ui.i18n import current_language

    ui_language = current_language()  # the refusal in the words of the app, not of the map

    def work() -> object:
        from exports.anonymise_copy import write_anonymised_copy
        from exports.copy_target import refuse_locked

        if same:
            raise WordedRefusalError(refusal)
        refuse_locked(path, ui_language)  # the dialog asked to replace it, not if it is open (H5)
        write_anonymised_copy(case, path, lang, force=True)  # the save dialog asked; .bak kept
        return [Path(path)]

    return ExportJob(work, note, details)


def _exchange_format(
    case: Case, path: str, lang: Lang, fmt: str | None, *, anonymised: bool = False
) -> Callable[[], object]:
    """Kumu, GraphML, GEXF, CSV, DOT or the mandate register: no picture to draw."""

    def work() -> object:
        from exports.formats import export_case

        return export_case(case, path, lang=lang, fmt=fmt, anonymised=anonymised)

    return work
