"""The nota's annex on the rules the case runs into and the register of deviations.

Written only when the map has rules or deviations; rules by name with their origin and the
checks they add to each case, deviations by date with who decided, the outcome and to whom
they were reported (never a bare id).
"""

from __future__ import annotations

from typing import Any

from exports.docx_tables import add_table
from mapper.findings import Text
from models.case import Case
from models.i18n import Lang, long_date
from models.labels import label

__all__ = ["add_rules_annex"]

_W = {
    "title": Text(
        "Annex {letter}. Rules and deviations", "Bijlage {letter}. Regels en afwijkingen"
    ),
    "rules": Text("Rules the case runs into", "Regels waar de casus tegenaan loopt"),
    "register": Text("Register of deviations", "Afwijkingenregister"),
    "rule": Text("Rule", "Regel"),
    "kind": Text("Kind", "Soort"),
    "owner": Text("Owner", "Eigenaar"),
    "origin": Text("Origin", "Aanleiding"),
    "burden": Text("Checks per case", "Controles per casus"),
    "date": Text("Date", "Datum"),
    "decided_by": Text("Decided by", "Besloten door"),
    "outcome": Text("Outcome", "Uitkomst"),
    "reason": Text("Reason", "Reden"),
    "reported_to": Text("Reported to", "Gemeld aan"),
    "nobody": Text("nobody", "niemand"),
    "none": Text("none recorded", "niet vastgelegd"),
}


def add_rules_annex(doc: Any, case: Case, lang: Lang, letter: str) -> bool:
    """Add the annex (titled with ``letter``) when the map has rules or deviations; returns
    whether it was added."""
    if not len(case.rules) and not len(case.deviations):
        return False
    names = {a.id: a.name for a in case.actors}
    doc.add_heading(_W["title"](lang).replace("{letter}", letter), level=1)
    if len(case.rules):
        doc.add_heading(_W["rules"](lang), level=2)
        rows = []
        for r in case.rules:
            origin = label(r.origin, lang)
            if r.introduced is not None:
                origin += f", {long_date(r.introduced, lang)}"
            if r.origin_note.strip():
                origin += f": {r.origin_note.strip()}"
            owner = names.get(r.owner, "—") if r.owner else "—"
            rows.append([r.name, label(r.rule_type, lang), owner, origin, str(r.burden)])
        header = [_W[k](lang) for k in ("rule", "kind", "owner", "origin", "burden")]
        add_table(doc, header, rows)
    if len(case.deviations):
        doc.add_heading(_W["register"](lang), level=2)
        rules = {r.id: r.name for r in case.rules}
        rows = [
            [
                long_date(d.date, lang) if d.date else "—",
                names.get(d.decided_by, "—") if d.decided_by else "—",
                rules.get(d.rule, "—") if d.rule else "—",
                label(d.outcome, lang),
                d.reason.strip() or _W["none"](lang),
                names.get(d.reported_to, "—") if d.reported_to else _W["nobody"](lang),
            ]
            for d in case.deviations
        ]
        keys = ("date", "decided_by", "rule", "outcome", "reason", "reported_to")
        add_table(doc, [_W[k](lang) for k in keys], rows)
    return True
