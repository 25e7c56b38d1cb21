"""The beslispunt for a kind of cause that has no sentence of its own (issue 10): never "de
wethouder te vragen dit uit te werken: <remedy>". Each building block has its addressee and a
request in the college's words; the problem is named by the cause's title, not by pasting the
remedy after a colon.

- the intent (1), the room to act (3), the political and civil-service worlds (6) and the
  rules (7) are the college's: its portfolio holder prepares a proposal;
- signals and triage (2), accountability and mandates (4) and trust (5) are how the staff
  organisation works: whoever leads that staff is asked (the gemeentesecretaris, or a GR's
  dagelijks bestuur for the GR's own staff), as :mod:`exports.staff_decision` does;
- a code this version does not know goes to the portfolio holder.
"""

from __future__ import annotations

from exports.case_decision import owner
from exports.mandate_decision import municipal_college
from exports.staff_decision import Staff, staff_lead
from mapper.codes import CODES
from mapper.findings import Cause, Finding
from models.case import Case
from models.i18n import Lang

__all__ = ["general_point"]

_STAFF_BLOCKS = frozenset({2, 4, 5})


def general_point(
    case: Case, cause: Cause, findings: tuple[Finding, ...], lang: Lang
) -> str | Staff:
    """The beslispunt for ``cause`` by its building block: an addressee, and a proposal to
    remedy what the cause's title says."""
    lead = findings[0] if findings else None
    info = CODES.get(lead.code) if lead is not None else None
    title = cause.title(lang).strip().rstrip(".")
    problem = title[:1].lower() + title[1:] if not title[:2].isupper() else title
    if info is not None and info.block in _STAFF_BLOCKS:
        actors = [a for f in findings for a in f.actors]
        clause = (
            f"een voorstel voor te leggen om het volgende te verhelpen: {problem}"
            if lang == "nl"
            else f"to put forward a proposal to remedy the following: {problem}"
        )
        return Staff(staff_lead(case, actors, lang), clause)
    if municipal_college(case, case.info.intent_owner or ""):
        # the note is the college's own: never "het college B&W 1 te vragen het college een
        # voorstel te doen" (new user at scale G4, jurist session 15 J6)
        return (
            f"een voorstel te laten voorbereiden om het volgende te verhelpen: {problem}"
            if lang == "nl"
            else f"to have a proposal prepared to remedy the following: {problem}"
        )
    who = owner(case, lang)
    if lang == "nl":
        return (
            f"{who} te vragen het college een voorstel te doen om het volgende te verhelpen: "
            f"{problem}"
        )
    return f"to ask {who} to put a proposal to the Executive to remedy the following: {problem}"
