"""What findings share a cause: the keys by which :func:`mapper.causes.build_causes` groups
findings into causes, and the keys that join two causes told about one root cause.

A key is ``(kind, value)``: the same **power**, **mandate**, **person**, **need**, **rule**,
trust **pair** or **theme** (the module text of :mod:`mapper.causes` says which finding shares
which). Findings sharing a key share a cause; a join key (the same agreement, decider or
mandate decision) makes two causes one, each still told as a part.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from mapper.checks.intent import deviation_powers
from mapper.codes import Code
from mapper.context import Context
from mapper.finding_ids import PERSON_CODES, subject_mandate
from mapper.findings import Finding
from models import PowerCategory

__all__ = [
    "AGREEMENT_CODES",
    "ById",
    "Key",
    "expired_apart",
    "finding_keys",
    "join_keys",
    "shared_keys",
]

Key = tuple[str, str]

_DEVIATION_POWERS = (PowerCategory.DEVIATE_FROM_RULE, PowerCategory.SUSPEND_ROUTINE)

#: The codes of an agreement naming a decider who may not take the decision.
AGREEMENT_CODES = frozenset({Code.AGREEMENT_OVER_PUBLIC_POWER, Code.AGREEMENT_DECIDER_NO_MANDATE})
#: Codes told as one cause per theme.
_THEMES: dict[Code, str] = {
    Code.SIGNAL_UNHEARD: "signals",
    Code.SIGNAL_LONG_PATH: "signals",
    Code.SIGNAL_OVERSIGHT_NO_ADMINISTRATOR: "signals",
    Code.SIGNAL_NO_DECIDER: "triage",
    Code.TRIAGE_NOT_ORGANISED: "triage",
    Code.TRIAGE_ROLE_WITHOUT_MANDATE: "triage",
    Code.TRUST_BACKING_NEGATIVE: "backing",
    Code.TRUST_BACKING_WEAK: "backing",
    Code.TRUST_NO_LINE_TO_TOP: "backing",
    Code.TRUST_NOT_MAPPED: "trust",
    Code.SPHERES_OPPONENT_UNCONNECTED: "political",
    Code.SPHERES_DISCONNECTED: "political",
    Code.SPHERES_COMMUNITIES_SPLIT: "political",
    Code.SPHERES_COUNCIL_NOT_INFORMED: "council",
    Code.SPHERES_SPLIT_AT_TOP: "top",
    Code.SPHERES_COLLEGE_DIVIDED: "college",
    Code.LEARNING_NO_RULE_OWNER: "learning",
    Code.LEARNING_NO_FEEDBACK_PATH: "learning",
    Code.LEARNING_SINGLE_PERSON: "learning",
    Code.LEARNING_EXTERNAL_SIGNALS_LOST: "learning",
    Code.ACCOUNTABILITY_LINE_STOPS: "accountability",
    Code.INTENT_NOT_STATED: "intent",
    Code.INTENT_NO_OWNER: "intent",
    Code.INTENT_OWNER_OPPOSES: "intent",
    Code.STRUCTURE_ISOLATED_ACTOR: "isolated",
    Code.STRUCTURE_DISCONNECTED: "isolated",
    Code.STRUCTURE_DUPLICATE_NAME: "map",
    Code.STRUCTURE_SELF_LOOP: "map",
    Code.STRUCTURE_CUT_POINTS: "structure",
}
_PAIR_CODES = frozenset(
    {
        Code.TRUST_ASYMMETRIC,
        Code.TRUST_MUTUAL_DISTRUST,
        Code.TRUST_NEGATIVE_LINE,
        Code.TRUST_CITIZEN_DISTRUSTS_HANDLER,
    }
)


def finding_keys(f: Finding, ctx: Context, by_id: ById | None = None) -> list[Key]:
    """The cause keys a finding shares with others (findings sharing a key share a cause)."""
    by_id = by_id or ById(ctx)
    code = f.code
    if code.startswith("NEED_"):
        if code == Code.NEED_NO_HANDLER:
            return [("need", n) for n in f.needs]
        if "PUSH_THROUGH" in code:
            return [("power", PowerCategory.PUSH_THROUGH.value)]
        powers = by_id.needs
        return [
            ("power", _power_key(ctx, str(powers[n].power))) for n in f.needs if n in powers
        ] or [("finding", f.id)]
    if code in AGREEMENT_CODES and f.needs:
        # the agreement that names the wrong decider belongs with the decision it concerns
        needs = by_id.needs
        return [("power", _power_key(ctx, str(needs[n].power))) for n in f.needs if n in needs]
    if f.rules or f.deviations:  # the rules and the register: one cause per rule
        rules = [*f.rules, *(by_id.deviation_rules.get(d) for d in f.deviations)]
        return [("rule", r) for r in dict.fromkeys(rules) if r] or [("finding", f.id)]
    if code in (Code.INTENT_NOT_PASSED_DOWN, Code.INTENT_NO_DEVIATION_POWER):
        if ctx.legal.powers:  # the map names its powers: the ones that carry room to deviate
            return [("power", p) for p in by_id.deviation] or [("finding", f.id)]
        return [("power", p.value) for p in _DEVIATION_POWERS]
    if code.startswith(("MANDATE_", "DELEGATION_")) and f.mandates:
        subject = subject_mandate(f)
        keys: list[Key] = [("mandate", subject)]
        m = by_id.mandates.get(subject)
        # a mandate its grantor delegated away is a defect of its own, not why the power
        # does not reach the case (the delegate holds it; jurist, fifth round J20)
        if (
            m is not None
            and not ctx.authority.valid(m.id)
            and code != Code.MANDATE_GRANTOR_DELEGATED_AWAY
        ):
            # why that power does not reach the case
            keys.append(("power", _power_key(ctx, str(m.power))))
        if code in (Code.MANDATE_CHAIN_BROKEN, Code.MANDATE_CYCLE):
            keys += [("mandate", u) for u in f.mandates[1:]]
        return keys
    if code in PERSON_CODES and f.actors:
        return [("person", f.actors[0])]
    if code == Code.SPHERES_SINGLE_BRIDGE:
        if len(f.actors) == 1:
            return [("person", f.actors[0])]
        return [("theme", "political")]
    if code in _PAIR_CODES and len(f.actors) >= 2:
        return [("pair", "+".join(sorted(f.actors[:2])))]
    if code in _THEMES:
        keys = [("theme", _THEMES[code])]
        if _THEMES[code] == "backing":
            rels = by_id.relationships
            keys += [
                ("pair", "+".join(sorted((rels[r].source, rels[r].target))))
                for r in f.relationships
                if r in rels
            ]
        return keys
    return [("finding", f.id)]


def shared_keys(keys: Sequence[list[Key]]) -> list[Key]:
    """The keys every one of ``keys`` has, in the first one's order."""
    rest = [set(k) for k in keys[1:]]
    return [k for k in keys[0] if all(k in other for other in rest)]


def _power_key(ctx: Context, ref: str) -> str:
    """A cause's power: the power itself where the map names it, else (version 1, a category
    reference) its category."""
    return ref if ref in ctx.legal.powers else str(ctx.legal.category(ref))


def join_keys(f: Finding, ctx: Context, by_id: ById) -> list[Key]:
    """Keys that join a finding's cause to another cause about the same thing (see the module
    text): the agreement, the decider, the distrusted person, the mandate decision."""
    code = f.code
    if code in AGREEMENT_CODES and f.actors and f.needs:
        powers = {str(by_id.needs[n].power) for n in f.needs if n in by_id.needs}
        return [
            ("agreement", g.id)
            for g in ctx.graphs.agreements
            if g.decider == f.actors[0] and powers & set(g.covers)
        ]
    if code == Code.TRUST_CITIZEN_DISTRUSTS_HANDLER and len(f.actors) >= 2:
        # the resident distrusts whoever decides the need: the same decider, the same decision
        out: list[Key] = []
        for n in f.needs:
            power = ctx.legal.powers.get(str(by_id.needs[n].power)) if n in by_id.needs else None
            if power is not None and power.holder == f.actors[1]:
                out.append(("power", _power_key(ctx, power.id)))
        return out
    if code == Code.TRUST_BACKING_NEGATIVE and len(by_id.distrusted) == 1:
        # the one person distrusted on the lines up: the person the case may hang on (with
        # several, the backing cause stays one theme and each person a cause of their own)
        return [("person", next(iter(by_id.distrusted)))]
    if code.startswith("MANDATE_") and f.mandates:
        m = by_id.mandates.get(subject_mandate(f))
        if m is not None and m.legal_basis.strip() and ctx.authority.valid(m.id):
            return [("decision", f"{m.grantor}|{m.legal_basis.strip()}")]
    return []


class ById:
    """Needs, mandates and relationships by id, built once per grouping (not per finding)."""

    def __init__(self, ctx: Context) -> None:
        g = ctx.graphs
        self.deviation = deviation_powers(ctx) if ctx.legal.powers else []
        self.needs = {n.id: n for n in g.needs}
        self.mandates = {m.id: m for m in g.mandates}
        self.relationships = {r.id: r for r in g.relationships}
        self.deviation_rules = {d.id: d.rule for d in g.deviations}
        self.distrusted: set[str] = set()  # whom professionals distrust on their lines up
        # grouped findings: what they stand for, and the first one's person (mapper.repeats)
        self.members: Mapping[str, Sequence[Finding]] = {}
        #: expired grants with a finding of their own beside one group of expired grants
        self.expired_apart: Sequence[Finding] = ()
        self.person_of: dict[str, str] = {}

    def see(self, findings: Iterable[Finding]) -> None:
        """Note whom the backing findings' professionals distrust."""
        rels = self.relationships
        self.distrusted = {
            rels[r].target
            for f in findings
            if f.code == Code.TRUST_BACKING_NEGATIVE
            for r in f.relationships
            if r in rels and rels[r].level < 0
        }


def expired_apart(
    findings: Iterable[Finding], members: Mapping[str, Sequence[Finding]]
) -> tuple[Finding, ...]:
    """The expired grants that are a finding of their own while the others of the map are one
    grouped finding (the consulent 20.9's, critical, beside 146 warnings): that group counts
    them too, as the Risks do (rev-jurist19 R13). None where there is no such group, or more
    than one (each would count them)."""
    found = [f for f in findings if f.code == Code.MANDATE_EXPIRED]
    groups = [f for f in found if f.id in members]
    if len(groups) != 1:
        return ()
    return tuple(f for f in found if f.id not in members)
