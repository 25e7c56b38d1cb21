"""Exporting the map's public-law powers and mandates as a mandate register: .xlsx and .docx.

The workbook has one sheet with one row per mandate (and one per power without a mandate),
under the headers of :mod:`exports.register_columns`; it imports back into the same powers
and mandates (:func:`exports.register_read.read_register`). Only public-law powers of public
bodies are listed (:func:`exports.register_rule.is_public_power`): a partner's own decision,
an agreement or an internal work rule is no mandate matter. Text never becomes a formula
(:func:`exports.safety.write_cell`). The Word file is an overview derived from the case map,
and says so (the adopted register prevails): per power its statutory basis, its policy rules,
the body holding it and whether mandate is allowed, then per mandate its status on the
reference date, grantor, holder, sub-mandate, instructions and conditions, limits and
validity; signing authorisations (Awb 10:11) apart; the powers left out in a closing section.
Both are written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from copy import deepcopy
from datetime import date
from typing import Any

from exports.advice import money
from exports.docx_document import new_document
from exports.office_properties import stamp_workbook
from exports.output import save_document
from exports.register_columns import COLUMNS
from exports.register_phrases import word
from exports.register_rule import (
    basis_parts,
    by_machtiging,
    instrument_label,
    is_public_power,
    mandate_rule_label,
    mandate_rule_shown,
)
from exports.register_status import mandate_statuses, sub_mandate_text
from mapper.names import Name
from mapper.wording import running
from models.case import Case
from models.entities import Mandate, Power
from models.enums import ActorKind, Instrument, PowerAct, PowerCategory
from models.i18n import Lang, long_date
from models.labels import label, power_kind

__all__ = ["register_rows", "write_register", "write_register_docx", "write_register_xlsx"]


def _header(key: str, lang: Lang) -> str:
    return next(c for c in COLUMNS if c.key == key).header(lang)


def _yes_no(value: bool | None, lang: Lang) -> str:
    return "" if value is None else word("yes" if value else "no", lang)


Group = tuple[Power | PowerCategory, list[Mandate]]


def _groups(case: Case) -> Iterator[Group]:
    """Each power with its mandates, then each category that mandates name directly."""
    by_power: dict[str, list[Mandate]] = {}
    for mandate in case.mandates:
        by_power.setdefault(str(mandate.power), []).append(mandate)
    for power in case.powers:
        yield power, by_power.pop(power.id, [])
    for category in PowerCategory:
        if category.value in by_power:
            yield category, by_power.pop(category.value)


def _split(case: Case) -> tuple[list[Group], list[Group]]:
    """The groups of the register (public-law powers, categories) and the others."""
    inside: list[Group] = []
    outside: list[Group] = []
    for power, mandates in _groups(case):
        public = not isinstance(power, Power) or is_public_power(case, power)
        (inside if public else outside).append((power, mandates))
    return inside, outside


def _name(case: Case, actor_id: str | None) -> str:
    actor = case.actors.get(actor_id) if actor_id else None
    return actor.name if actor is not None else ""


def _running(case: Case, actor_id: str | None, lang: Lang) -> str:
    """An actor inside a heading: "Mandaat aan de gemeentesecretaris", a role in lower case
    (jurist, third round L4); a person or a proper name as on the map."""
    actor = case.actors.get(actor_id) if actor_id else None
    if actor is None:
        return ""
    org = case.organisations.get(actor.organisation) if actor.organisation else None
    named = Name.of(actor.name, actor.kind, proper=org is not None and org.name == actor.name)
    return named.forms(lang)[0]


def _day(case: Case, today: date | None = None) -> date:
    return case.info.as_of or today or date.today()


def register_rows(case: Case, lang: Lang, today: date | None = None) -> list[dict[str, object]]:
    """The register's rows as column key -> cell value (text, number, date or None): the
    public-law powers only (:func:`exports.register_rule.is_public_power`)."""
    day = _day(case, today)
    statuses = mandate_statuses(case, day, lang)
    subs = sub_mandate_text(case, day, lang)
    rows: list[dict[str, object]] = []
    for power, mandates in _split(case)[0]:
        if isinstance(power, Power):
            statutory, policy = basis_parts(power.legal_basis)
            base: dict[str, object] = {
                "power": power.name,
                "legal_basis": statutory,
                "policy_basis": policy,
                "power_holder": _name(case, power.holder),
                "category": power_kind(power.category, power.rule_type, lang),
                "act": label(power.act, lang),
                "rule_type": label(power.rule_type, lang),
                "mandate_rule": mandate_rule_label(power, lang),
                "power_notes": power.notes,
            }
        else:
            base = {"power": label(power, lang)}
        if not mandates:
            rows.append(base)
        for m in mandates:
            rows.append(
                {
                    **base,
                    "grantor": _name(case, m.grantor),
                    "holder": _name(case, m.holder),
                    "sub_mandate": subs[m.id],
                    "status": statuses[m.id],
                    "instructions": m.description,
                    "budget": m.budget,
                    "valid_from": m.valid_from,
                    "valid_until": m.valid_until,
                    "instrument": instrument_label(case, m, lang),
                    "scope": label(m.scope, lang),
                    "in_writing": _yes_no(m.in_writing, lang),
                    "consent": _yes_no(m.consent, lang),
                    "works_under": _yes_no(m.holder_works_under_grantor, lang),
                    "practice": label(m.practice, lang),
                    "decision": m.legal_basis,
                    "reserves_deviation": _yes_no(m.reserves_deviation, lang),
                }
            )
    return rows


def write_register_xlsx(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """The register as a workbook that imports back into the same public-law powers and
    mandates (the others are no mandate matter and are left out)."""
    from openpyxl import Workbook

    from exports.excel_style import finish_table
    from exports.safety import write_cell

    wb = Workbook()

    stamp_workbook(wb, lang=lang)
    ws = wb.active
    ws.title = word("sheet", lang)
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
        return word("from_until", lang).format(a=a, b=b)
    if a:
        return word("from", lang).format(a=a)
    if b:
        return word("until", lang).format(b=b)
    return word("open", lang)


def pairs_table(doc: Any) -> Any:
    """A new table of keys and values: two columns of 5 and 11 cm, no rows yet."""
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, (Cm(5.0), Cm(11.0)), strict=True):
        column.width = width
    return table


def _pairs(doc: Any, rows: list[tuple[str, str]]) -> None:
    from docx.oxml.text.run import _RunContentAppender
    from docx.shared import Cm

    table = pairs_table(doc)
    if not rows:
        return
    # one row made by python-docx's calls with empty texts, copied for every pair: its adders
    # found each element's place through the schema, for every cell, most of the time of the
    # overview (issue 15); the document is the same (tests/exports/test_register_pairs23.py)
    cells = table.add_row().cells
    cells[0].text = ""
    for run in cells[0].paragraphs[0].runs:
        run.bold = True
    cells[1].text = ""
    cells[0].width, cells[1].width = Cm(5.0), Cm(11.0)
    tbl = table._tbl
    template = tbl.tr_lst[-1]
    tbl.remove(template)
    for key, value in rows:
        tr = deepcopy(template)
        tbl.append(tr)  # where add_tr puts it: a table's rows are its last children
        for tc, text in zip(tr.tc_lst, (key, value or "—"), strict=True):
            _RunContentAppender.append_to_run_from_text(tc.p_lst[0].r_lst[0], text)  # run.text


def _title_name(case: Case, inside: list[Group]) -> str:
    """What the overview is of: the organisation of the bodies holding its powers; else the
    case title, unless it names a resident (a personal name stays out of the title)."""
    orgs = [
        org.name
        for power, _ in inside
        if isinstance(power, Power)
        and (actor := case.actors.get(power.holder or ""))
        and (org := case.organisations.get(actor.organisation)) is not None
    ]
    if orgs:
        # the most named; on a tie the first the map names (a set's order changed from run to
        # run with the hash seed, and so did the title: found in session 23)
        return max(dict.fromkeys(orgs), key=orgs.count)
    words = {
        w.casefold()
        for a in case.actors
        if a.kind == ActorKind.CITIZEN
        for w in a.name.split()
        if len(w) > 3
    }
    title = case.info.title
    return "" if any(w.casefold().strip(":,.") in words for w in title.split()) else title


def _outside(doc: Any, case: Case, outside: list[Group], lang: Lang) -> None:
    """The closing section: what is no public-law power and so no mandate matter."""
    doc.add_heading(word("other_head", lang), level=1)
    doc.add_paragraph(word("other_intro", lang))
    for power, mandates in outside:
        assert isinstance(power, Power)
        holder = case.actors.get(power.holder) if power.holder else None
        org = case.organisations.get(holder.organisation) if holder is not None else None
        if holder is None:
            kind = word("agreement", lang)
        elif holder.is_public_body:
            kind = word("internal", lang).format(h=org.name if org is not None else holder.name)
        elif not mandates:
            # a partner's own decision is no mandate matter and not named here: the register
            # is an extract of one case, and the partner can tie it to care (jurist 8, N8)
            continue
        else:
            # the decision is the provider's, not a team's (jurist, third round M6)
            kind = word("own_decision", lang).format(h=org.name if org is not None else holder.name)
        text = f"{power.name}: {kind}."
        if power.legal_basis:
            text += f" {word('basis', lang)}: {power.legal_basis}."
        if mandates:
            what = "; ".join(
                f"{instrument_label(case, m, lang, cell=False).lower()} {word('to', lang)} "
                f"{_running(case, m.holder, lang)}"
                for m in mandates
            )
            text += f" {word('on_map', lang).format(what=what)}."
        doc.add_paragraph(text, style="List Bullet")


def _volmacht(case: Case, m: Mandate) -> bool:
    """Whether ``m`` is a volmacht: recorded as one, or a machtiging over a private-law act."""
    power = case.powers.get(str(m.power))
    return m.instrument is Instrument.POWER_OF_ATTORNEY or (
        by_machtiging(case, m) and power is not None and power.act == PowerAct.PRIVATE_LAW
    )


def _parties(case: Case, m: Mandate, lang: Lang) -> tuple[str, str, str, str]:
    """The labels of ``m``'s grantor, holder, decision and further mandate rows: a delegation's
    delegans and delegataris, a machtiging's machtigende and gemachtigde (N6), a volmacht's
    volmachtgever, gevolmachtigde and ondervolmacht also when the map records it as a
    volmacht (ninth jurist, F3)."""
    if m.instrument is Instrument.DELEGATION:
        return (
            word("delegans", lang),
            word("delegate", lang),
            word("delegation_decision", lang),
            word("by_delegate", lang),
        )
    if _volmacht(case, m):
        return (
            word("volmacht_giver", lang),
            word("attorney", lang),
            word("volmacht_decision", lang),
            word("sub_volmacht", lang),
        )
    if by_machtiging(case, m):
        return (
            word("machtiging_giver", lang),
            word("authorised", lang),
            word("machtiging_decision", lang),
            word("sub_machtiging", lang),
        )
    return (
        _header("grantor", lang),
        _header("holder", lang),
        _header("decision", lang),
        _header("sub_mandate", lang),
    )


def write_register_docx(
    case: Case, path: str | os.PathLike[str], lang: Lang = "nl", today: date | None = None
) -> None:
    """An overview of the case's mandates and powers (Word, real headings and tables), derived
    from the case map and saying so: no annex of a mandaatbesluit."""
    from docx.shared import Pt

    day = _day(case, today)
    statuses = mandate_statuses(case, day, lang)
    subs = sub_mandate_text(case, day, lang)
    inside, outside = _split(case)
    doc = new_document()
    doc.add_paragraph(word("annex", lang), style="Subtitle")
    what = _title_name(case, inside)
    title = word("register", lang) + (f" — {what}" if what else "")
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(f"{word('as_of', lang)} {long_date(day, lang)}")
    doc.add_paragraph(word("derived", lang))
    doc.add_paragraph(word("intro", lang))
    if not inside:
        doc.add_paragraph(word("none_yet", lang))

    def h(key: str) -> str:
        return _header(key, lang)

    status_head = word("status", lang).format(d=long_date(day, lang))
    signings: list[Mandate] = []
    for i, (power, all_mandates) in enumerate(inside, start=1):
        mandates = [m for m in all_mandates if m.instrument != Instrument.SIGNING]
        signings += [m for m in all_mandates if m.instrument == Instrument.SIGNING]
        if isinstance(power, Power):
            doc.add_heading(f"{i}. {power.name}", level=1)
            statutory, policy = basis_parts(power.legal_basis)
            _pairs(
                doc,
                [
                    (h("legal_basis"), statutory),
                    (h("policy_basis"), policy),
                    (h("power_holder"), _name(case, power.holder)),
                    (h("act"), label(power.act, lang)),
                    (h("rule_type"), label(power.rule_type, lang)),
                    (h("mandate_rule"), mandate_rule_shown(power, lang)),
                ],
            )
        else:
            doc.add_heading(f"{i}. {label(power, lang)}", level=1)
            doc.add_paragraph(f"({word('category', lang)})")
        if not mandates:
            doc.add_paragraph(word("not_mandated", lang)).paragraph_format.space_before = Pt(6)
        for j, m in enumerate(mandates, start=1):
            holder = _running(case, m.holder, lang)
            heading = f"{instrument_label(case, m, lang, cell=False)} {word('to', lang)} {holder}"
            doc.add_heading(f"{i}.{j} {heading}", level=2)
            grantor, holder_head, decision, sub_head = _parties(case, m, lang)
            sub = subs[m.id]
            if m.instrument is Instrument.DELEGATION and sub.startswith(f"{sub_head}: "):
                sub = sub[len(sub_head) + 2 :]
                sub = sub[:1].upper() + sub[1:]
            reserve = (
                []
                if m.instrument is Instrument.DELEGATION
                or _volmacht(case, m)
                or by_machtiging(case, m)
                else [(h("reserves_deviation"), _yes_no(m.reserves_deviation, lang))]
            )  # a delegataris has the power as its own, and a volmacht or a machtiging covers
            # no besluit under a beleidsregel: no 4:84 reservation (N6; ninth jurist, F3)
            _pairs(
                doc,
                [
                    (status_head, statuses[m.id]),
                    (grantor, _name(case, m.grantor)),
                    (holder_head, _name(case, m.holder)),
                    (sub_head, sub),
                    (h("instructions"), m.description),
                    (h("budget"), money(m.budget, lang) if m.budget is not None else ""),
                    (word("validity", lang), _validity(m, lang)),
                    (h("scope"), label(m.scope, lang)),
                    (h("in_writing"), _yes_no(m.in_writing, lang)),
                    (decision, m.legal_basis),
                    *reserve,
                ],
            )
    if signings:
        doc.add_heading(word("signing_head", lang), level=1)
        for j, m in enumerate(signings, start=1):
            name = case.power_name(str(m.power), lang)
            heading = word("signing_for", lang).format(
                p=running(name), h=_running(case, m.holder, lang)
            )
            doc.add_heading(f"{j}. {heading}", level=2)
            _pairs(
                doc,
                [
                    (status_head, statuses[m.id]),
                    (word("power", lang), name),
                    # a signing authorisation is no mandate: its parties are named as such (M6)
                    (word("authoriser", lang), _name(case, m.grantor)),
                    (word("authorised", lang), _name(case, m.holder)),
                    (h("instructions"), m.description),
                    (word("validity", lang), _validity(m, lang)),
                    (h("decision"), m.legal_basis),
                ],
            )
    if outside:
        _outside(doc, case, outside, lang)
    save_document(doc, path)


def write_register(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """The register as .xlsx or .docx, by the extension of ``path``."""
    if str(path).lower().endswith(".docx"):
        write_register_docx(case, path, lang)
    else:
        write_register_xlsx(case, path, lang)
