"""Beslispunten of their own for the legal defects that reached the generic "een voorstel te
doen om het volgende te verhelpen" (ninth jurist F4; exports/legal_decision.py): the college
withdraws the grant, says why with its article, and has the decisions taken on it listed and
ratified; a critical defect leads its cause's beslispunt, before what it leaves undone."""

from __future__ import annotations

import pytest

from exports.decisions import _point, decision_points
from mapper import analyse
from mapper.codes import Code
from models import Case
from models.example import example_case
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.test_decisions_kinds import _alone


def _excluded() -> Case:
    """The example with 'afzien van terugvordering' not mandatable: m10 is excluded."""
    d = case_to_dict(example_case())
    power = next(p for p in d["powers"] if p["id"] == "afzien_terugvordering")
    power["mandate"] = "forbidden"
    return case_from_dict(d)


def test_an_excluded_mandate_is_withdrawn_and_its_decisions_ratified() -> None:
    case = _excluded()
    a = analyse(case)
    [cause] = [c for c in a.causes if any(f.code == "MANDATE_EXCLUDED" for f in a.findings_of(c))]
    assert _point(case, a, cause, "nl") == (
        "het mandaat voor ‘Afzien van terugvordering wegens dringende redenen’ aan de manager "
        "Werk en Inkomen in te trekken, omdat mandaat voor deze bevoegdheid is uitgesloten "
        "(art. 10:3 lid 1 Awb), zodat het college van B&W deze besluiten zelf neemt en de "
        "manager "
        "Werk en Inkomen ze voorbereidt, en de besluiten die de manager Werk en Inkomen erop "
        # no other mandate can (12b M5)
        "nam, te laten inventariseren en ter bekrachtiging voor te leggen"
    )
    assert _point(case, a, cause, "en").startswith(
        "to withdraw the mandate for ‘Afzien van terugvordering wegens dringende redenen’ to the "
        "Manager Werk en Inkomen, since mandate is excluded for this power (Awb 10:3(1))"
    )


def test_a_delegation_by_a_mandate_holder_is_withdrawn_as_a_delegation() -> None:
    case, a, cause = _alone("DELEGATION_BY_MANDATE_HOLDER")
    f = a.findings[0]
    m = case.mandates.get(f.mandates[0])
    assert m is not None
    nl = _point(case, a, cause, "nl")
    assert (
        "in te trekken, omdat alleen het bestuursorgaan dat de bevoegdheid zelf heeft, haar "
        "kan delegeren (art. 10:13 Awb)" in nl
    )
    assert "voorstel" not in nl


def test_a_mandate_cycle_is_broken_from_the_body_that_holds_the_power() -> None:
    case, a, cause = _alone("MANDATE_CYCLE")
    nl = _point(case, a, cause, "nl")
    assert "rechtstreeks vanuit het college van B&W, dat de bevoegdheid heeft, te verlenen" in nl
    assert nl.endswith(
        "voor zover geen ander geldig mandaat ze dekte, ter bekrachtiging voor te leggen"
    ), nl


def test_an_excluded_mandate_has_its_beslispunt_beside_the_college_s_own_amendment() -> None:
    """The cause is answered by the college's own amendment of its mandate decision (M3) for
    the sub-mandate; the excluded mandate in the same cause gets its withdrawal too."""
    case = _excluded()
    points = decision_points(case, analyse(case), "nl")
    assert any(p.startswith("het Mandaatbesluit Rivierstad 2025 zo te wijzigen") for p in points)
    assert any(
        p.startswith("het mandaat voor ‘Afzien van terugvordering wegens dringende redenen’ aan de")
        and "in te trekken, omdat mandaat voor deze bevoegdheid is uitgesloten (art. 10:3 lid 1 "
        "Awb)"
        in p
        for p in points
    ), points


@pytest.mark.parametrize(
    ("code", "nl"),
    [
        (
            "MANDATE_FINE_REPORTER",
            "in het mandaat voor ‘Bijzondere bijstand verlenen’ aan de manager Werk en Inkomen "
            "vast te leggen dat de manager Werk en Inkomen geen boete oplegt voor een overtreding "
            "waarvan die zelf het rapport opmaakte (art. 10:3 lid 4 Awb); die boete legt een "
            "andere gemandateerde op",
        ),
        (
            "MANDATE_BUDGET_ABOVE_GRANTOR",
            "het maximumbedrag van het mandaat voor ‘Bijzondere bijstand verlenen’ aan de manager "
            "Werk en Inkomen in lijn te brengen met het mandaat van het college van B&W: een "
            "ondermandaat kan niet verder reiken dan het mandaat waarop het steunt",
        ),
        (
            "MANDATE_EXPIRES_BEFORE_DEADLINE",
            "het mandaat voor ‘Bijzondere bijstand verlenen’ aan de manager Werk en Inkomen tijdig "
            "te verlengen, vóór de uiterste datum van het besluit dat erop steunt",
        ),
    ],
)
def test_a_defect_of_the_mandate_s_scope_is_decided_in_the_mandate(code: str, nl: str) -> None:
    """On the example's mandate college → manager (made-up findings of these codes)."""
    case, a, cause = _alone(code)
    assert _point(case, a, cause, "nl") == nl


def test_a_gr_s_own_grant_is_not_the_college_s_to_withdraw() -> None:
    """Map D: the dagelijks bestuur of the Jeugdregio mandates its director. A made-up
    MANDATE_EXCLUDED on that mandate gets no withdrawal by the college (eighth jurist N4)."""
    from dataclasses import replace as replaced

    from mapper.findings import Cause, Finding, Severity, Text
    from tests.exports.jurist7_maps import map_d

    case = map_d()
    m = case.mandates.get("m2")
    assert m is not None
    assert m.grantor == "db"
    title = Text("Mandate excluded", "Mandaat uitgesloten")
    f = Finding(
        Code.MANDATE_EXCLUDED,
        4,
        Severity.CRITICAL,
        title,
        title,
        title,
        actors=(m.holder, m.grantor),
        mandates=(m.id,),
        id="MANDATE_EXCLUDED:m2",
    )
    cause = Cause(
        "mandate:m2", title, title, title, Severity.CRITICAL, 1, 4, (4,), (f.id,), told=(f.id,)
    )
    a = replaced(analyse(case), findings=(f,), causes=(cause,))
    assert "in te trekken, omdat mandaat" not in _point(case, a, cause, "nl")
