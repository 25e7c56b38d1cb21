"""The staff beslispunten, one table row per finding code (exports/staff_decision.py): each
clause names the finding's own actors in both languages, and a finding that names too few
actors for its clause gets none. A guard for the table form (issue 15, D4): it passes on the
hand-written form before it as well."""

from __future__ import annotations

import dataclasses

import pytest

from exports.staff_decision import staff_clause
from mapper import analyse
from mapper.codes import Code
from tests.exports.jurist7_maps import map_b

CLAUSES = {
    "SPHERES_SINGLE_BRIDGE": (
        "een casusoverleg van de teamleider Inkomen met de ketenpartners in te richten",
        "to set up a case meeting of the Teamleider Inkomen with the partner organisations",
    ),
    "TRIAGE_NOT_ORGANISED": (
        "in de werkinstructie vast te leggen wie de triage doet",
        "to record in the work instruction who does the triage",
    ),
    "TRIAGE_ROLE_WITHOUT_MANDATE": (
        "in de werkinstructie vast te leggen dat de consulent inkomen bepaalt of een casus "
        "maatwerk vraagt",
        "to record in the work instruction that the Consulent inkomen decides whether a case "
        "needs a tailored approach",
    ),
    "SIGNAL_LONG_PATH": (
        "de route van signalen te verkorten, met een triagetaak of een directe lijn bij de "
        "manager Inkomen",
        "to shorten the route of signals, with a triage task or a direct line at the Manager "
        "Inkomen",
    ),
    "ACCOUNTABILITY_LINE_STOPS": (
        "voor deze werkwijze een lichte verantwoordingsroute tot het bestuur af te spreken, "
        "bijvoorbeeld een periodiek overzicht van afwijkingen, zonder controle per casus",
        "to agree a light line of account up to the board for this way of working, for "
        "instance a periodic overview of deviations, without a check on every case",
    ),
}


@pytest.mark.parametrize("code", sorted(CLAUSES))
def test_each_staff_code_has_its_clause_and_addressee(code: str) -> None:
    case = map_b()
    f = dataclasses.replace(
        analyse(case).findings[0], code=Code(code), actors=("consulent", "manager")
    )
    nl, en = staff_clause(case, f, "nl"), staff_clause(case, f, "en")
    assert nl is not None
    assert en is not None
    assert (nl.clause, en.clause) == CLAUSES[code]
    assert (nl.lead, en.lead) == ("de gemeentesecretaris", "the Gemeentesecretaris")


@pytest.mark.parametrize(
    ("code", "actors"),
    [
        ("SPHERES_SINGLE_BRIDGE", ()),
        ("TRIAGE_ROLE_WITHOUT_MANDATE", ()),
        ("SIGNAL_LONG_PATH", ("consulent",)),
        ("INTENT_NOT_STATED", ("consulent", "manager")),  # a code with no staff clause
    ],
)
def test_too_few_actors_or_another_code_gives_no_staff_clause(
    code: str, actors: tuple[str, ...]
) -> None:
    case = map_b()
    f = dataclasses.replace(analyse(case).findings[0], code=Code(code), actors=actors)
    assert staff_clause(case, f, "nl") is None
