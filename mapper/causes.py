"""From findings to root causes: stable finding ids, grouping by cause, ranking.

Findings that follow from the same thing on the map form one :class:`~mapper.findings.Cause`:

- the same **power** that is missing or sits far from the case (every need of that power, the
  intent's deviation powers, and every invalid mandate of that power, which is why the power
  does not reach the case);
- the same **mandate** (all defects of one mandate; a broken chain joins the mandate above);
- the same **person** every route depends on (signals, learning, the spheres' single bridge);
- the same trust **pair**, or one **theme** (signals from outside, triage, backing, the
  political world, learning, accountability, the map's own hygiene).

Some causes are one root cause told twice, and are **joined** (issue 11: about a dozen causes
for the example, not sixteen). The joined cause tells each part (its detail and suggestion
keep every part's), and every finding keeps its id:

- one **agreement** that places several decisions with a decider who may not take them (one
  amendment of the agreement mends them all, as its one beslispunt already says, jurist N5);
- a resident's distrust of whoever **decides** a need, with that decision's own cause (the same
  decider, the same decision);
- the line a professional distrusts with the **person** on it the case hangs on (the same
  person, the same line, the same gemeentesecretaris to act);
- defects of valid mandates in one **mandate decision** of one grantor (the grantor mends them
  in one amendment, as the nota's one beslispunt on its mandate decision already does).

Causes are ranked by their effect on the case: the needed decisions they block (urgent ones
weigh most), then severity, then the nearest deadline among the needs they hold up (the
sooner first; one without a deadline after), then whether they touch the case's key actors,
then how close
their building block is to the case at hand (room to act first, system learning last). One
exception (:mod:`mapper.cause_rank`): a critical legal defect of a mandate, volmacht or
delegation a need's handler or decider relies on is never outranked by a warning.

Structural metrics (cut points, communities) are not findings of their own unless they name a
need: they become ``evidence`` of the causes whose actors they concern.

Examples
--------
>>> from models import Case, CaseInfo
>>> from mapper.analysis import analyse
>>> result = analyse(Case.from_parts(CaseInfo("leeg")))
>>> result.causes
()

The keys that group findings into causes are in :mod:`mapper.cause_keys`; the words of a cause
in :mod:`mapper.cause_words`; what to act on first in :mod:`mapper.summary`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from mapper.cause_keys import (
    AGREEMENT_CODES,
    ById,
    Key,
    expired_apart,
    finding_keys,
    join_keys,
    shared_keys,
)
from mapper.cause_rank import legal_in_use, mandates_in_use, promote
from mapper.cause_words import cause_texts, evidence, joined_texts, lead, lead_order, top3
from mapper.codes import CODES, Code
from mapper.context import Context
from mapper.finding_ids import assign_ids, finding_id
from mapper.findings import Cause, Finding, Severity, Text, changed
from mapper.name_once import once, once_forms
from mapper.scorecard import judgeable
from models import Urgency

__all__ = [
    "BLOCK_ORDER",
    "EVIDENCE_CODES",
    "assign_ids",
    "build_causes",
    "finding_id",
    "held_up",
    "judgeable",
]

#: Structural codes that are evidence, not findings (unless they name a need).
EVIDENCE_CODES = frozenset({Code.STRUCTURE_CUT_POINTS, Code.SPHERES_COMMUNITIES_SPLIT})

#: Building blocks from closest to the case at hand to furthest (a ranking tie-break).
BLOCK_ORDER: tuple[int, ...] = (3, 1, 5, 2, 4, 6, 7)

_URGENCY_WEIGHT = {Urgency.HIGH: 3, Urgency.MEDIUM: 2, Urgency.LOW: 1}
_KIND_ORDER = (
    "power", "mandate", "person", "need", "rule", "theme", "pair", "group", "finding",
)  # fmt: skip

# opmerkingen that keep their place in the headline of a graver cause (rev-jurist16 J13)
_HEADLINED = frozenset({Code.MANDATE_OBJECTION_SAME_HOLDER})

# NEED_* codes that do not hold the need up (someone near the case can still take it).
_NOT_HELD_UP = frozenset({Code.NEED_HANDLER_MANDATE_FALLS_SHORT})


# ----------------------------------------------------------------------------------- grouping


class _Union:
    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, k: Key) -> Key:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, keys: Sequence[Key]) -> None:
        roots = [self.find(k) for k in keys]
        for r in roots[1:]:
            self.parent[r] = roots[0]


def _primary(keys: Iterable[Key]) -> str:
    kind, value = min(keys, key=lambda k: (_KIND_ORDER.index(k[0]), k[1]))
    return f"{kind}:{value}"


def _home(found: Sequence[Finding]) -> int:
    """The building block a cause belongs to most (severity-weighted; ties: lower block)."""
    weight: dict[int, int] = {}
    for f in found:
        weight[f.building_block] = weight.get(f.building_block, 0) + (3 - f.severity.rank)
    return min(weight, key=lambda b: (-weight[b], b))


def build_causes(
    findings: Sequence[Finding],
    ctx: Context,
    *,
    structural: Sequence[Finding] = (),
    metrics: Mapping[str, Mapping[str, float]] | None = None,
    accepted: frozenset[str] = frozenset(),
    repeats: Mapping[str, Sequence[Finding]] | None = None,
) -> tuple[tuple[Finding, ...], tuple[Cause, ...]]:
    """Group ``findings`` (with ids) by cause and rank the causes.

    ``repeats``: the findings a grouped finding stands for, by its id
    (:func:`mapper.repeats.group_repeats`). It shares the causes all of them share; when they
    share none it is a cause of its own (1,000 teams without a triage task are one cause, not
    1,000 and not one with everything else about those teams).

    Returns the findings with ``cause`` set, and the causes ranked (rank 1 first).
    Findings whose id is in ``accepted`` keep their cause but neither colour it nor rank it:
    a cause with only accepted findings gets the severity of those, and ranks last.
    """
    metrics = metrics or {}
    union, parts = _Union(), _Union()  # causes, and the causes told apart before joining
    keys_of: dict[str, list[Key]] = {}
    by_id = ById(ctx)
    by_id.see(findings)
    top = top3(metrics)
    repeats = by_id.members = repeats or {}
    by_id.expired_apart = expired_apart(findings, repeats)
    for f in findings:
        if f.id in repeats:
            each = [finding_keys(m, ctx, by_id) for m in repeats[f.id]]
            keys = shared_keys(each) or [("group", f.id)]
            joins: list[Key] = []
            if person := next((v for k, v in each[0] if k == "person"), None):
                by_id.person_of[f.id] = person
        else:
            keys, joins = finding_keys(f, ctx, by_id), join_keys(f, ctx, by_id)
        keys_of[f.id] = keys
        parts.union(keys)
        union.union([*keys, *joins])
    groups: dict[Key, list[Finding]] = {}
    members: dict[Key, set[Key]] = {}
    joined: dict[Key, dict[Key, list[Finding]]] = {}  # root -> part -> its findings
    for f in findings:
        root = union.find(keys_of[f.id][0])
        groups.setdefault(root, []).append(f)
        members.setdefault(root, set()).update(keys_of[f.id])
        joined.setdefault(root, {}).setdefault(parts.find(keys_of[f.id][0]), []).append(f)
    needs_by_id = {n.id: n for n in ctx.graphs.needs}
    decisions = {n.id: n.decision for n in ctx.graphs.needs}
    # the structural findings a cause's evidence can quote, found once (not per cause)
    quoted = [(s, frozenset(s.actors)) for s in structural if s.code in EVIDENCE_CODES]
    key_actors = set(ctx.key_actors)
    in_use = mandates_in_use(ctx)
    drafts: list[tuple[tuple[object, ...], Cause, bool]] = []
    for root, found in groups.items():
        found = sorted(found, key=lambda f: (f.severity.rank, f.building_block, f.id))
        live = [f for f in found if f.id not in accepted] or found
        needs = tuple(dict.fromkeys(n for f in live if f.code.startswith("NEED_") for n in f.needs))
        held = held_up(live)
        actors = tuple(dict.fromkeys(a for f in found for a in f.actors))
        severity = min((f.severity for f in live), key=lambda s: s.rank)
        block = _home(live)
        cid, person, title, detail, suggestion, told = _words(
            list(joined[root].values()), accepted, ctx, decisions, keys_of, by_id
        )
        cause = Cause(
            id=cid,
            title=title,
            detail=detail,
            suggestion=suggestion,
            severity=severity,
            rank=0,
            block=block,
            blocks=tuple(sorted({f.building_block for f in found})),
            findings=tuple(f.id for f in found),
            needs=needs,
            held_up=held,
            told=told,
            actors=actors,
            relationships=tuple(dict.fromkeys(r for f in found for r in f.relationships)),
            mandates=tuple(dict.fromkeys(m for f in found for m in f.mandates)),
            legal_basis=tuple(
                dict.fromkeys(
                    CODES[f.code].article
                    for f in found
                    if f.code in CODES and CODES[f.code].article
                )
            ),
            evidence=evidence(
                ("theme", "political") in members[root], quoted, metrics, ctx, person, top
            ),
        )
        weight = sum(
            _URGENCY_WEIGHT.get(needs_by_id[n].urgency, 1) for n in held if n in needs_by_id
        )
        all_accepted = all(f.id in accepted for f in found)
        # the sooner a held-up decision is due, the sooner its cause (issue 11)
        due = min(
            (d for n in held if n in needs_by_id and (d := needs_by_id[n].deadline) is not None),
            default=date.max,
        )
        sort_key = (
            all_accepted,
            -weight,
            severity.rank,
            due,
            not (key_actors & set(actors)),
            BLOCK_ORDER.index(block),
            -len(live),
            cid,
        )
        drafts.append((sort_key, cause, not all_accepted and legal_in_use(live, in_use)))
    drafts.sort(key=lambda d: d[0])
    ranked = promote([(c, legal) for _, c, legal in drafts])
    causes = tuple(replace(c, rank=i) for i, c in enumerate(ranked, start=1))
    cause_of = {fid: c.id for c in causes for fid in c.findings}
    return tuple(changed(f, cause=cause_of[f.id]) for f in findings), causes


def _words(
    told: list[list[Finding]],
    accepted: frozenset[str],
    ctx: Context,
    decisions: Mapping[str, str],
    keys_of: Mapping[str, list[Key]],
    by_id: ById,
) -> tuple[str, str | None, Text, Text, Text, tuple[str, ...]]:
    """A cause's id, the person it is about (if one of its parts is), its title, detail and
    suggestion, and the findings whose details its detail tells: of its one part, or - a
    joined cause - of its parts together, the part with the lead finding first (its id,
    unless one agreement joins them: ``agreement:g2``)."""
    said = []
    # a part whose findings were all accepted is not told while another part is live
    told = [p for p in told if any(f.id not in accepted for f in p)] or told
    for part in told:
        live = [f for f in part if f.id not in accepted] or part
        cid = _primary(k for f in part for k in keys_of[f.id])
        texts = cause_texts(
            cid, live, held_up(live), ctx, decisions, by_id.members, by_id.expired_apart
        )
        said.append((lead(live), cid, texts))
    said.sort(key=lambda s: lead_order(s[0]))
    cid = said[0][1]
    if len(said) > 1:
        deals = sorted(
            k[1]
            for part in told
            for f in part
            if f.code in AGREEMENT_CODES
            for k in join_keys(f, ctx, by_id)
        )
        if deals:
            cid = f"agreement:{deals[0]}"
    title, detail, suggestion = joined_texts([texts for _, _, texts in said])
    if said[0][0].severity is not Severity.INFO and any(
        f.severity is Severity.INFO for f, _, _ in said
    ):  # an opmerking beside a graver lead is told in the detail, not in the headline (J4),
        # unless it is a point of law of its own (art. 10:3 lid 3 Awb: rev-jurist16 J13)
        heads = [t for f, _, t in said if f.severity is not Severity.INFO or f.code in _HEADLINED]
        title = joined_texts(heads)[0]
    if len(said) > 1:  # a long role in full once, then by its role alone (jurist L3)
        names = [
            ctx.graphs.name(a) for a in dict.fromkeys(a for p in told for f in p for a in f.actors)
        ]
        english = [n.forms("en") for n in names]
        detail = Text(once_forms(detail.en, english), once(detail.nl, names))
        suggestion = Text(once_forms(suggestion.en, english), once(suggestion.nl, names))
    person = next((c.split(":", 1)[1] for _, c, _ in said if c.startswith("person:")), None)
    if person is None:  # a grouped finding about people: the first one's (its evidence)
        person = next((by_id.person_of[f.id] for f, _, _ in said if f.id in by_id.person_of), None)
    return cid, person, title, detail, suggestion, tuple(f.id for f, _, _ in said)


# ---------------------------------------------------------------------------------- held up


def held_up(found: Iterable[Finding]) -> tuple[str, ...]:
    """The needed decisions ``found`` holds up: those named by a ``NEED_*`` finding.

    Other findings name the needs they touch (a signing authorisation names what its holder
    handles), but a need only counts as held up when no one near the case with a valid,
    sufficient mandate can take it, and that is what the ``NEED_*`` checks decide. A handler
    whose own mandate falls short (``NEED_HANDLER_MANDATE_FALLS_SHORT``) holds nothing up: that
    check only fires when someone near the case can take the decision instead.
    """
    return tuple(
        dict.fromkeys(
            n
            for f in found
            if f.code.startswith("NEED_") and f.code not in _NOT_HELD_UP
            for n in f.needs
        )
    )
