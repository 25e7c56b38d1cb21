"""A power is named as the user wrote it, between quotes, in Dutch and English (adviser, session
10: "the power afzien van terugvordering" read as running text and lost its capital).

Known answers on the example and the templates; each failed before this change (the names were
lower-cased, and bare in lists, in the diff and in the budget line of a need).
"""

from __future__ import annotations

from mapper import analyse
from mapper.diff import entity_name
from mapper.findings import Finding
from models.enums import EntityKind
from models.example import example_case
from models.templates import template_case


def _one(findings: tuple[Finding, ...], code: str) -> Finding:
    [f] = [f for f in findings if f.code == code]
    return f


def test_the_primary_decisions_of_the_objection_holder_are_quoted_as_written() -> None:
    f = _one(analyse(example_case()).findings, "MANDATE_OBJECTION_SAME_HOLDER")
    assert (
        "(‘Afzien van terugvordering wegens dringende redenen’ and ‘Bijzondere bijstand verlenen’)"
    ) in f.detail("en")
    assert (
        "(‘Afzien van terugvordering wegens dringende redenen’ en ‘Bijzondere bijstand verlenen’)"
    ) in f.detail("nl")
    # the objection mandate itself: its name, not "the mandate for beslissen op bezwaar …"
    assert "The mandate for ‘Beslissen op bezwaar bijzondere bijstand’ that" in f.detail("en")
    assert "Het mandaat voor ‘Beslissen op bezwaar bijzondere bijstand’ dat" in f.detail("nl")


def test_a_rule_burdens_every_case_of_the_quoted_power() -> None:
    f = _one(analyse(example_case()).findings, "RULE_RISK_REFLEX")
    assert "to every case of ‘Bijzondere bijstand verlenen’, also" in f.detail("en")
    assert "aan elke casus van ‘Bijzondere bijstand verlenen’, ook" in f.detail("nl")


def test_a_need_names_its_power_quoted_beside_the_amount() -> None:
    findings = analyse(template_case("debt_eviction")).findings
    texts = [f.detail(lang) for f in findings for lang in ("en", "nl")]
    assert not [t for t in texts if "(bijzondere bijstand verlenen, €" in t]
    f = _one(findings, "TRIAGE_ROLE_WITHOUT_MANDATE")
    assert "(for example ‘Bijzondere bijstand verlenen’)" in f.detail("en")
    assert "(bijvoorbeeld ‘Bijzondere bijstand verlenen’)" in f.detail("nl")


def test_the_diff_names_a_mandate_by_its_quoted_power() -> None:
    case = example_case()
    m = next(m for m in case.mandates if m.power == "bijzondere_bijstand")
    named = entity_name(case, EntityKind.MANDATE, m.id, "nl")
    assert named is not None
    assert named.endswith(", ‘Bijzondere bijstand verlenen’")
