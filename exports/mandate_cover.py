"""Whether an expired mandate the college granted is still covered in part by a valid
ondermandaat from someone else (jurist, sixth round N8; moved from
:mod:`exports.mandate_decision`)."""

from __future__ import annotations

from models.case import Case
from models.entities import Mandate
from models.enums import ActorKind

__all__ = ["sub_covers"]


def sub_covers(case: Case) -> bool:
    """Whether the holder of an expired mandate the college granted still holds a valid
    ondermandaat for the same power from someone else (the secretaris): then only what that
    ondermandaat did not cover needs ratifying (jurist, sixth round N8)."""
    same: dict[tuple[str, object], list[Mandate]] = {}  # by holder and power, found once
    for other in case.mandates:  # (per mandate it was 18 s of a 10,000-actor nota: issue 14)
        same.setdefault((other.holder, other.power), []).append(other)
    for m in case.mandates:
        grantor = case.actors.get(m.grantor)
        if m.valid_until is None or grantor is None or grantor.kind is not ActorKind.ADMINISTRATOR:
            continue
        for other in same[(m.holder, m.power)]:
            by = case.actors.get(other.grantor)
            if (
                other.id != m.id
                and other.holder == m.holder
                and other.power == m.power
                and by is not None
                and by.kind is not ActorKind.ADMINISTRATOR
                and (other.valid_until is None or other.valid_until > m.valid_until)
            ):
                return True
    return False
