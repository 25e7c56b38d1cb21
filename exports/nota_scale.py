"""The nota of a large map (issue 14; user, thirteenth round S2-S3: 550 pages at 2,000 actors,
none at 10,000): what its annexes hold, and the annex of the findings that occur in many places.

- Annex A (mandates) and annex B (actors) hold at most :data:`MANY` rows each; above that a
  sentence says how many the map has, which ones are listed and where the whole list is (the
  mandate register, the Excel report). A map of up to :data:`MANY` keeps them whole.
- A finding that stands for several of one shape (:mod:`mapper.repeats`) names three in chapter
  5; the annex *Bevindingen op meer plaatsen* lists every one.
- Within :func:`reporting`, the nota says how far it is (the CLI prints it): the analysis done
  with an estimate of its pages (:func:`pages`), the map drawn, chapter 5 written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from exports.docx_tables import TEXT_WIDTH, add_table
from mapper.analysis import Analysis
from mapper.cause_keys import expired_apart
from mapper.finding_ids import subject_mandate
from mapper.findings import Finding, Text
from mapper.names import Name
from mapper.wording import number
from models.case import Case
from models.entities import Actor, Mandate
from models.i18n import Lang

__all__ = [
    "MANY", "SLOW", "add_repeats_annex", "few_actors", "few_lines", "few_mandates", "listed_in",
    "mandate_remarks",
    "pages", "repeat_refs", "repeats_letter", "reporting", "step", "up_front",
]  # fmt: skip

#: The most rows annex A or B holds (a map of more lists a choice and says so).
MANY = 200

_W = {
    "title": Text(
        "Annex {letter}. Findings that occur in more places",
        "Bijlage {letter}. Bevindingen die op meer plaatsen spelen",
    ),
    "intro": Text(
        # the heading names three, its text up to nine (new user at scale 15, G11: "noemt er
        # van elk drie" beside a paragraph naming nine)
        "These findings occur in more places on the map. Chapter 5 names up to three of each "
        "in its heading and up to nine in its text; this annex names up to fifty, the Excel "
        "report (sheet ‘Findings’) all of them.",
        "Deze bevindingen doen zich op meer plaatsen op de kaart voor. Hoofdstuk 5 noemt er van "
        "elk tot drie in de kop en tot negen in de tekst; deze bijlage noemt er tot vijftig, het "
        "Excel-rapport (blad ‘Bevindingen’) allemaal.",
    ),
    "others": Text(" and {n} others", " en {n} anderen"),
    # the expired grant the group's section counts but tells under another cause (jur19c)
    "apart": Text("; also counted: {names}", "; meegeteld is ook: {names}"),
    "section": Text(" (section {section})", " (paragraaf {section})"),
    "listed": Text(" Annex {refs} lists the places.", " De plaatsen staan in bijlage {refs}."),
    "finding": Text("Finding", "Bevinding"),
    "count": Text("Number", "Aantal"),
    "where": Text("Concerns", "Betreft"),
    "actors": Text(
        "The map has {n} actors. This annex lists the {k} with the most influence (then "
        "interest); the Excel report (sheet ‘Actors’) and the map itself have them all.",
        "De kaart telt {n} actoren. Deze bijlage noemt de {k} met de meeste invloed (daarna "
        "belang); het Excel-rapport (blad ‘Actoren’) en de kaart zelf bevatten ze allemaal.",
    ),
    "see": Text("See annex {ref}", "Zie bijlage {ref}"),
    # the rows stand in the map's order; those with a remark were chosen first (jurist 15,
    # J4: "die met een opmerking eerst" above rows sorted by organisation)
    "mandates": Text(
        "The map has {n} grants, {r} of them with a remark. This annex lists {k} of those with a "
        "remark, in the map's order; the mandate register (export as mandate register) has them "
        "all.",
        "De kaart telt {n} verleningen, waarvan {r} met een opmerking. Deze bijlage noemt er {k} "
        "met een opmerking, in de volgorde van de kaart; het mandaatregister (exporteren als "
        "mandaatregister) bevat ze allemaal.",
    ),
    "mandates_some": Text(
        "The map has {n} grants. This annex lists all {r} with a remark and {k} others, in the "
        "map's order; the mandate register (export as mandate register) has them all.",
        "De kaart telt {n} verleningen. Deze bijlage noemt alle {r} met een opmerking en {k} "
        "andere, in de volgorde van de kaart; het mandaatregister (exporteren als "
        "mandaatregister) bevat ze allemaal.",
    ),
}
_SAME = {"nl": "; hetzelfde geldt voor ", "en": "; the same holds for "}


def _say(key: str, lang: Lang, n: int, k: int) -> str:
    return _W[key](lang).format(n=number(n, lang), k=number(k, lang))


def few_actors(case: Case, lang: Lang) -> tuple[list[Actor], str]:
    """The actors annex B lists, in map order, and the sentence before its table ("" for a map
    of up to :data:`MANY`)."""
    actors = list(case.actors)
    if len(actors) <= MANY:
        return actors, ""
    order = {a.id: i for i, a in enumerate(actors)}
    chosen = {
        a.id for a in sorted(actors, key=lambda a: (-a.influence, -a.interest, order[a.id]))[:MANY]
    }
    return [a for a in actors if a.id in chosen], _say("actors", lang, len(actors), MANY)


def mandate_remarks(case: Case, analysis: Analysis, lang: Lang) -> dict[str, list[str]]:
    """Each grant's remarks in annex A, by its id: the titles of the findings about it. A
    grouped finding gives its first member its own title and each other member "Zie bijlage
    D.3" (jurist 15, J4: only the first member carried the remark, so a grant chapter 5 calls
    invalid or expired said "geen")."""
    refs = repeat_refs(case, analysis)
    ids = {m.id for m in case.mandates}
    remarks: dict[str, list[str]] = {}
    for f in analysis.findings:
        if not (f.code.startswith(("MANDATE_", "DELEGATION_")) and f.mandates):
            continue
        # a member's id is its code and its mandate (mapper.finding_ids), "#2" for a second
        subjects = [i.partition(":")[2].partition("#")[0] for i in f.members]
        if not subjects or not set(subjects) <= ids or f.id not in refs:
            remarks.setdefault(subject_mandate(f), []).append(f.title(lang))
            continue
        see = _W["see"](lang).format(ref=refs[f.id])
        for i, mid in enumerate(subjects):
            remarks.setdefault(mid, []).append(_first(f.title(lang), lang) if i == 0 else see)
    return remarks


def few_mandates(
    case: Case, remarks: dict[str, list[str]], lang: Lang
) -> tuple[list[Mandate], str]:
    """The grants annex A lists, in map order (those with a remark first when the map has more
    than :data:`MANY`), and the sentence before its table ("" when all are listed)."""
    mandates = list(case.mandates)
    if len(mandates) <= MANY:
        return mandates, ""
    chosen = {m.id for m in sorted(mandates, key=lambda m: not remarks.get(m.id))[:MANY]}
    r = sum(1 for m in mandates if remarks.get(m.id))
    n, values = len(mandates), {"r": number(r, lang)}
    if r >= MANY:
        why = _W["mandates"](lang).format(n=number(n, lang), k=number(MANY, lang), **values)
    else:
        k = number(MANY - r, lang)
        why = _W["mandates_some"](lang).format(n=number(n, lang), k=k, **values)
    return [m for m in mandates if m.id in chosen], why


#: The most points a risk of chapter 6 lists; more are the first eight and a count.
_POINTS = 10
_MORE = Text("And {n} more such points.", "En nog {n} zulke punten.")


def few_lines(lines: Sequence[Text], lang: Lang) -> list[str]:
    """The points of a risk as chapter 6 lists them: up to :data:`_POINTS`, else the first
    eight and how many more (one per needed decision's amount was 167 at 10,000 actors)."""
    if len(lines) <= _POINTS:
        return [line(lang) for line in lines]
    more = _MORE(lang).format(n=number(len(lines) - 8, lang))
    return [*(line(lang) for line in lines[:8]), more]


def _first(title: str, lang: Lang) -> str:
    """A grouped finding's title without the others it names (its first member's title)."""
    head, sep, _ = title.rpartition(_SAME[lang])
    return head if sep else title


def _grouped(analysis: Analysis) -> list[Finding]:
    """The grouped findings in the annex's order: by the section they are told in."""
    rank = {c.id: c.rank for c in analysis.causes}
    grouped = [f for f in analysis.findings if f.members]
    return sorted(grouped, key=lambda f: (rank.get(f.cause, 0), f.id))


def repeats_letter(case: Case, analysis: Analysis) -> str:
    """The letter of the annex of grouped findings: after the accepted risks (D) and the rules
    (:func:`exports.nota_rules.add_rules_annex`), as the nota adds them."""
    letter = "E" if analysis.accepted else "D"
    return chr(ord(letter) + 1) if len(case.rules) or len(case.deviations) else letter


def repeat_refs(case: Case, analysis: Analysis) -> dict[str, str]:
    """Each grouped finding's row in that annex, by its id: "D.1", "D.2", … (the rows were
    numbered by the section they sit under, "5.2 Het besluit … ligt drie stappen boven de
    casus", beside a section 5.6 of that title: new user at scale, session 14, F5)."""
    letter = repeats_letter(case, analysis)
    return {f.id: f"{letter}.{i}" for i, f in enumerate(_grouped(analysis), start=1)}


def listed_in(ids: Sequence[str], refs: dict[str, str], lang: Lang) -> str:
    """ " De plaatsen staan in bijlage D.3." for grouped findings ``ids`` ("" for none)."""
    rows = [refs[i] for i in ids if i in refs]
    if not rows:
        return ""
    and_ = " en " if lang == "nl" else " and "
    said = rows[0] if len(rows) == 1 else ", ".join(rows[:-1]) + and_ + rows[-1]
    return _W["listed"](lang).format(refs=said)


def add_repeats_annex(
    doc: Any, analysis: Analysis, lang: Lang, letter: str, refs: dict[str, str] | None = None
) -> bool:
    """Add the annex (titled with ``letter``) when a finding stands for several; returns
    whether it was added. ``refs``: each row's number (:func:`repeat_refs`)."""
    grouped = _grouped(analysis)
    if not grouped:
        return False
    refs = refs or {f.id: f"{letter}.{i}" for i, f in enumerate(grouped, start=1)}
    rank = {c.id: c.rank for c in analysis.causes}
    doc.add_heading(_W["title"](lang).format(letter=letter), level=1)
    doc.add_paragraph(_W["intro"](lang))
    rows: list[list[str]] = []
    apart = expired_apart(analysis.findings, {g.id: () for g in grouped})
    for f in grouped:
        where = _places(f.subjects, lang)
        also = _apart(f, apart, where, rank, lang)
        cause = _W["section"](lang).format(section=f"5.{rank[f.cause]}") if f.cause in rank else ""
        many = number((len(where) if where else len(f.members)) + len(also), lang)
        listed = _join(where[:_NAMES])
        if len(where) > _NAMES:  # one cell was 88,000 characters at 10,000 actors (user 14, F5)
            listed += _W["others"](lang).format(n=number(len(where) - _NAMES, lang))
        if also:
            listed += _W["apart"](lang).format(names=_join(also))
        rows.append([f"{refs[f.id]} {_first(f.title(lang), lang)}{cause}", many, listed])
    header = [_W["finding"](lang), _W["count"](lang), _W["where"](lang)]
    from docx.shared import Pt

    table = add_table(doc, header, rows, [5.6, 1.6, TEXT_WIDTH - 7.2])
    small = Pt(8)  # a list of thousands of names, set close (65 of 97 pages at 10,000 actors)
    for row in table.rows[1:]:
        for paragraph in row.cells[2].paragraphs:
            for run in paragraph.runs:
                run.font.size = small
    return True


def _apart(
    group: Finding,
    apart: Sequence[Finding],
    where: Sequence[str],
    rank: dict[str, int],
    lang: Lang,
) -> list[str]:
    """The places of the expired grants a group of expired mandates counts as its section does
    but that are told under another cause, each with that cause's section: "consulent 20.9
    (paragraaf 5.3)" (the annex listed 140 beside the section's 141: jur19c)."""
    if not apart or group.code != apart[0].code:
        return []
    named = []
    for f in apart:
        section = (
            _W["section"](lang).format(section=f"5.{rank[f.cause]}") if f.cause in rank else ""
        )
        # a finding of its own names its holder by the map's name, "Consulent 20.9": the
        # annex's list by the running name, "consulent 20.9"
        said = [
            Text(s.running("en"), s.running("nl")) if isinstance(s, Name) else s for s in f.subjects
        ]
        named += [f"{place}{section}" for place in _places(said, lang) if place not in where]
    return named


#: The most places a row of the annex names; the Excel report names them all.
_NAMES = 50


def _places(subjects: Sequence[str | Text], lang: Lang) -> list[str]:
    """A grouped finding's places, each once: a pair with two findings (two powers) was
    named twice, 94 names in a row of 63 pairs (new user at scale, session 14, F5)."""
    return list(dict.fromkeys(_bare(s(lang) if isinstance(s, Text) else str(s)) for s in subjects))


def _bare(label: str) -> str:
    """A name in the annex's list without its article: "teamleider 26.0.0", not "de …"."""
    for article in ("de ", "het ", "the "):
        if label.startswith(article):
            return label[len(article) :]
    return label


def _join(labels: Sequence[str]) -> str:
    return "; ".join(labels)


_STEPS = {
    "analysed": Text(
        "Analysis done: {causes} causes; the note will have about {pages} pages.",
        "Analyse klaar: {causes} oorzaken; de nota krijgt ongeveer {pages} pagina's.",
    ),
    "anonymised": Text(
        "Residents named by their role, and checked.",
        "Inwoners bij hun rol genoemd en gecontroleerd.",
    ),
    "picture": Text("Map drawn.", "Kaartbeeld getekend."),
    "causes": Text(
        "Chapter 5 written; now the annexes.", "Hoofdstuk 5 geschreven; nu de bijlagen."
    ),
}
#: From this many actors on, the CLI says up front that a nota takes a while, and each step.
SLOW = 500
_UP_FRONT = Text(
    "a map of {n} actors: its note takes a while; each step is told here.",
    "een kaart van {n} actoren: de nota daarvan duurt even; hier staat elke stap.",
)


def up_front(actors: int, lang: Lang) -> str:
    """What the CLI says before it starts the nota of a map of ``actors`` actors."""
    return _UP_FRONT(lang).format(n=number(actors, lang))


_REPORT: ContextVar[Callable[[str], None] | None] = ContextVar("nota_report", default=None)


@contextmanager
def reporting(report: Callable[[str], None]) -> Iterator[None]:
    """Within this block, each step of a nota being built is told to ``report``."""
    token = _REPORT.set(report)
    try:
        yield
    finally:
        _REPORT.reset(token)


def step(key: str, lang: Lang, **values: int) -> None:
    """Tell the step ``key`` (see :data:`_STEPS`) to whoever is :func:`reporting`."""
    report = _REPORT.get()
    if report is not None:
        report(_STEPS[key](lang).format(**{k: number(v, lang) for k, v in values.items()}))


#: Characters of running text on a page of the nota and of the annex of grouped findings, and
#: the rows of annex A and B on one (A4, Calibri 10.5, the annex's list 8 pt; fitted to
#: LibreOffice's page count: the example 15 pages, the 1,000-actor chain map 35, 2,000 actors
#: 41 (estimated 43), 10,000 actors 84 (estimated 87)).
_PAGE, _LISTED, _ROWS_A, _ROWS_B = 4500, 5100, 30, 40


def pages(case: Case, analysis: Analysis) -> int:
    """About how many pages the nota of ``case`` gets (see :data:`_PAGE`)."""
    told = sum(
        len(c.title.nl) + len(c.detail.nl) + len(c.suggestion.nl) + 200 for c in analysis.causes
    )
    told += sum(len(f.title.nl) + len(f.detail.nl) for f in analysis.findings)
    listed = sum(
        len(s.nl) + 2
        for f in analysis.findings
        if f.members
        for s in [s for s in f.subjects if isinstance(s, Text)][:_NAMES]
    )
    rows_a = min(len(case.mandates), MANY) / _ROWS_A
    rows_b = min(len(case.actors), MANY) / _ROWS_B
    return 8 + round(told / _PAGE + listed / _LISTED + rows_a + rows_b)
