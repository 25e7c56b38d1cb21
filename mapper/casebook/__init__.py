"""The casebook: what recurs across many analysed cases (issue 16, building block 7).

Per case, :func:`~mapper.casebook.record.case_record` reduces an analysis to keys that compare
across maps (the cause's code, the power's category and name, the roles and organisations
involved, and the steps between the handler and whoever can decide); :func:`aggregate` counts
them over a set of cases. Pure: no files, no Qt. The folder walk, the index and the reports are
in :mod:`exports.casebook`.
"""

from __future__ import annotations

from mapper.casebook.aggregate import (
    FAR_STEPS,
    Casebook,
    Count,
    Recurring,
    StepCount,
    TrendPoint,
    aggregate,
)
from mapper.casebook.record import (
    ANALYSIS_VERSION,
    CaseRecord,
    CauseRecord,
    NeedStep,
    Shown,
    case_record,
    cause_keys,
    key_code,
    neutral_cause_id,
    role_name,
)

__all__ = [
    "ANALYSIS_VERSION",
    "FAR_STEPS",
    "CaseRecord",
    "Casebook",
    "CauseRecord",
    "Count",
    "NeedStep",
    "Recurring",
    "Shown",
    "StepCount",
    "TrendPoint",
    "aggregate",
    "case_record",
    "cause_keys",
    "key_code",
    "neutral_cause_id",
    "role_name",
]
