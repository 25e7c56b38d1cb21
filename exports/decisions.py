"""The beslispunten of the advice note as decisions of the college (jurist M13): what the
college changes, grants or commissions, named by the instruments and people on the map,
without ids.

Examples
--------
>>> from models.example import example_case
>>> from mapper.analysis import analyse
>>> case = example_case()
>>> points = decision_points(case, analyse(case), "nl")
>>> points[0]
'het Mandaatbesluit Rivierstad 2025 zo te wijzigen dat de teamleider Wijkteam Noord \
ondermandaat kan verlenen aan de consulent wijkteam (Sanne), tot € 1.000 per besluit, schriftelijk'
"""

from __future__ import annotations

from exports.advice import money
from mapper.analysis import Analysis
from mapper.findings import Cause
from mapper.names import Name
from models.case import Case
from models.i18n import Lang, long_date

__all__ = ["decision_points"]


def _name(case: Case, actor_id: str | None, lang: Lang) -> str:
    actor = case.actors.get(actor_id) if actor_id else None
    if actor is None:
        return ""
    return Name.of(actor.name, actor.kind).running(lang)


def _owner(case: Case, lang: Lang) -> str:
    owner = _name(case, case.info.intent_owner, lang)
    return owner or ("de portefeuillehouder" if lang == "nl" else "the portfolio holder")


def _sub_mandate(case: Case, mandates: tuple[str, ...], lang: Lang) -> str | None:
    chain = [m for i in mandates if (m := case.mandates.get(i)) is not None]
    if not chain:
        return None
    root, last = chain[0], chain[-1]
    decision = root.legal_basis or (
        "het mandaatbesluit" if lang == "nl" else "the mandate decision"
    )
    grantor, holder = _name(case, last.grantor, lang), _name(case, last.holder, lang)
    amount = f", tot {money(last.budget, 'nl')} per besluit" if last.budget and lang == "nl" else ""
    if lang == "nl":
        return (
            f"het {decision} zo te wijzigen dat {grantor} ondermandaat kan verlenen aan "
            f"{holder}{amount}, schriftelijk"
        )
    amount = f", up to {money(last.budget, 'en')} per decision" if last.budget else ""
    return f"to amend the {decision} so that {grantor} may sub-mandate {holder}{amount}, in writing"


def _partner(case: Case, needs: tuple[str, ...], actors: tuple[str, ...], lang: Lang) -> str:
    need = case.needs.get(needs[0]) if needs else None
    partner = next((a for a in actors[1:] if case.actors.get(a) is not None), None)
    name = case.actors.get(partner).name if partner else ""  # type: ignore[union-attr]
    when = ""
    if need is not None and need.deadline is not None:
        when = (
            f" vóór {long_date(need.deadline, lang)}"
            if lang == "nl"
            else (f" before {long_date(need.deadline, lang)}")
        )
    covering = next(
        (g for g in case.agreements if need is not None and need.power in g.covers), None
    )
    owner = _owner(case, lang)
    if covering is not None:
        return (
            f"{owner} opdracht te geven het {covering.name}{when} met {name} te verlengen"
            if lang == "nl"
            else f"to commission {owner} to renew the {covering.name} with {name}{when}"
        )
    what = need.decision if need is not None else ""
    return (
        f"{owner} opdracht te geven{when} met {name} een afspraak te maken over ‘{what}’"
        if lang == "nl"
        else f"to commission {owner} to agree ‘{what}’ with {name}{when}"
    )


def _push_through(case: Case, needs: tuple[str, ...], lang: Lang) -> str:
    need = case.needs.get(needs[0]) if needs else None
    orgs = [case.organisation_name(o) for o in (need.organisations if need else ())][1:]
    parties = (
        " en ".join(o for o in orgs if o) if lang == "nl" else " and ".join(o for o in orgs if o)
    )
    what = need.decision if need is not None else ""
    owner = _owner(case, lang)
    if lang == "nl":
        return (
            f"{owner} opdracht te geven met {parties} een doorbraakafspraak te maken "
            f"over wie beslist als de organisaties het over ‘{what}’ niet eens worden"
        )
    return (
        f"to commission {owner} to make a breakthrough agreement with {parties} on who "
        f"decides when the organisations disagree on ‘{what}’"
    )


def _point(case: Case, analysis: Analysis, cause: Cause, lang: Lang) -> str:
    for f in analysis.findings_of(cause):
        if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED":
            point = _sub_mandate(case, f.mandates, lang)
            if point:
                return point
        if f.code == "NEED_PARTNER_NOT_REACHED" and f.needs:
            return _partner(case, f.needs, f.actors, lang)
        if f.code == "NEED_NO_PUSH_THROUGH" and f.needs:
            return _push_through(case, f.needs, lang)
    title = cause.title(lang)
    title = title[:1].lower() + title[1:] if not title[:2].isupper() else title
    owner = _owner(case, lang)
    if lang == "nl":
        return (
            f"{owner} opdracht te geven de maatregel uit paragraaf 5.{cause.rank} uit te "
            f"voeren ({title.rstrip('.')})"
        )
    return f"to commission {owner} to carry out the measure of section 5.{cause.rank} ({title})"


def decision_points(case: Case, analysis: Analysis, lang: Lang) -> list[str]:
    """One decision of the college per first cause (without the closing punctuation)."""
    return [_point(case, analysis, cause, lang) for cause in analysis.first()]
