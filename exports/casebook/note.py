"""The casebook as a Word note for the management: "Wat de casussen het systeem vertellen".

The note reports what recurs, in numbers of cases, and asks the questions those numbers raise;
it draws no legal conclusion about a single case (the advice note per case does that). Cases
are named by file and anonymised title, never by a resident's name.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from exports.casebook.copy_words import copies_line, copies_summary
from exports.casebook.phrases import category_phrase, cause_phrase, worded_powers
from exports.casebook.run import CasebookRun
from exports.casebook.words import (
    RECURRING,
    far_words,
    in_cases,
    in_words,
    invalid_mandate_line,
    number,
    recurring_line,
    steps_line,
)
from exports.docx_document import new_document
from exports.output import save_document
from mapper.wording import capital
from models.enums import PowerCategory
from models.i18n import Lang, long_date

__all__ = ["build_note", "write_note"]

_TOP = 8


def _t(lang: Lang, en: str, nl: str) -> str:
    return nl if lang == "nl" else en


def build_note(run: CasebookRun, lang: Lang, today: date | None = None) -> Any:
    """The python-docx ``Document`` of the note."""
    from docx.shared import Cm, Pt

    doc = new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    title = _t(lang, "What the cases tell the system", "Wat de casussen het systeem vertellen")
    doc.core_properties.title = title
    doc.core_properties.language = "nl-NL" if lang == "nl" else "en-GB"
    doc.add_heading(title, level=0)
    total, book = len(run.cases), run.book
    cases = number(total, lang)
    day = long_date(today or date.today(), lang)
    said = in_words(total, lang)
    doc.add_paragraph(
        _t(
            lang,
            f"A casebook of {said} case map{'' if total == 1 else 's'}, {day}.",
            f"Een casusboek van {said} casuskaart{'' if total == 1 else 'en'}, {day}.",
        )
    )
    recurring = [r for r in book.recurring if len(r.cases) >= RECURRING]
    # the law keeps a bezwaar or a fine away from the handler: no distance problem in the
    # summary (eleventh jurist, H2 rest); the section below still counts and asks about it
    far = [s for s in book.steps if s.far and not _kept_away(str(s.category), lang)]

    doc.add_heading(_t(lang, "In short", "In het kort"), level=1)
    if total < RECURRING:
        doc.add_paragraph(
            _t(
                lang,
                "With one case there is nothing to compare yet.",
                "Met één casus valt nog niets te vergelijken.",
            )
        )
    invalid = invalid_mandate_line(run, lang)
    if invalid:
        doc.add_paragraph(invalid, style="List Bullet")
    for r in recurring[:3]:
        doc.add_paragraph(recurring_line(r, total, lang) + ".", style="List Bullet")
    for s in far[:2]:
        doc.add_paragraph(steps_line(s, total, lang), style="List Bullet")
    if book.positions and len(book.positions[0].cases) >= RECURRING:
        p = book.positions[0]
        doc.add_paragraph(
            _t(
                lang,
                f"In {number(len(p.cases), lang)} of the {cases} cases the routes rest on one "
                f"position: {p.name}.",
                f"In {number(len(p.cases), lang)} van de {cases} casussen rusten de routes op één "
                f"positie: {p.name}.",
            ),
            style="List Bullet",
        )

    doc.add_heading(_t(lang, "What recurs", "Wat steeds terugkomt"), level=1)
    if not recurring:
        doc.add_paragraph(
            _t(
                lang,
                "No cause occurs in more than one case.",
                "Geen oorzaak komt in meer dan één casus voor.",
            )
        )
    if invalid:
        doc.add_heading(
            _t(lang, "Mandates that do not hold", "Mandaten die niet (meer) gelden"), level=2
        )
        doc.add_paragraph(invalid)
    for r in recurring[:_TOP]:
        doc.add_paragraph(recurring_line(r, total, lang) + ".", style="List Number")
        if r.first_ranked:
            k = number(r.first_ranked, lang)
            doc.add_paragraph(
                _t(
                    lang,
                    f"In {k} of them it is the cause to act on first.",
                    f"In {k} daarvan is dit de oorzaak die als eerste aandacht vraagt.",
                )
            )

    doc.add_heading(
        _t(
            lang,
            "How far the decision is from the case",
            "Hoe ver de beslissing van de casus af ligt",
        ),
        level=1,
    )
    doc.add_paragraph(
        _t(
            lang,
            f"Per needed decision we counted the steps from the handler to the nearest person "
            f"who may take it (along the hierarchy, escalation and signal lines). From "
            f"{far_words(lang)} steps on, the decision is far from the case.",
            f"Per benodigd besluit is geteld hoeveel stappen de behandelaar verwijderd is van "
            f"de dichtstbijzijnde die het besluit mag nemen (via de hiërarchie, escalatie en "
            f"signaallijnen). Vanaf {far_words(lang)} stappen ligt het besluit ver van de casus.",
        )
    )
    shown = [s for s in book.steps if s.far or s.unreachable or s.no_room]
    if not shown:
        doc.add_paragraph(
            _t(
                lang,
                "In every case whoever may decide is close to the handler.",
                "In alle casussen staat wie mag beslissen dicht bij de behandelaar.",
            )
        )
    for s in shown:
        doc.add_paragraph(steps_line(s, total, lang), style="List Bullet")
    _counts(
        doc,
        _t(lang, "Who may decide, where that is far away", "Wie dan mag beslissen"),
        book.far_deciders,
        total,
        lang,
    )

    doc.add_heading(_t(lang, "Where it gets stuck", "Waar het vastloopt"), level=1)
    for heading, counts in (
        (_t(lang, "Powers", "Bevoegdheden"), worded_powers(book.powers, lang)),
        (
            _t(lang, "Decisions (of a partner)", "Besluiten (van een partner)"),
            worded_powers(book.partner_decisions, lang),
        ),
        (_t(lang, "Positions everything rests on", "Posities waarop alles rust"), book.positions),
        (_t(lang, "Organisations", "Organisaties"), book.organisations),
    ):
        _counts(doc, heading, counts, total, lang)

    doc.add_heading(_t(lang, "To discuss", "Te bespreken"), level=1)
    for question in _questions(run, lang):
        doc.add_paragraph(question, style="List Bullet")

    doc.add_heading(_t(lang, "How this was counted", "Verantwoording"), level=1)
    doc.add_paragraph(
        _t(
            lang,
            "Each map was analysed as in the advice note per case. A cause counts once per "
            "case; every number is a number of cases. Residents are named by their role; the "
            "note names no one. A cause 'recurs' when it occurs in two or more cases.",
            "Elke kaart is geanalyseerd zoals in de adviesnota per casus. Een oorzaak telt één "
            "keer per casus; elk getal is een aantal casussen. Inwoners zijn bij hun rol "
            "genoemd; deze notitie noemt niemand bij naam. Een oorzaak 'keert terug' als zij "
            "in twee of meer casussen voorkomt.",
        )
    )
    if run.copies:  # copies of one case count once (mapper.casebook.copies)
        doc.add_paragraph(capital(copies_summary(run.copies, lang)) + ":")
        for copied in run.copies:
            doc.add_paragraph(copies_line(copied, lang), style="List Bullet")
    if run.skipped:
        left = number(len(run.skipped), lang)
        doc.add_paragraph(
            _t(
                lang,
                f"{left} files could not be read and were left out:",
                f"{left} bestanden waren niet te lezen en zijn buiten beschouwing gebleven:",
            )
            if len(run.skipped) != 1
            else _t(
                lang,
                "1 file could not be read and was left out:",
                "1 bestand was niet te lezen en is buiten beschouwing gebleven:",
            )
        )
        for left_out in run.skipped[:20]:
            doc.add_paragraph(left_out.problem, style="List Bullet")
    return doc


def _counts(doc: Any, heading: str, counts: Any, total: int, lang: Lang) -> None:
    rows = [c for c in counts if len(c.cases) >= RECURRING][:_TOP]
    if not rows:
        return
    doc.add_heading(heading, level=2)
    for c in rows:
        doc.add_paragraph(f"{c.name}: {in_cases(len(c.cases), total, lang)}", style="List Bullet")


def _questions(run: CasebookRun, lang: Lang) -> list[str]:
    """Questions the numbers raise (the note answers none of them)."""
    book, total = run.book, len(run.cases)
    out = []
    for s in [s for s in book.steps if s.far][:2]:
        power = category_phrase(s.category, lang)
        n = len(s.far)
        k = in_words(n, lang)
        where_en = "the one case where it is" if n == 1 else f"the {k} cases where it is"
        where_nl = "de ene casus waarin zij" if n == 1 else f"de {k} casussen waarin zij"
        if {(i, str(s.category)) for i in s.far} <= set(book.excluded_mandates):
            out.append(_excluded_question(power, n, lang))  # never "granted again" (L9)
            continue
        if set(s.far) <= set(book.invalid_mandates):  # a lapsed mandate: renew it (N6)
            out.append(_renew_question(power, n, lang))
            continue
        kept_away = _kept_away(str(s.category), lang)
        if kept_away:
            out.append(kept_away)
            continue
        out.append(
            _t(
                lang,
                f"Should {power} sit closer to the handler, in {where_en} now "
                f"{far_words(lang)} or more steps away?",
                f"Hoort {power} dichter bij de behandelaar te liggen, in {where_nl} nu "
                f"{far_words(lang)} of meer stappen verwijderd is?",
            )
        )
    for r in [r for r in book.recurring if len(r.cases) >= RECURRING][:2]:
        k = number(len(r.cases), lang)
        out.append(
            _t(
                lang,
                f"What in the organisation makes '{cause_phrase(r, lang)}' recur in {k} of "
                f"the {number(total, lang)} cases, and who owns it?",
                f"Wat in de organisatie maakt dat '{cause_phrase(r, lang)}' in {k} van de "
                f"{number(total, lang)} casussen terugkomt, en wie is daarvan eigenaar?",
            )
        )
    if not out:
        out.append(
            _t(
                lang,
                "Nothing recurs yet: map more cases before drawing conclusions.",
                "Er komt nog niets terug: breng meer casussen in kaart voordat u conclusies trekt.",
            )
        )
    return out


def _kept_away(category: str, lang: Lang) -> str:
    """The law keeps these powers away from whoever took the primary decision or found the
    offence (art. 10:3 lid 3 and 4 Awb), so the casebook does not ask whether they belong
    closer to the handler (jurist, eleventh round H2); it asks whether they are kept away."""
    if category == PowerCategory.DECIDE_OBJECTION:
        return _t(
            lang,
            "Is the decision on an objection taken by someone who had no part in the "
            "primary decision (art. 10:3(3) Awb), and within the time limit (art. 7:10 "
            "Awb)?",
            "Beslist op bezwaar iemand die niet bij het primaire besluit betrokken was "
            "(art. 10:3 lid 3 Awb), en haalt die de beslistermijn (art. 7:10 Awb)?",
        )
    if category == PowerCategory.IMPOSE_FINE:
        return _t(
            lang,
            "Is the fine imposed by someone who did not establish the offence (art. 10:3(4) Awb)?",
            "Legt de boete iemand op die de overtreding niet zelf heeft geconstateerd "
            "(art. 10:3 lid 4 Awb)?",
        )
    return ""


def _renew_question(power: str, n: int, lang: Lang) -> str:
    """Where the decision is far because its mandate no longer holds, the question is whether
    the mandate is granted again, not where the power belongs (jurist, sixth round N6)."""
    k = in_words(n, lang)
    where_en = "the one case" if n == 1 else f"the {k} cases"
    where_nl = "de ene casus" if n == 1 else f"de {k} casussen"
    return _t(
        lang,
        f"Is the mandate that no longer holds granted again in {where_en} where {power} "
        "is now far from the handler?",
        f"Wordt het mandaat dat niet (meer) geldt, opnieuw verleend in {where_nl} waarin "
        f"{power} nu ver van de behandelaar ligt?",
    )


def _excluded_question(power: str, n: int, lang: Lang) -> str:
    """Where the decision is far because a rule excludes its mandate, it cannot be granted
    again: the question is whether the decision should stay with the body (twelfth jurist L9)."""
    k = in_words(n, lang)
    where_en = "the one case" if n == 1 else f"the {k} cases"
    where_nl = "de ene casus" if n == 1 else f"de {k} casussen"
    return _t(
        lang,
        f"In {where_en} where {power} is now far from the handler, the decision stays "
        "with the public body, because a rule excludes mandate for it: is that still "
        "wanted?",
        f"In {where_nl} waarin {power} nu ver van de behandelaar ligt, ligt het besluit "
        "bij het bestuursorgaan, omdat een regeling mandaat ervoor uitsluit; is dat nog "
        "gewenst?",
    )


def write_note(run: CasebookRun, path: str | os.PathLike[str], lang: Lang) -> None:
    """Write the note atomically."""
    save_document(build_note(run, lang), path)
