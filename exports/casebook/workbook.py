"""The casebook as an Excel workbook: a sheet per view (summary, recurring causes, distance to
whoever may decide, powers, roles, organisations, positions, trend, cases, files left out)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from exports.casebook.copy_words import copies_heading, copies_line
from exports.casebook.phrases import category_phrase, cause_phrase, trend_phrase, worded_powers
from exports.casebook.run import CasebookRun
from exports.casebook.words import in_cases, summary_line
from exports.excel_style import finish_table, write_row
from exports.office_properties import stamp_workbook
from exports.output import save_workbook
from mapper.casebook import FAR_STEPS, Count
from mapper.findings import BUILDING_BLOCKS
from models.i18n import Lang

__all__ = ["build_workbook", "write_workbook"]


def _t(lang: Lang, en: str, nl: str) -> str:
    return nl if lang == "nl" else en


def _sheet(
    wb: Any,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[int] | None = None,
) -> None:
    ws = wb.create_sheet(title[:31])
    write_row(ws, 1, headers)
    for r, row in enumerate(rows, start=2):
        write_row(ws, r, row)
    finish_table(ws, headers, widths)


def build_workbook(run: CasebookRun, lang: Lang) -> Any:
    """The openpyxl workbook of ``run``."""
    from openpyxl import Workbook

    wb = Workbook()

    stamp_workbook(wb, lang=lang)
    wb.remove(wb.active)
    total = len(run.cases)
    book = run.book
    _sheet(
        wb,
        _t(lang, "Summary", "Samenvatting"),
        [_t(lang, "Casebook", "Casusboek")],
        [[summary_line(run, lang)]],
        [90],
    )  # no folder's name (R2)
    files = _t(lang, "Cases (file)", "Casussen (bestand)")
    _sheet(
        wb,
        _t(lang, "Recurring causes", "Terugkerende oorzaken"),
        [
            _t(lang, "Cases", "Casussen"),
            _t(lang, "Share", "Aandeel"),
            _t(lang, "Cause", "Oorzaak"),
            _t(lang, "Power", "Bevoegdheid"),
            _t(lang, "Building block", "Bouwsteen"),
            _t(lang, "Ranked first in", "Eerst te doen in"),
            _t(lang, "Code", "Code"),
            files,
        ],
        [
            [
                len(r.cases),
                f"{round(100 * len(r.cases) / total)}%" if total else "",
                cause_phrase(r, lang),
                ", ".join(r.powers) or (category_phrase(r.category, lang) if r.category else ""),
                _block(r.code, lang),
                r.first_ranked,
                r.code,
                "\n".join(run.cases[i].shown for i in r.cases[:50])
                + ("\n…" if len(r.cases) > 50 else ""),
            ]
            for r in book.recurring
        ],
        [8, 8, 60, 40, 30, 10, 30, 50],
    )
    _sheet(
        wb,
        _t(lang, "Distance", "Afstand"),
        [
            _t(lang, "Power", "Bevoegdheid"),
            _t(lang, "Cases with such a decision", "Casussen met zo'n besluit"),
            _t(lang, f"{FAR_STEPS} or more steps", f"{FAR_STEPS} of meer stappen"),
            _t(lang, "Nobody within reach", "Niemand te bereiken"),
            _t(lang, "In words", "In woorden"),
        ],
        [
            [
                category_phrase(s.category, lang),
                len(s.cases),
                len(s.far),
                len(s.unreachable),
                in_cases(len(s.far), total, lang),
            ]
            for s in book.steps
        ],
        [40, 12, 12, 12, 40],
    )
    for (en, nl), counts in (
        (("Powers", "Bevoegdheden"), worded_powers(book.powers, lang)),
        (("Far-away deciders", "Beslissers op afstand"), book.far_deciders),
        (("Roles", "Rollen"), book.roles),
        (("Organisations", "Organisaties"), book.organisations),
        (("Positions", "Knelpunten"), book.positions),
    ):
        _counts(wb, _t(lang, en, nl), counts, run, lang)
    keys = sorted({k for t in book.trend for k, _ in t.keys})
    _sheet(
        wb,
        _t(lang, "Over time", "Verloop"),
        [
            _t(lang, "Month", "Maand"),
            _t(lang, "Cases", "Casussen"),
            *[trend_phrase(k, lang) for k in keys],
        ],
        [[t.month, t.cases, *[dict(t.keys).get(k, 0) for k in keys]] for t in book.trend],
        [10, 10, *[20] * len(keys)],
    )
    _sheet(
        wb,
        _t(lang, "Cases", "Casussen"),
        [
            _t(lang, "File", "Bestand"),
            _t(lang, "Title", "Titel"),
            _t(lang, "Actors", "Actoren"),
            _t(lang, "Causes", "Oorzaken"),
            _t(lang, "First cause", "Eerste oorzaak"),
        ],
        [
            [
                c.shown,
                c.record.title,
                c.record.actors,
                len(c.record.causes),
                cause_phrase(c.record.causes[0], lang) if c.record.causes else "",
            ]
            for c in run.cases
        ],
        [40, 50, 8, 8, 60],
    )
    if run.copies:
        _sheet(
            wb,
            copies_heading(lang),
            [
                _t(lang, "Files", "Bestanden"),
                _t(lang, "Counted as", "Geteld als"),
                _t(lang, "In words", "In woorden"),
            ],
            [["\n".join(c.files), c.counted, copies_line(c, lang)] for c in run.copies],
            [40, 30, 90],
        )
    _sheet(
        wb,
        _t(lang, "Files left out", "Overgeslagen"),
        [_t(lang, "File", "Bestand"), _t(lang, "Problem", "Probleem")],
        [[s.shown, s.problem] for s in run.skipped],
        [40, 90],
    )
    return wb


def _block(code: str, lang: Lang) -> str:
    from mapper.codes import CODES

    info = CODES.get(code)
    block = BUILDING_BLOCKS.get(info.block) if info is not None else None
    return block(lang) if block is not None else ""


def _counts(wb: Any, title: str, counts: Sequence[Count], run: CasebookRun, lang: Lang) -> None:
    total = len(run.cases)
    _sheet(
        wb,
        title,
        [_t(lang, "Name", "Naam"), _t(lang, "Cases", "Casussen"), _t(lang, "Share", "Aandeel")],
        [
            [c.name, len(c.cases), f"{round(100 * len(c.cases) / total)}%" if total else ""]
            for c in counts
        ],
        [50, 10, 10],
    )


def write_workbook(run: CasebookRun, path: str | os.PathLike[str], lang: Lang) -> None:
    """Write the workbook atomically."""
    save_workbook(build_workbook(run, lang), path)
