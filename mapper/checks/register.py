"""The register of deviations (building block 4): accountability for custom decisions without
arbitrariness and without back-office bureaucracy.

Three verdicts: comparable deviations from the same rule with different outcomes and no reason
recorded for the later one (equal treatment at risk); deviations reported to nobody (custom
work nobody accounts for); and the sum of the checks and sign-offs the rules put on one custom
decision above :data:`BURDEN_LIMIT` (accountability that eats the room to act).

Examples
--------
>>> from datetime import date
>>> from models import Actor, Case, CaseInfo, Deviation
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a1", "Consulent")],
...     deviations=[Deviation("dv1", date(2026, 3, 2), "a1", reason="Schuldhulp loopt")])
>>> [str(f.code) for f in check(Context.of(case))]
['DEVIATION_NOT_REPORTED']
"""

from __future__ import annotations

from mapper.catalogue import LANGS, Message, render, say
from mapper.checks._rulebook import rules_on
from mapper.checks.rules import need_text, rule_text
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.texts.rules import DECIDED_BY, DEVIATIONS_BY, DEVIATIONS_MORE
from models import Deviation, Outcome, Practice, Rule, RuleOrigin, RuleType
from models.i18n import long_date

__all__ = ["BURDEN_LIMIT", "check"]

#: More checks and sign-offs than this on one custom decision is the back-office bureaucracy
#: the source text warns against ("four signatures per deviation").
BURDEN_LIMIT = 3

_OUTCOME = {
    Outcome.GRANTED: Text("granted", "toegekend"),
    Outcome.REFUSED: Text("refused", "afgewezen"),
}


def check(ctx: Context) -> list[Finding]:
    """Unequal outcomes, unreported deviations and the burden on each custom decision."""
    return [*_unequal(ctx), *_unreported(ctx), *_burden(ctx)]


def _deviation_text(d: Deviation) -> Text:
    """A deviation in a sentence, by its date (the register has no names)."""
    if d.date is None:
        return Text("a deviation without a date", "een afwijking zonder datum")
    en, nl = long_date(d.date, "en"), long_date(d.date, "nl")
    return Text(f"the deviation of {en}", f"de afwijking van {nl}")


def _date_text(d: Deviation) -> Text:
    """A deviation's date ("18 juni 2026"), or that it has none."""
    if d.date is None:
        return Text("an unknown date", "een onbekende datum")
    return Text(long_date(d.date, "en"), long_date(d.date, "nl"))


def _unequal(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    by_id = {d.id: d for d in g.deviations}
    rules = {r.id: r for r in g.rules}
    found: list[Finding] = []
    for d in g.deviations:
        if d.rule is None or d.reason.strip():
            continue
        for other_id in d.comparable_to:
            other = by_id.get(other_id)
            if other is None or other.rule != d.rule or other.outcome == d.outcome:
                continue
            rule = rules.get(d.rule)
            values = {
                "this_date": _date_text(d),
                "other_date": _date_text(other),
                "this": _deviation_text(d),
                "other": _deviation_text(other),
                "outcome": _OUTCOME[d.outcome],
                "other_outcome": _OUTCOME[other.outcome],
                "rule": rule_text(rule) if rule is not None else Text("the rule", "de regel"),
            }
            actors = [a for a in (d.decided_by, other.decided_by) if a in g.actors]
            needs = [n for n in (d.need, other.need) if n is not None]
            part = "refused" if d.outcome is Outcome.REFUSED else "granted"
            found.append(
                say(
                    Code.DEVIATION_UNEQUAL_OUTCOMES,
                    Severity.WARNING,
                    values,
                    parts={part},
                    actors=actors,
                    needs=needs,
                    rules=[d.rule],
                    deviations=[other.id, d.id],
                )
            )
    return found


def _unreported(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    # a refusal is a besluit open to objection, not custom work to report (jurist round 5, J4)
    lost = [
        d
        for d in g.deviations
        if d.outcome is Outcome.GRANTED and (d.reported_to is None or d.reported_to not in g.actors)
    ]
    rules = {r.id: r for r in g.rules}
    # a granted deviation from a statute is no light custom work (jurist round 5, J19)
    statutory = [
        d
        for d in lost
        if (r := rules.get(d.rule or "")) is not None and r.rule_type is RuleType.STATUTE
    ]
    lost = [d for d in lost if d not in statutory]
    found = [_from_statute(ctx, d, rules[d.rule or ""]) for d in statutory]
    if not lost:
        return found
    deciders = [d.decided_by for d in lost if d.decided_by in g.actors]
    values = {
        "n": len(lost),
        "shown": [_deviation_text(d) for d in lost[:6]],
        "n_more": len(lost) - min(len(lost), 6),
        "deciders": [g.name(a) for a in dict.fromkeys(deciders)],
    }
    parts = {"plain", "plain_why", "plain_fix"}
    values["more_t"] = _words(DEVIATIONS_MORE, values) if len(lost) > 6 else ""
    values["by_t"] = _words(DEVIATIONS_BY, values) if deciders else ""
    return [
        *found,
        say(
            Code.DEVIATION_NOT_REPORTED,
            Severity.WARNING,
            values,
            parts=parts,
            actors=deciders,
            deviations=[d.id for d in lost],
        ),
    ]


def _words(message: Message, values: dict[str, object]) -> Text:
    return Text(*(render(message, values, x, sentence=False) for x in LANGS))


def _from_statute(ctx: Context, d: Deviation, rule: Rule) -> Finding:
    """A granted deviation from a statutory rule, reported to nobody: allowed only where the
    statute itself leaves room, so the register and the decision name the provision, and the
    one the decider holds the mandate from hears of it (jurist round 5, J19)."""
    g, legal = ctx.graphs, ctx.legal
    decider = d.decided_by if d.decided_by in g.actors else None
    grantor = None
    if decider is not None:
        own = sorted(
            (m for m in g.mandates if m.holder == decider and ctx.authority.valid(m.id)),
            key=lambda m: ctx.mandate_order[m.id],
        )
        keys = {str(k) for k in rule.applies_to}
        fitting = [
            m for m in own if not keys or keys & {str(m.power), *legal.covered(str(m.power))}
        ]
        pick = (fitting or own)[:1]
        grantor = pick[0].grantor if pick else None
    values = {
        "n": 1,
        "shown": [_deviation_text(d)],
        "rule": rule_text(rule),
        "decider": g.name(decider) if decider else "",
        "grantor": g.name(grantor) if grantor else "",
    }
    parts = {"statute", "statute_why"}
    parts |= {"statute_to"} if grantor else {"statute_any"}
    values["by_whom"] = _words(DECIDED_BY, values) if decider else ""
    return say(
        Code.DEVIATION_NOT_REPORTED,
        Severity.WARNING,
        values,
        parts=parts,
        actors=[a for a in (decider, grantor) if a],
        rules=[rule.id],
        deviations=[d.id],
    )


def _burden(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    custom = {d.need for d in g.deviations if d.need is not None}
    found: list[Finding] = []
    for need in g.needs:
        if not (need.deviates or need.id in custom):
            continue
        rules = [r for r in rules_on(ctx, need) if r.practice is not Practice.ROUTINE]
        total = sum(r.burden for r in rules)
        if total <= BURDEN_LIMIT:
            continue
        values = {
            "need": need_text(need),
            "total": total,
            "limit": BURDEN_LIMIT,
            "rules": [rule_text(r) for r in rules if r.burden],
        }
        incident = any(r.burden and r.origin is RuleOrigin.INCIDENT for r in rules)
        actors = [need.handler] if need.handler is not None else []
        actors += [r.owner for r in rules if r.owner is not None and r.owner in g.actors]
        found.append(
            say(
                Code.ACCOUNTABILITY_BURDEN,
                Severity.WARNING,
                values,
                actors=actors,
                parts={"risk" if incident else "no_risk"},
                needs=[need.id],
                rules=[r.id for r in rules if r.burden],
            )
        )
    return found
