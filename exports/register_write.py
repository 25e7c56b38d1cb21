"""Exporting the map's powers and mandates as a mandate register: .xlsx and .docx.

The workbook has one sheet with one row per mandate (and one per power without a mandate),
under the headers of :mod:`exports.register_columns`; it imports back into the same powers
and mandates (:func:`exports.register_read.read_register`). Text never becomes a formula
(:func:`exports.safety.write_cell`). The Word file is laid out as the annex of a
mandaatbesluit: per power its legal basis, the body holding it, the rule type and whether
mandate is allowed, then per mandate the grantor, the holder, sub-mandate, instructions and
conditions, limits and validity, under real headings. Both are written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

from exports.advice import money
from exports.output import save_document
from exports.register_columns import COLUMNS
from models.case import Case
from models.entities import Mandate, Power
from models.enums import PowerCategory
from models.i18n import Lang, long_date
from models.labels import label

__all__ = ["register_rows", "write_register", "write_register_docx", "write_register_xlsx"]

_WORDS: dict[str, tuple[str, str]] = {
    "sheet": ("Mandate register", "Mandaatregister"),
    "annex": ("Annex to the mandate decision", "Bijlage bij het mandaatbesluit"),
    "register": ("Mandate register", "Mandaatregister"),
    "as_of": ("Position as of", "Stand per"),
    "intro": (
        "Per power: where it comes from, the body that holds it by statute, and to whom it "
        "is mandated, with sub-mandate, instructions and conditions, limits and validity.",
        "Per bevoegdheid: de grondslag, het orgaan dat haar op grond van de wet heeft, en aan "
        "wie zij is gemandateerd, met ondermandaat, instructies en voorwaarden, grenzen en "
        "geldigheid.",
    ),
    "none_yet": ("The map has no powers or mandates yet.",
                 "De kaart heeft nog geen bevoegdheden of mandaten."),
    "not_mandated": ("Not mandated.", "Niet gemandateerd."),
    "category": ("power category; no power of its own on the map",
                 "soort bevoegdheid; geen eigen bevoegdheid op de kaart"),
    "to": ("to", "aan"),
    "yes": ("Yes", "Ja"),
    "no": ("No", "Nee"),
    "sub_none": ("Not allowed", "Niet toegestaan"),
    "sub_one": ("Allowed, one further level", "Toegestaan, één verder niveau"),
    "sub_many": ("Allowed, {n} further levels", "Toegestaan, {n} verdere niveaus"),
    "sub_unknown": ("Not laid down", "Niet vastgelegd"),
    "from_until": ("from {a} up to and including {b}", "van {a} tot en met {b}"),
    "from": ("from {a}", "vanaf {a}"),
    "until": ("up to and including {b}", "tot en met {b}"),
    "open": ("Indefinite", "Onbepaald"),
    "validity": ("Validity", "Geldigheid"),
}  # fmt: skip


def _w(key: str, lang: Lang) -> str:
    en, nl = _WORDS[key]
    return nl if lang == "nl" else en


def _header(key: str, lang: Lang) -> str:
    return next(c for c in COLUMNS if c.key == key).header(lang)


def _yes_no(value: bool | None, lang: Lang) -> str:
    return "" if value is None else _w("yes" if value else "no", lang)


def _groups(case: Case) -> Iterator[tuple[Power | PowerCategory, list[Mandate]]]:
    """Each power with its mandates, then each category that mandates name directly."""
    by_power: dict[str, list[Mandate]] = {}
    for mandate in case.mandates:
        by_power.setdefault(str(mandate.power), []).append(mandate)
    for power in case.powers:
        yield power, by_power.pop(power.id, [])
    for category in PowerCategory:
        if category.value in by_power:
            yield category, by_power.pop(category.value)


def _name(case: Case, actor_id: str | None) -> str:
    actor = case.actors.get(actor_id) if actor_id else None
    return actor.name if actor is not None else ""


def register_rows(case: Case, lang: Lang) -> list[dict[str, object]]:
    """The register's rows as column key -> cell value (text, number, date or None)."""
    rows: list[dict[str, object]] = []
    for power, mandates in _groups(case):
        if isinstance(power, Power):
            base: dict[str, object] = {
                "power": power.name, "legal_basis": power.legal_basis,
                "power_holder": _name(case, power.holder), "category": label(power.category, lang),
                "rule_type": label(power.rule_type, lang),
                "mandate_rule": label(power.mandate, lang),
            }  # fmt: skip
        else:
            base = {"power": label(power, lang)}
        if not mandates:
            rows.append(base)
        for m in mandates:
            sub = m.sub_mandate_levels
            rows.append({
                **base, "grantor": _name(case, m.grantor), "holder": _name(case, m.holder),
                "sub_mandate": "" if sub is None else _yes_no(bool(sub), lang) if sub < 2 else sub,
                "instructions": m.description, "budget": m.budget, "valid_from": m.valid_from,
                "valid_until": m.valid_until, "instrument": label(m.instrument, lang),
                "scope": label(m.scope, lang), "in_writing": _yes_no(m.in_writing, lang),
                "consent": _yes_no(m.consent, lang),
                "works_under": _yes_no(m.holder_works_under_grantor, lang),
                "practice": label(m.practice, lang), "decision": m.legal_basis,
                "reserves_deviation": _yes_no(m.reserves_deviation, lang),
            })  # fmt: skip
    return rows


def write_register_xlsx(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """The register as a workbook that imports back into the same powers and mandates."""
    from openpyxl import Workbook

    from exports.excel_style import finish_table
    from exports.safety import write_cell

    wb = Workbook()
    ws = wb.active
    ws.title = _w("sheet", lang)
    headers = [c.header(lang) for c in COLUMNS]
    for column, header in enumerate(headers, start=1):
        write_cell(ws.cell(row=1, column=column), header)
    for number, row in enumerate(register_rows(case, lang), start=2):
        for column, spec in enumerate(COLUMNS, start=1):
            value = row.get(spec.key)
            cell = ws.cell(row=number, column=column)
            if value is None or value == "":
                continue
            write_cell(cell, value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif spec.key == "budget":
                cell.number_format = "#,##0.00"
    finish_table(ws, headers, [c.width for c in COLUMNS])
    save_document(wb, path)


def _validity(m: Mandate, lang: Lang) -> str:
    a = long_date(m.valid_from, lang) if m.valid_from else ""
    b = long_date(m.valid_until, lang) if m.valid_until else ""
    if a and b:
        return _w("from_until", lang).format(a=a, b=b)
    if a:
        return _w("from", lang).format(a=a)
    if b:
        return _w("until", lang).format(b=b)
    return _w("open", lang)


def _sub_mandate(levels: int | None, lang: Lang) -> str:
    if levels is None:
        return _w("sub_unknown", lang)
    if levels == 0:
        return _w("sub_none", lang)
    return _w("sub_one", lang) if levels == 1 else _w("sub_many", lang).format(n=levels)


def _pairs(doc: Any, rows: list[tuple[str, str]]) -> None:
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, (Cm(5.0), Cm(11.0)), strict=True):
        column.width = width
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text = key
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
        cells[1].text = value or "—"
        cells[0].width, cells[1].width = Cm(5.0), Cm(11.0)


def write_register_docx(
    case: Case, path: str | os.PathLike[str], lang: Lang = "nl", today: date | None = None
) -> None:
    """The register as the annex of a mandaatbesluit (Word, real headings and tables)."""
    import docx

    doc = docx.Document()
    doc.add_paragraph(_w("annex", lang), style="Subtitle")
    doc.add_paragraph(f"{_w('register', lang)}: {case.info.title}", style="Title")
    day = case.info.as_of or today or date.today()
    doc.add_paragraph(f"{_w('as_of', lang)} {long_date(day, lang)}")
    doc.add_paragraph(_w("intro", lang))
    groups = list(_groups(case))
    if not groups:
        doc.add_paragraph(_w("none_yet", lang))

    def h(key: str) -> str:
        return _header(key, lang)

    for i, (power, mandates) in enumerate(groups, start=1):
        if isinstance(power, Power):
            doc.add_heading(f"{i}. {power.name}", level=1)
            _pairs(doc, [
                (h("legal_basis"), power.legal_basis),
                (h("power_holder"), _name(case, power.holder)),
                (h("rule_type"), label(power.rule_type, lang)),
                (h("mandate_rule"), label(power.mandate, lang)),
            ])  # fmt: skip
        else:
            doc.add_heading(f"{i}. {label(power, lang)}", level=1)
            doc.add_paragraph(f"({_w('category', lang)})")
        if not mandates:
            from docx.shared import Pt

            doc.add_paragraph(_w("not_mandated", lang)).paragraph_format.space_before = Pt(6)
        for j, m in enumerate(mandates, start=1):
            title = f"{label(m.instrument, lang)} {_w('to', lang)} {_name(case, m.holder)}"
            doc.add_heading(f"{i}.{j} {title}", level=2)
            _pairs(doc, [
                (h("grantor"), _name(case, m.grantor)), (h("holder"), _name(case, m.holder)),
                (h("sub_mandate"), _sub_mandate(m.sub_mandate_levels, lang)),
                (h("instructions"), m.description),
                (h("budget"), money(m.budget, lang) if m.budget is not None else ""),
                (_w("validity", lang), _validity(m, lang)),
                (h("scope"), label(m.scope, lang)), (h("in_writing"), _yes_no(m.in_writing, lang)),
                (h("decision"), m.legal_basis),
                (h("reserves_deviation"), _yes_no(m.reserves_deviation, lang)),
            ])  # fmt: skip
    save_document(doc, path)


def write_register(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """The register as .xlsx or .docx, by the extension of ``path``."""
    if str(path).lower().endswith(".docx"):
        write_register_docx(case, path, lang)
    else:
        write_register_xlsx(case, path, lang)
