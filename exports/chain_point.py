"""An expired sub-mandate under a broken chain is renewed at the top of the chain, not where it
lapsed (rev-jurist16 N1): the 2,000 nota asked "de teamleider 20.1.1 te vragen het ondermandaat
aan de consulent 20.9 … opnieuw te verlenen", while the college B&W 20's mandate to the directeur
20.2 above it had expired and the directeur allowed the manager no further ondermandaat (the
nota's D.2 says so). A renewal there passes nothing on, so the point asks the body at the top."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.finding_ids import finding_id
from mapper.mandate_down import up_chain
from models.case import Case
from models.entities import Mandate
from models.i18n import Lang, long_date

__all__ = ["broken_grants", "top_renewal"]

#: the findings that make a mandate no valid link of a chain
_BROKEN = (Code.MANDATE_CHAIN_BROKEN, Code.MANDATE_SUBMANDATE_NOT_ALLOWED, Code.MANDATE_EXPIRED)


def broken_grants(analysis: Analysis) -> frozenset[str]:
    """The ids of the mandates the analysis finds expired, not allowed or above a broken link."""
    out: set[str] = set()
    for f in analysis.findings:
        if f.code not in _BROKEN:
            continue
        ids = f.members or (finding_id(f),)
        out.update(i.partition(":")[2].split("#", 1)[0] for i in ids)
    return frozenset(out)


def _first_bad(up: Sequence[Mandate], bad: frozenset[str], as_of: date | None) -> Mandate | None:
    def lapsed(u: Mandate) -> bool:
        return as_of is not None and u.valid_until is not None and u.valid_until < as_of

    return next((u for u in up if lapsed(u) or u.id in bad), None)


def top_renewal(
    case: Case,
    m: Mandate,
    about: str,
    bad: frozenset[str],
    as_of: date | None,
    college: str | None,
    name: Callable[[str], str],
    lang: Lang,
) -> str:
    """What the body at the top of ``m``'s chain is asked (or, the addressed ``college``,
    decides) when the chain above the expired ``m`` is broken; "" when it is whole."""
    up = up_chain(case.mandates, m)
    first = _first_bad(up, bad, as_of)
    if first is None or not up:
        return ""
    top, holder, below = up[0], name(m.holder), name(first.holder)
    lapsed = first.valid_until is not None and as_of is not None and first.valid_until < as_of
    until = long_date(first.valid_until, lang) if lapsed and first.valid_until else ""
    nl = lang == "nl"
    if until:
        kind = (
            ("het mandaat" if first is top else "het ondermandaat")
            if nl
            else ("the mandate" if first is top else "the sub-mandate")
        )
        renew = (
            f"{kind} aan {below} voor {about}, dat op {until} verliep, opnieuw te verlenen"
            if nl
            else f"to grant again {kind} to {below} for {about}, which expired on {until},"
        )
    else:
        renew = (
            f"de keten van (onder)mandaten boven {holder} voor {about} te herstellen"
            if nl
            else f"to repair the chain of (sub-)mandates above {holder} for {about}"
        )
    if nl:
        rest = (
            f"{renew} en de ondermandaten daaronder in lijn te brengen met wat het toestaat, "
            f"zodat {holder} op een geldig (onder)mandaat beslist"
        )
        return rest if top.grantor == college else f"{name(top.grantor)} te vragen {rest}"
    rest = (
        f"{renew.removeprefix('to ')} and to bring the sub-mandates below it in line with what "
        f"it allows, so that {holder} decides under a valid (sub-)mandate"
    )
    return f"to {rest}" if top.grantor == college else f"to ask {name(top.grantor)} to {rest}"
