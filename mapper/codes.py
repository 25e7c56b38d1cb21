"""Every finding code the analysis can produce: building block, severities and legal basis.

The GUI, exports and the documentation (docs/analyses.md) can rely on this list; a test keeps
it in step with the checks.

Examples
--------
>>> CODES["MANDATE_SUBMANDATE_NOT_ALLOWED"].article
'Awb 10:9'
>>> sorted({c.block for c in CODES.values()})
[1, 2, 3, 4, 5, 6, 7]
"""

from __future__ import annotations

from dataclasses import dataclass

from mapper.findings import Severity

__all__ = ["CODES", "CodeInfo"]

C, W, N = Severity.CRITICAL, Severity.WARNING, Severity.INFO  # N: note (info)


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """What a finding code means in general."""

    block: int
    severities: tuple[Severity, ...]
    article: str = ""


CODES: dict[str, CodeInfo] = {
    # 1 intent
    "INTENT_NOT_STATED": CodeInfo(1, (W,)),
    "INTENT_NO_OWNER": CodeInfo(1, (W,)),
    "INTENT_OWNER_OPPOSES": CodeInfo(1, (W,)),
    "INTENT_NO_DEVIATION_POWER": CodeInfo(1, (C,), "Awb 4:84"),
    "INTENT_NOT_PASSED_DOWN": CodeInfo(1, (C, W), "Awb 10:1"),
    # 2 signals and triage
    "SIGNAL_NO_DECIDER": CodeInfo(2, (C,)),
    "SIGNAL_UNHEARD": CodeInfo(2, (C, W)),
    "SIGNAL_LONG_PATH": CodeInfo(2, (W,)),
    "SIGNAL_SINGLE_PERSON": CodeInfo(2, (W,)),
    "SIGNAL_OVERSIGHT_NO_ADMINISTRATOR": CodeInfo(2, (W,)),
    "TRIAGE_NOT_ORGANISED": CodeInfo(2, (W,)),
    "TRIAGE_ROLE_WITHOUT_MANDATE": CodeInfo(2, (W,)),
    # 3 room to act
    "NEED_NO_HANDLER": CodeInfo(3, (W,)),
    "NEED_NO_HOLDER": CodeInfo(3, (C,)),
    "NEED_BUDGET_SHORT": CodeInfo(3, (C, W)),
    "NEED_HOLDER_UNREACHABLE": CodeInfo(3, (C,)),
    "NEED_HOLDER_FAR": CodeInfo(3, (C, W)),
    "NEED_NO_PUSH_THROUGH": CodeInfo(3, (C,)),
    "NEED_PUSH_THROUGH_UNREACHABLE": CodeInfo(3, (C,)),
    "NEED_PUSH_THROUGH_FAR": CodeInfo(3, (C, W)),
    "STRUCTURE_CARRYING_ACTOR": CodeInfo(3, (W,)),
    "STRUCTURE_CUT_POINTS": CodeInfo(3, (N,)),
    # 4 accountability: the Awb title 10.1 rules
    "ACCOUNTABILITY_LINE_STOPS": CodeInfo(4, (W,)),
    "MANDATE_NO_LEGAL_ROOT": CodeInfo(4, (C,), "Awb 10:1-10:2"),
    "MANDATE_SUBMANDATE_NOT_ALLOWED": CodeInfo(4, (C,), "Awb 10:9"),
    "MANDATE_CHAIN_BROKEN": CodeInfo(4, (W,), "Awb 10:1-10:2"),
    "MANDATE_GRANTOR_DELEGATED_AWAY": CodeInfo(4, (C,), "Awb 10:17"),
    "MANDATE_NOT_MANDATABLE": CodeInfo(4, (C,), "Awb 10:3(1)"),
    "MANDATE_OBJECTION_PRIMARY_DECIDER": CodeInfo(4, (C,), "Awb 10:3(3)"),
    "MANDATE_OBJECTION_SAME_HOLDER": CodeInfo(4, (W,), "Awb 10:3(3)"),
    "MANDATE_FINE_REPORTER": CodeInfo(4, (C,), "Awb 10:3(4)"),
    "MANDATE_CONSENT_MISSING": CodeInfo(4, (C,), "Awb 10:4"),
    "MANDATE_CONSENT_UNKNOWN": CodeInfo(4, (W,), "Awb 10:4"),
    "MANDATE_GENERAL_NOT_IN_WRITING": CodeInfo(4, (W,), "Awb 10:5"),
    "MANDATE_NO_INFO_LINE": CodeInfo(4, (W,), "Awb 10:6"),
    "MANDATE_EXPIRED": CodeInfo(4, (W,), "Awb 10:8"),
    "MANDATE_NOT_YET_VALID": CodeInfo(4, (N,), "Awb 10:8"),
    "MANDATE_SIGNING_NO_POWER": CodeInfo(4, (W, N), "Awb 10:11"),
    "MANDATE_BUDGET_ABOVE_GRANTOR": CodeInfo(4, (W,), "Awb 10:9"),
    "MANDATE_TO_SELF": CodeInfo(4, (N,)),
    "DELEGATION_TO_SUBORDINATE": CodeInfo(4, (C,), "Awb 10:14"),
    "DELEGATION_NO_LEGAL_BASIS": CodeInfo(4, (C,), "Awb 10:15"),
    # 5 trust
    "TRUST_NOT_MAPPED": CodeInfo(5, (N,)),
    "TRUST_NO_LINE_TO_TOP": CodeInfo(5, (W,)),
    "TRUST_BACKING_NEGATIVE": CodeInfo(5, (C,)),
    "TRUST_BACKING_WEAK": CodeInfo(5, (W,)),
    "TRUST_ASYMMETRIC": CodeInfo(5, (W,)),
    "TRUST_MUTUAL_DISTRUST": CodeInfo(5, (N,)),
    "TRUST_NEGATIVE_LINE": CodeInfo(5, (W,)),
    # 6 political and administrative reality
    "SPHERES_DISCONNECTED": CodeInfo(6, (C, W)),
    "SPHERES_SINGLE_BRIDGE": CodeInfo(6, (W,)),
    "SPHERES_OPPONENT_UNCONNECTED": CodeInfo(6, (W,)),
    "SPHERES_COMMUNITIES_SPLIT": CodeInfo(6, (W,)),
    "STRUCTURE_ISOLATED_ACTOR": CodeInfo(6, (W,)),
    "STRUCTURE_DISCONNECTED": CodeInfo(6, (N,)),
    "STRUCTURE_DUPLICATE_NAME": CodeInfo(6, (N,)),
    "STRUCTURE_SELF_LOOP": CodeInfo(6, (N,)),
    # 7 system learning
    "LEARNING_NO_RULE_OWNER": CodeInfo(7, (W,)),
    "LEARNING_NO_FEEDBACK_PATH": CodeInfo(7, (C,)),
    "LEARNING_SINGLE_PERSON": CodeInfo(7, (W,)),
    "LEARNING_EXTERNAL_SIGNALS_LOST": CodeInfo(7, (W,)),
}
