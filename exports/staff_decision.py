"""Beslispunten on how the staff organisation works, each with its addressee (jurist, seventh
round W3): a casusoverleg, the triage, the route of signals, a light line of account, the
contact with a resident who distrusts the handler. They go to whoever leads the staff: the
gemeentesecretaris for the municipality (art. 103 Gemeentewet), a GR's dagelijks bestuur for
the GR's own staff (W4). Never "de wethouder te vragen dit uit te werken: <remedy>".

A point is a ``Staff`` pair: its addressee and its clause, so that the nota can give one
addressee one beslispunt with all its clauses ("de gemeentesecretaris te vragen een
casusoverleg … in te richten en in de werkinstructie vast te leggen wie de triage doet").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from exports.case_decision import joint_arrangement, secretaris
from exports.mandate_decision import actor_name
from mapper.codes import Code
from mapper.findings import Finding
from mapper.gr_board import staff_board
from mapper.names import organisation_name
from mapper.wording import join
from models.case import Case
from models.entities import Organisation
from models.enums import ActorKind, RelationKind
from models.i18n import Lang

__all__ = ["Staff", "bestuur", "staff_clause", "staff_lead", "staff_point"]


_STAFF = frozenset({ActorKind.EXECUTIVE, ActorKind.MANAGER, ActorKind.PROFESSIONAL})


def _is_staff(case: Case, actor_id: str) -> bool:
    actor = case.actors.get(actor_id)
    return actor is not None and actor.kind in _STAFF


class Staff(NamedTuple):
    """A beslispunt on the staff organisation: who is asked, and what."""

    lead: str
    clause: str


def bestuur(case: Case, gr: Organisation, lang: Lang) -> str:
    """A GR's dagelijks bestuur: the public body on the map its staff work under (not the
    algemeen bestuur listed first; eleventh jurist H3), or named by the GR."""
    board = staff_board(case.actors, case.relationships, lambda a: a.organisation == gr.id)
    if board is not None:
        return actor_name(case, board, lang)
    name = organisation_name(gr.name).running(lang)  # "van de Jeugdregio Dijkland"
    if lang == "nl":
        return f"het dagelijks bestuur van {name}"
    return f"the dagelijks bestuur (executive board) of {name}"


def staff_lead(case: Case, actors: Sequence[str], lang: Lang) -> str:
    """Whoever leads the staff ``actors`` belong to (the need handlers when none is named)."""
    ids = list(actors) or [n.handler for n in case.needs if n.handler]
    staff = [a for a in ids if _is_staff(case, a)]
    grs = {g.id: g for a in staff if (g := joint_arrangement(case, a)) is not None}
    if staff and len(grs) == 1 and all(joint_arrangement(case, a) for a in staff):
        return bestuur(case, next(iter(grs.values())), lang)
    return secretaris(case, lang)


def _superior(case: Case, actor_id: str) -> str | None:
    """The one ``actor_id`` answers to: the source of its hierarchy line, or whom it accounts to."""
    for r in case.relationships:
        if r.target == actor_id and r.kind is RelationKind.HIERARCHY:
            return r.source
    for r in case.relationships:
        if r.source == actor_id and r.kind is RelationKind.ACCOUNTABILITY:
            return r.target
    return None


# code -> (whose lead is asked: the finding's actors it must name; the clause in Dutch, in
# English); {first} and {second} are those actors, {by} whom the first answers to ("van X ").
_ALL = slice(None)
_RULES: dict[Code, tuple[slice, str, str]] = {
    Code.SPHERES_SINGLE_BRIDGE: (
        slice(0, 1),
        "een casusoverleg {by}met de ketenpartners in te richten",
        "to set up a case meeting {by}with the partner organisations",
    ),
    Code.TRIAGE_NOT_ORGANISED: (
        _ALL,
        "in de werkinstructie vast te leggen wie de triage doet",
        "to record in the work instruction who does the triage",
    ),
    Code.TRIAGE_ROLE_WITHOUT_MANDATE: (
        slice(0, 1),
        "in de werkinstructie vast te leggen dat {first} bepaalt of een casus maatwerk vraagt",
        "to record in the work instruction that {first} decides whether a case needs "
        "a tailored approach",
    ),
    Code.SIGNAL_LONG_PATH: (
        slice(1, 2),
        "de route van signalen te verkorten, met een triagetaak of een directe lijn bij {second}",
        "to shorten the route of signals, with a triage task or a direct line at {second}",
    ),
    Code.ACCOUNTABILITY_LINE_STOPS: (
        _ALL,
        "voor deze werkwijze een lichte verantwoordingsroute tot het bestuur af te spreken, "
        "bijvoorbeeld een periodiek overzicht van afwijkingen, zonder controle per casus",
        "to agree a light line of account up to the board for this way of working, for "
        "instance a periodic overview of deviations, without a check on every case",
    ),
}


def staff_clause(case: Case, f: Finding, lang: Lang) -> Staff | None:
    """The staff beslispunt for finding ``f``, or None when it is no staff matter."""
    rule, actors = _RULES.get(f.code), f.actors
    if rule is None or len(actors) < (rule[0].stop or 0):
        return _distrust(case, f, lang)
    ask, nl, en = rule
    names = [actor_name(case, a, lang) for a in actors[:2]] + ["", ""]
    up = _superior(case, actors[0]) if actors else None
    by = f"{'van' if lang == 'nl' else 'of'} {actor_name(case, up, lang)} " if up else ""
    text = nl if lang == "nl" else en
    return Staff(
        staff_lead(case, actors[ask], lang), text.format(first=names[0], second=names[1], by=by)
    )


def _distrust(case: Case, f: Finding, lang: Lang) -> Staff | None:
    """A resident who distrusts the handler, or two staff members who do not trust each other
    one way: the individual case is the civil service's to handle (N4), never the college's."""
    nl = lang == "nl"
    if (
        f.code not in (Code.TRUST_CITIZEN_DISTRUSTS_HANDLER, Code.TRUST_ASYMMETRIC)
        or len(f.actors) < 2
    ):
        return None
    people = [case.actors.get(a) for a in f.actors]
    citizen = any(a is not None and a.kind is ActorKind.CITIZEN for a in people)
    staff = [a for a in f.actors if _is_staff(case, a)]
    if citizen:
        return Staff(
            staff_lead(case, staff, lang),
            "ervoor te zorgen dat de inwoner een andere behandelaar kan krijgen of op de "
            "klachtenregeling (hoofdstuk 9 Awb) wordt gewezen, en na te gaan wat het vertrouwen "
            "heeft geschaad"
            if nl
            else "to see to it that the resident can have another handler or is pointed to the "
            "complaints procedure (Awb chapter 9), and to find out what harmed the trust",
        )
    if len(staff) < 2:
        return None
    truster, trusted = actor_name(case, staff[1], lang), actor_name(case, staff[0], lang)
    return Staff(
        staff_lead(case, staff, lang),
        f"na te gaan wat {truster} nodig heeft om {trusted} te vertrouwen"
        if nl
        else f"to find out what {truster} needs to trust {trusted}",
    )


def staff_point(staff: Sequence[Staff], lang: Lang) -> str:
    """One beslispunt for one addressee's clauses."""
    clauses = list(dict.fromkeys(s.clause for s in staff))
    lead = staff[0].lead
    if lang == "nl":
        return f"{lead} te vragen {join(clauses, lang)}"
    body = join([c.removeprefix("to ") for c in clauses], lang)
    return f"to ask {lead} to {body}"
