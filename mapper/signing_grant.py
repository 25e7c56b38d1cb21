"""Whether an official's own mandate allowed the signing authorisation it gave, judged as the
mandate stood when the authorisation was given (rev-jurist19c J1): a mandate that left a level
of sub-mandate then and has expired since does not make the authorisation one given "zonder
dat een mandaat dat toestond"; the chain above it is broken, as it is for an ondermandaat
under that expired link.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from mapper.legal import LegalMap
from mapper.mandate_form import VOIDING, Defect
from models import Mandate

__all__ = ["allowed_when_given"]


class _Passes(Protocol):
    @property
    def levels(self) -> int | None: ...

    @property
    def may_pass_on(self) -> bool: ...


def allowed_when_given(
    legal: LegalMap,
    defects: dict[str, tuple[Defect, ...]],
    grant: Callable[[str, str], _Passes | None],
    m: Mandate,
) -> bool:
    """Whether a mandate of ``m``'s grantor, void now only because it expired, was in force
    when ``m`` was given and left its holder a level of sub-mandate (art. 10:9 lid 1 via 10:12
    Awb). ``grant`` gives an actor's valid grant of a power key, as the sub-mandate test
    reckons it."""
    key = str(m.power)
    keys = dict.fromkeys((key, *legal.covered(key), str(legal.category(key))))
    ups = {u.id: u for k in keys for u in legal.into.get((m.grantor, k), ())}
    for u in ups.values():
        if set(defects[u.id]) & VOIDING != {Defect.EXPIRED}:
            continue  # void for another reason too, or a mere signing authorisation
        given = m.valid_from
        if given is not None and (
            (u.valid_until is not None and given > u.valid_until)
            or (u.valid_from is not None and given < u.valid_from)
        ):
            continue  # the authorisation was not given while that mandate ran
        own = grant(u.grantor, str(u.power))
        if own is None or not own.may_pass_on:
            continue
        asked = u.sub_mandate_levels
        left = (asked or 0) if own.levels is None else own.levels - 1
        if asked is not None:
            left = min(left, asked)
        if left > 0:
            return True
    return False
