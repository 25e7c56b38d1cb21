"""Which kinds of cause still reach the generic beslispunt "… een voorstel te doen om het
volgende te verhelpen: <titel>" (exports/general_decision.py; ninth jurist F4), over ALL finding
codes. Each code is tried as a cause of its own: with a real finding of that code where one of
the reviewers' maps has it (the example, the three templates, maps B, C, D, E, also with the
nurse's consent, and F), else with a made-up finding on the example's mandate college →
manager Werk en Inkomen.

The lists below are the answer, kept exact in both directions: a code that gets its own
beslispunt must leave them, a code that loses one must be added with a reason.
- ``GENERIC_RIGHT``: the generic request is the right one, with the reason.
- ``LEGAL_OPEN``: a legal cause kind (a mandate, delegation or a code that cites an article)
  that has no beslispunt of its own yet when it stands alone; in a real nota most come with a
  finding that does (the maps' own causes never reach the generic one: the first test), but
  each should get its own.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

import pytest

from exports.agreement_decision import deal_causes
from exports.decisions import _body_carries, _map_gap, _point
from exports.mandate_decision import own_clauses
from mapper import analyse
from mapper.analysis import Analysis
from mapper.codes import CODES, Code
from mapper.findings import Cause, Finding, Severity, Text
from models import Case
from models.example import example_case
from models.fileformat import case_from_dict
from models.templates.debt_eviction import debt_eviction_case
from models.templates.wmo import wmo_case
from models.templates.youth_care import youth_care_case
from tests.exports.jurist7_maps import map_b, map_d
from tests.exports.jurist8_map_e import map_e, map_e_dict
from tests.exports.jurist9_map_f import map_f
from tests.mapper.test_jurist6_map_c import map_c

GENERIC = ("om het volgende te verhelpen", "to remedy the following")

_ORG = "how the organisation works, no legal act: whoever leads it is asked for a proposal"
_MAP = "the map is incomplete or the network is thin; the proposal is the organisation's"
GENERIC_RIGHT: dict[str, str] = {
    "ACCOUNTABILITY_BURDEN": _ORG,
    "AGREEMENT_DECIDER_OVER_PARTNER": "an agreement between partners; the college proposes "
    "its side of it",
    "AGREEMENT_EXPIRES_BEFORE_DEADLINE": "renewing an agreement is the partners' together",
    "DEVIATION_NOT_REPORTED": _ORG,
    "INTENT_OWNER_OPPOSES": "a political difference: the portfolio holder brings it to the college",
    "LEARNING_EXTERNAL_SIGNALS_LOST": _ORG,
    "LEARNING_NO_RULE_OWNER": _MAP,
    "LEARNING_SINGLE_PERSON": _ORG,
    "MANDATE_NOT_FOR_PRACTICE": "the mandate is valid; which practice it serves is the staff's",
    "MANDATE_TO_SELF": "a note: nothing is invalid, the map records an empty grant",
    "MANDATE_PRIVATE_LAW": "a partner's own private-law act under a volmacht (BW 3:60): the "
    "college cannot decide it; the portfolio holder agrees it with the partner",
    "MANDATE_SIGNING_NO_POWER": "a note: signing on behalf (Awb 10:11) is no power to decide; "
    "who decides is the beslispunt of the need it concerns",
    "NEED_OTHER_BODY_DECIDES": "a note: after delegation or mandate to another body that body "
    "decides (Awb 10:13 to 10:15); the college can ask, not decide",
    "NEED_BUDGET_SHORT": "the amount to mandate is a budget choice the college makes on a proposal",
    "NEED_HOLDER_FAR": "where to place the power is a choice the college makes on a proposal",
    "NEED_NO_HANDLER": _ORG,
    "NEED_PUSH_THROUGH_FAR": "an agreement between organisations, made on a proposal",
    "NEED_PUSH_THROUGH_UNREACHABLE": "an agreement between organisations, made on a proposal",
    "NEED_HOLDER_UNREACHABLE": _ORG,
    "POWER_HOLDER_NOT_PUBLIC_BODY": "the map names a partner as holder; whose decision it is, "
    "is worked out with the partner",
    "RULE_LOOP_OPEN": _ORG,
    "RULE_OWNER_CANNOT_CHANGE": _ORG,
    "RULE_RISK_REFLEX": _ORG,
    "SIGNAL_NO_DECIDER": "a signal route to whoever may depart from the rule (Awb 4:84) is how "
    "the organisation works: its lead is asked",
    "SIGNAL_OVERSIGHT_NO_ADMINISTRATOR": _ORG,
    "SIGNAL_SINGLE_PERSON": _ORG,
    "SPHERES_COMMUNITIES_SPLIT": _MAP,
    "SPHERES_COUNCIL_NOT_INFORMED": "informing the council is the portfolio holder's "
    "(art. 169 Gemeentewet)",
    "SPHERES_DISCONNECTED": _MAP,
    "SPHERES_SPLIT_AT_TOP": _MAP,
    "STRUCTURE_CARRYING_ACTOR": _MAP,
    "STRUCTURE_CUT_POINTS": _MAP,
    "STRUCTURE_DISCONNECTED": _MAP,
    "STRUCTURE_DUPLICATE_NAME": _MAP,
    "STRUCTURE_ISOLATED_ACTOR": _MAP,
    "STRUCTURE_SELF_LOOP": _MAP,
    "TRUST_NEGATIVE_LINE": _ORG,
    "TRUST_NOT_MAPPED": _MAP,
    "TRUST_NO_LINE_TO_TOP": _ORG,
}
LEGAL_OPEN: set[str] = set()  # the last three got their own in session 10 (issue 10)


def _consented(d: dict[str, Any]) -> dict[str, Any]:
    """Map E with the nurse's consent recorded: MANDATE_PROVIDER_INTEREST (art. 2:4 Awb)."""
    d["mandates"][0]["consent"] = True
    return d


@functools.cache
def maps() -> dict[str, Case]:
    """The reviewers' maps by name, made once per worker when a test first needs them (not at
    import: every xdist worker imports every module to collect the tests)."""
    return {
        "example": example_case(),
        "debt_eviction": debt_eviction_case(),
        "wmo": wmo_case(),
        "youth_care": youth_care_case(),
        "b": map_b(),
        "d": map_d(),
        "e": map_e(),
        "f": map_f(),
        "c": map_c(),
        "e_consent": case_from_dict(_consented(map_e_dict())),
    }


@functools.cache
def analyses() -> dict[str, Analysis]:
    """The analysis of each of :func:`maps`."""
    return {name: analyse(case) for name, case in maps().items()}


def _real(code: str) -> tuple[Case, Analysis, Finding] | None:
    for name, a in analyses().items():
        for f in a.findings:
            if f.code == code:
                return maps()[name], a, f
    return None


def _alone(code: str) -> tuple[Case, Analysis, Cause]:
    found = _real(code)
    if found is None:
        case, base = maps()["example"], analyses()["example"]
        m = case.mandates.get("m5")
        assert m is not None
        title = Text("Something is wrong in the case", "Er knelt iets in de casus")
        remedy = Text("Doe iets aan de casus.", "Doe iets aan de casus.")
        f = Finding(
            Code(code),
            CODES[code].block,
            Severity.WARNING,
            title,
            title,
            remedy,
            actors=(m.holder, m.grantor),
            mandates=(m.id,),
            needs=(next(iter(case.needs)).id,),
            id=f"{code}:x",
        )
    else:
        case, base, f = found
    cause = Cause(
        f"finding:{code}",
        f.title,
        f.title,
        f.suggestion,
        f.severity,
        1,
        f.building_block,
        (f.building_block,),
        (f.id,),
        told=(f.id,),
    )
    return case, replace(base, findings=(f,), causes=(cause,)), cause


def _generic(code: str) -> bool:
    case, analysis, cause = _alone(code)
    if cause.id in own_clauses(case, analysis, "nl")[2]:
        return False  # the college's own decision on its mandate decision (M3)
    points = [_point(case, analysis, cause, "nl"), _point(case, analysis, cause, "en")]
    return any(g in p for p in points for g in GENERIC)


def test_no_cause_on_the_reviewers_maps_reaches_the_generic_point() -> None:
    for name, a in analyses().items():
        case = maps()[name]
        skipped = set(deal_causes(case, a)) | set(own_clauses(case, a, "nl")[2])
        for cause in a.causes:
            if cause.id in skipped or _body_carries(case, cause) or _map_gap(a, cause):
                continue
            point = _point(case, a, cause, "nl")
            assert not any(g in point for g in GENERIC), (name, cause.id, point)


@pytest.mark.parametrize("code", sorted(str(c) for c in CODES))
def test_which_codes_reach_the_generic_point(code: str) -> None:
    listed = code in GENERIC_RIGHT or code in LEGAL_OPEN
    assert _generic(code) == listed, (code, "listed" if listed else "not listed")


def test_a_legal_code_on_the_generic_point_is_open_or_justified_by_its_article() -> None:
    for code in GENERIC_RIGHT:
        assert GENERIC_RIGHT[code].strip(), code
    assert not set(GENERIC_RIGHT) & LEGAL_OPEN
    for code, reason in GENERIC_RIGHT.items():  # a legal code is justified by its article
        article = CODES[code].article
        assert not article or article.split()[-1] in reason, (code, article)
