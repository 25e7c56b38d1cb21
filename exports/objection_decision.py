"""The beslispunt for a bezwaar pending now that no valid mandate lets anyone decide in time
(eleventh jurist H8): the point on the mandate decision fixes the future (art. 10:3 lid 3 Awb),
this one says who decides the bezwaar on the map before its deadline (art. 7:10 Awb): the body
itself, or an official it mandates who was not involved in the contested decision, after the
advice of the bezwaaradviescommissie where the map has one (art. 7:13 Awb).
"""

from __future__ import annotations

from exports.case_decision import joint_arrangement
from exports.mandate_decision import actor_name
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.wording import quoted
from models.case import Case
from models.entities import Need
from models.enums import ActorKind, PowerCategory
from models.i18n import Lang, long_date

__all__ = ["pending_objection_points"]

#: the findings that say the primary decider may not decide the bezwaar (art. 10:3 lid 3 Awb)
_BARRED = frozenset({Code.MANDATE_OBJECTION_PRIMARY_DECIDER})


def _committee(case: Case) -> str | None:
    """The bezwaaradviescommissie on the map (by its name), if any."""
    return next(
        (
            a.id
            for a in case.actors
            if "commissie" in a.name.casefold()
            and ("bezwaar" in a.name.casefold() or "objection" in a.name.casefold())
        ),
        None,
    )


def _pending(case: Case, analysis: Analysis) -> list[Need]:
    """The needs to decide a bezwaar, with a deadline not yet passed, on a power for which a
    mandate is void because its holder took the contested decision."""
    barred = {
        str(m.power)
        for f in analysis.findings
        if f.code in _BARRED
        for i in f.mandates
        if (m := case.mandates.get(i)) is not None
    }
    day = case.info.as_of
    out = []
    for n in case.needs:
        power = case.powers.get(str(n.power))
        category = power.category if power is not None else str(n.power)
        if category != PowerCategory.DECIDE_OBJECTION or str(n.power) not in barred:
            continue
        if n.deadline is not None and day is not None and n.deadline < day:
            continue
        out.append(n)
    return out


def pending_objection_points(case: Case, analysis: Analysis, lang: Lang) -> list[str]:
    """One beslispunt per pending bezwaar: who decides it, and by when."""
    points = []
    committee = _committee(case)
    for n in _pending(case, analysis):
        power = case.powers.get(str(n.power))
        body = case.actors.get(power.holder) if power is not None and power.holder else None
        when = (
            (
                f" uiterlijk op {long_date(n.deadline, lang)}"
                if lang == "nl"
                else f" by {long_date(n.deadline, lang)}"
            )
            if n.deadline is not None
            else ""
        )
        advice = ""
        if committee is not None:
            name = actor_name(case, committee, lang)
            advice = (
                f", na advies van {name} (art. 7:13 Awb)"
                if lang == "nl"
                else f", after the advice of {name} (Awb 7:13)"
            )
        if lang == "nl":
            point = (
                f"het besluit {quoted(n.decision)}{when} zelf te nemen (art. 7:10 Awb), of "
                "daarvoor een ambtenaar te mandateren die niet bij het bestreden besluit "
                f"betrokken was (art. 10:3 lid 3 Awb){advice}"
            )
        else:
            point = (
                f"to take the decision {quoted(n.decision)} itself{when} (Awb 7:10), or to "
                "mandate an official who was not involved in the contested decision to take it "
                f"(Awb 10:3(3)){advice}"
            )
        own = (
            body is not None
            and body.kind is ActorKind.ADMINISTRATOR
            and joint_arrangement(case, body.id) is None
        )
        if body is not None and not own:
            who = actor_name(case, body.id, lang)
            point = f"{who} te vragen {point}" if lang == "nl" else f"to ask {who} {point}"
        points.append(point)
    return points
