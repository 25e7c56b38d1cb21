"""The beslispunten for the current signing authorisations a civil servant gave without a mandate
that allowed it (MANDATE_SIGNING_NOT_BY_BODY, art. 10:11 Awb), with the ratification of what was
signed under them (rev-jurist19 R1, R4). The expired ones are the expired grants' points
(:mod:`exports.expired_points`); these are the rest: the 2,000 nota's 38 of 42 had no point, and
a single one (the example with the consulent's authorisation given by the manager) none either.

Only the body whose decisions are signed can authorise (art. 10:11 Awb): it grants the
authorisation itself in writing, or allows in its own mandate decision that the official grants
it (compare art. 10:9 lid 1 Awb); what was signed is listed and ratified. A sub-mandate decision
of the official cures nothing: it is still the official who grants (rev-jurist19 R5).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from exports.expired_points import _NAMED_SIGNING
from exports.group_decision import _either, _is_body, _members, _role, _who
from exports.mandate_amend import addressed_college
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.findings import Finding
from mapper.group_roles import _ROLES
from mapper.mandate_down import roots
from mapper.wording import join, natural_key, word
from models.case import Case
from models.entities import Mandate
from models.enums import Instrument
from models.i18n import Lang

__all__ = ["signing_points"]


def _grants(case: Case, f: Finding) -> list[Mandate]:
    if f.members:
        return _members(case, f)
    m = case.mandates.get(f.id.partition(":")[2])
    return [m] if m is not None else []


def _expired_ids(case: Case, analysis: Analysis) -> set[str]:
    """The grants an expired finding covers: their point is the expired grants' (Bp 9)."""
    out: set[str] = set()
    for f in analysis.findings:
        if f.code == Code.MANDATE_EXPIRED:
            out |= {m.id for m in _grants(case, f)}
    return out


def signing_points(
    case: Case, analysis: Analysis, lang: Lang, name: Callable[[str], str]
) -> list[str]:
    """Up to two points: the college's own current void signing authorisations, granted by
    itself, and the other bodies asked to do the same for theirs."""
    expired = _expired_ids(case, analysis)
    found = [
        m
        for f in analysis.findings
        if f.code == Code.MANDATE_SIGNING_NOT_BY_BODY
        for m in _grants(case, f)
        if m.instrument is Instrument.SIGNING and not _is_body(case, m.grantor)
    ]
    grants = [m for m in found if m.id not in expired]
    current = len(grants) < len(found)  # "nog niet verlopen" beside the expired ones' point
    if not grants:
        return []
    grants = list({m.id: m for m in grants}.values())
    college = addressed_college(case)
    root = roots(case.mandates, grants)
    mine = [m for m in grants if root[m.id] == college]
    rest = [m for m in grants if root[m.id] != college]
    points = []
    if mine:
        points.append(
            _own(
                _which(case, mine, lang, name, other=False, current=current),
                mine,
                lang,
                name,
                name(college) if college else "",
            )
        )
    if rest:
        which = _which(case, rest, lang, name, other=bool(mine), current=current)
        points.append(_asked(which, rest, root, lang, name, other=bool(mine)))
    return points


def _which(
    case: Case,
    grants: Sequence[Mandate],
    lang: Lang,
    name: Callable[[str], str],
    *,
    other: bool,
    current: bool,
) -> str:
    """ "de ondertekeningsmachtiging die de manager Werk en Inkomen aan de consulent wijkteam
    gaf"
    for one, "de 27 andere nog niet verlopen ondertekeningsmachtigingen die een directeur, een
    manager of een teamleider gaf" for more: the grantor and the holder named where there is
    one; ``current``: "nog niet verlopen" beside expired ones that have their own point, not
    "geldende": they are void (rev-jurist19b N1)."""
    nl = lang == "nl"
    now = ("nog niet verlopen " if nl else "unexpired ") if current else ""
    if len(grants) == 1:
        m = grants[0]
        if nl:
            return (
                f"de {'andere ' if other else ''}{now}ondertekeningsmachtiging die "
                f"{name(m.grantor)} aan {name(m.holder)} gaf"
            )
        return (
            f"the {'other ' if other else ''}{now}signing authorisation that "
            f"{name(m.grantor)} gave {name(m.holder)}"
        )
    n = word(len(grants), lang)
    roles = sorted({_role(case, m.grantor) for m in grants} - {""})
    if nl:
        who = _either(["een " + r for r in roles], "of") if roles else "een ambtenaar"
        return f"de {n} {'andere ' if other else ''}{now}ondertekeningsmachtigingen die {who} gaf"
    roles = [_ROLES.get(r, (r, r, r, r))[2] for r in roles]  # "director", not "directeur"
    who = _either(["a " + r for r in roles], "or") if roles else "a civil servant"
    return f"the {n} {'other ' if other else ''}{now}signing authorisations that {who} gave"


def _own(
    which: str, mine: Sequence[Mandate], lang: Lang, name: Callable[[str], str], us: str
) -> str:
    """The college's own: granted by itself, or allowed in its mandate decision; what was
    signed put to it for ratification (it holds the power)."""
    one = len(mine) == 1
    if lang == "nl":
        grantor = f"{name(mine[0].grantor)} haar verleent" if one else "die ambtenaren ze verlenen"
        return (
            f"{which} zonder dat een mandaat dat toestond, zelf schriftelijk te verlenen of in "
            f"het eigen mandaatbesluit toe te staan dat {grantor} (art. 10:11 "
            "Awb; vgl. art. 10:9 lid 1 Awb), en de besluiten die erop zijn ondertekend, te laten "
            "inventariseren en ter bekrachtiging aan het college voor te leggen"
        )
    grantor = f"{name(mine[0].grantor)} grants it" if one else "those officials grant them"
    it = "it" if one else "them"
    return (
        f"to grant, by its own written decision, {which} without a mandate that allowed it, or "
        f"to allow in its own mandate decision that {grantor} (Awb 10:11; compare Awb "
        f"10:9(1)), and to have the decisions signed under {it} listed and put to {us} "
        "for ratification"
    )


def _asked(
    which: str,
    rest: Sequence[Mandate],
    root: dict[str, str],
    lang: Lang,
    name: Callable[[str], str],
    *,
    other: bool,
) -> str:
    """The other bodies asked: each grants its own, or allows it in its mandate decision, and
    ratifies what was signed."""
    bodies = sorted({root[m.id] for m in rest} - {""}, key=natural_key)
    who = (
        join([name(b) for b in bodies], lang)
        if len(bodies) <= _NAMED_SIGNING
        else _who(name, bodies, other, lang)
    )
    one = len(rest) == 1
    many = len(bodies) > 1
    if lang == "nl":
        grantor = f"{name(rest[0].grantor)} haar verleent" if one else "die ambtenaren ze verlenen"
        own = "hun" if many else "zijn"
        return (
            f"{who} te vragen {which} zonder dat een mandaat dat toestond, zelf schriftelijk te "
            f"verlenen of in {own} mandaatbesluit toe te staan dat {grantor} "
            "(art. 10:11 Awb; vgl. art. 10:9 lid 1 Awb), en de besluiten die erop zijn "
            "ondertekend, te inventariseren en te bekrachtigen"
        )
    grantor = f"{name(rest[0].grantor)} grants it" if one else "those officials grant them"
    it = "it" if one else "them"
    own = "their own mandate decisions" if many else "its own mandate decision"
    each = "each for its own decisions and " if many else ""
    return (
        f"to ask {who} to grant, {each}by its own written decision, {which} without a mandate "
        f"that allowed it, or to allow in {own} that {grantor} (Awb 10:11; compare "
        f"Awb 10:9(1)), and to list the decisions signed under {it} and ratify them"
    )
