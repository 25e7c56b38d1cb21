"""The whole analysis of a case: findings, scorecard, metrics, quadrants and notes.

Examples
--------
>>> from models import Actor, Case, CaseInfo
>>> result = analyse(Case.from_parts(CaseInfo("leeg")))
>>> len(result.scorecard), result.has_critical
(7, False)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from mapper.accepted import Accepted, Returned, acceptance_warnings, settle
from mapper.catalogue import unworded
from mapper.causes import EVIDENCE_CODES, assign_ids, build_causes, judgeable
from mapper.checks import CHECKS
from mapper.context import Context
from mapper.findings import BUILDING_BLOCKS, Cause, Finding, ScoreRow, Severity, Text
from mapper.metrics import actor_metrics, map_metrics
from mapper.quadrant import Quadrant, quadrant
from mapper.repeats import group_repeats
from mapper.scorecard import scorecard
from mapper.summary import Summary, summarise
from models import Case, Practice
from models.acceptance import Acceptance
from models.i18n import long_date

__all__ = ["Analysis", "analyse", "sort_findings"]


@dataclass(frozen=True)
class Analysis:
    """Everything one analysis found; the GUI, CLI and exports all render this.

    ``causes`` are ranked (``causes[0]`` first); ``summary.first`` names the three to act on
    first. ``structure`` holds the structural observations (cut points, communities) that are
    evidence inside causes and the metrics section rather than findings of their own.
    """

    findings: tuple[Finding, ...]
    scorecard: tuple[ScoreRow, ...]
    metrics: dict[str, dict[str, float]]
    map_metrics: dict[str, float]
    quadrants: dict[str, Quadrant]
    notes: tuple[Text, ...] = ()
    causes: tuple[Cause, ...] = ()
    summary: Summary = field(default_factory=Summary)
    structure: tuple[Finding, ...] = ()
    accepted: tuple[Accepted, ...] = ()  # set apart; they colour nothing
    returned: tuple[Returned, ...] = ()  # acceptances that lapsed (also in ``findings``)
    # two acceptances of one finding, one that matches nothing (also in ``notes``)
    acceptance_warnings: tuple[Text, ...] = ()
    practice: Practice | None = None
    without: tuple[str, ...] = ()
    as_of: date | None = None
    betweenness_sample: int | None = None  # k when betweenness was sampled
    elapsed: float = field(default=0.0, compare=False)

    @property
    def has_critical(self) -> bool:
        """Whether any finding is critical."""
        return any(f.severity == Severity.CRITICAL for f in self.findings)

    def by_block(self, block: int) -> tuple[Finding, ...]:
        """The findings of one building block."""
        return tuple(f for f in self.findings if f.building_block == block)

    def codes(self) -> list[str]:
        """The codes of all findings, in order."""
        return [f.code for f in self.findings]

    @cached_property
    def _finding_by_id(self) -> dict[str, Finding]:
        # built once: the nota asks for the findings of every cause (issue 14: it was a dict
        # of all findings per question, 3 of the 20 s of a 2,000-actor nota)
        return {f.id: f for f in reversed(self.findings)}  # the first of a repeated id wins

    def finding(self, finding_id: str) -> Finding | None:
        """The finding with id ``finding_id`` (None: not in this analysis)."""
        return self._finding_by_id.get(finding_id)

    def cause(self, cause_id: str) -> Cause | None:
        """The cause with id ``cause_id`` (None: not in this analysis)."""
        return next((c for c in self.causes if c.id == cause_id), None)

    def findings_of(self, cause: Cause) -> tuple[Finding, ...]:
        """The findings of ``cause``, in its order (worst first)."""
        by_id = self._finding_by_id
        return tuple(by_id[i] for i in cause.findings if i in by_id)

    def in_cause_order(self) -> tuple[tuple[int, Finding], ...]:
        """Every finding once, with the rank of the cause it speaks for (0: none), in the
        order the app and the nota tell them: cause 1's first (those its title tells, then
        the rest, worst first), then cause 2's, …; findings of no cause last, worst first.
        The Excel report lists them so (rev-user15 G10: it ranked them by severity and
        building block, so its row 2 was the nota's 5.8, not the '1.' of the app and nota)."""
        by_id = self._finding_by_id
        out: list[tuple[int, Finding]] = []
        seen: set[int] = set()
        for cause in sorted(self.causes, key=lambda c: c.rank):
            for fid in dict.fromkeys([*cause.told, *cause.findings]):
                found = by_id.get(fid)
                if found is not None and id(found) not in seen:
                    seen.add(id(found))
                    out.append((cause.rank, found))
        rest = [f for f in self.findings if id(f) not in seen]
        rest.sort(key=lambda f: (f.severity.rank, f.building_block, f.key))
        out.extend((0, f) for f in rest)
        return tuple(out)

    def first(self, *, same_step: bool = False) -> tuple[Cause, ...]:
        """The causes to act on first (``summary.first``), in order; with ``same_step`` also
        those left out of the three because their step is one of them, in rank order (the
        beslispunten take them together: one second route beside two people)."""
        wanted = {*self.summary.first, *(self.summary.same_step if same_step else ())}
        if not same_step:
            by_id = {c.id: c for c in self.causes}
            return tuple(by_id[i] for i in self.summary.first if i in by_id)
        return tuple(c for c in self.causes if c.id in wanted)


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Worst first, then by building block, code and the ids involved (deterministic)."""
    unique = {f.key: f for f in findings}
    return tuple(sorted(unique.values(), key=lambda f: (f.severity.rank, f.building_block, f.key)))


def analyse(
    case: Case,
    *,
    practice: Practice | None = None,
    without: Iterable[str] = (),
    seed: int = 0,
    checks: Iterable[Callable[[Context], list[Finding]]] | None = None,
    accepted: Iterable[Acceptance] | None = None,
    context: Context | None = None,
    words: bool = True,
    stop: Callable[[], None] | None = None,
) -> Analysis:
    """Analyse ``case`` (optionally one practice, optionally without some actors/relationships).

    Findings accepted in the case (``case.accepted``, or ``accepted``) are set apart in
    :attr:`Analysis.accepted` while their acceptance holds. ``context``: the caller's
    ``Context.of(case, practice=practice, without=without)``, to use its graphs afterwards too
    (one context serves one analysis: the checks add their notes to it). ``words=False``: the
    findings carry empty texts (for a caller that keeps only codes and ids, such as the
    casebook; the causes and notes are still worded). ``stop``: called before each check and
    each later step; it raises to end the analysis early (the app's runner, when a newer edit
    makes this analysis stale: its exception reaches the caller).
    """
    with unworded(not words):
        return _analyse(
            case, practice, tuple(without), seed, checks, accepted, context, stop or _go_on
        )


def _go_on() -> None:
    """No stop asked for."""


def _analyse(
    case: Case,
    practice: Practice | None,
    without: tuple[str, ...],
    seed: int,
    checks: Iterable[Callable[[Context], list[Finding]]] | None,
    accepted: Iterable[Acceptance] | None,
    context: Context | None,
    stop: Callable[[], None],
) -> Analysis:
    import time

    start = time.perf_counter()
    stop()
    ctx = context if context is not None else Context.of(case, practice=practice, without=without)
    found: list[Finding] = []
    for check in CHECKS if checks is None else checks:
        stop()
        found.extend(check(ctx))
    stop()
    ranked = assign_ids(sort_findings(found))
    structure = tuple(f for f in ranked if f.code in EVIDENCE_CODES and not f.needs)
    metrics, k = actor_metrics(ctx.graphs, seed=seed)
    stop()
    acceptances = tuple(accepted if accepted is not None else case.accepted)
    # findings of one shape as one (issue 14); one an acceptance names keeps its own
    grouped, members = group_repeats(
        [f for f in ranked if f not in structure], keep={a.finding for a in acceptances}
    )
    live, kept, returned = settle(list(grouped), acceptances, ctx.as_of)
    findings, causes = build_causes(
        live, ctx, structural=structure, metrics=metrics, repeats=members
    )
    why_not = {b: w for b in BUILDING_BLOCKS if (w := judgeable(b, ctx)) is not None}
    full = practice is None and not without and checks is None  # every finding can show
    known = {f.id for f in ranked}.union(members)
    warned = acceptance_warnings(acceptances, known if full else None)
    notes: list[Text] = [*warned, *ctx.notes]
    if k is not None:
        notes.append(
            Text(
                f"Betweenness and closeness were estimated from a sample of {k} actors "
                f"(k={k}, random start {seed}).",
                f"Tussenpositie en nabijheid zijn geschat op een steekproef van {k} actoren "
                f"(k={k}, willekeurige start {seed}).",
            )
        )
    if not ctx.as_of_given:
        notes.append(
            Text(
                f"The case names no reference date; mandates were judged on "
                f"{long_date(ctx.as_of, 'en')}.",
                f"De casus noemt geen peildatum; mandaten zijn beoordeeld op "
                f"{long_date(ctx.as_of, 'nl')}.",
            )
        )
    result = Analysis(
        findings=findings,
        scorecard=scorecard(
            findings,
            causes,
            not_judgeable=why_not,
            accepted_findings=[a.finding for a in kept],
        ),
        causes=causes,
        summary=summarise(causes, ctx),
        structure=structure,
        accepted=kept,
        returned=returned,
        acceptance_warnings=warned,
        metrics=metrics,
        map_metrics=map_metrics(ctx.graphs),
        quadrants={a.id: quadrant(a) for a in ctx.graphs.actors.values()},
        notes=tuple(notes),
        practice=practice,
        without=without,
        as_of=ctx.as_of,
        betweenness_sample=k,
        elapsed=time.perf_counter() - start,
    )
    if context is None:  # nobody uses these graphs afterwards: free them now
        ctx.graphs.release()
    return result
