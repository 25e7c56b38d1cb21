"""Hypothesis strategies that generate valid cases with every field exercised."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    CaseInfo,
    Deviation,
    Instrument,
    Mandate,
    MandateRule,
    Need,
    Organisation,
    OrganisationKind,
    Outcome,
    Position,
    Power,
    PowerCategory,
    Practice,
    RelationKind,
    Relationship,
    Role,
    Rule,
    RuleOrigin,
    RuleType,
    Scope,
    Sphere,
    Urgency,
)

__all__ = ["BIDI", "REFUSED", "cases", "rules_and_deviations", "texts"]

# Characters the model refuses (models.rules.BAD_CHARACTERS): C0 controls but tab, LF and CR,
# and U+FFFE/U+FFFF.
REFUSED = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"

# Direction controls: valid only balanced (models.rules), so left out of the random alphabet.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Text that is valid in every field: printable, including quotes, formulas, non-ASCII, DEL and
# C1 controls, and a balanced right-to-left override now and then.
texts = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters=REFUSED + BIDI),
    max_size=30,
) | st.text(max_size=8).map(lambda t: f"\u202e{t}\u202c" if t.isprintable() else "")
names = texts.filter(lambda s: bool(s.strip()))
dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
budgets = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=10**9).map(float),
    st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False),
)
positions = st.one_of(
    st.none(),
    st.builds(
        Position,
        st.integers(-100_000, 100_000).map(lambda v: v / 4),
        st.integers(-100_000, 100_000).map(lambda v: v / 4),
    ),
)


# a tag is never blank (models.fieldtypes: blank_item)
tag_texts = texts.map(lambda t: t if t.strip() else f"t{t}")


def _unique(values: st.SearchStrategy[list[object]]) -> st.SearchStrategy[tuple[object, ...]]:
    return values.map(lambda items: tuple(dict.fromkeys(items)))


@st.composite
def cases(draw: st.DrawFn, max_actors: int = 8) -> Case:
    """A random valid case."""
    orgs: list[Organisation] = []
    for k in range(draw(st.integers(0, 3))):
        earlier = [o.id for o in orgs]
        parent = draw(st.one_of(st.none(), st.sampled_from(earlier))) if earlier else None
        orgs.append(
            Organisation(
                f"o{k}", draw(names), draw(st.sampled_from(OrganisationKind)), parent,
                draw(texts), draw(st.booleans()),
            )
        )  # fmt: skip
    org_ids = [o.id for o in orgs]
    org_refs = st.sampled_from(["", *org_ids])
    n = draw(st.integers(min_value=0, max_value=max_actors))
    actors = [
        Actor(
            id=f"a{i}",
            name=draw(names),
            kind=draw(st.sampled_from(ActorKind)),
            sphere=draw(st.one_of(st.none(), st.sampled_from(Sphere))),
            organisation=draw(org_refs),
            influence=draw(st.integers(0, 5)),
            interest=draw(st.integers(0, 5)),
            stance=draw(st.integers(-2, 2)),
            public_body=draw(st.one_of(st.none(), st.booleans())),
            roles=draw(_unique(st.lists(st.sampled_from(Role), max_size=2))),  # type: ignore[arg-type]
            tags=draw(_unique(st.lists(tag_texts, max_size=3))),  # type: ignore[arg-type]
            group=draw(texts),
            notes=draw(texts),
            position=draw(positions),
        )
        for i in range(n)
    ]
    ids = [a.id for a in actors]
    powers = [
        Power(
            f"p{k}", draw(names), draw(st.sampled_from(PowerCategory)), draw(texts),
            draw(st.sampled_from(RuleType)),
            draw(st.one_of(st.none(), st.sampled_from(ids))) if ids else None,
            draw(st.sampled_from(MandateRule)), draw(texts),
        )
        for k in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    power_refs = st.one_of(st.sampled_from(PowerCategory), st.sampled_from([p.id for p in powers]))
    if not powers:
        power_refs = st.sampled_from(PowerCategory)
    rels: list[Relationship] = []
    mandates: list[Mandate] = []
    needs: list[Need] = []
    if ids:
        for j in range(draw(st.integers(0, 10))):
            rels.append(
                Relationship(
                    id=f"r{j}",
                    source=draw(st.sampled_from(ids)),
                    target=draw(st.sampled_from(ids)),
                    kind=draw(st.sampled_from(RelationKind)),
                    level=draw(st.integers(-2, 2)),
                    practice=draw(st.sampled_from(Practice)),
                    label=draw(texts),
                    notes=draw(texts),
                )
            )
        for j in range(draw(st.integers(0, 5))):
            start = draw(dates)
            end = draw(dates)
            if start and end and end < start:
                start, end = end, start
            mandates.append(
                Mandate(
                    id=f"m{j}",
                    grantor=draw(st.sampled_from(ids)),
                    holder=draw(st.sampled_from(ids)),
                    power=draw(power_refs),
                    description=draw(texts),
                    instrument=draw(st.sampled_from(Instrument)),
                    scope=draw(st.sampled_from(Scope)),
                    budget=draw(budgets),
                    sub_mandate_levels=draw(st.one_of(st.none(), st.integers(0, 9))),
                    in_writing=draw(st.booleans()),
                    consent=draw(st.one_of(st.none(), st.booleans())),
                    holder_works_under_grantor=draw(st.one_of(st.none(), st.booleans())),
                    reserves_deviation=draw(st.booleans()),
                    legal_basis=draw(texts),
                    valid_from=start,
                    valid_until=end,
                    practice=draw(st.sampled_from(Practice)),
                )
            )
    for j in range(draw(st.integers(0, 4))):
        needs.append(
            Need(
                id=f"n{j}",
                decision=draw(names),
                power=draw(power_refs),
                budget=draw(budgets),
                handler=draw(st.one_of(st.none(), st.sampled_from(ids))) if ids else None,
                organisations=draw(_unique(st.lists(st.sampled_from(org_ids), max_size=3)))  # type: ignore[arg-type]
                if org_ids
                else (),
                urgency=draw(st.sampled_from(Urgency)),
                notes=draw(texts),
                deadline=draw(dates),
                deviates=draw(st.booleans()),
            )
        )
    agreements: list[Agreement] = []
    for j in range(draw(st.integers(0, 2))):
        start, end = draw(dates), draw(dates)
        if start and end and end < start:
            start, end = end, start
        agreements.append(
            Agreement(
                id=f"g{j}",
                name=draw(names),
                kind=draw(st.sampled_from(AgreementKind)),
                parties=draw(_unique(st.lists(st.sampled_from(org_ids), max_size=3)))  # type: ignore[arg-type]
                if org_ids
                else (),
                decider=draw(st.one_of(st.none(), st.sampled_from(ids))) if ids else None,
                covers=draw(_unique(st.lists(power_refs, max_size=3))),  # type: ignore[arg-type]
                in_writing=draw(st.booleans()),
                valid_from=start,
                valid_until=end,
                notes=draw(texts),
            )
        )
    info = CaseInfo(
        title=draw(names),
        intent=draw(texts),
        description=draw(texts),
        as_of=draw(dates),
        intent_owner=draw(st.one_of(st.none(), st.sampled_from(ids))) if ids else None,
        step_days=draw(st.integers(1, 60)),
    )
    rules, deviations = rules_and_deviations(
        draw, ids, power_refs, [n.id for n in needs], names, texts, dates
    )
    return Case.from_parts(
        info, actors, rels, mandates, needs, organisations=orgs, powers=powers,
        agreements=agreements, rules=rules, deviations=deviations,
    )  # fmt: skip


def rules_and_deviations(
    draw: st.DrawFn,
    actor_ids: list[str],
    power_refs: st.SearchStrategy[Any],
    need_ids: list[str],
    name: st.SearchStrategy[str],
    text: st.SearchStrategy[str],
    when: st.SearchStrategy[date | None],
) -> tuple[list[Rule], list[Deviation]]:
    """Rules and a register of deviations over the given actors, powers and needs, every
    field drawn."""
    actor = st.one_of(st.none(), st.sampled_from(actor_ids)) if actor_ids else st.none()
    rules = [
        Rule(
            f"rl{k + 1}", draw(name), draw(st.sampled_from(RuleType)), draw(actor),
            tuple(draw(st.lists(power_refs, unique=True, max_size=2))), draw(when),
            draw(st.sampled_from(RuleOrigin)), draw(text), draw(st.integers(0, 99)),
            draw(st.sampled_from(Practice)), draw(text),
        )
        for k in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    rule = st.one_of(st.none(), st.sampled_from([r.id for r in rules])) if rules else st.none()
    need = st.one_of(st.none(), st.sampled_from(need_ids)) if need_ids else st.none()
    deviations: list[Deviation] = []
    for k in range(draw(st.integers(0, 3))):
        earlier = [d.id for d in deviations]
        deviations.append(Deviation(
            f"dv{k + 1}", draw(when), draw(actor), draw(rule), draw(need), draw(text),
            draw(st.sampled_from(Outcome)),
            tuple(draw(st.lists(st.sampled_from(earlier), unique=True, max_size=2)))
            if earlier else (),
            draw(actor), draw(text),
        ))  # fmt: skip
    return rules, deviations
