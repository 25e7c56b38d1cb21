"""Small helpers shared by the checks: dates, money, paths and why a mandate is invalid."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import TypeVar

from mapper.authority import VOIDING, Authority, Defect
from mapper.findings import Text
from mapper.graph import CaseGraphs
from models import Mandate
from models.i18n import long_date

__all__ = [
    "chain_heads",
    "day",
    "invalid_reason",
    "money",
    "path_phrase",
    "shown_names",
    "uniq",
]


_Node = TypeVar("_Node", bound=Hashable)


def chain_heads(
    nodes: Iterable[_Node], parent_of: Callable[[_Node], _Node | None]
) -> dict[_Node, _Node]:
    """Per node (and per node met on the way up), the head of its line: the walk up through
    ``parent_of`` ends at a node without a parent (None or itself) or where it would close a
    circle (that node is then the head), or at a node whose head is known already. Every node
    on a walk gets the head at once (path compression), so a line of 500 is walked once, not
    500 times (issue 14: one finding per line, not per member).

    >>> up = {"c": "b", "b": "a", "y": "x", "p": "q", "q": "p"}
    >>> chain_heads("cbyxpq", up.get)
    {'a': 'a', 'c': 'a', 'b': 'a', 'x': 'x', 'y': 'x', 'q': 'q', 'p': 'q'}
    """
    head: dict[_Node, _Node] = {}
    for node in nodes:
        path: list[_Node] = []
        on_path: set[_Node] = set()
        at = node
        while at not in head:
            up = parent_of(at)
            if up is None or up == at or up in on_path:
                head[at] = at
                break
            path.append(at)
            on_path.add(at)
            at = up
        for x in path:
            head[x] = head[at]
    return head


def shown_names(g: CaseGraphs, ids: list[str], limit: int = 8) -> list[object]:
    """The names of ``ids`` for a ``{x:list}`` field: the first ``limit`` by name, the rest
    counted ("and 492 others"), so that a finding about a whole chain stays short (issue 14).

    Examples
    --------
    >>> from models import Actor, Case, CaseInfo
    >>> case = Case.from_parts(CaseInfo("t"), [Actor(str(i), f"P{i}") for i in range(4)])
    >>> from mapper.context import Context
    >>> g = Context.of(case).graphs
    >>> [x.en if isinstance(x, Text) else x.running("en") for x in shown_names(g, list("0123"), 2)]
    ['P0', 'P1', '2 others']
    """
    shown: list[object] = [g.name(a) for a in ids[:limit]]
    rest = len(ids) - limit
    if rest > 0:
        shown.append(Text(f"{rest} others", f"{rest} anderen"))
    return shown


def uniq(ids: Iterable[str]) -> tuple[str, ...]:
    """Ids without repeats, first occurrence first.

    Examples
    --------
    >>> uniq(["b", "a", "b"])
    ('b', 'a')
    """
    return tuple(dict.fromkeys(ids))


def day(value: date | None, lang: str) -> str:
    """A date as ``dd-mm-yyyy`` (Dutch) or ``yyyy-mm-dd`` (English).

    Examples
    --------
    >>> day(date(2026, 6, 30), "nl"), day(date(2026, 6, 30), "en")
    ('30 juni 2026', '30 June 2026')
    """
    if value is None:
        return "?"
    return long_date(value, "nl" if lang == "nl" else "en")


def money(value: float | None, lang: str) -> str:
    """An amount in euros; no limit when None.

    Examples
    --------
    >>> money(4200, "nl"), money(1500.5, "en"), money(None, "nl")
    ('€ 4.200', '€1,500.50', 'onbeperkt')
    """
    if value is None:
        return "onbeperkt" if lang == "nl" else "unlimited"
    whole = float(value).is_integer()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    if lang == "nl":
        return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")
    return "€" + text


def path_phrase(g: CaseGraphs, path: Iterable[str]) -> Text:
    """Actor names joined by arrows, as links of a chain: in Dutch a role in lower case, as
    inside a sentence ("college van B&W → gemeentesecretaris → consulent"), in English the
    names as on the map ("College van B&W → Gemeentesecretaris → Consulent")."""
    names = [g.name(a) for a in path]
    return Text(*(" → ".join(n.link_in(lang) for n in names) for lang in ("en", "nl")))


def invalid_reason(auth: Authority, m: Mandate, lang: str) -> str:
    """Why mandate ``m`` passes nothing on, in a few words (empty when it is valid)."""
    status = auth.status.get(m.id, "valid")
    if status == "valid":
        return ""
    nl = lang == "nl"
    defects = auth.defects.get(m.id, ())
    for defect in defects:
        if defect in VOIDING:
            if defect == Defect.EXPIRED:
                # "verlopen", not "ongeldig door een eigen gebrek" (jurist, fifth round J13)
                return (
                    f"verlopen op {day(m.valid_until, lang)}"
                    if nl
                    else f"expired on {day(m.valid_until, lang)}"
                )
            if defect == Defect.NOT_YET_VALID:
                return (
                    f"geldt pas vanaf {day(m.valid_from, lang)}"
                    if nl
                    else f"valid only from {day(m.valid_from, lang)}"
                )
            return _DEFECT_WORDS[defect][1 if nl else 0]
    return _STATUS_WORDS[status][1 if nl else 0]


_DEFECT_WORDS: dict[Defect, tuple[str, str]] = {
    Defect.SELF: ("granted to the grantor itself", "aan de mandaatgever zelf verleend"),
    Defect.SIGNING: ("signing only (Awb 10:11)", "alleen ondertekening (art. 10:11 Awb)"),
    Defect.EXCLUDED: (
        "mandate excluded for this power",
        "mandaat uitgesloten voor deze bevoegdheid",
    ),
    Defect.GENERAL_RULES: (
        "generally binding rules (Awb 10:3(2)(a))",
        "algemeen verbindende voorschriften (art. 10:3 lid 2 onder a Awb)",
    ),
    Defect.CONSENT_MISSING: ("no consent (Awb 10:4)", "geen instemming (art. 10:4 Awb)"),
    Defect.DELEGATION_NO_BASIS: (
        "no statutory basis for delegation (Awb 10:15)",
        "geen wettelijke grondslag voor delegatie (art. 10:15 Awb)",
    ),
    Defect.DELEGATION_TO_SUBORDINATE: (
        "delegated to a subordinate (Awb 10:14)",
        "gedelegeerd aan een ondergeschikte (art. 10:14 Awb)",
    ),
    Defect.OBJECTION_PRIMARY_DECIDER: (
        "holder took the contested decision (Awb 10:3(3))",
        "gemandateerde nam het bestreden besluit (art. 10:3 lid 3 Awb)",
    ),
    Defect.COUNCIL_PRIVATE_LAW: (
        "the council grants no power of attorney for a private-law act (art. 160(1)(e) "
        "Municipalities Act)",
        "de raad verleent geen volmacht voor een privaatrechtelijke rechtshandeling (art. 160 "
        "lid 1 onder e Gemeentewet)",
    ),
    Defect.FINE_REPORTER: (
        "holder drew up the report (Awb 10:3(4))",
        "gemandateerde maakte het rapport op (art. 10:3 lid 4 Awb)",
    ),
}
_STATUS_WORDS: dict[str, tuple[str, str]] = {
    "no_legal_root": ("grantor does not hold the power", "mandaatgever heeft de bevoegdheid niet"),
    "sub_mandate_not_allowed": (
        "sub-mandate not allowed (Awb 10:9(1))",
        "ondermandaat niet toegestaan (art. 10:9 lid 1 Awb)",
    ),
    "chain_broken": ("chain above it broken", "keten erboven gebroken"),
    "delegated_away": (
        "grantor delegated the power (Awb 10:17)",
        "mandaatgever heeft de bevoegdheid gedelegeerd (art. 10:17 Awb)",
    ),
    "delegation_by_mandate_holder": (
        "delegated by a mandate holder (Awb 10:13)",
        "gedelegeerd door een gemandateerde (art. 10:13 Awb)",
    ),
    "void": ("invalid", "ongeldig"),
}
