"""Accepted findings: set apart with their reason, back when the term ends or they change.

Examples
--------
>>> from datetime import date
>>> from models.acceptance import Acceptance
>>> from mapper.codes import Code
>>> from mapper.findings import Finding, Severity, Text
>>> t = Text("x", "x")
>>> f = Finding(Code.MANDATE_EXPIRED, 4, Severity.WARNING, t, t, t, mandates=("m5",),
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
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mapper.codes import CODES
from mapper.findings import Finding, Text
from models.acceptance import Acceptance
from models.i18n import long_date

__all__ = ["Accepted", "Returned", "acceptance_warnings", "fingerprint", "settle"]


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


def _named(a: Acceptance) -> str:
    """``acc1 ("reason")``: the acceptance's id and the start of its reason."""
    reason = a.reason if len(a.reason) <= 60 else a.reason[:57].rstrip() + "…"
    return f'{a.id} ("{reason}")'


def acceptance_warnings(
    acceptances: Sequence[Acceptance],
    finding_ids: Collection[str] | None = None,
    map_ids: Collection[str] | None = None,
) -> tuple[Text, ...]:
    """What is wrong with ``accepted[]`` as a whole: never a silent winner, never a silent no-op.

    * Two acceptances of one finding: :func:`settle` uses the last; the warning names both.
    * An acceptance whose finding code is no code of the analysis: a mistyped id.
    * With ``finding_ids`` (every finding of a full analysis): an acceptance that matches none
      of them; the finding no longer occurs, or its id is mistyped.
    * Without them but with ``map_ids`` (every id on the map; ``validate``, which analyses
      nothing): an acceptance whose finding is about an id the map does not have, so the
      finding cannot occur (hostile review 7, F7).

    >>> dup = [Acceptance("acc1", "NO_TRUST:a2", "ok"), Acceptance("acc2", "NO_TRUST:a2", "x")]
    >>> acceptance_warnings(dup)[0]("en")
    'Acceptances acc1 ("ok") and acc2 ("x") both accept the finding NO_TRUST:a2; the last one, acc2, is used. Withdraw the other.'
    >>> acceptance_warnings([Acceptance("acc1", "NOPE:zz", "ok")])[0]("nl")
    'Acceptatie acc1 ("ok") noemt bevinding NOPE:zz, maar de analyse kent geen code NOPE; het id is verkeerd getypt.'
    """  # noqa: E501
    out: list[Text] = []
    by_finding: dict[str, list[Acceptance]] = {}
    for a in acceptances:
        by_finding.setdefault(a.finding, []).append(a)
    for finding, group in by_finding.items():
        if len(group) < 2:
            continue
        *earlier, last = group
        first = ", ".join(_named(a) for a in earlier)
        out.append(
            Text(
                f"Acceptances {first} and {_named(last)} both accept the finding {finding}; "
                f"the last one, {last.id}, is used. Withdraw the other.",
                f"Acceptaties {first} en {_named(last)} accepteren allebei bevinding "
                f"{finding}; de laatste, {last.id}, geldt. Trek de andere in.",
            )
        )
    for a in acceptances:
        code = a.finding.split(":", 1)[0]
        if code not in CODES:
            out.append(
                Text(
                    f"Acceptance {_named(a)} names finding {a.finding}, but the analysis has "
                    f"no code {code}; the id is mistyped.",
                    f"Acceptatie {_named(a)} noemt bevinding {a.finding}, maar de analyse kent "
                    f"geen code {code}; het id is verkeerd getypt.",
                )
            )
        elif finding_ids is None and map_ids is not None and (gone := _absent(a, map_ids)):
            out.append(
                Text(
                    f"Acceptance {_named(a)} names finding {a.finding}, but the map has "
                    f"nothing with the id {gone}, so that finding cannot occur: the id is "
                    "mistyped, or what it was about was removed. Withdraw it.",
                    f"Acceptatie {_named(a)} noemt bevinding {a.finding}, maar de kaart heeft "
                    f"niets met het id {gone}, dus die bevinding kan zich niet voordoen: het id "
                    "is verkeerd getypt, of waar het over ging is verwijderd. Trek de "
                    "acceptatie in.",
                )
            )
        elif finding_ids is not None and a.finding not in finding_ids:
            out.append(
                Text(
                    f"Acceptance {_named(a)} matches no finding of this analysis "
                    f"({a.finding}): the finding no longer occurs, or its id is mistyped. "
                    "Withdraw it when the risk is gone.",
                    f"Acceptatie {_named(a)} hoort bij geen bevinding van deze analyse "
                    f"({a.finding}): de bevinding doet zich niet meer voor, of het id is "
                    "verkeerd getypt. Trek de acceptatie in als het risico weg is.",
                )
            )
    return tuple(out)


def _absent(a: Acceptance, map_ids: Collection[str]) -> str:
    """The first id the finding of ``a`` is about that the map does not have ("" when all
    are there, or when the subject was shortened to a hash, or is a grouped finding's
    ``group-<hash>``: see :mod:`mapper.repeats`)."""
    _, _, subject = a.finding.partition(":")
    subject = subject.split("#", 1)[0].removeprefix("group-")
    if not subject or (len(subject) == 10 and all(c in "0123456789abcdef" for c in subject)):
        return ""
    return next((part for part in subject.split("+") if part not in map_ids), "")
