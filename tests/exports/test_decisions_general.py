"""Every kind of cause has a real addressee and request in the nota's beslispunten (issue 10):
the old fallback "de wethouder te vragen dit uit te werken: <remedy>" is gone for every code
(a cause of each code on its own, with the example's actors) and for a code this version does
not know; the request names the problem by the cause's title and never pastes the remedy."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

import pytest

from exports.decisions import _point
from mapper import analyse
from mapper.codes import CODES, Code
from mapper.findings import Cause, Finding, Severity, Text
from models.example import example_case

CASE = example_case()
BASE = analyse(CASE)
REMEDY = Text("Doe iets aan de casus.", "Doe iets aan de casus.")


def _alone(code: str, block: int) -> tuple[Cause, object]:
    title = Text("Something is wrong in the case", "Er knelt iets in de casus")
    f = Finding(
        cast(Code, code),  # also a code the decisions know no sentence for (a new one)
        block,
        Severity.WARNING,
        title,
        title,
        REMEDY,
        actors=("consulent",),
        id=f"{code}:x",
    )
    cause = Cause(
        f"finding:{code}",
        title,
        title,
        REMEDY,
        Severity.WARNING,
        1,
        block,
        (block,),
        (f.id,),
        told=(f.id,),
    )
    return cause, replace(BASE, findings=(f,), causes=(cause,))


@pytest.mark.parametrize("code", sorted(str(c) for c in CODES))
def test_no_code_falls_back_to_working_out_a_remedy(code: str) -> None:
    cause, analysis = _alone(code, CODES[code].block)
    nl = _point(CASE, analysis, cause, "nl")  # type: ignore[arg-type]
    en = _point(CASE, analysis, cause, "en")  # type: ignore[arg-type]
    assert "uit te werken" not in nl, nl
    assert "work this out" not in en, en
    assert "doe iets aan de casus" not in nl.casefold(), nl


def test_an_unknown_code_goes_to_the_portfolio_holder_with_the_problem_named() -> None:
    cause, analysis = _alone("SOMETHING_NEW", 3)
    nl = _point(CASE, analysis, cause, "nl")  # type: ignore[arg-type]
    assert nl == (
        "de wethouder Sociaal Domein te vragen het college een voorstel te doen om het volgende "
        "te verhelpen: er knelt iets in de casus"
    )
    assert _point(CASE, analysis, cause, "en").startswith(  # type: ignore[arg-type]
        "to ask the Wethouder Sociaal Domein to put a proposal to the Executive"
    )


def test_a_staff_matter_without_its_own_sentence_goes_to_the_secretaris() -> None:
    cause, analysis = _alone("TRUST_NO_LINE_TO_TOP", 5)
    nl = _point(CASE, analysis, cause, "nl")  # type: ignore[arg-type]
    assert nl.startswith("de gemeentesecretaris te vragen"), nl
