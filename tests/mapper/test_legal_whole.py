"""Whole cases under the Awb title 10.1 rules: the lawful case clean, the version-1 example
analysed with the version-2 rules, the example's noodbudget on the handler's own mandate."""

from __future__ import annotations

from dataclasses import replace

from mapper import analyse
from mapper.findings import Severity
from models import (
    Need,
)
from tests.mapper.legal_cases import (
    LEGAL,
    M,
    case,
    codes,
    ctx,
    findings,
    lawful,
    of,
)


# ---------------------------------------------------------------- the whole picture
def test_a_lawful_well_organised_case_has_no_critical_finding() -> None:
    found = findings(lawful())
    assert [(f.code, f.detail("en")) for f in found if f.severity == Severity.CRITICAL] == []
    warnings = [f.code for f in found if f.severity == Severity.WARNING]
    assert len(warnings) <= 4, warnings
    assert not LEGAL & {f.code for f in found if f.severity != Severity.INFO}


def test_a_lawful_delegation_causes_no_cascade() -> None:
    """The old false cascade: one lawful delegation made every mandate of the category void,
    with critical findings down the chain and the advice to revoke the delegation."""
    found = findings(lawful())
    assert not {"MANDATE_GRANTOR_DELEGATED_AWAY", "MANDATE_CHAIN_BROKEN", "NEED_NO_HOLDER"} & {
        f.code for f in found
    }
    assert ctx(lawful()).authority.grant("consulent", "bb") is not None


def test_version_1_example_opens_and_analyses_with_the_v2_rules() -> None:
    from pathlib import Path

    from mapper import analyse
    from models.fileformat import load

    old = Path(__file__).resolve().parents[1] / "models" / "data" / "example-v1.kvmap"
    result = analyse(load(old))
    found = {f.code for f in result.findings}
    # its signing authorisation was granted by the manager, not by a public body (jurist J9)
    assert {"MANDATE_EXPIRED", "MANDATE_SIGNING_NOT_BY_BODY", "INTENT_NOT_PASSED_DOWN"} <= found
    # the corporation held a power "by law" in version 1: a warning, no legal root
    assert "POWER_HOLDER_NOT_PUBLIC_BODY" in found
    for f in result.findings:
        for text in (f.title, f.detail, f.suggestion):
            assert "rechtswege" not in text("nl")
            assert "10:8" not in text("nl")


# ---------------------------------------------------------------- the handler's own mandate
def test_a_need_on_the_handlers_invalid_or_too_small_mandate_gets_a_finding() -> None:
    # the example's noodbudget: the caseworker's mandate is a level of sub-mandate too many
    # (10:9) and oral (10:5), and would cover € 1.000 of the € 1.500 anyway; the team lead,
    # one step up, may decide
    from models.example import example_case

    result = analyse(example_case())
    [f] = [f for f in result.findings if f.id == "NEED_HANDLER_MANDATE_FALLS_SHORT:n3"]
    assert "m4" in f.mandates
    assert "€ 1.000" in f.detail("nl")
    assert "€ 1.500" in f.detail("nl")
    assert "(niet toegestaan, art. 10:9 lid 1 Awb)" in f.detail("nl")  # jurist 12b LANG-4
    # the second mention by the role alone (jurist L3)
    assert "de teamleider, één stap boven de consulent" in f.detail("nl")


def test_a_valid_mandate_large_enough_gets_no_such_finding() -> None:
    need = Need("n1", "Noodbudget", "bb", 1500.0, "consulent", ("gem",))
    chain = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=1),
        M("m2", "manager", "consulent", "bb", budget=2000),
    ]
    assert "NEED_HANDLER_MANDATE_FALLS_SHORT" not in codes(case(chain, needs=[need]))
    small = [chain[0], replace(chain[1], budget=1000)]
    [f] = of(case(small, needs=[need]), "NEED_HANDLER_MANDATE_FALLS_SHORT")
    assert "hooguit € 1.000" in f.detail("nl")
