"""The casebook in words: the lines the text report, the Word note and the workbook share, and
the JSON form. Cases are named by their path with residents' names replaced and by their
anonymised title; never by a resident's name.

Every count is a number of cases, with its total ("in 14 van de 30 casussen").
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from exports.casebook.copy_words import copies_data, copies_heading, copies_line, copies_summary
from exports.casebook.index_words import index_lines
from exports.casebook.phrases import category_phrase, cause_phrase, trend_phrase, worded_powers
from exports.casebook.run import CasebookRun
from mapper.casebook import FAR_STEPS, Count, Recurring, StepCount
from mapper.wording import capital, count
from models.i18n import Lang

__all__ = [
    "as_json",
    "count_line",
    "far_words",
    "in_cases",
    "index_place",
    "number",
    "recurring_line",
    "shown_index",
    "steps_line",
    "summary_line",
    "text_report",
]

#: A cause is recurring when it is in at least this many cases.
RECURRING = 2
_TOP = 10
_WORDS = {3: ("three", "drie"), 4: ("four", "vier"), 5: ("five", "vijf")}


def number(n: int, lang: Lang) -> str:
    """A whole number in the language's format (1.000 / 1,000)."""
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "nl" else text


_SMALL = (
    ("no", "geen"), ("one", "één"), ("two", "twee"), ("three", "drie"), ("four", "vier"),
    ("five", "vijf"), ("six", "zes"), ("seven", "zeven"), ("eight", "acht"), ("nine", "negen"),
    ("ten", "tien"), ("eleven", "elf"), ("twelve", "twaalf"),
)  # fmt: skip


def in_words(n: int, lang: Lang) -> str:
    """A count in running text: words up to twelve ("zes"), figures above ("1.000").

    >>> in_words(6, "nl"), in_words(13, "nl"), in_words(1, "en")
    ('zes', '13', 'one')
    """
    if 0 <= n < len(_SMALL):
        return _SMALL[n][1] if lang == "nl" else _SMALL[n][0]
    return number(n, lang)


def invalid_mandate_line(run: CasebookRun, lang: Lang) -> str:
    """'In 3 van de 7 casussen steunen besluiten op een mandaat dat niet (meer) geldt. …' (jurist,
    sixth round N6: a foreseen decision has not been "genomen"; seventh round W8: another valid
    mandate may have covered it), or '' when no case has one."""
    k, total = len(run.book.invalid_mandates), len(run.cases)
    if not k:
        return ""
    head = in_cases(k, total, lang)
    if lang == "nl":
        return (
            f"{head[0].upper()}{head[1:]} steunen besluiten op een mandaat dat niet (meer) "
            "geldt. Wat daarop al is besloten of gesloten, is zonder bevoegdheid gedaan, "
            "voor zover geen ander geldig mandaat of geldige volmacht het dekte; het bevoegde "
            "orgaan kan het bekrachtigen. Wat nog moet worden besloten, hoort bij het bevoegde "
            "orgaan, of bij wie wel een geldig mandaat heeft."
        )
    return (
        f"{head[0].upper()}{head[1:]} decisions rest on a mandate that no longer holds (or "
        "never did). What has already been decided or concluded on it was done without "
        "authority, unless another valid mandate or power of attorney covered it; the "
        "competent body can ratify it. What is still to be decided belongs with the "
        "competent body, or with whoever does hold a valid mandate."
    )


def far_words(lang: Lang) -> str:
    """:data:`FAR_STEPS` in words ("drie")."""
    en, nl = _WORDS.get(FAR_STEPS, (str(FAR_STEPS), str(FAR_STEPS)))
    return nl if lang == "nl" else en


def in_cases(k: int, total: int, lang: Lang) -> str:
    """'in 14 van de 30 casussen' / 'in 14 of the 30 cases' (one case: 'in 1 van de 1 casus'
    reads badly, so: 'in de enige casus')."""
    if total == 1:
        return "in de enige casus" if lang == "nl" else "in the only case"
    if k == 1:
        return "in één casus" if lang == "nl" else "in one case"
    k_, n_ = number(k, lang), number(total, lang)
    return f"in {k_} van de {n_} casussen" if lang == "nl" else f"in {k_} of the {n_} cases"


def _cases(n: int, lang: Lang) -> str:
    if lang == "nl":
        return f"{number(n, lang)} {'casus' if n == 1 else 'casussen'}"
    return f"{number(n, lang)} {'case' if n == 1 else 'cases'}"


def _files(n: int, lang: Lang) -> str:
    if lang == "nl":
        return f"{number(n, lang)} {'bestand' if n == 1 else 'bestanden'}"
    return f"{number(n, lang)} {'file' if n == 1 else 'files'}"


def summary_line(run: CasebookRun, lang: Lang) -> str:
    """How many cases, how many files left out, and, after an earlier run, how many were
    unchanged and not read again, in words a manager reads ("Nu gelezen: 5; uit de index: 0"
    was jargon: new user, tenth round)."""
    cases, left = _cases(len(run.cases), lang), len(run.skipped)
    kept = count(run.reused, "file", "files", "en")
    if lang == "nl":
        kept = count(run.reused, "bestand", "bestanden", "nl")
    copied = copies_summary(run.copies, lang)
    if lang == "nl":
        out = f"{cases} geanalyseerd"
        if copied:
            out += f"; {copied} (zie onder)"
        if left:
            out += f"; {_files(left, lang)} overgeslagen (zie onder)"
        out += "."
        if run.reused:
            out += (
                f" {capital(kept)} {'was' if run.reused == 1 else 'waren'} sinds de vorige keer "
                "niet veranderd; de uitkomst daarvan is hergebruikt."
            )
        return out
    out = f"{cases} analysed"
    if copied:
        out += f"; {copied} (see below)"
    if left:
        out += f"; {_files(left, lang)} left out (see below)"
    out += "."
    if run.reused:
        out += (
            f" {capital(kept)} had not changed since the last run; "
            f"{'its' if run.reused == 1 else 'their'} results were reused."
        )
    return out


def shown_index(run: CasebookRun) -> str:
    """The index's file as a report names it: its name when it is in the folder (the folder's
    path may name a resident), its path in the cache with the home folder as "~" (the home
    folder often bears the official's name; rev-hostile16a, R2)."""
    if not run.index or run.index_in_folder:
        return Path(run.index).name if run.index else ""
    home = str(Path.home())
    index = run.index
    return "~" + index[len(home) :] if home != "/" and index.startswith(home + os.sep) else index


def index_place(run: CasebookRun, lang: Lang) -> str:
    """Where the casebook keeps what it analysed, and why there (new user, tenth round: a
    hidden file in a shared folder of maps surprised): in the folder, so that it travels with
    the maps and a colleague who opens the same folder does not analyse them again; only
    when the folder cannot be written, in the user's own cache."""
    if not run.index:
        return ""
    if run.index_in_folder:
        return (
            "De uitkomsten worden bewaard in het verborgen bestand "
            f"{Path(run.index).name} in deze map, zodat een collega die de map opent ze niet "
            "opnieuw hoeft te laten analyseren; het is alleen een hulpbestand en mag weg."
            if lang == "nl"
            else "The results are kept in the hidden file "
            f"{Path(run.index).name} in this folder, so that a colleague who opens the folder "
            "need not have them analysed again; it is only a helper file and may be deleted."
        )
    return (
        f"De uitkomsten worden bewaard in de cache van de gebruiker: {shown_index(run)}."
        if lang == "nl"
        else f"The results are kept in the user's cache: {shown_index(run)}."
    )


def recurring_line(r: Recurring, total: int, lang: Lang) -> str:
    """'In 14 van de 30 casussen: <cause> (<power>)'."""
    what = cause_phrase(r, lang)
    if r.powers:
        shown = ", ".join(r.powers[:3]) + (" …" if len(r.powers) > 3 else "")
        what += f" ({shown})"
    elif r.category:
        what += f" ({category_phrase(r.category, lang)})"
    head = in_cases(len(r.cases), total, lang)
    return f"{head[0].upper()}{head[1:]}: {what}"


def steps_line(s: StepCount, total: int, lang: Lang) -> str:
    """'Van de 30 casussen met een besluit waarvoor de bevoegdheid om van een regel af te wijken
    nodig is, ligt die in 14 drie of meer stappen van de behandelaar vandaan; in 2 is vanaf de
    behandelaar niemand te bereiken die het besluit mag nemen.' One denominator for every count:
    the cases that need such a decision (eleventh jurist, J9 rest: 'in één … in twee … in drie
    … (15 casussen vragen zo'n besluit)' left the reader to guess which cases were counted). A
    decision that departs from a rule leaving no room for it is counted apart: the power is
    held, but nobody may take that decision (eighth jurist, N10). ``total`` (all cases) is
    not the denominator."""
    far_en, far_nl = far_words("en"), far_words("nl")
    power = category_phrase(s.category, lang)
    n = len(s.cases)
    nl = lang == "nl"
    one = n == 1

    def where(k: int) -> str:
        return "" if one else f"in {in_words(k, lang)} "

    # Dutch puts the verb first after the opening clause, the count first after a semicolon
    parts: list[tuple[str, str]] = []
    if s.far:
        k = where(len(s.far))
        parts.append(
            (
                f"ligt die {k}{far_nl} of meer stappen van de behandelaar vandaan",
                f"{k}ligt die {far_nl} of meer stappen van de behandelaar vandaan",
            )
            if nl
            else (f"{k}it sits {far_en} or more steps from the handler",) * 2
        )
    if s.unreachable:
        k = where(len(s.unreachable))
        rest_nl = "vanaf de behandelaar niemand te bereiken die het besluit mag nemen"
        parts.append(
            (f"is {k}{rest_nl}", f"{k}is {rest_nl}")
            if nl
            else (f"{k}nobody who may take the decision can be reached from the handler",) * 2
        )
    if s.no_room:
        k = where(len(s.no_room))
        rest_nl = "het besluit af van een wettelijke regel waarvan de kaart geen ruimte om af te "
        parts.append(
            (f"wijkt {k}{rest_nl}wijken noemt", f"{k}wijkt {rest_nl}wijken noemt")
            if nl
            else (
                f"{k}the decision departs from a statutory rule for which the map names no "
                "room to deviate",
            )
            * 2
        )
    said = "; ".join([parts[0][0], *(p[1] for p in parts[1:])])
    if nl:
        head = (
            f"In de enige casus met een besluit waarvoor {power} nodig is"
            if one
            else f"Van de {_cases(n, lang)} met een besluit waarvoor {power} nodig is"
        )
        return f"{head}, {said}."
    head = (
        f"In the only case with a decision that needs {power}"
        if one
        else f"Of the {_cases(n, lang)} with a decision that needs {power}"
    )
    return f"{head}, {said}."


def count_line(c: Count, total: int, lang: Lang) -> str:
    """'12 van de 30 casussen  Manager Werk en Inkomen'."""
    k, n = number(len(c.cases), lang), number(total, lang)
    share = f"{k} van de {n}" if lang == "nl" else f"{k} of {n}"
    return f"{share:<14} {c.name}"


def _heading(en: str, nl: str, lang: Lang) -> list[str]:
    return ["", nl if lang == "nl" else en]


def text_report(run: CasebookRun, lang: Lang) -> str:
    """The casebook as plain text."""
    nl = lang == "nl"
    total = len(run.cases)
    # no folder's name or path: it may name a resident or the official ("Dossiers Anna
    # Visser ADHD", "/home/<name>/…"), as the Word note and the JSON leave it out (R2)
    out = ["Casusboek" if nl else "Casebook", summary_line(run, lang)]
    where = "in de map" if nl else "in the folder"
    if not run.index_in_folder:
        where = "in de cache van de gebruiker" if nl else "in the user's cache"
    index = shown_index(run)
    out.append(f"Index {where}: {index}")
    out += index_lines(run.index_events, index, lang)
    book = run.book
    recurring = [r for r in book.recurring if len(r.cases) >= RECURRING]
    out += _heading("Recurring causes", "Terugkerende oorzaken", lang)
    if total < RECURRING:
        out.append(
            "  Met één casus valt niets te vergelijken."
            if nl
            else "  With one case there is nothing to compare."
        )
    elif not recurring:
        out.append(
            "  Geen oorzaak komt in meer dan één casus voor."
            if nl
            else "  No cause occurs in more than one case."
        )
    by_index = run.cases
    for r in recurring:
        out.append("  " + recurring_line(r, total, lang))
        named = [f"{by_index[i].shown}  {by_index[i].record.title}" for i in r.cases]
        more = len(named) - _TOP
        out += [f"      {n}" for n in named[:_TOP]]
        if more > 0:
            out.append(
                f"      … {'en' if nl else 'and'} {number(more, lang)} "
                + ("meer" if nl else "more")
            )
    if invalid := invalid_mandate_line(run, lang):
        out += _heading("Mandates that do not hold", "Mandaten die niet (meer) gelden", lang)
        out.append("  " + invalid)
    far = [s for s in book.steps if s.far or s.unreachable or s.no_room]
    out += _heading("Distance to whoever may decide", "Afstand tot wie mag beslissen", lang)
    if not far:
        out.append(
            "  Overal staat wie mag beslissen dicht bij de behandelaar."
            if nl
            else "  Everywhere whoever may decide is close to the handler."
        )
    out += ["  " + steps_line(s, total, lang) for s in far]
    deciders = [c for c in book.far_deciders if len(c.cases) >= RECURRING][:_TOP]
    if deciders:
        out.append("  Wie dan mag beslissen:" if nl else "  Who may decide then:")
        out += ["    " + count_line(c, total, lang) for c in deciders]
    for title, counts in (
        (
            ("Powers that block most often", "Bevoegdheden die het vaakst knellen"),
            worded_powers(book.powers, lang),
        ),
        (
            (
                "Decisions (of a partner) that block most often",
                "Besluiten (van een partner) die het vaakst knellen",
            ),
            worded_powers(book.partner_decisions, lang),
        ),
        (
            ("Roles named in causes most often", "Rollen die het vaakst in oorzaken staan"),
            book.roles,
        ),
        (
            (
                "Organisations named in causes most often",
                "Organisaties die het vaakst in oorzaken staan",
            ),
            book.organisations,
        ),
        (
            (
                "Positions everything rests on (bottlenecks)",
                "Posities waarop alles rust (knelpunten)",
            ),
            book.positions,
        ),
    ):
        shown = [c for c in counts if len(c.cases) >= RECURRING][:_TOP]
        if shown:
            out += _heading(*title, lang)
            out += ["  " + count_line(c, total, lang) for c in shown]
    if len(book.trend) > 1:
        out += _heading(
            "Over time (per month of a snapshot)",
            "In de tijd (per maand van een momentopname)",
            lang,
        )
        for t in book.trend:
            top = ", ".join(f"{trend_phrase(k, lang)} ({v})" for k, v in t.keys[:3])
            out.append(f"  {t.month}  {_cases(t.cases, lang):<14} {top}")
    if run.copies:
        out += ["", copies_heading(lang)]
        out += ["  " + copies_line(c, lang) for c in run.copies]
    if run.skipped:
        out += _heading("Files left out", "Overgeslagen bestanden", lang)
        # a file with several problems: one line per problem, under its label (C2)
        out += ["  " + s.problem.replace("\n", "\n  ") for s in run.skipped]
    return "\n".join(out) + "\n"


def as_json(run: CasebookRun, lang: Lang) -> dict[str, Any]:
    """The casebook as JSON data (cases by their shown path; no absolute paths)."""
    book = run.book
    return {
        "cases": [
            {"file": c.shown, "title": c.record.title, "record": c.record.to_dict()}
            for c in run.cases
        ],
        "copies": copies_data(run.copies, lang),
        "skipped": [{"file": s.shown, "problem": s.problem} for s in run.skipped],
        "analysed": run.analysed,
        "from_index": run.reused,
        "index_in_folder": run.index_in_folder,
        "index_events": [{"what": what, "why": why} for what, why in run.index_events],
        "index_said": index_lines(run.index_events, shown_index(run), lang),
        "recurring": [
            {
                "key": r.key,
                "code": r.code,
                "category": r.category,
                "variant": r.variant,
                "text": cause_phrase(r, lang),
                "powers": list(r.powers),
                "cases": [
                    {"file": run.cases[i].shown, "cause": cause}
                    for i, cause in zip(r.cases, r.causes, strict=True)
                ],
                "first_ranked": r.first_ranked,
            }
            for r in book.recurring
        ],
        "steps": [
            {
                "category": s.category,
                "cases": len(s.cases),
                "far": len(s.far),
                "unreachable": len(s.unreachable),
                "no_room": len(s.no_room),
                "far_steps": FAR_STEPS,
            }
            for s in book.steps
        ],
        **{
            name: [{"name": c.name, "cases": len(c.cases)} for c in counts]
            for name, counts in (
                ("powers", book.powers),
                ("roles", book.roles),
                ("organisations", book.organisations),
                ("positions", book.positions),
                ("far_deciders", book.far_deciders),
            )
        },
        "trend": [{"month": t.month, "cases": t.cases, "keys": dict(t.keys)} for t in book.trend],
    }
