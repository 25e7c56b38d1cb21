"""The annexes of the advice note (:mod:`exports.nota`): the mandates, volmachten and
delegations with their remarks, the actors, how the analysis works, the accepted risks, the
rules the map names and every place of a grouped finding. Each list is cut to what a reader
can take in, and says so (:mod:`exports.nota_scale`).
"""

from __future__ import annotations

from typing import Any

from exports.advice import long_date, money, who_accepted
from exports.advice_words import W, method_paragraphs
from exports.docx_tables import add_table
from exports.mandate_decision import named_actor
from exports.nota_grants import PLURAL, column_name, grant_instrument
from exports.nota_rules import add_rules_annex
from exports.nota_scale import (
    add_repeats_annex,
    few_actors,
    few_mandates,
    mandate_remarks,
    repeat_refs,
)
from exports.risks import passed_on
from mapper.analysis import Analysis
from mapper.name_once import once_forms
from mapper.wording import capital, join
from models.case import Case
from models.enums import Instrument
from models.i18n import Lang
from models.labels import label

__all__ = ["add_annexes"]


def add_annexes(doc: Any, case: Case, analysis: Analysis, lang: Lang, anonymised: bool) -> None:
    """The annexes after chapter 6: A the mandates (or grants), B the actors, C how the
    analysis works, then the accepted risks, the rules and every place of a grouped finding,
    each lettered after the one before."""
    # the heading starts the page, not an empty paragraph with a break: where §6 fills its page
    # to the end, that paragraph was a blank page of its own (the youth-care nota, rev-jurist18 K7)
    kinds = [k for k in PLURAL if any(passed_on(case, m) is k for m in case.mandates)]
    if kinds in ([], [Instrument.MANDATE]):
        head = doc.add_heading(W["annex_mandates"](lang), level=1)
    else:  # named by what it holds: a volmacht or a delegation is no mandate (ninth jurist)
        words = [PLURAL[k](lang) for k in kinds]
        head = doc.add_heading(W["annex_grants"](lang).format(kinds=capital(join(words, lang))), 1)
    head.paragraph_format.page_break_before = True
    names = {a.id: a.name for a in case.actors}
    actors = [named_actor(case, a).forms("nl") for a in case.actors]
    remarks = mandate_remarks(case, analysis, lang)  # each member of a group its own (J4)
    if len(case.mandates):
        listed, why = few_mandates(case, remarks, lang)  # at most 200 (issue 14)
        if why:
            doc.add_paragraph(why)
        rows = [
            [
                # named by who and what, never by a bare id (new user, third round)
                f"{names.get(m.grantor, m.grantor)} → {names.get(m.holder, m.holder)}",
                case.power_name(m.power, lang),
                grant_instrument(case, m, lang),
                money(m.budget, lang),
                long_date(m.valid_until, lang) if m.valid_until else "—",
                _remarks(remarks.get(m.id, []), actors, lang) or W["none"](lang),
            ]
            for m in listed
        ]
        header = [
            W["grantor_holder" if kinds == [Instrument.MANDATE] else "granted_holder"](lang),
            W["power"](lang),
            W["instrument"](lang),
            W["budget"](lang),
            W["valid_until"](lang),
            W["remarks"](lang),
        ]
        add_table(doc, header, rows)
    else:
        doc.add_paragraph(W["no_mandates"](lang))
    doc.add_heading(W["annex_actors"](lang), level=1)
    listed_actors, why = few_actors(case, lang)
    if why:
        doc.add_paragraph(why)
    rows = [
        [
            a.name,
            label(a.kind, lang),
            column_name(case.organisation_name(a.organisation)) or "—",
            str(a.influence),
            str(a.interest),
            f"{a.stance:+d}".replace("-", "\u2212") if a.stance else "0",  # a real minus
        ]
        for a in listed_actors
    ]
    header = [
        W["name"](lang),
        W["kind"](lang),
        W["organisation"](lang),
        W["influence"](lang),
        W["interest"](lang),
        W["stance"](lang),
    ]
    add_table(doc, header, rows)
    doc.add_heading(W["annex_method"](lang), level=1)
    for paragraph in method_paragraphs(lang):
        doc.add_paragraph(paragraph)
    if analysis.accepted:
        doc.add_heading(W["annex_accepted"](lang), level=1)
        rows = [
            [
                a.finding.title(lang),
                a.acceptance.reason,
                who_accepted(a.acceptance.by, lang, anonymised=anonymised),
                long_date(a.acceptance.until, lang) if a.acceptance.until else "—",
            ]
            for a in analysis.accepted
        ]
        header = [W["finding"](lang), W["reason"](lang), W["by"](lang), W["valid_until"](lang)]
        add_table(doc, header, rows)
    letter = "E" if analysis.accepted else "D"
    if add_rules_annex(doc, case, lang, letter):
        letter = chr(ord(letter) + 1)
    refs = repeat_refs(case, analysis)  # numbered as chapter 5 points to them
    add_repeats_annex(doc, analysis, lang, letter, refs)  # every place of a grouped finding


def _remarks(titles: list[str], names: list[tuple[str, str]], lang: Lang) -> str:
    """Finding titles as one remark: "x; y", the second in lower case (not "x; Y"), a long
    role the first named in full by its role alone after (jurist L3)."""
    out = [t if i == 0 or t[:2].isupper() else t[:1].lower() + t[1:] for i, t in enumerate(titles)]
    return once_forms("; ".join(out), names) if lang == "nl" else "; ".join(out)
