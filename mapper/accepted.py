"""Accepted findings: set apart with their reason, back when the term ends or they change.

Examples
--------
>>> from datetime import date
>>> from models.acceptance import Acceptance
>>> from mapper.findings import Finding, Severity, Text
>>> t = Text("x", "x")
>>> f = Finding("MANDATE_EXPIRED", 4, Severity.WARNING, t, t, t, mandates=("m5",),
...             id="MANDATE_EXPIRED:m5")
>>> ok = Acceptance("acc1", f.id, "Wordt in januari vernieuwd", until=date(2027, 1, 31))
>>> live, kept, back = settle([f], [ok], date(2026, 10, 1))
>>> live, [a.acceptance.reason for a in kept], back
((), ['Wordt in januari vernieuwd'], ())
>>> settle([f], [ok], date(2027, 2, 1))[2][0].why("nl")
'de termijn liep af op 31 januari 2027'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mapper.findings import Finding, Text
from models.acceptance import Acceptance
from models.i18n import long_date

__all__ = ["Accepted", "Returned", "fingerprint", "settle"]


def fingerprint(f: Finding) -> str:
    """What a finding says in substance: code, severity and the entities it names.

    Wording and language do not count; a different route, another mandate or a worse
    severity do.
    """
    text = "|".join((f.code, f.severity.value, *sorted(f.ids())))
    return hashlib.sha1(text.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Accepted:
    """A finding that is accepted, with the acceptance."""

    finding: Finding
    acceptance: Acceptance


@dataclass(frozen=True, slots=True)
class Returned:
    """A finding whose acceptance no longer holds (the term ended, or the finding changed)."""

    finding: Finding
    acceptance: Acceptance
    expired: bool

    def why(self, lang: str) -> str:
        """Why the acceptance no longer holds, in ``lang``."""
        until = self.acceptance.until
        if self.expired and until is not None:
            day = long_date(until, "nl" if lang == "nl" else "en")
            return Text(f"the term ended on {day}", f"de termijn liep af op {day}")(
                "nl" if lang == "nl" else "en"
            )
        return Text(
            "the finding changed since it was accepted",
            "de bevinding is veranderd sinds de acceptatie",
        )("nl" if lang == "nl" else "en")


def settle(
    findings: Sequence[Finding], acceptances: Iterable[Acceptance], as_of: date
) -> tuple[tuple[Finding, ...], tuple[Accepted, ...], tuple[Returned, ...]]:
    """Split ``findings`` into live ones, accepted ones and ones whose acceptance lapsed.

    Lapsed findings are live again (they are also in the first tuple).
    """
    by_id = {a.finding: a for a in acceptances}
    live: list[Finding] = []
    kept: list[Accepted] = []
    back: list[Returned] = []
    for f in findings:
        acceptance = by_id.get(f.id)
        if acceptance is None:
            live.append(f)
            continue
        expired = acceptance.until is not None and acceptance.until < as_of
        changed = bool(acceptance.content) and acceptance.content != fingerprint(f)
        if expired or changed:
            live.append(f)
            back.append(Returned(f, acceptance, expired))
        else:
            kept.append(Accepted(f, acceptance))
    return tuple(live), tuple(kept), tuple(back)
